// The two lists of the history screen: this computer's batches (from the journal) and the account's tasks on
// the server. Each is a column heading over a windowed list; only the rows on screen are built.
import {Text} from 'ink';
import type {BatchState, BatchView} from '../../../core/submit/journal-rules.js';
import {batchStates, domainCount, taskNosOf} from '../../../core/submit/journal-rules.js';
import {sameEndpoint} from '../../../core/submit/endpoint-key.js';
import {cutCells, padEndCells, padStartCells} from '../../../core/words/text-width.js';
import {operationOfTaskType} from '../../../core/status/watch-target.js';
import {WindowedList} from '../../components/WindowedList.js';
import type {ServerTask} from '../../app/use-server-tasks.js';
import {parseServerTime} from '../../../core/status/server-time.js';
import {localTime, zoneName} from '../../format-time.js';
import {useTheme} from '../../theme.js';
import {taskStatuses, text} from './text.js';
import {operationName} from '../../../core/words/operation-name.js';

const batchStateName = (state: BatchState): string => batchStates[state] ?? state;
const taskStatusName = (status: string): string =>
	status in taskStatuses ? taskStatuses[status as keyof typeof taskStatuses] : status;

// Server times in local time like the batches; the heading names the zone.
const serverTime = (value: string | undefined) => {
	const ms = parseServerTime(value);
	return ms === undefined ? (value ?? '') : localTime(ms);
};

const pad = (cell: string, width: number) => padEndCells(cutCells(cell, width, ''), width);
const padStart = padStartCells;

const countsText = (view: BatchView) => {
	const c = view.lastCounts;
	if (!c) {
		return text.notWatched;
	}

	const left = c.waiting + c.executing;
	return [text.ok(c.succeeded), text.failed(c.failed), ...(left > 0 ? [text.left(left)] : [])].join(text.countsJoin);
};

const batchHeading = () =>
	`${pad(text.when(zoneName()), 17)}${pad(text.operation, 10)}${padStart(text.domains, 8)}${padStart(text.tasks, 7)}  ${pad(text.lastCounts, 28)}${text.state}`;
const batchLine = (view: BatchView) =>
	`${pad(localTime(view.plan.createdAt), 17)}${pad(operationName(view.plan.operation), 10)}${padStart(domainCount(view.plan).toLocaleString('en-US'), 8)}${padStart(String(taskNosOf(view).length), 7)}  ${pad(countsText(view), 28)}`;

const serverHeading = () =>
	`${pad(text.created(zoneName()), 21)}${pad(text.type, 10)}${padStart(text.domains, 7)}  ${pad(text.status, 11)}${pad(text.inHistory, 12)}${text.taskNo}`;
const serverLine = (task: ServerTask, inJournal: boolean) =>
	`${pad(serverTime(task.createTime), 21)}${pad(operationName(operationOfTaskType(task.taskType) ?? task.description ?? task.taskType), 10)}${padStart(task.domains?.toLocaleString('en-US') ?? '-', 7)}  ${pad(task.status ? taskStatusName(task.status.toLowerCase().replace(/_.*/, '')) : '-', 11)}${pad(inJournal ? text.yesShort : text.noShort, 12)}${task.taskNo}`;

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

export type BatchTableProps = {
	batches: readonly BatchView[];
	height: number;
	selectedIndex: number;
	/** Batches sent to another endpoint are greyed and name it. */
	endpoint: string;
};

export const BatchTable = ({batches, height, selectedIndex, endpoint}: BatchTableProps) => {
	const {colors, symbols} = useTheme();
	return (
		<>
			<Text color={colors.muted} wrap="truncate-end">{`  ${batchHeading()}`}</Text>
			<WindowedList
				items={batches}
				height={height}
				selectedIndex={selectedIndex}
				noun={text.batchesNoun}
				emptyText={text.noBatches}
				getKey={(view) => view.plan.id}
				renderItem={(view, _, isSelected) => {
					const elsewhere = !sameEndpoint(view.plan.account.endpoint, endpoint);
					return (
						<Text
							wrap="truncate-end"
							color={isSelected ? colors.accent : elsewhere ? colors.muted : undefined}
							bold={isSelected}
						>
							{`${isSelected ? symbols.pointer : ' '} ${batchLine(view)}`}
							<Text color={elsewhere ? colors.muted : stateColor(view, colors)}>{batchStateName(view.state)}</Text>
							{elsewhere ? (
								<Text color={colors.muted}>{` ${symbols.separator} ${view.plan.account.endpoint}`}</Text>
							) : null}
						</Text>
					);
				}}
			/>
		</>
	);
};

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
