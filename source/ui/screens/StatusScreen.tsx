// The live view of a submitted batch (DESIGN §5). It renders the poller's state and the board's rows and sends
// intents (export, retry failed, leave) to its parent; it never builds a request.
// Sized for 100,000 domains: the list is the board's cached view of row numbers and only the rows on screen are
// built; poller updates reach React at most ten times a second.
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import type {StatusBoard, StatusFilter} from '../../core/status.js';
import {DomainDetail} from '../components/DomainDetail.js';
import {DomainHeading, DomainRow, domainColumns} from '../components/DomainRow.js';
import {Header} from '../components/Header.js';
import {HelpOverlay, useHelpToggle} from '../components/HelpOverlay.js';
import {KeyBar} from '../components/KeyBar.js';
import {PollClock} from '../components/PollClock.js';
import {POLL_NOTICE_HEIGHT, PollNotice} from '../components/PollNotice.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {StatusCounts} from '../components/StatusCounts.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useStatusPoller, type PollerLike} from '../hooks/use-status-poller.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';

export type StatusScreenTitle = {
	operation: 'register' | 'redeem';
	account: string;
	endpoint: string;
	sandbox: boolean;
	tasks: number;
};

export type StatusScreenProps = {
	poller: PollerLike;
	board: StatusBoard;
	title: StatusScreenTitle;
	/** Writes the results and answers with the paths of the files written. */
	onExport?: () => Promise<readonly string[]> | readonly string[];
	/** Takes the failed domains back through review; never submits by itself. */
	onRetryFailed?: (failedDomains: string[]) => void;
	onLeave: () => void;
};

/** The order `f` steps through. */
export const FILTER_CYCLE: readonly StatusFilter[] = ['all', 'failed', 'in-progress', 'succeeded'];
const FILTER_LABEL: Record<StatusFilter, string> = {all: 'all', failed: 'failed', 'in-progress': 'in progress', succeeded: 'succeeded'};

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
	const help = useHelpToggle({isActive: !searching && detailRow === undefined});

	const {counts, done, notice} = state;
	const view = board.view(filter, search);
	const noticeLines = done ? 1 : notice ? POLL_NOTICE_HEIGHT : 0;
	const messageLines = message ? message.lines.length : 0;
	const listHeight = Math.max(3, rows - FIXED_LINES - noticeLines - messageLines);
	const navigation = useListNavigation({count: view.length, pageSize: listHeight, isActive: detailRow === undefined && !help.isOpen});
	const selectedRow = navigation.index >= 0 ? board.row(view[navigation.index]!) : undefined;
	const rowColumns = useMemo(() => domainColumns(columns), [columns]);

	const leave = () => {
		poller.stop();
		onLeave();
	};

	const exportResults = async () => {
		if (!onExport) {
			setMessage({kind: 'warn', lines: ['Export is not available here.']});
			return;
		}

		setMessage({kind: 'info', lines: ['Exporting…']});
		try {
			const paths = await onExport();
			setMessage({kind: 'success', lines: [`Exported ${counts.total.toLocaleString('en-US')} domains:`, ...paths.map(p => `  ${p}`)]});
		} catch (error) {
			setMessage({kind: 'error', lines: [`Export failed: ${error instanceof Error ? error.message : String(error)}`]});
		}
	};

	const retryFailed = () => {
		if (counts.failed === 0) {
			setMessage({kind: 'warn', lines: ['Nothing to retry: no domain has failed.']});
			return;
		}

		if (!onRetryFailed) {
			setMessage({kind: 'warn', lines: ['Retry is not available here; export failed.txt and submit it as a new batch.']});
			return;
		}

		onRetryFailed(board.names('failed'));
	};

	const resetSelection = () => {
		navigation.setIndex(0);
	};

	useKeypress(key => {
		if (detailRow !== undefined) {
			if (keys.isBack(key) || keys.isSubmit(key) || key.text === 'q') {
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

		if (keys.isBack(key) || key.text === 'q') {
			leave();
			return true;
		}

		if (keys.isSubmit(key)) {
			if (navigation.index >= 0) {
				setDetailRow(view[navigation.index]);
			}

			return true;
		}

		switch (key.text) {
			case '/': {
				setSearching(true);
				return true;
			}

			case 'f': {
				setFilter(FILTER_CYCLE[(FILTER_CYCLE.indexOf(filter) + 1) % FILTER_CYCLE.length]!);
				resetSelection();
				return true;
			}

			case 'e': {
				void exportResults();
				return true;
			}

			case 'r': {
				retryFailed();
				return true;
			}

			default: {
				return undefined;
			}
		}
	}, {isActive: !help.isOpen});

	const hints: keys.KeyHint[] = [
		{keys: symbols.arrowUpDown, label: 'move', description: 'Move through the domains; PgUp/PgDn and Home/End jump'},
		{keys: 'Enter', label: 'details', description: 'Everything about the highlighted domain'},
		{keys: 'f', label: `filter: ${FILTER_LABEL[filter]}`, description: 'Show all, failed, in progress or succeeded domains'},
		{keys: '/', label: 'search', description: 'Find domains by name; Esc clears the search'},
		{keys: 'e', label: 'export', description: 'Write results.csv, results.json and failed.txt'},
		{keys: 'r', label: counts.failed > 0 ? `retry ${counts.failed.toLocaleString('en-US')} failed` : 'retry failed (none)', description: 'Take the failed domains back through review for a new batch'},
		{keys: 'q', label: 'leave', description: 'Stop watching; resume later from history'},
		{keys: '?', label: 'help', description: 'Show or hide this help'},
	];

	const operation = title.operation === 'register' ? 'Registering' : 'Redeeming';
	const taskWord = title.tasks === 1 ? 'task' : 'tasks';
	const fraction = counts.total > 0 ? counts.finished / counts.total : 0;

	let body;
	if (help.isOpen) {
		body = <HelpOverlay hints={hints} title="Status keys" onClose={help.close} />;
	} else if (detailRow !== undefined) {
		body = <DomainDetail row={board.row(detailRow)} />;
	} else {
		body = (
			<>
				<DomainHeading columns={rowColumns} />
				<WindowedList
					items={view}
					height={listHeight}
					selectedIndex={navigation.index}
					noun="domains"
					emptyText={search ? `No domain matches "${search}"` : `No ${FILTER_LABEL[filter]} domains`}
					getKey={rowIndex => rowIndex}
					renderItem={(rowIndex, _, isSelected) => <DomainRow row={board.row(rowIndex)} columns={rowColumns} isSelected={isSelected} />}
				/>
				<Box height={2} overflow="hidden">
					<Text wrap="wrap" color={selectedRow?.state === 'failed' ? colors.failure : colors.muted}>
						{selectedRow ? `${selectedRow.unicode ?? selectedRow.name}: ${selectedRow.error ?? (selectedRow.state === 'succeeded' ? 'no error' : 'no error so far')}` : ' '}
					</Text>
				</Box>
			</>
		);
	}

	return (
		<Box flexDirection="column" width={columns}>
			<Header title={`${operation} ${counts.total.toLocaleString('en-US')} domains ${symbols.separator} ${title.tasks.toLocaleString('en-US')} ${taskWord}`} account={title.account} endpoint={title.endpoint} sandbox={title.sandbox} />
			<PollClock state={state} />
			<ProgressBar value={fraction} label={`${counts.finished.toLocaleString('en-US')}/${counts.total.toLocaleString('en-US')}`} />
			<StatusCounts counts={counts} />
			{done ? (
				<Text color={colors.success} wrap="truncate-end">
					{`${symbols.success} All ${counts.total.toLocaleString('en-US')} domains are final: ${counts.succeeded.toLocaleString('en-US')} succeeded, ${counts.failed.toLocaleString('en-US')} failed`}
				</Text>
			) : notice ? (
				<PollNotice notice={notice} />
			) : null}
			<Box>
				<Text color={colors.muted}>{`filter ${FILTER_LABEL[filter]} ${symbols.separator} `}</Text>
				{searching ? (
					<>
						<Text color={colors.accent}>/</Text>
						<TextField
							defaultValue={search}
							placeholder="type part of a name, Enter to keep, Esc to clear"
							width={Math.max(10, columns - 30)}
							onChange={value => {
								setSearch(value);
								resetSelection();
							}}
							onSubmit={() => {
								setSearching(false);
							}}
						/>
					</>
				) : (
					<Text color={colors.muted}>{search ? `search "${search}" (Esc clears)` : 'no search (/ to search)'}</Text>
				)}
			</Box>
			{body}
			{message && (
				<Box flexDirection="column">
					{message.lines.map((line, index) => (
						<Text key={index} wrap="truncate-middle" color={{info: colors.info, success: colors.success, warn: colors.warning, error: colors.failure}[message.kind]}>
							{line}
						</Text>
					))}
				</Box>
			)}
			<KeyBar hints={hints} />
		</Box>
	);
};
