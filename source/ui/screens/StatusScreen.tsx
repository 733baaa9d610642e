// The live view of a submitted batch (docs/architecture.md, Watching a batch). It renders the poller's state and the
// board's rows and sends intents (export, retry failed, leave) to its parent; it never builds a request. Sized for
// 100,000 domains: the list is the board's cached view of row numbers and only the rows on screen are built; poller
// updates reach React at most ten times a second.
// Longer than 300 lines: one view holds the poller, the keys, filter, search, export and retry, and the view before
// the first read; its words are in status-text.ts, its frame in components/Frame.tsx.
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {StatusBoard, StatusFilter} from '../../core/status/status-board.js';
import type {Operation} from '../../core/order/order-items.js';
import {reasonWithServerText} from '../../core/words/reason-words.js';
import {DomainDetail} from '../components/DomainDetail.js';
import {DomainHeading, DomainRow, domainColumns} from '../components/DomainRow.js';
import {Frame} from '../components/Frame.js';
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
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
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
};

/** The order `f` steps through. */
export const FILTER_CYCLE: readonly StatusFilter[] = ['all', 'failed', 'in-progress', 'succeeded'];

type Message = {kind: 'info' | 'success' | 'warn' | 'error'; lines: string[]};

// Header, clock, bar, counts, filter line, column heading, position line, selected error (2), key bar, and one
// spare line so the frame never fills the terminal (which makes the renderer clear the whole screen each time).
const FIXED_LINES = 11;

export const StatusScreen = ({poller, board, title, onExport, onRetryFailed, onLeave}: StatusScreenProps) => {
	const theme = useTheme();
	const {colors, symbols} = theme;
	const {columns, rows} = useTerminalSize();
	const state = useStatusPoller(poller);
	const [filter, setFilter] = useState<StatusFilter>('all');
	const [search, setSearch] = useState('');
	const [searching, setSearching] = useState(false);
	const [detailRow, setDetailRow] = useState<number | undefined>(undefined);
	const [message, setMessage] = useState<Message | undefined>(undefined);

	const {counts, done, notice, failure} = state;
	// Counts that were not read from the server are never shown: before the first read, only that it is under way.
	// Counts that were not read from the server are never shown. Before the first read the submitted names are listed
	// and the counts line says reading; an error, or a retry before anything was read, takes the whole view.
	const fetched = state.fetched;
	const unread = failure !== undefined || (!fetched && notice !== undefined);
	const view = board.view(filter, search);
	const noticeLines = done ? 1 : notice ? POLL_NOTICE_HEIGHT : 0;
	const messageLines = message ? message.lines.length : 0;
	const listHeight = Math.max(3, rows - FIXED_LINES - noticeLines - messageLines);
	const navigation = useListNavigation({
		count: view.length,
		pageSize: listHeight,
		isActive: detailRow === undefined && !searching,
	});
	const selectedRow = navigation.index >= 0 ? board.row(view[navigation.index]!) : undefined;
	const rowColumns = useMemo(() => domainColumns(columns), [columns]);

	const leave = () => {
		poller.stop();
		const left = poller.getState();
		onLeave(left.failure !== undefined || !left.fetched);
	};

	const exportResults = async () => {
		if (!fetched) {
			setMessage({kind: 'warn', lines: [text.notReadYet]});
			return;
		}

		if (!onExport) {
			setMessage({kind: 'warn', lines: [text.noExport]});
			return;
		}

		setMessage({kind: 'info', lines: [text.exporting]});
		try {
			const paths = await onExport();
			setMessage({
				kind: 'success',
				lines: [text.exported(counts.total), ...paths.map((p) => `  ${p}`)],
			});
		} catch (error) {
			setMessage({kind: 'error', lines: [text.exportFailed(error instanceof Error ? error.message : String(error))]});
		}
	};

	const retryFailed = () => {
		if (counts.failed === 0) {
			setMessage({kind: 'warn', lines: [text.nothingToRetry]});
			return;
		}

		if (!onRetryFailed) {
			setMessage({kind: 'warn', lines: [text.noRetry]});
			return;
		}

		const said = onRetryFailed(board.names('failed'));
		if (typeof said === 'string') {
			setMessage({kind: 'warn', lines: [said]});
		}
	};

	const resetSelection = () => {
		navigation.setIndex(0);
	};

	useKeypress((key) => {
		if (unread) {
			if (keys.isBack(key) || matches('leaveStatus', key)) {
				leave();
				return true;
			}

			return undefined;
		}

		if (detailRow !== undefined) {
			if (keys.isBack(key) || keys.isSubmit(key) || keys.isLeave(key)) {
				setDetailRow(undefined);
			}

			return keys.isQuit(key) ? undefined : true;
		}

		if (searching) {
			if (keys.isBack(key)) {
				setSearch('');
				setSearching(false);
				resetSelection();
				return true;
			}

			return undefined;
		}

		if (keys.isBack(key) && search !== '') {
			setSearch('');
			resetSelection();
			return true;
		}

		if (keys.isBack(key) || keys.isLeave(key)) {
			leave();
			return true;
		}

		if (keys.isSubmit(key)) {
			if (navigation.index >= 0) {
				setDetailRow(view[navigation.index]);
			}

			return true;
		}

		if (matches('search', key)) {
			setSearching(true);
			return true;
		}

		if (matches('filter', key)) {
			setFilter(FILTER_CYCLE[(FILTER_CYCLE.indexOf(filter) + 1) % FILTER_CYCLE.length]!);
			resetSelection();
			return true;
		}

		if (matches('export', key)) {
			void exportResults();
			return true;
		}

		if (matches('retryFailed', key)) {
			retryFailed();
			return true;
		}

		return undefined;
	});

	const arrows = symbols.arrowUpDown;
	const failed = counts.failed.toLocaleString('en-US');
	const hints: KeyHint[] =
		detailRow !== undefined
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
						hint('move', {arrows}),
					];

	const fraction = counts.total > 0 ? counts.finished / counts.total : 0;

	if (unread) {
		return (
			<Frame
				title={text.title(title.operation, counts.total > 0 ? counts.total : undefined, title.tasks, symbols.separator)}
				account={title.account}
				endpoint={title.endpoint}
				sandbox={title.sandbox}
				hints={[hint('leaveStatus', failure ? {description: text.leaveFailed} : {})]}
				spacious={false}
			>
				{failure ? (
					<Box flexDirection="column" marginTop={1}>
						<Text
							color={colors.failure}
							bold
							wrap="wrap"
						>{`${symbols.failure} ${failure.kind === 'unknown-tasks' ? text.unknownTasks : text.cannotRead}`}</Text>
						<Text wrap="wrap">{failure.code ? `${failure.code}: ${failure.message}` : failure.message}</Text>
						{failure.hint ? <Text wrap="wrap">{text.whatToDo(failure.hint)}</Text> : null}
						{failure.requestId ? (
							<Text color={colors.muted} wrap="wrap">
								{text.requestId(failure.requestId)}
							</Text>
						) : null}
						<Box marginTop={1}>
							<Text color={colors.muted} wrap="wrap">
								{text.stopped}
							</Text>
						</Box>
					</Box>
				) : (
					<Box flexDirection="column">
						<Spinner label={text.reading(title.tasks)} />
						{notice ? <PollNotice notice={notice} /> : null}
					</Box>
				)}
			</Frame>
		);
	}

	let body;
	if (detailRow !== undefined) {
		body = <DomainDetail row={board.row(detailRow)} />;
	} else {
		body = (
			<>
				<DomainHeading columns={rowColumns} />
				<WindowedList
					items={view}
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
	}

	return (
		<Frame
			title={text.title(title.operation, counts.total, title.tasks, symbols.separator)}
			account={title.account}
			endpoint={title.endpoint}
			sandbox={title.sandbox}
			hints={hints}
			inTextField={searching}
			helpEnabled={detailRow === undefined}
			spacious={false}
		>
			<PollClock state={state} finishedAt={title.finishedAt} />
			<ProgressBar
				value={fraction}
				label={`${counts.finished.toLocaleString('en-US')}/${counts.total.toLocaleString('en-US')}`}
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
								setSearch(value);
								resetSelection();
							}}
							onSubmit={() => {
								setSearching(false);
							}}
						/>
					</>
				) : (
					<Text color={colors.muted}>{search ? text.searchShown(search) : text.noSearch}</Text>
				)}
			</Box>
			{body}
			{message && (
				<Box flexDirection="column">
					{message.lines.map((line, index) => (
						<Text
							key={index}
							wrap="truncate-middle"
							color={
								{info: colors.info, success: colors.success, warn: colors.warning, error: colors.failure}[message.kind]
							}
						>
							{line}
						</Text>
					))}
				</Box>
			)}
		</Frame>
	);
};
