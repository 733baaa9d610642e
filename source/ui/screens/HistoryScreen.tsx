// History (`alidomain history`, and "Watch tasks" on the home screen): the journal's batches, newest first, and the
// account's recent tasks as the server lists them, including ones made in the console. Enter opens a status view.
// A batch whose submit did not finish is checked first (DESIGN §4): what was found is shown, and chunks proved
// never created are sent only after an explicit yes.
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {BatchView} from '../../core/journal-rules.js';
import {domainCount, taskNosOf} from '../../core/journal-rules.js';
import {needsCheck, type BatchCheck} from '../../core/reopen-batch.js';
import type {SubmitSummary} from '../../core/submit-batch.js';
import {batchOfTasks, operationOfTaskType, type WatchTarget} from '../../core/watch-target.js';
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
import {useTheme} from '../theme.js';

export type HistoryRuntime = Pick<Runtime, 'client' | 'journal' | 'accountLabel' | 'endpoint' | 'sandbox' | 'settleMs'>;

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
	const actions = useBatchActions(runtime);
	const server = useServerTasks(runtime.client, section === 'server');

	const batches = useMemo(() => runtime.journal.list(), [runtime.journal, journalVersion]);
	const journalTasks = useMemo(() => new Set(batches.flatMap(b => taskNosOf(b))), [batches]);

	const inList = phase.kind === 'list';
	const help = useHelpToggle({isActive: inList});
	const listHeight = Math.max(3, rows - FIXED_LINES - (message ? 1 : 0) - (phase.kind === 'typing' ? 1 : 0));
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
		if (plan.account.endpoint !== runtime.endpoint) {
			setMessage({kind: 'warn', text: `This batch went to ${plan.account.endpoint} (account ${plan.account.label}); open it from there, for example with --endpoint.`});
			return;
		}

		if (needsCheck(view.chunks)) {
			setMessage(undefined);
			setPhase({kind: 'busy', label: `Checking batch ${plan.id}: which of its requests reached the server…`});
			actions.check(plan.id).then(
				check => {
					setPhase(reportOf(plan.id, check));
				},
				(error: unknown) => {
					backToList({kind: 'error', text: `Could not check the batch: ${noticeErrorOf(error).message}`});
				},
			);
			return;
		}

		const taskNos = taskNosOf(view);
		if (taskNos.length === 0) {
			setMessage({kind: 'warn', text: 'This batch has no task to watch: the server refused every request.'});
			return;
		}

		watch({batchId: plan.id, taskNos});
	};

	const openTasks = (taskNos: string[], task?: ServerTask) => {
		watch({taskNos, batchId: batchOfTasks(runtime.journal, taskNos), operation: task ? operationOfTaskType(task.taskType) : undefined});
	};

	const sendNeverSent = (batchId: string) => {
		setPhase({kind: 'busy', label: 'Submitting the domains that were never ordered…'});
		actions.send(batchId).then(
			async summary => {
				const check = await actions.check(batchId);
				setPhase(reportOf(batchId, check, sentLines(summary)));
			},
			(error: unknown) => {
				backToList({kind: 'error', text: `Submit failed: ${noticeErrorOf(error).message}`});
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
		{keys: symbols.arrowUpDown, label: 'move', description: 'Move through the list; PgUp/PgDn and Home/End jump'},
		{keys: 'Enter', label: 'open', description: 'Watch the highlighted batch or task; an unfinished submit is checked first'},
		{keys: 'Tab', label: section === 'batches' ? 'server tasks' : 'batches', description: 'Switch between this computer\'s batches and the account\'s tasks on the server'},
		{keys: 't', label: 'task number', description: 'Type task numbers to open (several: separate with spaces)'},
		{keys: 'r', label: 'reload', description: 'Read the list again'},
		{keys: 'Esc', label: 'back', description: 'Leave history'},
		{keys: '?', label: 'help', description: 'Show or hide this help'},
	];

	const title = `History ${symbols.separator} ${batches.length.toLocaleString('en-US')} batch${batches.length === 1 ? '' : 'es'}`;
	let body;
	if (help.isOpen) {
		body = <HelpOverlay hints={hints} title="History keys" onClose={help.close} />;
	} else if (phase.kind === 'busy') {
		body = <Spinner label={phase.label} />;
	} else if (phase.kind === 'report') {
		const items = [
			...(phase.check.taskNos.length > 0 ? [{label: `Watch ${phase.check.taskNos.length} task${phase.check.taskNos.length === 1 ? '' : 's'}`, value: 'watch'}] : []),
			...(phase.check.neverSent.length > 0 ? [{label: `Submit the ${phase.check.neverSentDomains.toLocaleString('en-US')} domains that were never ordered${symbols.ellipsis}`, value: 'send'}] : []),
			{label: 'Back to history', value: 'back'},
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
		const where = runtime.sandbox ? 'the sandbox (no money is spent)' : `${runtime.endpoint}, account ${runtime.accountLabel}`;
		body = (
			<Box flexDirection="column">
				<Notice kind="warn">
					{`Submit ${neverSentDomains.toLocaleString('en-US')} domains in ${neverSent.length} request${neverSent.length === 1 ? '' : 's'} to ${where}? These were proved never ordered; this places the orders now.`}
				</Notice>
				<Box marginTop={1}>
					<SelectList
						key="confirm"
						items={[{label: 'No, leave them unsent', value: 'no'}, {label: `Yes, submit ${neverSentDomains.toLocaleString('en-US')} domains`, value: 'yes'}]}
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
				<Text color={colors.muted} wrap="truncate-end">{`  ${batchHeading()}`}</Text>
				<WindowedList
					items={batches}
					height={listHeight}
					selectedIndex={batchNav.index}
					noun="batches"
					emptyText="No batches yet. Submit one with register or redeem, or press Tab for the account's tasks on the server."
					getKey={view => view.plan.id}
					renderItem={(view, _, isSelected) => {
						const elsewhere = view.plan.account.endpoint !== runtime.endpoint;
						return (
							<Text wrap="truncate-end" color={isSelected ? colors.accent : elsewhere ? colors.muted : undefined} bold={isSelected}>
								{`${isSelected ? symbols.pointer : ' '} ${batchLine(view)}`}
								<Text color={elsewhere ? colors.muted : stateColor(view, colors)}>{view.state}</Text>
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
				{server.status === 'loading' && server.tasks.length === 0 ? <Spinner label="Loading the account's recent tasks…" /> : null}
				{server.status === 'error' ? <Notice kind="error" error={server.error}>Could not list the account's tasks</Notice> : null}
				{server.tasks.length > 0 || server.status === 'ready' ? (
					<>
						<Text color={colors.muted} wrap="truncate-end">{`  ${serverHeading()}`}</Text>
						<WindowedList
							items={server.tasks}
							height={listHeight}
							selectedIndex={serverNav.index}
							noun="tasks"
							emptyText="The account has no tasks yet."
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
				<Text bold={section === 'batches'} inverse={section === 'batches'} color={section === 'batches' ? colors.accent : colors.muted}>{' Batches on this computer '}</Text>
				<Text> </Text>
				<Text bold={section === 'server'} inverse={section === 'server'} color={section === 'server' ? colors.accent : colors.muted}>{' Tasks on the server '}</Text>
			</Box>
			{body}
			{phase.kind === 'typing' ? (
				<Box>
					<Text color={colors.accent}>Task number: </Text>
					<TextField
						placeholder="one or more, Enter opens, Esc cancels"
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
			<KeyBar hints={phase.kind === 'list' || phase.kind === 'typing' ? hints : [{keys: symbols.arrowUpDown, label: 'move'}, {keys: 'Enter', label: 'choose'}, {keys: 'Esc', label: 'back'}]} />
		</Box>
	);
};

const pad = (text: string, width: number) => text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
const padStart = (text: string, width: number) => text.length >= width ? text : ' '.repeat(width - text.length) + text;

const when = (ms: number) => {
	const d = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

const countsText = (view: BatchView) => {
	const c = view.lastCounts;
	if (!c) {
		return 'not watched yet';
	}

	const left = c.waiting + c.executing;
	return [`${c.succeeded} ok`, `${c.failed} failed`, ...(left > 0 ? [`${left} left`] : [])].join(', ');
};

const batchHeading = () => `${pad('When', 17)}${pad('Operation', 10)}${padStart('Domains', 8)}${padStart('Tasks', 7)}  ${pad('Last counts', 28)}State`;
const batchLine = (view: BatchView) =>
	`${pad(when(view.plan.createdAt), 17)}${pad(view.plan.operation, 10)}${padStart(domainCount(view.plan).toLocaleString('en-US'), 8)}${padStart(String(taskNosOf(view).length), 7)}  ${pad(countsText(view), 28)}`;

const serverHeading = () => `${pad('Created (China time)', 21)}${pad('Type', 10)}${padStart('Domains', 7)}  ${pad('Status', 11)}${pad('In history', 12)}Task number`;
const serverLine = (task: ServerTask, inJournal: boolean) =>
	`${pad(task.createTime ?? '', 21)}${pad(operationOfTaskType(task.taskType) ?? task.description ?? task.taskType, 10)}${padStart(task.domains.toLocaleString('en-US'), 7)}  ${pad(task.status.toLowerCase().replace(/_.*/, ''), 11)}${pad(inJournal ? 'yes' : 'no', 12)}${task.taskNo}`;

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

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** What checking a batch found, chunk by chunk, then what may happen next. */
const checkLines = (check: BatchCheck): Line[] => {
	const lines: Line[] = check.findings.map(({chunk, domains, result}) => {
		const name = `Request ${chunk + 1} (${plural(domains, 'domain')})`;
		switch (result.result) {
			case 'found': {
				return {kind: 'success', text: `${name} reached the server: task ${result.taskNo}.`};
			}

			case 'absent': {
				return {kind: 'warn', text: `${name} never created a task (${result.how}).`};
			}

			default: {
				return {kind: 'warn', text: `${name}: still unsure (${result.reason}). Nothing will send it again; open the batch later.`};
			}
		}
	});
	if (check.neverSent.length > 0) {
		lines.push({kind: 'info', text: `${plural(check.neverSentDomains, 'domain')} in ${plural(check.neverSent.length, 'request')} ${check.neverSent.length === 1 ? 'was' : 'were'} never ordered. Submit ${check.neverSent.length === 1 ? 'it' : 'them'} only if you still want ${check.neverSentDomains === 1 ? 'it' : 'them'}.`});
	} else if (check.unsure === 0) {
		lines.push({kind: 'success', text: `Every request of the batch is accounted for: ${plural(check.taskNos.length, 'task')}.`});
	}

	return lines;
};

const sentLines = (summary: SubmitSummary): Line[] => [
	...(summary.submitted.length > 0 ? [{kind: 'success' as const, text: `Submitted: ${summary.submitted.map(s => `task ${s.taskNo}`).join(', ')}.`}] : []),
	...summary.rejected.map(r => ({kind: 'error' as const, text: `Request ${r.chunk + 1} refused: ${r.error.code}: ${r.error.apiMessage}`})),
	...summary.unknown.map(u => ({kind: 'warn' as const, text: `Request ${u.chunk + 1}: outcome unknown (${u.reason}); it will be checked before anything sends it again.`})),
];
