// History (`alidomain history`, and "Watch tasks" on the home screen): the journal's batches, newest first, and the
// account's recent tasks as the server lists them, including ones made in the console. Enter opens a status view.
// A batch whose submit did not finish is checked first (docs/never-order-twice.md): what was found is shown, and
// chunks proved never created are sent only after an explicit yes, through the one submit path (the account's lock,
// then the server check across all of the account's tasks, not only this batch's).
import {Box, Text} from 'ink';
import {useCallback, useMemo, useState} from 'react';
import {sameEndpoint} from '../../core/endpoint-key.js';
import type {OrderProgress} from '../../core/submit-path.js';
import type {BatchState, BatchView} from '../../core/journal-rules.js';
import {batchStates, domainCount, taskNosOf} from '../../core/journal-rules.js';
import {needsCheck, type BatchCheck} from '../../core/reopen-batch.js';
import type {SubmitSummary} from '../../core/submit-batch.js';
import {batchOfTasks, operationOfTaskType, type WatchTarget} from '../../core/watch-target.js';
import {count, messages} from '../../i18n/index.js';
import type {Runtime} from '../../runtime.js';
import {Header} from '../components/Header.js';
import {HelpOverlay, useHelpToggle} from '../components/HelpOverlay.js';
import {KeyBar} from '../components/KeyBar.js';
import {Notice, type NoticeKind} from '../components/Notice.js';
import {SelectList} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {WatchBatch} from '../flows/WatchBatch.js';
import type {RetryIntent, WatchSessionOptions} from '../flows/watch-session.js';
import {useBatchActions} from '../hooks/use-batch-actions.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {noticeErrorOf, useServerTasks, type ServerTask} from '../hooks/use-server-tasks.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {cutCells, padEndCells, padStartCells} from '../../core/text-width.js';
import {useTheme} from '../theme.js';

const text = messages({
	elsewhere: {en: (endpoint: string, label: string) => `This batch went to ${endpoint} (account ${label}); open it from there, for example with --endpoint.`, zh: (endpoint: string, label: string) => `该批次提交到 ${endpoint}（账号 ${label}）；请从那里打开，例如使用 --endpoint。`},
	checking: {en: (id: string) => `Checking batch ${id}: which of its requests reached the server…`, zh: (id: string) => `正在检查批次 ${id}：哪些请求已到达服务器…`},
	checkFailed: {en: (why: string) => `Could not check the batch: ${why}`, zh: (why: string) => `无法检查该批次：${why}`},
	noTask: {en: 'This batch has no task to watch: the server refused every request.', zh: '该批次没有可查看的任务：服务器拒绝了所有请求。'},
	sendingNever: {en: 'Submitting the domains that were never ordered…', zh: '正在提交从未下单的域名…'},
	submitFailed: {en: (why: string) => `Submit failed: ${why}`, zh: (why: string) => `提交失败：${why}`},
	move: {en: 'move', zh: '移动'},
	moveLong: {en: 'Move through the list; PgUp/PgDn and Home/End jump', zh: '在列表中移动；PgUp/PgDn 和 Home/End 跳转'},
	open: {en: 'open', zh: '打开'},
	openLong: {en: 'Watch the highlighted batch or task; an unfinished submit is checked first', zh: '查看高亮的批次或任务；未完成的提交会先检查'},
	serverTasks: {en: 'server tasks', zh: '服务器任务'},
	batches: {en: 'batches', zh: '批次'},
	switchLong: {en: 'Switch between this computer\'s batches and the account\'s tasks on the server', zh: '在本机的批次和账号在服务器上的任务之间切换'},
	taskNumber: {en: 'task number', zh: '任务编号'},
	taskNumberLong: {en: 'Type task numbers to open (several: separate with spaces)', zh: '输入要打开的任务编号（多个用空格分隔）'},
	reload: {en: 'reload', zh: '刷新'},
	reloadLong: {en: 'Read the list again', zh: '重新读取列表'},
	back: {en: 'back', zh: '返回'},
	backLong: {en: 'Leave history', zh: '离开历史记录'},
	help: {en: 'help', zh: '帮助'},
	helpLong: {en: 'Show or hide this help', zh: '显示或隐藏本帮助'},
	choose: {en: 'choose', zh: '选择'},
	title: {en: (n: number, separator: string) => `History ${separator} ${n.toLocaleString('en-US')} batch${n === 1 ? '' : 'es'}`, zh: (n: number, separator: string) => `历史记录 ${separator} ${n.toLocaleString('en-US')} 个批次`},
	keys: {en: 'History keys', zh: '历史记录按键'},
	watch: {en: (n: number) => `Watch ${n} task${n === 1 ? '' : 's'}`, zh: (n: number) => `查看 ${n} 个任务`},
	sendNever: {en: (n: string, ellipsis: string) => `Submit the ${n} domains that were never ordered${ellipsis}`, zh: (n: string, ellipsis: string) => `提交从未下单的 ${n} 个域名${ellipsis}`},
	backToHistory: {en: 'Back to history', zh: '返回历史记录'},
	sandboxWhere: {en: 'the sandbox (no money is spent)', zh: '沙箱（不产生费用）'},
	accountWhere: {en: (endpoint: string, label: string) => `${endpoint}, account ${label}`, zh: (endpoint: string, label: string) => `${endpoint}，账号 ${label}`},
	confirm: {en: (domains: string, requests: number, where: string) => `Submit ${domains} domains in ${requests} request${requests === 1 ? '' : 's'} to ${where}? This batch never ordered them; any that a task on the server has by now are left out. This places the orders now.`, zh: (domains: string, requests: number, where: string) => `把 ${domains} 个域名分 ${requests} 个请求提交到${where}？该批次从未为它们下单；服务器上已有任务包含的域名会被排除。现在将会下单。`},
	no: {en: 'No, leave them unsent', zh: '否，不发送'},
	yes: {en: (n: string) => `Yes, submit ${n} domains`, zh: (n: string) => `是，提交 ${n} 个域名`},
	batchesNoun: {en: 'batches', zh: '批次'},
	noBatches: {en: 'No batches yet. Submit one with register or redeem, or press Tab for the account\'s tasks on the server.', zh: '还没有批次。用注册或赎回提交一批，或按 Tab 查看账号在服务器上的任务。'},
	loadingTasks: {en: 'Loading the account\'s recent tasks…', zh: '正在加载账号最近的任务…'},
	tasksFailed: {en: 'Could not list the account\'s tasks', zh: '无法列出账号的任务'},
	tasksNoun: {en: 'tasks', zh: '任务'},
	noTasks: {en: 'The account has no tasks yet.', zh: '该账号还没有任务。'},
	batchesTab: {en: ' Batches on this computer ', zh: ' 本机的批次 '},
	serverTab: {en: ' Tasks on the server ', zh: ' 服务器上的任务 '},
	taskNumberPrompt: {en: 'Task number: ', zh: '任务编号：'},
	taskNumberPlaceholder: {en: 'one or more, Enter opens, Esc cancels', zh: '一个或多个，Enter 打开，Esc 取消'},
	notWatched: {en: 'not watched yet', zh: '尚未查看'},
	ok: {en: (n: number) => `${n} ok`, zh: (n: number) => `${n} 成功`},
	failed: {en: (n: number) => `${n} failed`, zh: (n: number) => `${n} 失败`},
	left: {en: (n: number) => `${n} left`, zh: (n: number) => `${n} 未完成`},
	countsJoin: {en: ', ', zh: '，'},
	when: {en: 'When', zh: '时间'},
	operation: {en: 'Operation', zh: '操作'},
	domains: {en: 'Domains', zh: '域名数'},
	tasks: {en: 'Tasks', zh: '任务数'},
	lastCounts: {en: 'Last counts', zh: '上次统计'},
	state: {en: 'State', zh: '状态'},
	created: {en: 'Created (China time)', zh: '创建时间（北京时间）'},
	type: {en: 'Type', zh: '类型'},
	status: {en: 'Status', zh: '状态'},
	inHistory: {en: 'In history', zh: '在历史中'},
	taskNo: {en: 'Task number', zh: '任务编号'},
	register: {en: 'register', zh: '注册'},
	redeem: {en: 'redeem', zh: '赎回'},
	yesShort: {en: 'yes', zh: '是'},
	noShort: {en: 'no', zh: '否'},
	request: {en: (chunk: number, domains: number) => `Request ${chunk} (${count(domains, ['domain', 'domains'], '')})`, zh: (chunk: number, domains: number) => `请求 ${chunk}（${domains.toLocaleString('en-US')} 个域名）`},
	found: {en: (name: string, taskNo: string) => `${name} reached the server: task ${taskNo}.`, zh: (name: string, taskNo: string) => `${name}已到达服务器：任务 ${taskNo}。`},
	absent: {en: (name: string, how: string) => `${name} never created a task (${how}).`, zh: (name: string, how: string) => `${name}没有创建任务（${how}）。`},
	unsure: {en: (name: string, why: string) => `${name}: still unsure (${why}). Nothing will send it again; open the batch later.`, zh: (name: string, why: string) => `${name}：仍无法确定（${why}）。不会自动重发；请稍后再打开该批次。`},
	neverOrdered: {en: (domains: number, requests: number) => `${count(domains, ['domain', 'domains'], '')} in ${count(requests, ['request', 'requests'], '')} ${requests === 1 ? 'was' : 'were'} never ordered. Submit ${requests === 1 ? 'it' : 'them'} only if you still want ${domains === 1 ? 'it' : 'them'}.`, zh: (domains: number, requests: number) => `${requests} 个请求中的 ${domains} 个域名从未下单。仅在仍需要时再提交。`},
	accounted: {en: (tasks: number) => `Every request of the batch is accounted for: ${count(tasks, ['task', 'tasks'], '')}.`, zh: (tasks: number) => `该批次的每个请求都已核实：共 ${tasks} 个任务。`},
	submitted: {en: (list: string) => `Submitted: ${list}.`, zh: (list: string) => `已提交：${list}。`},
	task: {en: (taskNo: string) => `task ${taskNo}`, zh: (taskNo: string) => `任务 ${taskNo}`},
	refused: {en: (chunk: number, code: string, message: string) => `Request ${chunk} refused: ${code}: ${message}`, zh: (chunk: number, code: string, message: string) => `请求 ${chunk} 被拒绝：${code}：${message}`},
	unknown: {en: (chunk: number, why: string) => `Request ${chunk}: outcome unknown (${why}); it will be checked before anything sends it again.`, zh: (chunk: number, why: string) => `请求 ${chunk}：结果未知（${why}）；重发前会先核对。`},
	lockWait: {en: (who: string) => `Waiting: another submit to this account is running (${who})…`, zh: (who: string) => `等待中：此账号的另一次提交正在进行（${who}）…`},
	holder: {en: (pid: number, since: string) => `process ${pid}, since ${since}`, zh: (pid: number, since: string) => `进程 ${pid}，开始于 ${since}`},
	holderUnknown: {en: 'process not known yet', zh: '进程尚不可知'},
	serverCheck: {en: (tasks: number, requests: number) => `Checking the account's ${count(tasks, ['task', 'tasks'], '')} on the server (${count(requests, ['request', 'requests'], '')})…`, zh: (tasks: number, requests: number) => `正在服务器上核对账号的 ${tasks} 个任务（${requests} 次请求）…`},
	leftOut: {en: (n: number, tasks: string) => `${count(n, ['domain was', 'domains were'], '')} left out: already in ${tasks} on the server.`, zh: (n: number, tasks: string) => `${n} 个域名已排除：服务器上的${tasks}已包含它们。`},
	moreTasks: {en: (n: number) => `${n} more task${n === 1 ? '' : 's'}`, zh: (n: number) => `另外 ${n} 个任务`},
	checkStopped: {en: (why: string) => `Could not check the account's tasks on the server (${why}); nothing more was sent.`, zh: (why: string) => `无法在服务器上核对账号的任务（${why}）；没有再发送任何内容。`},
});

const taskStatuses = messages({
	waiting: {en: 'waiting', zh: '等待中'},
	executing: {en: 'executing', zh: '执行中'},
	finished: {en: 'finished', zh: '已完成'},
	complete: {en: 'complete', zh: '已完成'},
	failed: {en: 'failed', zh: '失败'},
	succeeded: {en: 'succeeded', zh: '已成功'},
});

const batchStateName = (state: BatchState): string => batchStates[state] ?? state;
const taskStatusName = (status: string): string => (status in taskStatuses ? taskStatuses[status as keyof typeof taskStatuses] : status);
const operationName = (operation: string): string => (operation === 'register' ? text.register : operation === 'redeem' ? text.redeem : operation);

export type HistoryRuntime = Pick<Runtime, 'client' | 'journal' | 'accountLabel' | 'endpoint' | 'sandbox' | 'settleMs' | 'lock'>;

export type HistoryScreenProps = {
	runtime: HistoryRuntime;
	/** The app's data directory, for exports. */
	dataDir: string;
	/** Passed on from a status view; absent, its `r` says retry is not available here. */
	onRetryFailed?: (intent: RetryIntent) => void;
	onLeave: () => void;
	initialSection?: Section;
	/** For tests: the status views' polling pace. */
	pollerOptions?: WatchSessionOptions['pollerOptions'];
};

export type Section = 'batches' | 'server';

type Line = {kind: NoticeKind; text: string};

type Phase =
	| {kind: 'list'}
	| {kind: 'typing'}
	| {kind: 'busy'; label: string}
	| {kind: 'report'; batchId: string; lines: Line[]; check: BatchCheck}
	| {kind: 'confirm'; batchId: string; lines: Line[]; check: BatchCheck}
	| {kind: 'watching'; target: WatchTarget; key: number};

// Header, section tabs, column heading, position line, key bar, and a spare line.
const FIXED_LINES = 6;

export const HistoryScreen = ({runtime, dataDir, onRetryFailed, onLeave, initialSection = 'batches', pollerOptions}: HistoryScreenProps) => {
	const {colors, symbols} = useTheme();
	const {columns, rows} = useTerminalSize();
	const [section, setSection] = useState<Section>(initialSection);
	const [phase, setPhase] = useState<Phase>({kind: 'list'});
	const [message, setMessage] = useState<Line | undefined>(undefined);
	const [journalVersion, setJournalVersion] = useState(0);
	// What the submit path is doing while a batch is checked or sent: waiting for the lock, reading the server.
	const [activity, setActivity] = useState<string | undefined>(undefined);
	const onProgress = useCallback((event: OrderProgress) => {
		if (event.type === 'lock-wait') {
			setActivity(text.lockWait(event.holder ? text.holder(event.holder.pid, new Date(event.holder.since).toLocaleTimeString('en-GB', {hour12: false})) : text.holderUnknown));
		} else if (event.type === 'server-check') {
			setActivity(text.serverCheck(event.tasks, event.requests));
		} else if (event.type === 'lock-held') {
			setActivity(undefined);
		}
	}, []);
	const actions = useBatchActions(runtime, onProgress);
	const server = useServerTasks(runtime.client, section === 'server');

	// Every batch that can be read, and a named error for each one that cannot: never a silently shorter list.
	// The journal changes on disk, where React cannot see it: journalVersion is bumped after each change to read it again.
	const journalRead = useMemo(() => {
		try {
			return {...runtime.journal.listAll(), error: undefined};
		} catch (error) {
			return {batches: [], problems: [], error: error as Error};
		}
	// eslint-disable-next-line react-hooks/exhaustive-deps -- journalVersion stands for the files on disk
	}, [runtime.journal, journalVersion]);
	const {batches} = journalRead;
	const journalProblems = [...(journalRead.error ? [journalRead.error] : []), ...journalRead.problems];
	const journalTasks = useMemo(() => new Set(batches.flatMap(b => taskNosOf(b))), [batches]);

	const inList = phase.kind === 'list';
	const help = useHelpToggle({isActive: inList});
	const listHeight = Math.max(3, rows - FIXED_LINES - (message ? 1 : 0) - (phase.kind === 'typing' ? 1 : 0) - 2 * Math.min(2, journalProblems.length));
	const batchNav = useListNavigation({count: batches.length, pageSize: listHeight, isActive: inList && section === 'batches' && !help.isOpen});
	const serverNav = useListNavigation({count: server.tasks.length, pageSize: listHeight, isActive: inList && section === 'server' && !help.isOpen});

	const watch = (target: WatchTarget) => {
		setMessage(undefined);
		setPhase({kind: 'watching', target, key: Date.now()});
	};

	const backToList = (line?: Line) => {
		setMessage(line);
		setPhase({kind: 'list'});
		setJournalVersion(v => v + 1);
	};

	const reportOf = (batchId: string, check: BatchCheck, before: Line[] = []): Phase => ({kind: 'report', batchId, check, lines: [...before, ...checkLines(check)]});

	const openBatch = (view: BatchView) => {
		const {plan} = view;
		if (!sameEndpoint(plan.account.endpoint, runtime.endpoint)) {
			setMessage({kind: 'warn', text: text.elsewhere(plan.account.endpoint, plan.account.label)});
			return;
		}

		if (needsCheck(view.chunks)) {
			setMessage(undefined);
			setActivity(undefined);
			setPhase({kind: 'busy', label: text.checking(plan.id)});
			actions.check(plan.id).then(
				check => {
					setPhase(reportOf(plan.id, check));
				},
				(error: unknown) => {
					backToList({kind: 'error', text: text.checkFailed(noticeErrorOf(error).message)});
				},
			);
			return;
		}

		const taskNos = taskNosOf(view);
		if (taskNos.length === 0) {
			setMessage({kind: 'warn', text: text.noTask});
			return;
		}

		watch({batchId: plan.id, taskNos});
	};

	const openTasks = (taskNos: string[], task?: ServerTask) => {
		watch({taskNos, batchId: batchOfTasks(runtime.journal, taskNos), operation: task ? operationOfTaskType(task.taskType) : undefined});
	};

	const sendNeverSent = (batchId: string) => {
		setActivity(undefined);
		setPhase({kind: 'busy', label: text.sendingNever});
		actions.send(batchId).then(
			async summary => {
				const check = await actions.check(batchId);
				setPhase(reportOf(batchId, check, sentLines(summary)));
			},
			(error: unknown) => {
				backToList({kind: 'error', text: text.submitFailed(noticeErrorOf(error).message)});
			},
		);
	};

	useKeypress(key => {
		if (phase.kind === 'typing') {
			if (keys.isBack(key)) {
				setPhase({kind: 'list'});
				return true;
			}

			return undefined;
		}

		if (phase.kind === 'report' || phase.kind === 'confirm') {
			if (keys.isBack(key) || key.text === 'q') {
				if (phase.kind === 'confirm') {
					setPhase({...phase, kind: 'report'});
				} else {
					backToList();
				}

				return true;
			}

			return undefined;
		}

		if (phase.kind !== 'list') {
			return undefined;
		}

		if (keys.isBack(key) || key.text === 'q') {
			onLeave();
			return true;
		}

		if (keys.isNextField(key) || keys.isPreviousField(key) || keys.isLeft(key) || keys.isRight(key)) {
			setSection(section === 'batches' ? 'server' : 'batches');
			setMessage(undefined);
			return true;
		}

		if (keys.isSubmit(key)) {
			if (section === 'batches' && batchNav.index >= 0) {
				openBatch(batches[batchNav.index]!);
			} else if (section === 'server' && serverNav.index >= 0) {
				const task = server.tasks[serverNav.index]!;
				openTasks([task.taskNo], task);
			}

			return true;
		}

		switch (key.text) {
			case 't': {
				setMessage(undefined);
				setPhase({kind: 'typing'});
				return true;
			}

			case 'r': {
				setMessage(undefined);
				if (section === 'server') {
					server.reload();
				} else {
					setJournalVersion(v => v + 1);
				}

				return true;
			}

			default: {
				return undefined;
			}
		}
	}, {isActive: !help.isOpen});

	if (phase.kind === 'watching') {
		return (
			<WatchBatch
				key={phase.key}
				runtime={runtime}
				dataDir={dataDir}
				target={phase.target}
				pollerOptions={pollerOptions}
				onRetryFailed={onRetryFailed}
				onLeave={() => {
					backToList();
				}}
			/>
		);
	}

	const hints: keys.KeyHint[] = [
		{keys: symbols.arrowUpDown, label: text.move, description: text.moveLong},
		{keys: 'Enter', label: text.open, description: text.openLong},
		{keys: 'Tab', label: section === 'batches' ? text.serverTasks : text.batches, description: text.switchLong},
		{keys: 't', label: text.taskNumber, description: text.taskNumberLong},
		{keys: 'r', label: text.reload, description: text.reloadLong},
		{keys: 'Esc', label: text.back, description: text.backLong},
		{keys: '?', label: text.help, description: text.helpLong},
	];

	const title = text.title(batches.length, symbols.separator);
	let body;
	if (help.isOpen) {
		body = <HelpOverlay hints={hints} title={text.keys} onClose={help.close} />;
	} else if (phase.kind === 'busy') {
		body = (
			<Box flexDirection="column">
				<Spinner label={phase.label} />
				{activity ? <Text color={colors.muted} wrap="wrap">{`  ${activity}`}</Text> : null}
			</Box>
		);
	} else if (phase.kind === 'report') {
		const items = [
			...(phase.check.taskNos.length > 0 ? [{label: text.watch(phase.check.taskNos.length), value: 'watch'}] : []),
			...(phase.check.neverSent.length > 0 ? [{label: text.sendNever(phase.check.neverSentDomains.toLocaleString('en-US'), symbols.ellipsis), value: 'send'}] : []),
			{label: text.backToHistory, value: 'back'},
		];
		body = (
			<Box flexDirection="column">
				{phase.lines.map((line, index) => <Notice key={index} kind={line.kind}>{line.text}</Notice>)}
				<Box marginTop={1}>
					<SelectList
						key="report"
						items={items}
						onSelect={item => {
							if (item.value === 'watch') {
								watch({batchId: phase.batchId, taskNos: phase.check.taskNos});
							} else if (item.value === 'send') {
								setPhase({...phase, kind: 'confirm'});
							} else {
								backToList();
							}
						}}
					/>
				</Box>
			</Box>
		);
	} else if (phase.kind === 'confirm') {
		const {neverSent, neverSentDomains} = phase.check;
		const where = runtime.sandbox ? text.sandboxWhere : text.accountWhere(runtime.endpoint, runtime.accountLabel);
		body = (
			<Box flexDirection="column">
				<Notice kind="warn">
					{text.confirm(neverSentDomains.toLocaleString('en-US'), neverSent.length, where)}
				</Notice>
				<Box marginTop={1}>
					<SelectList
						key="confirm"
						items={[{label: text.no, value: 'no'}, {label: text.yes(neverSentDomains.toLocaleString('en-US')), value: 'yes'}]}
						defaultValue="no"
						onSelect={item => {
							if (item.value === 'yes') {
								sendNeverSent(phase.batchId);
							} else {
								setPhase({...phase, kind: 'report'});
							}
						}}
					/>
				</Box>
			</Box>
		);
	} else if (section === 'batches') {
		body = (
			<>
				{journalProblems.slice(0, 2).map(problem => <Notice key={problem.message} kind="error">{problem.message}</Notice>)}
				<Text color={colors.muted} wrap="truncate-end">{`  ${batchHeading()}`}</Text>
				<WindowedList
					items={batches}
					height={listHeight}
					selectedIndex={batchNav.index}
					noun={text.batchesNoun}
					emptyText={text.noBatches}
					getKey={view => view.plan.id}
					renderItem={(view, _, isSelected) => {
						const elsewhere = !sameEndpoint(view.plan.account.endpoint, runtime.endpoint);
						return (
							<Text wrap="truncate-end" color={isSelected ? colors.accent : elsewhere ? colors.muted : undefined} bold={isSelected}>
								{`${isSelected ? symbols.pointer : ' '} ${batchLine(view)}`}
								<Text color={elsewhere ? colors.muted : stateColor(view, colors)}>{batchStateName(view.state)}</Text>
								{elsewhere ? <Text color={colors.muted}>{` ${symbols.separator} ${view.plan.account.endpoint}`}</Text> : null}
							</Text>
						);
					}}
				/>
			</>
		);
	} else {
		body = (
			<>
				{server.status === 'loading' && server.tasks.length === 0 ? <Spinner label={text.loadingTasks} /> : null}
				{server.status === 'error' ? <Notice kind="error" error={server.error}>{text.tasksFailed}</Notice> : null}
				{server.tasks.length > 0 || server.status === 'ready' ? (
					<>
						<Text color={colors.muted} wrap="truncate-end">{`  ${serverHeading()}`}</Text>
						<WindowedList
							items={server.tasks}
							height={listHeight}
							selectedIndex={serverNav.index}
							noun={text.tasksNoun}
							emptyText={text.noTasks}
							getKey={task => task.taskNo}
							renderItem={(task, _, isSelected) => (
								<Text wrap="truncate-end" color={isSelected ? colors.accent : undefined} bold={isSelected}>
									{`${isSelected ? symbols.pointer : ' '} ${serverLine(task, journalTasks.has(task.taskNo))}`}
								</Text>
							)}
						/>
					</>
				) : null}
			</>
		);
	}

	return (
		<Box flexDirection="column" width={columns}>
			<Header title={title} account={runtime.accountLabel} endpoint={runtime.endpoint} sandbox={runtime.sandbox} />
			<Box>
				<Text bold={section === 'batches'} inverse={section === 'batches'} color={section === 'batches' ? colors.accent : colors.muted}>{text.batchesTab}</Text>
				<Text> </Text>
				<Text bold={section === 'server'} inverse={section === 'server'} color={section === 'server' ? colors.accent : colors.muted}>{text.serverTab}</Text>
			</Box>
			{body}
			{phase.kind === 'typing' ? (
				<Box>
					<Text color={colors.accent}>{text.taskNumberPrompt}</Text>
					<TextField
						placeholder={text.taskNumberPlaceholder}
						width={Math.max(10, columns - 14)}
						onSubmit={value => {
							const taskNos = value.split(/[\s,]+/).filter(Boolean);
							if (taskNos.length === 0) {
								setPhase({kind: 'list'});
								return;
							}

							openTasks(taskNos, server.tasks.find(task => task.taskNo === taskNos[0]));
						}}
					/>
				</Box>
			) : null}
			{message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
			<KeyBar hints={phase.kind === 'list' || phase.kind === 'typing' ? hints : [{keys: symbols.arrowUpDown, label: text.move}, {keys: 'Enter', label: text.choose}, {keys: 'Esc', label: text.back}]} />
		</Box>
	);
};

const pad = (cell: string, width: number) => padEndCells(cutCells(cell, width, ''), width);
const padStart = padStartCells;

const when = (ms: number) => {
	const d = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

const countsText = (view: BatchView) => {
	const c = view.lastCounts;
	if (!c) {
		return text.notWatched;
	}

	const left = c.waiting + c.executing;
	return [text.ok(c.succeeded), text.failed(c.failed), ...(left > 0 ? [text.left(left)] : [])].join(text.countsJoin);
};

const batchHeading = () => `${pad(text.when, 17)}${pad(text.operation, 10)}${padStart(text.domains, 8)}${padStart(text.tasks, 7)}  ${pad(text.lastCounts, 28)}${text.state}`;
const batchLine = (view: BatchView) =>
	`${pad(when(view.plan.createdAt), 17)}${pad(operationName(view.plan.operation), 10)}${padStart(domainCount(view.plan).toLocaleString('en-US'), 8)}${padStart(String(taskNosOf(view).length), 7)}  ${pad(countsText(view), 28)}`;

const serverHeading = () => `${pad(text.created, 21)}${pad(text.type, 10)}${padStart(text.domains, 7)}  ${pad(text.status, 11)}${pad(text.inHistory, 12)}${text.taskNo}`;
const serverLine = (task: ServerTask, inJournal: boolean) =>
	`${pad(task.createTime ?? '', 21)}${pad(operationName(operationOfTaskType(task.taskType) ?? task.description ?? task.taskType), 10)}${padStart(task.domains?.toLocaleString('en-US') ?? '-', 7)}  ${pad(task.status ? taskStatusName(task.status.toLowerCase().replace(/_.*/, '')) : '-', 11)}${pad(inJournal ? text.yesShort : text.noShort, 12)}${task.taskNo}`;

const stateColor = (view: BatchView, colors: ReturnType<typeof useTheme>['colors']) => {
	switch (view.state) {
		case 'finished': {
			return view.lastCounts && view.lastCounts.failed > 0 ? colors.warning : colors.success;
		}

		case 'running': {
			return colors.info;
		}

		case 'not submitted': {
			return colors.muted;
		}

		default: {
			return colors.warning;
		}
	}
};


/** What checking a batch found, chunk by chunk, then what may happen next. */
const checkLines = (check: BatchCheck): Line[] => {
	const lines: Line[] = check.findings.map(({chunk, domains, result}) => {
		const name = text.request(chunk + 1, domains);
		switch (result.result) {
			case 'found': {
				return {kind: 'success', text: text.found(name, result.taskNo)};
			}

			case 'absent': {
				return {kind: 'warn', text: text.absent(name, result.how)};
			}

			default: {
				return {kind: 'warn', text: text.unsure(name, result.reason)};
			}
		}
	});
	if (check.neverSent.length > 0) {
		lines.push({kind: 'info', text: text.neverOrdered(check.neverSentDomains, check.neverSent.length)});
	} else if (check.unsure === 0) {
		lines.push({kind: 'success', text: text.accounted(check.taskNos.length)});
	}

	return lines;
};

/** At most two task numbers, then how many more: a line that fits. */
const tasksText = (taskNos: string[]) => [...taskNos.slice(0, 2).map(text.task), ...(taskNos.length > 2 ? [text.moreTasks(taskNos.length - 2)] : [])].join(text.countsJoin);

const sentLines = (summary: SubmitSummary): Line[] => [
	...(summary.leftOut.length > 0 ? [{kind: 'info' as const, text: text.leftOut(summary.leftOut.length, tasksText([...new Set(summary.leftOut.map(l => l.taskNo))]))}] : []),
	...(summary.checkFailed ? [{kind: 'error' as const, text: text.checkStopped(summary.checkFailed)}] : []),
	...(summary.submitted.length > 0 ? [{kind: 'success' as const, text: text.submitted(summary.submitted.map(s => text.task(s.taskNo)).join(', '))}] : []),
	...summary.rejected.map(r => ({kind: 'error' as const, text: text.refused(r.chunk + 1, r.error.code, r.error.apiMessage)})),
	...summary.unknown.map(u => ({kind: 'warn' as const, text: text.unknown(u.chunk + 1, u.reason)})),
];
