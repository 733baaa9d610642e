// The live view of a submitted batch (docs/architecture.md, Watching a batch). It renders the poller's state and the
// board's rows and sends intents (export, retry failed, leave) to its parent; it never builds a request. Sized for
// 100,000 domains: the list is the board's cached view of row numbers and only the rows on screen are built; poller
// updates reach React at most ten times a second. Its modes (filter, search, details, message) and what each key
// means in them are one pure reducer (ui/state/status-view.ts); the view before the first read is StatusUnread.tsx.
import {Box, Text} from 'ink';
import {useMemo, useReducer} from 'react';
import type {StatusBoard} from '../../core/status/status-board.js';
import type {Operation} from '../../core/order/order-items.js';
import {reasonWithServerText} from '../../core/words/reason-words.js';
import {DomainDetail} from '../components/DomainDetail.js';
import {DomainHeading, DomainRow, domainColumns} from '../components/DomainRow.js';
import {Frame, useBodyRows} from '../components/Frame.js';
import {PollClock} from '../components/PollClock.js';
import {Spinner} from '../components/Spinner.js';
import {POLL_NOTICE_HEIGHT, PollNotice} from '../components/PollNotice.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {StatusCounts} from '../components/StatusCounts.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useStatusPoller, type PollerLike} from '../hooks/use-status-poller.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {rowsOfCells} from '../../core/words/text-width.js';
import {hint, type KeyHint} from '../input/key-bindings.js';
import {useKeypress} from '../input/use-keypress.js';
import {
	initialStatusView,
	resetsSelection,
	statusKeyIntent,
	statusViewReducer,
	type StatusMessage,
	type StatusViewAction,
} from '../state/status-view.js';
import {useTheme} from '../theme.js';
import {StatusUnread} from './StatusUnread.js';
import {filterLabel, text} from './status-text.js';

export type StatusScreenTitle = {
	operation: Operation;
	account: string;
	endpoint: string;
	sandbox: boolean;
	tasks: number;
	/** When the batch was first seen final, for a batch reopened after it finished. */
	finishedAt?: number;
};

export type StatusScreenProps = {
	poller: PollerLike;
	board: StatusBoard;
	title: StatusScreenTitle;
	/** Writes the results and answers with the paths of the files written. */
	onExport?: () => Promise<readonly string[]> | readonly string[];
	/** Takes the failed domains back through review; never submits by itself. */
	/** Returns what to say instead when nothing goes back to review (every failure was permanent). */
	onRetryFailed?: (failedDomains: string[]) => string | void;
	/** `failed`: nothing could be read from the server (an error, or left before the first answer). */
	onLeave: (failed?: boolean) => void;
	/** A message shown under the list as the view opens (a retry that came back with nothing to send says why). */
	note?: StatusMessage;
};

// Clock, bar, counts, filter line, column heading, position line, selected error (2), and one spare line so the
// frame never fills the terminal (which makes the renderer clear the whole screen each time); the frame's own
// lines (header, key bar) are counted by useBodyRows.
const FIXED_LINES = 9;

export const StatusScreen = ({poller, board, title, onExport, onRetryFailed, onLeave, note}: StatusScreenProps) => {
	const {colors, symbols} = useTheme();
	const {columns} = useTerminalSize();
	const state = useStatusPoller(poller);
	const [view, dispatchView] = useReducer(statusViewReducer, note, (message) => ({...initialStatusView, message}));
	const {mode, filter, search, message} = view;
	const searching = mode.kind === 'searching';

	const {counts, done, notice, failure, fetched} = state;
	// Counts that were not read from the server are never shown. Before the first read the submitted names are listed
	// and the counts line says reading; an error, or a retry before anything was read, takes the whole view.
	const unread = failure !== undefined || (!fetched && notice !== undefined);
	const listed = board.view(filter, search);
	const noticeLines = done ? 1 : notice ? POLL_NOTICE_HEIGHT : 0;
	const failed = counts.failed.toLocaleString('en-US');
	const hints: KeyHint[] =
		mode.kind === 'detail'
			? [hint('closeDetails')]
			: searching
				? [hint('keepSearch'), hint('clearSearch')]
				: [
						hint('leaveStatus'),
						hint('retryFailed', {label: counts.failed > 0 ? text.retry(failed) : text.retryNone}),
						hint('filter', {label: text.filter(filterLabel(filter))}),
						hint('search'),
						hint('export'),
						hint('details'),
						hint('move', {arrows: symbols.arrowUpDown}),
					];
	const bodyRows = useBodyRows({hints, spacious: false, inTextField: searching, helpEnabled: mode.kind !== 'detail'});
	const listHeight = Math.max(3, bodyRows - FIXED_LINES - noticeLines - messageRows(message, columns).length);
	const navigation = useListNavigation({count: listed.length, pageSize: listHeight, isActive: mode.kind === 'list'});
	const selectedRow = navigation.index >= 0 ? board.row(listed[navigation.index]!) : undefined;
	const rowColumns = useMemo(() => domainColumns(columns), [columns]);

	const dispatch = (action: StatusViewAction) => {
		dispatchView(action);
		if (resetsSelection(action)) {
			navigation.setIndex(0);
		}
	};

	const say = (kind: StatusMessage['kind'], ...lines: string[]) => {
		dispatch({type: 'say', message: {kind, lines}});
	};

	const leave = () => {
		poller.stop();
		const left = poller.getState();
		onLeave(left.failure !== undefined || !left.fetched);
	};

	const exportResults = async () => {
		if (!fetched) {
			say('warn', text.notReadYet);
			return;
		}

		if (!onExport) {
			say('warn', text.noExport);
			return;
		}

		say('info', text.exporting);
		try {
			const paths = await onExport();
			say('success', text.exported(counts.total), ...paths.map((p) => `  ${p}`));
		} catch (error) {
			say('error', text.exportFailed(error instanceof Error ? error.message : String(error)));
		}
	};

	const retryFailed = () => {
		if (counts.failed === 0) {
			say('warn', text.nothingToRetry);
		} else if (onRetryFailed) {
			const said = onRetryFailed(board.names('failed'));
			if (typeof said === 'string') {
				say('warn', said);
			}
		} else {
			say('warn', text.noRetry);
		}
	};

	useKeypress((key) => {
		const intent = statusKeyIntent(view, key, {
			unread,
			highlightedRow: navigation.index >= 0 ? listed[navigation.index] : undefined,
		});
		switch (intent.type) {
			case 'pass': {
				return undefined;
			}

			case 'swallow': {
				return true;
			}

			case 'leave': {
				leave();
				return true;
			}

			case 'export': {
				void exportResults();
				return true;
			}

			case 'retry-failed': {
				retryFailed();
				return true;
			}

			default: {
				dispatch(intent);
				return true;
			}
		}
	});

	if (unread) {
		return <StatusUnread state={state} title={title} />;
	}

	const total = counts.total.toLocaleString('en-US');
	const body =
		mode.kind === 'detail' ? (
			<DomainDetail row={board.row(mode.row)} />
		) : (
			<>
				<DomainHeading columns={rowColumns} />
				<WindowedList
					items={listed}
					height={listHeight}
					selectedIndex={navigation.index}
					noun={text.domains}
					emptyText={
						search ? text.noMatch(search) : filter === 'all' ? text.noDomains : text.noneIn(filterLabel(filter))
					}
					getKey={(rowIndex) => rowIndex}
					renderItem={(rowIndex, _, isSelected) => (
						<DomainRow row={board.row(rowIndex)} columns={rowColumns} isSelected={isSelected} />
					)}
				/>
				<Box height={2} overflow="hidden">
					<Text wrap="wrap" color={selectedRow?.state === 'failed' ? colors.failure : colors.muted}>
						{selectedRow
							? text.rowError(
									selectedRow.unicode ?? selectedRow.name,
									(selectedRow.error && selectedRow.state === 'failed'
										? reasonWithServerText(selectedRow.error)
										: selectedRow.error) ?? (selectedRow.state === 'succeeded' ? text.noError : text.noErrorYet),
								)
							: ' '}
					</Text>
				</Box>
			</>
		);

	return (
		<Frame
			title={text.title(title.operation, counts.total, title.tasks, symbols.separator, state.done)}
			account={title.account}
			endpoint={title.endpoint}
			sandbox={title.sandbox}
			hints={hints}
			inTextField={searching}
			helpEnabled={mode.kind !== 'detail'}
			spacious={false}
		>
			<PollClock state={state} finishedAt={title.finishedAt} />
			<ProgressBar
				value={counts.total > 0 ? counts.finished / counts.total : 0}
				label={`${counts.finished.toLocaleString('en-US')}/${total}`}
			/>
			{fetched ? <StatusCounts counts={counts} /> : <Spinner label={text.reading(title.tasks)} />}
			{done ? (
				// A green tick only when every domain succeeded; failures head the line with the warning sign.
				<Text color={counts.failed > 0 ? colors.warning : colors.success} wrap="truncate-end">
					{`${counts.failed > 0 ? symbols.warning : symbols.success} ${text.final(counts.total, counts.succeeded, counts.failed)}`}
				</Text>
			) : notice ? (
				<PollNotice notice={notice} />
			) : null}
			<Box>
				<Text color={colors.muted}>{`${text.filterLine(filterLabel(filter))} ${symbols.separator} `}</Text>
				{searching ? (
					<>
						<Text color={colors.accent}>/</Text>
						<TextField
							defaultValue={search}
							placeholder={text.searchPlaceholder}
							width={Math.max(10, columns - 30)}
							onChange={(value) => {
								dispatch({type: 'type-search', value});
							}}
							onSubmit={() => {
								dispatch({type: 'keep-search'});
							}}
						/>
					</>
				) : (
					<Text color={colors.muted}>{search ? text.searchShown(search) : text.noSearch}</Text>
				)}
			</Box>
			{body}
			{message ? <StatusMessageLines message={message} columns={columns} /> : null}
		</Frame>
	);
};

/** A message's lines as the screen draws them: a line longer than the screen (an export's path) in whole rows, never cut. */
const messageRows = (message: StatusMessage | undefined, columns: number): string[] =>
	message ? message.lines.flatMap((line) => rowsOfCells(line, columns)) : [];

const StatusMessageLines = ({message, columns}: {message: StatusMessage; columns: number}) => {
	const {colors} = useTheme();
	const color = {info: colors.info, success: colors.success, warn: colors.warning, error: colors.failure}[message.kind];
	return (
		<Box flexDirection="column">
			{messageRows(message, columns).map((row, index) => (
				<Text key={index} wrap="truncate-end" color={color}>
					{row}
				</Text>
			))}
		</Box>
	);
};
