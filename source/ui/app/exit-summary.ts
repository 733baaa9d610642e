// The one line the app leaves in the terminal when it ends: what happened to the batch this session touched (its
// state and the counts last seen) and the command that picks it up again.
import type {Journal} from '../../store/journal.js';
import {batchStates, type BatchSummary} from '../../core/submit/journal-rules.js';
import {count, messages} from '../../i18n/index.js';
import {operationName} from '../../core/words/operation-name.js';

const text = messages({
	nothing: {en: 'alidomain: nothing was submitted.', zh: 'alidomain：没有提交任何内容。'},
	batch: {
		en: (id: string, what: string, state: string, counts: string, command: string) =>
			`alidomain: batch ${id} (${what}) ${state}${counts}. Resume: ${command}`,
		zh: (id: string, what: string, state: string, counts: string, command: string) =>
			`alidomain：批次 ${id}（${what}）${state}${counts}。继续：${command}`,
	},
	// A finished batch has nothing left to resume: the command only shows it again.
	finishedBatch: {
		en: (id: string, what: string, state: string, counts: string, command: string) =>
			`alidomain: batch ${id} (${what}) ${state}${counts}. See it again: ${command}`,
		zh: (id: string, what: string, state: string, counts: string, command: string) =>
			`alidomain：批次 ${id}（${what}）${state}${counts}。再次查看：${command}`,
	},
	finalCounts: {
		en: (succeeded: number, failed: number) =>
			`: ${succeeded.toLocaleString('en-US')} succeeded, ${failed.toLocaleString('en-US')} failed`,
		zh: (succeeded: number, failed: number) =>
			`：${succeeded.toLocaleString('en-US')} 个成功，${failed.toLocaleString('en-US')} 个失败`,
	},
	what: {
		en: (operation: string, domains: number, tasks: number) =>
			`${operation} ${count(domains, ['domain', 'domains'], '')}, ${count(tasks, ['task', 'tasks'], '')}`,
		zh: (operation: string, domains: number, tasks: number) =>
			`${operation} ${domains.toLocaleString('en-US')} 个域名，${tasks.toLocaleString('en-US')} 个任务`,
	},
	counts: {
		en: (succeeded: number, failed: number, left: number) =>
			`: ${succeeded.toLocaleString('en-US')} succeeded, ${failed.toLocaleString('en-US')} failed, ${left.toLocaleString('en-US')} in progress`,
		zh: (succeeded: number, failed: number, left: number) =>
			`：${succeeded.toLocaleString('en-US')} 个成功，${failed.toLocaleString('en-US')} 个失败，${left.toLocaleString('en-US')} 个进行中`,
	},
});

// A status command names its tasks; more than this many and history is the shorter way back.
const MAX_TASKS_IN_COMMAND = 3;

/**
 * The newest batch with something written to it since `since` (made, sent, or its counts recorded in this
 * session), else the batch the app was opened to watch.
 */
export const touchedBatch = (
	journal: Pick<Journal, 'listAll' | 'events'>,
	since: number,
	watched?: string,
): BatchSummary | undefined => {
	// A damaged batch is history's to name; the exit line speaks of those that can be read.
	const {batches} = journal.listAll();
	return (
		batches.find((batch) => batch.createdAt >= since || journal.events(batch.id).some((event) => event.at >= since)) ??
		batches.find((batch) => batch.id === watched)
	);
};

/** The command that reopens a batch: its status view, or history when it must be checked first or has many tasks. */
export const resumeCommand = (batch: BatchSummary, extraFlags: string): string => {
	const direct =
		(batch.state === 'running' || batch.state === 'finished') && batch.taskNos.length <= MAX_TASKS_IN_COMMAND;
	return `alidomain ${direct ? `status ${batch.taskNos.join(' ')}` : 'history'}${extraFlags}`;
};

export const exitSummary = (batch: BatchSummary | undefined, extraFlags = ''): string => {
	if (!batch) {
		return text.nothing;
	}

	const c = batch.lastCounts;
	const finished = batch.state === 'finished';
	return (finished ? text.finishedBatch : text.batch)(
		batch.id,
		text.what(operationName(batch.operation), batch.domainCount, batch.taskNos.length),
		batchStates[batch.state],
		c
			? finished
				? text.finalCounts(c.succeeded, c.failed)
				: text.counts(c.succeeded, c.failed, c.waiting + c.executing)
			: '',
		resumeCommand(batch, extraFlags),
	);
};
