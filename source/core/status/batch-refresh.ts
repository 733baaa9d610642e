// What history knows of a batch is the last counts a view of all its tasks recorded (recordBatchCounts in
// watch-target.ts): a batch nobody watched to the end (a submit without --wait, a status view left early, `status
// --json`) stayed "running" in history for good. The rule (docs/architecture.md, "Watching a batch"): a batch history
// lists as running is read once from the server when history is shown, and what was read is recorded, so "finished"
// comes from every task's final state on the server, never from the journal alone.
import type {BatchView, ChunkEvent} from '../submit/journal-rules.js';
import {taskNosOf} from '../submit/journal-rules.js';
import {StatusPoller, type PollerApi, type PollerState} from './status-poller.js';
import {boardFor, recordBatchCounts, type JournalLookup} from './watch-target.js';

/**
 * Reads every unfinished task once (one refresh, enough requests for a page of each task twice over) and resolves
 * with the state then: a failure, or counts read from the server. Nothing is tried again.
 */
export function lookOnce(poller: StatusPoller): Promise<PollerState> {
	return new Promise<PollerState>((resolve) => {
		const unsubscribe = poller.subscribe((s) => {
			if (s.failure || s.done || (s.lastRefreshAt !== undefined && !s.refreshing)) {
				unsubscribe();
				poller.stop();
				resolve(s);
			}
		});
		poller.start();
	});
}

/** The requests one look may send: two pages of every task, and never fewer than a refresh's usual ten. */
export const lookBudget = (tasks: number): number => Math.max(10, tasks * 2);

/** At most this many batches are read in one round: history opens as fast with a thousand old batches as with one. */
export const REFRESH_LIMIT = 20;

/** Whether history should read a batch again: it is running as far as the journal knows, and it went to this server. */
export function needsRefresh(view: Pick<BatchView, 'state'>, onThisServer: boolean): boolean {
	return onThisServer && view.state === 'running';
}

/**
 * Reads one journaled batch's tasks once and records the counts when they were read: answers with whether the
 * journal changed. A failure (network, a wrong key) records nothing and is not thrown: history then shows what it
 * showed before.
 */
export async function refreshBatchCounts(
	api: PollerApi,
	journal: Pick<JournalLookup, 'has' | 'load'> & {append(batchId: string, event: ChunkEvent): void},
	batchId: string,
	now: () => number = Date.now,
): Promise<boolean> {
	if (!journal.has(batchId)) return false;
	const taskNos = taskNosOf(journal.load(batchId));
	if (taskNos.length === 0) return false;
	const {board, tasks} = boardFor(journal, batchId, taskNos);
	const poller = new StatusPoller({
		api,
		board,
		tasks,
		now,
		maxRequestsPerRefresh: lookBudget(tasks.length),
		failFast: true,
	});
	const seen = await lookOnce(poller);
	if (seen.failure || !seen.fetched) return false;
	return recordBatchCounts(journal, batchId, taskNos, seen.counts, seen.lastRefreshAt ?? now());
}
