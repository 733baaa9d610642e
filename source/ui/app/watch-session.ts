// Everything one status view needs besides the screen: the board and poller for a target, the header's title,
// export under the data directory, the last counts recorded in the journal, and the retry intent. Built once per
// view; the screen only renders it and sends intents.
import type {DomainClient} from '../../api/client.js';
import {exportBoard} from '../../core/status/export-results.js';
import {isoWithOffset} from '../../core/status/server-time.js';
import type {ChunkEvent} from '../../core/submit/journal-rules.js';
import type {Operation} from '../../core/order/order-items.js';
import type {StatusBoard} from '../../core/status/status-board.js';
import {StatusPoller, type PollerOptions} from '../../core/status/status-poller.js';
import {boardFor, recordBatchCounts, type JournalLookup, type WatchTarget} from '../../core/status/watch-target.js';
import {writeExports} from '../../store/exports.js';
import type {StatusScreenTitle} from '../screens/StatusScreen.js';

/** What retrying the failed domains means is the caller's to decide: it is never a submit by itself. */
export interface RetryIntent {
	operation: Operation;
	/** The batch's options as its review showed them (years, profile, DNS, vouchers…); empty when unknown. */
	options: Record<string, unknown>;
	domains: string[];
	/** The batch the failures came from, when it is journaled. */
	batchId?: string;
	/** Each failed domain with the reason the task gave, for core/order/retry-plan.ts. */
	failures: Array<{domain: string; error?: string}>;
	/** The status view's target, to show it again when the retry leaves nothing to send. */
	target?: WatchTarget;
}

export interface WatchRuntime {
	client: Pick<DomainClient, 'queryTaskDetailList' | 'queryTaskList'>;
	journal: JournalLookup & {append(batchId: string, event: ChunkEvent): void};
	accountLabel: string;
	endpoint: string;
	sandbox: boolean;
}

export interface WatchSession {
	board: StatusBoard;
	poller: StatusPoller;
	title: StatusScreenTitle;
	batchId?: string;
	exportResults(): Promise<string[]>;
	/** Writes the counts seen into the journal for history; once per change, and only after a real refresh. */
	recordCounts(): void;
	retryIntent(domains: string[]): RetryIntent;
	/** Records the counts when everything is final; returns the way to stop listening. */
	recordWhenDone(): () => void;
}

export interface WatchSessionOptions {
	runtime: WatchRuntime;
	/** The app's data directory: exports go under `<dataDir>/exports/<batch>/`. */
	dataDir: string;
	target: WatchTarget;
	/** For tests: a faster pace or fake timers. */
	pollerOptions?: Partial<Omit<PollerOptions, 'api' | 'board' | 'tasks'>>;
	now?: () => Date;
}

export function createWatchSession({runtime, dataDir, target, pollerOptions, now}: WatchSessionOptions): WatchSession {
	const batchId = target.batchId && runtime.journal.has(target.batchId) ? target.batchId : undefined;
	const view = batchId ? runtime.journal.load(batchId) : undefined;
	const {board, tasks} = boardFor(runtime.journal, batchId, target.taskNos);
	const sentAt = view?.chunks.flatMap((c) => (c.sentAt === undefined ? [] : [c.sentAt]));
	const startedAt = sentAt && sentAt.length > 0 ? Math.min(...sentAt) : view?.plan.createdAt;
	const poller = new StatusPoller({api: runtime.client, board, tasks, startedAt, ...pollerOptions});
	const operation = view?.plan.operation ?? target.operation ?? 'register';
	// A batch already seen final finished when it was first seen so, not when it is reopened.
	const last = view?.lastCounts;
	const finishedAt =
		last && last.waiting + last.executing === 0 && last.succeeded + last.failed > 0 ? last.at : undefined;
	const recordCounts = () => {
		const state = poller.getState();
		// Only counts read from the server go into the journal, dated when they were read, so a batch's "finished in"
		// is the same every time it is reopened.
		if (state.fetched && !state.failure)
			recordBatchCounts(runtime.journal, batchId, target.taskNos, state.counts, state.lastRefreshAt ?? Date.now());
	};

	return {
		board,
		poller,
		batchId,
		title: {
			operation,
			account: runtime.accountLabel,
			endpoint: runtime.endpoint,
			sandbox: runtime.sandbox,
			tasks: tasks.length,
			finishedAt,
		},
		async exportResults() {
			const files = exportBoard(board, {operation, exportedAt: isoWithOffset((now?.() ?? new Date()).getTime())});
			const written = await writeExports({dataDir, files, batch: batchId ?? target.taskNos.join('-'), now});
			return [written.csv, written.json, written.failed];
		},
		recordCounts,
		retryIntent(domains) {
			const wanted = new Set(domains);
			const failures = Array.from(board.view('failed'), (i) => board.row(i))
				.filter((row) => wanted.has(row.name))
				.map((row) => ({domain: row.name, ...(row.error === undefined ? {} : {error: row.error})}));
			return {operation, options: {...(view?.plan.options ?? {})}, domains, batchId, failures, target};
		},
		recordWhenDone() {
			if (poller.getState().done) recordCounts();
			return poller.subscribe((state) => {
				if (state.done) recordCounts();
			});
		},
	};
}
