// What the history screen shows in its list phase: this computer's batches (with the journal's unreadable files named
// above them), or the account's tasks on the server (with their loading and error lines).
import {Box, Text} from 'ink';
import type {JournalRead} from '../../app/use-journal-read.js';
import type {ServerTasksState} from '../../app/use-server-tasks.js';
import {Notice} from '../../components/Notice.js';
import {Spinner} from '../../components/Spinner.js';
import {useTheme} from '../../theme.js';
import {BatchTable} from './batch-table.js';
import type {Section} from './phase.js';
import {ServerTable} from './server-table.js';
import {text} from './text.js';

/** How many of the journal's problems are named above the batches; each takes two lines. */
export const SHOWN_PROBLEMS = 2;

export type HistoryListsProps = {
	section: Section;
	journal: JournalRead;
	server: ServerTasksState;
	/** Task numbers some journaled batch holds. */
	journalTasks: ReadonlySet<string>;
	height: number;
	selectedBatch: number;
	selectedTask: number;
	endpoint: string;
	columns: number;
};

export const journalProblemsOf = (journal: JournalRead) => [
	...(journal.error ? [journal.error] : []),
	...journal.problems,
];

export const HistoryLists = ({
	section,
	journal,
	server,
	journalTasks,
	height,
	selectedBatch,
	selectedTask,
	endpoint,
	columns,
}: HistoryListsProps) =>
	section === 'batches' ? (
		<>
			{journalProblemsOf(journal)
				.slice(0, SHOWN_PROBLEMS)
				.map((problem) => (
					<Notice key={problem.message} kind="error">
						{problem.message}
					</Notice>
				))}
			<BatchTable
				batches={journal.batches}
				height={height}
				selectedIndex={selectedBatch}
				endpoint={endpoint}
				columns={columns}
			/>
		</>
	) : (
		<>
			{server.status === 'loading' && server.tasks.length === 0 ? <Spinner label={text.loadingTasks} /> : null}
			{server.status === 'error' ? (
				<Notice kind="error" error={server.error}>
					{text.tasksFailed}
				</Notice>
			) : null}
			{server.tasks.length > 0 || server.status === 'ready' ? (
				<ServerTable tasks={server.tasks} height={height} selectedIndex={selectedTask} inJournal={journalTasks} />
			) : null}
		</>
	);

/** The two tabs above the lists; the one shown is highlighted. */
export const SectionTabs = ({section}: {section: Section}) => {
	const {colors} = useTheme();
	const tab = (which: Section, label: string) => (
		<Text bold={section === which} inverse={section === which} color={section === which ? colors.accent : colors.muted}>
			{label}
		</Text>
	);
	return (
		<Box>
			{tab('batches', text.batchesTab)}
			<Text> </Text>
			{tab('server', text.serverTab)}
		</Box>
	);
};
