// What a status view watches: task numbers, and the journaled batch they came from when there is one. The batch
// brings each task's domain list (so every domain is listed before its first page arrives), its operation and
// options (for retry-failed), and a place to record the last counts seen (for history).
import {taskNosOf, type BatchView, type ChunkEvent, type StatusCounts} from '../submit/journal-rules.js';
import {TASK_TYPE, type Operation} from '../order/order-items.js';
import {StatusBoard} from './status-board.js';
import type {PollerTask} from './status-poller.js';

export interface WatchTarget {
	/** The journaled batch, when the tasks came from one. */
	batchId?: string;
	taskNos: string[];
	/** Known from the server's task list when the tasks are not in the journal. */
	operation?: Operation;
}

export interface JournalLookup {
	has(batchId: string): boolean;
	load(batchId: string): Pick<BatchView, 'plan' | 'chunks' | 'lastCounts'>;
	batchIds(): string[];
}

export function boardFor(
	journal: Pick<JournalLookup, 'has' | 'load'>,
	batchId: string | undefined,
	taskNos: string[],
): {board: StatusBoard; tasks: PollerTask[]} {
	const board = new StatusBoard();
	const domainsByTask = new Map<string, string[]>();
	if (batchId && journal.has(batchId)) {
		const view = journal.load(batchId);
		for (const c of view.chunks) if (c.taskNo) domainsByTask.set(c.taskNo, view.plan.chunks[c.index]!.domains);
	}
	const tasks = taskNos.map((taskNo) => ({taskNo, domains: domainsByTask.get(taskNo)}));
	for (const t of tasks) if (t.domains) board.addTask(t.taskNo, t.domains);
	return {board, tasks};
}

/** The newest journaled batch holding any of these task numbers. */
export function batchOfTasks(journal: JournalLookup, taskNos: readonly string[]): string | undefined {
	return journal.batchIds().find((id) => {
		try {
			return journal.load(id).chunks.some((c) => c.taskNo !== undefined && taskNos.includes(c.taskNo));
		} catch {
			return false;
		}
	});
}

/** The operation of a server task (QueryTaskList's TaskType), if it is one of ours. */
export function operationOfTaskType(taskType: string): Operation | undefined {
	return (Object.keys(TASK_TYPE) as Operation[]).find((operation) => TASK_TYPE[operation] === taskType);
}

/**
 * Records what a status view saw as its batch's counts, for history. Only counts over every task of the batch are
 * the batch's: watching some of its tasks (`status --wait T1`) records nothing, or history would show the batch
 * finished with one task's domains. Unchanged counts are not recorded again. Returns whether anything was written.
 */
export function recordBatchCounts(
	journal: Pick<JournalLookup, 'has' | 'load'> & {append(batchId: string, event: ChunkEvent): void},
	batchId: string | undefined,
	watched: readonly string[],
	counts: StatusCounts,
	at: number,
): boolean {
	if (!batchId || !journal.has(batchId)) return false;
	const view = journal.load(batchId);
	const tasks = taskNosOf(view);
	if (tasks.length === 0 || !tasks.every((taskNo) => watched.includes(taskNo))) return false;
	const {waiting, executing, succeeded, failed} = counts;
	const last = view.lastCounts;
	if (
		last &&
		last.waiting === waiting &&
		last.executing === executing &&
		last.succeeded === succeeded &&
		last.failed === failed
	)
		return false;
	journal.append(batchId, {type: 'counts', at, counts: {waiting, executing, succeeded, failed}});
	return true;
}
