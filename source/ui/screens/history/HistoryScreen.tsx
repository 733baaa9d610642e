// Longer than 300 lines since the formatter reflowed its JSX: to be split into a screen and its parts.
// History (`alidomain history`, and "Watch tasks" on the home screen): the journal's batches, newest first, and the
// account's recent tasks as the server lists them, including ones made in the console. Enter opens a status view.
// A batch whose submit did not finish is checked first (docs/never-order-twice.md): what was found is shown, and
// tasks proved never created are sent only after an explicit yes.
//
// This file combines the parts: the phase reducer (phase.ts), what opening and sending do (actions.ts), the two
// tables (tables.tsx), the check's report (report.tsx) and the words (text.ts).
import {Box, Text} from 'ink';
import {useEffect, useMemo, useReducer, useRef} from 'react';
import {taskNosOf} from '../../../core/submit/journal-rules.js';
import type {Runtime} from '../../../runtime.js';
import {Frame, useBodyRows} from '../../components/Frame.js';
import {Notice} from '../../components/Notice.js';
import {Spinner} from '../../components/Spinner.js';
import {TextField} from '../../components/TextField.js';
import {WatchBatch} from '../../flows/WatchBatch.js';
import type {RetryIntent, WatchSessionOptions} from '../../app/watch-session.js';
import {useJournalRead} from '../../app/use-journal-read.js';
import {useListNavigation} from '../../hooks/use-list-navigation.js';
import {useServerTasks} from '../../app/use-server-tasks.js';
import {useTerminalSize} from '../../hooks/use-terminal-size.js';
import {hint, matches, type KeyHint} from '../../input/key-bindings.js';
import * as keys from '../../input/keys.js';
import {useKeypress} from '../../input/use-keypress.js';
import {useTheme} from '../../theme.js';
import {useHistoryActions, type SubmitRunner} from './actions.js';
import {historyReducer, initialHistoryState, type Section} from './phase.js';
import {CheckReport, ConfirmSend} from './report.js';
import {usePaidOrder} from './paid-order.js';
import {BatchTable, ServerTable} from './tables.js';
import {text} from './text.js';
import {progressWords as words} from '../../../core/words/progress-words.js';

export type {Section} from './phase.js';

export type HistoryRuntime = Pick<
	Runtime,
	'client' | 'journal' | 'accountLabel' | 'endpoint' | 'sandbox' | 'settleMs' | 'lock'
> &
	Partial<Pick<Runtime, 'currency'>>;

export type HistoryScreenProps = {
	runtime: HistoryRuntime;
	/** The app's data directory, for exports. */
	dataDir: string;
	/** Passed on from a status view; absent, its `r` says retry is not available here. */
	onRetryFailed?: (intent: RetryIntent) => string | void;
	onLeave: () => void;
	initialSection?: Section;
	/** A batch to open as the screen shows (checked first when its submit did not finish). */
	reopen?: string;
	/** For tests: the status views' polling pace. */
	pollerOptions?: WatchSessionOptions['pollerOptions'];
	/** Runs the submit so that Ctrl+C stops it after the request in flight (the app's); without it, it just runs. */
	runSubmit?: SubmitRunner;
	/** Ctrl+C was pressed: a submit under way is stopping. */
	stopping?: boolean;
};

// Column heading, position line, and a spare line; the frame's own lines (header, section tabs, key bar) are
// counted by useBodyRows.
const FIXED_LINES = 3;

export const HistoryScreen = ({
	runtime,
	dataDir,
	onRetryFailed,
	onLeave,
	initialSection = 'batches',
	pollerOptions,
	reopen,
	runSubmit,
	stopping = false,
}: HistoryScreenProps) => {
	const {colors, symbols} = useTheme();
	const {columns} = useTerminalSize();
	const [state, dispatch] = useReducer(historyReducer, initialSection, initialHistoryState);
	const {section, phase, message, journalVersion} = state;
	const server = useServerTasks(runtime.client, section === 'server');

	// Every batch that can be read, and a named error for each one that cannot, read by the engine; journalVersion
	// is bumped after each change to read it again.
	const journalRead = useJournalRead(runtime.journal, journalVersion);
	const {batches} = journalRead;
	const journalProblems = [...(journalRead.error ? [journalRead.error] : []), ...journalRead.problems];
	const journalTasks = useMemo(() => new Set(batches.flatMap((b) => taskNosOf(b))), [batches]);

	const inList = phase.kind === 'list';
	const arrows = symbols.arrowUpDown;
	const hints: KeyHint[] =
		phase.kind === 'typing'
			? [hint('openTasks'), hint('cancelTyping')]
			: phase.kind === 'list'
				? [
						hint('open'),
						hint('leaveHistory'),
						hint('switchSection', {label: section === 'batches' ? text.serverTasks : text.batches}),
						hint('taskNumber'),
						hint('reload'),
						hint('move', {arrows}),
					]
				: [hint('select', {label: text.choose}), hint('back'), hint('move', {arrows})];
	const bodyRows = useBodyRows({hints, inTextField: phase.kind === 'typing', spacious: false, topLines: 1});
	const listHeight = Math.max(
		3,
		bodyRows -
			FIXED_LINES -
			(message ? 1 : 0) -
			(phase.kind === 'typing' ? 1 : 0) -
			2 * Math.min(2, journalProblems.length),
	);
	const batchNav = useListNavigation({
		count: batches.length,
		pageSize: listHeight,
		isActive: inList && section === 'batches',
	});
	const serverNav = useListNavigation({
		count: server.tasks.length,
		pageSize: listHeight,
		isActive: inList && section === 'server',
	});

	const {watch, backToList, openBatch, openTasks, sendNeverSent} = useHistoryActions(runtime, dispatch, runSubmit);

	// On a paid account, what sending the never-ordered domains would order, for its price (the one confirmation rule).
	const paidOrder = usePaidOrder(runtime, phase);

	// Opened for one batch: open it once, as Enter on its row would.
	const reopened = useRef(false);
	useEffect(() => {
		const view =
			reopen === undefined || reopened.current ? undefined : batches.find((batch) => batch.plan.id === reopen);
		reopened.current = true;
		if (view) {
			openBatch(view);
		}
	}, [reopen, batches, openBatch]);

	useKeypress((key) => {
		if (phase.kind === 'typing') {
			if (keys.isBack(key)) {
				backToList();
				return true;
			}

			return undefined;
		}

		if (phase.kind === 'report' || phase.kind === 'confirm') {
			if (keys.isBack(key) || keys.isLeave(key)) {
				dispatch(phase.kind === 'confirm' ? {type: 'unconfirm'} : {type: 'back-to-list'});
				return true;
			}

			return undefined;
		}

		if (phase.kind !== 'list') {
			return undefined;
		}

		if (keys.isBack(key) || keys.isLeave(key)) {
			onLeave();
			return true;
		}

		if (keys.isNextField(key) || keys.isPreviousField(key) || keys.isLeft(key) || keys.isRight(key)) {
			dispatch({type: 'switch-section'});
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

		if (matches('taskNumber', key)) {
			dispatch({type: 'type-task-numbers'});
			return true;
		}

		if (matches('reload', key)) {
			dispatch({type: 'reload'});
			if (section === 'server') {
				server.reload();
			}

			return true;
		}

		return undefined;
	});

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

	let body;
	if (phase.kind === 'busy') {
		body = (
			<Box flexDirection="column">
				<Spinner label={stopping ? words.stopping : phase.label} />
				{state.activity ? <Text color={colors.muted} wrap="wrap">{`  ${state.activity}`}</Text> : null}
			</Box>
		);
	} else if (phase.kind === 'report') {
		body = (
			<CheckReport
				lines={phase.lines}
				check={phase.check}
				onChoose={(choice) => {
					if (choice === 'watch') {
						watch({batchId: phase.batchId, taskNos: phase.check.taskNos});
					} else if (choice === 'send') {
						dispatch({type: 'confirm'});
					} else {
						backToList();
					}
				}}
			/>
		);
	} else if (phase.kind === 'confirm') {
		body = (
			<ConfirmSend
				check={phase.check}
				paid={runtime.sandbox ? undefined : paidOrder}
				where={runtime.sandbox ? text.sandboxWhere : text.accountWhere(runtime.endpoint, runtime.accountLabel)}
				onAnswer={(yes) => {
					if (yes) {
						sendNeverSent(phase.batchId);
					} else {
						dispatch({type: 'unconfirm'});
					}
				}}
			/>
		);
	} else if (section === 'batches') {
		body = (
			<>
				{journalProblems.slice(0, 2).map((problem) => (
					<Notice key={problem.message} kind="error">
						{problem.message}
					</Notice>
				))}
				<BatchTable batches={batches} height={listHeight} selectedIndex={batchNav.index} endpoint={runtime.endpoint} />
			</>
		);
	} else {
		body = (
			<>
				{server.status === 'loading' && server.tasks.length === 0 ? <Spinner label={text.loadingTasks} /> : null}
				{server.status === 'error' ? (
					<Notice kind="error" error={server.error}>
						{text.tasksFailed}
					</Notice>
				) : null}
				{server.tasks.length > 0 || server.status === 'ready' ? (
					<ServerTable
						tasks={server.tasks}
						height={listHeight}
						selectedIndex={serverNav.index}
						inJournal={journalTasks}
					/>
				) : null}
			</>
		);
	}

	const tab = (which: Section, label: string) => (
		<Text bold={section === which} inverse={section === which} color={section === which ? colors.accent : colors.muted}>
			{label}
		</Text>
	);

	return (
		<Frame
			title={text.title(batches.length, symbols.separator)}
			account={runtime.accountLabel}
			endpoint={runtime.endpoint}
			sandbox={runtime.sandbox}
			hints={hints}
			inTextField={phase.kind === 'typing'}
			spacious={false}
			top={
				<Box>
					{tab('batches', text.batchesTab)}
					<Text> </Text>
					{tab('server', text.serverTab)}
				</Box>
			}
		>
			{body}
			{phase.kind === 'typing' ? (
				<Box>
					<Text color={colors.accent}>{text.taskNumberPrompt}</Text>
					<TextField
						placeholder={text.taskNumberPlaceholder}
						width={Math.max(10, columns - 14)}
						onSubmit={(value) => {
							const taskNos = value.split(/[\s,]+/).filter(Boolean);
							if (taskNos.length === 0) {
								backToList();
								return;
							}

							openTasks(
								taskNos,
								server.tasks.find((task) => task.taskNo === taskNos[0]),
							);
						}}
					/>
				</Box>
			) : null}
			{message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
		</Frame>
	);
};
