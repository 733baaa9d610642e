// The history's list of the account's tasks on the server (QueryTaskList), console-made ones too: a column heading
// over a windowed list; only the rows on screen are built. "In history" says whether a journaled batch holds the task.
import {Text} from 'ink';
import {cutCells, padEndCells, padStartCells} from '../../../core/words/text-width.js';
import {operationOfTaskType} from '../../../core/status/watch-target.js';
import {parseServerTime} from '../../../core/status/server-time.js';
import {operationName} from '../../../core/words/operation-name.js';
import {WindowedList} from '../../components/WindowedList.js';
import type {ServerTask} from '../../app/use-server-tasks.js';
import {localTime, zoneName} from '../../format-time.js';
import {useTheme} from '../../theme.js';
import {taskStatuses, text} from './text.js';

const taskStatusName = (status: string): string =>
	status in taskStatuses ? taskStatuses[status as keyof typeof taskStatuses] : status;

// Server times in local time like the batches; the heading names the zone.
const serverTime = (value: string | undefined) => {
	const ms = parseServerTime(value);
	return ms === undefined ? (value ?? '') : localTime(ms);
};

const pad = (cell: string, width: number) => padEndCells(cutCells(cell, width, ''), width);
const padStart = padStartCells;

const serverHeading = () =>
	`${pad(text.created(zoneName()), 21)}${pad(text.type, 10)}${padStart(text.domains, 7)}  ${pad(text.status, 11)}${pad(text.inHistory, 12)}${text.taskNo}`;
const serverLine = (task: ServerTask, inJournal: boolean) =>
	`${pad(serverTime(task.createTime), 21)}${pad(operationName(operationOfTaskType(task.taskType) ?? task.description ?? task.taskType), 10)}${padStart(task.domains?.toLocaleString('en-US') ?? '-', 7)}  ${pad(task.status ? taskStatusName(task.status.toLowerCase().replace(/_.*/, '')) : '-', 11)}${pad(inJournal ? text.yesShort : text.noShort, 12)}${task.taskNo}`;

export type ServerTableProps = {
	tasks: readonly ServerTask[];
	height: number;
	selectedIndex: number;
	/** Task numbers some journaled batch holds. */
	inJournal: ReadonlySet<string>;
};

export const ServerTable = ({tasks, height, selectedIndex, inJournal}: ServerTableProps) => {
	const {colors, symbols} = useTheme();
	return (
		<>
			<Text color={colors.muted} wrap="truncate-end">{`  ${serverHeading()}`}</Text>
			<WindowedList
				items={tasks}
				height={height}
				selectedIndex={selectedIndex}
				noun={text.tasksNoun}
				emptyText={text.noTasks}
				getKey={(task) => task.taskNo}
				renderItem={(task, _, isSelected) => (
					<Text wrap="truncate-end" color={isSelected ? colors.accent : undefined} bold={isSelected}>
						{`${isSelected ? symbols.pointer : ' '} ${serverLine(task, inJournal.has(task.taskNo))}`}
					</Text>
				)}
			/>
		</>
	);
};
