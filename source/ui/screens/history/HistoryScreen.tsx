// History (`alidomain history`, and "Watch tasks" on the home screen): the journal's batches, newest first, and the
// account's recent tasks as the server lists them, including ones made in the console. Enter opens a status view.
// A batch whose submit did not finish is checked first (docs/never-order-twice.md): what was found is shown, and
// tasks proved never created are sent only after an explicit yes.
//
// This file combines the parts: the phase reducer and what each key means (phase.ts), what opening and sending do
// (actions.ts), the lists (lists.tsx: batch-table.tsx, server-table.tsx), the check's report (report.tsx) and the
// words (text.ts). Batches the journal says are running are read from the server as the screen shows
// (app/use-batch-refresh.ts), so a batch that finished unwatched does not stay "running".
import {Box, Text} from 'ink';
import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {taskNosOf} from '../../../core/submit/journal-rules.js';
import type {Runtime} from '../../../runtime.js';
import {Frame, useBodyRows} from '../../components/Frame.js';
import {Notice} from '../../components/Notice.js';
import {useBatchRefresh} from '../../app/use-batch-refresh.js';
import {Spinner} from '../../components/Spinner.js';
import {TextField} from '../../components/TextField.js';
import {WatchBatch} from '../../flows/WatchBatch.js';
import type {RetryIntent, WatchSessionOptions} from '../../app/watch-session.js';
import {useJournalRead} from '../../app/use-journal-read.js';
import {useListNavigation} from '../../hooks/use-list-navigation.js';
import {useServerTasks} from '../../app/use-server-tasks.js';
import {useTerminalSize} from '../../hooks/use-terminal-size.js';
import {useKeypress} from '../../input/use-keypress.js';
import {useTheme} from '../../theme.js';
import {useHistoryActions, type SubmitRunner} from './actions.js';
import {historyHints, historyKeyIntent, historyReducer, initialHistoryState, type Section} from './phase.js';
import {CheckReport, ConfirmSend} from './report.js';
import {usePaidOrder} from './paid-order.js';
import {HistoryLists, journalProblemsOf, SectionTabs, SHOWN_PROBLEMS} from './lists.js';
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
	const journalProblems = journalProblemsOf(journalRead);
	useBatchRefresh(runtime, batches, state.serverRound, () => {
		dispatch({type: 'journal-changed'});
	});
	const journalTasks = useMemo(() => new Set(batches.flatMap((b) => taskNosOf(b))), [batches]);

	const inList = phase.kind === 'list';
	// A paid account's question waits for a typed answer: a text field, as the task numbers are.
	const [typedAnswer, setTypedAnswer] = useState(false);
	const answerTyped = phase.kind === 'confirm' && typedAnswer;
	const inTextField = phase.kind === 'typing' || answerTyped;
	const hints = historyHints(phase, section, symbols.arrowUpDown, answerTyped);
	const bodyRows = useBodyRows({hints, inTextField, spacious: false, topLines: 1});
	const listHeight = Math.max(
		3,
		bodyRows -
			FIXED_LINES -
			(message ? 1 : 0) -
			(phase.kind === 'typing' ? 1 : 0) -
			2 * Math.min(SHOWN_PROBLEMS, journalProblems.length),
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
		const intent = historyKeyIntent(phase, key);
		switch (intent.type) {
			case 'pass': {
				return undefined;
			}

			case 'leave': {
				onLeave();
				return true;
			}

			case 'open': {
				if (section === 'batches' && batchNav.index >= 0) {
					openBatch(batches[batchNav.index]!);
				} else if (section === 'server' && serverNav.index >= 0) {
					const task = server.tasks[serverNav.index]!;
					openTasks([task.taskNo], task);
				}

				return true;
			}

			case 'back-to-list': {
				backToList();
				return true;
			}

			default: {
				dispatch(intent);
				if (intent.type === 'reload' && section === 'server') {
					server.reload();
				}

				return true;
			}
		}
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
				sandbox={runtime.sandbox}
				paid={paidOrder}
				onTypedAnswer={setTypedAnswer}
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
	} else {
		body = (
			<HistoryLists
				section={section}
				journal={journalRead}
				server={server}
				journalTasks={journalTasks}
				height={listHeight}
				selectedBatch={batchNav.index}
				selectedTask={serverNav.index}
				endpoint={runtime.endpoint}
				columns={columns}
			/>
		);
	}

	return (
		<Frame
			title={text.title(batches.length, symbols.separator)}
			account={runtime.accountLabel}
			endpoint={runtime.endpoint}
			sandbox={runtime.sandbox}
			hints={hints}
			inTextField={inTextField}
			spacious={false}
			top={<SectionTabs section={section} />}
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
