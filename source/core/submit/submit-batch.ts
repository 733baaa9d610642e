// Sends a journaled batch chunk by chunk, so that no domain is ever ordered twice (docs/never-order-twice.md):
// - the plan is on disk before anything is sent; `sending` is recorded before each request, the TaskNo after;
// - right before each chunk goes out, the server is asked which of its domains a task already holds (`check`), and
//   those are left out with that task's number; the caller holds the account's submit lock around all of it;
// - a request that provably never left is retried by the client; anything else that fails without an answer
//   leaves the chunk "outcome unknown", and unknown chunks are reconciled before anything may resubmit them;
// - a chunk the server refused (it answered with an error) ordered nothing and may be sent again.
import type {DomainClient} from '../../api/client.js';
import {ApiError, NetworkError} from '../../api/errors.js';
import type {BatchPlan, ChunkEvent, ChunkView} from './journal-rules.js';
import {requestOf} from '../order/chunk-request.js';
import {reconcileJournaledChunk, type ReconcileApi, type ReconcileResult} from './reconcile.js';

/**
 * How long after sending a submit its outcome may still be undecided on the server: the client's request timeout
 * and a margin. Before that, not finding its task proves nothing.
 */
export const DEFAULT_SETTLE_MS = 60_000;

export type SubmitApi = ReconcileApi &
	Pick<
		DomainClient,
		| 'saveBatchTaskForCreatingOrderActivate'
		| 'saveBatchTaskForCreatingOrderRedeem'
		| 'saveBatchTaskForCreatingOrderRenew'
	>;

export interface JournalPort {
	append(batchId: string, event: ChunkEvent): void;
	load(batchId: string): {plan: BatchPlan; chunks: ChunkView[]};
	/** TaskNos recorded anywhere in the journal, so reconciliation never claims another chunk's task. */
	knownTaskNos(): Set<string>;
}

/**
 * One step of sending a batch; `chunk` is the task's place in the batch, `domains` (sending, submitted) how many
 * domains its request carries (fewer than the chunk's when the server check left some out). Part of the one progress
 * event type, OrderProgress (core/submit/submit-path.ts).
 */
export type ChunkProgress =
	| {type: 'sending'; chunk: number; domains: number}
	| {type: 'submitted'; chunk: number; taskNo: string; domains: number}
	| {type: 'unknown'; chunk: number; reason: string}
	| {type: 'rejected'; chunk: number; error: ApiError}
	| {type: 'throttled'; chunk: number; delayMs: number}
	| {type: 'reconciled'; chunk: number; result: ReconcileResult}
	/** `wholeChunk`: a task on the server already holds every domain of the chunk, so it is not sent. */
	| {type: 'left-out'; chunk: number; domains: Array<{domain: string; taskNo: string}>; wholeChunk: boolean};

export interface SubmitOptions {
	now: () => number;
	sleep: (ms: number) => Promise<void>;
	/** Send chunks that reconciliation proved were never created (the user has agreed to submit). */
	resubmitAbsent: boolean;
	/** See ReconcileOptions.settleMs. */
	settleMs: number;
	/** Stop between chunks (Ctrl+C): the request in flight is finished and recorded first. */
	signal?: AbortSignal;
	onProgress?: (event: ChunkProgress) => void;
	/** How many times one chunk is sent again after the server throttled it. */
	throttleRetries?: number;
	/**
	 * The server check, asked right before each chunk is sent: which of these domains a task on the server already
	 * holds, with its number. `sent` tells it about each task this run creates.
	 */
	check?: {
		find(domains: readonly string[], signal?: AbortSignal): Promise<Map<string, string>>;
		remember(taskNo: string, domains: readonly string[]): void;
	};
	/**
	 * Throws when the submit lock is no longer this run's; asked right before each request leaves, after the server
	 * check, so a holder that was suspended and whose lock went meanwhile sends nothing more.
	 */
	confirmLock?: () => void;
}

export interface SubmitSummary {
	submitted: Array<{chunk: number; taskNo: string}>;
	unknown: Array<{chunk: number; reason: string}>;
	rejected: Array<{chunk: number; error: ApiError}>;
	/** Proved never created, left for the user to confirm. */
	absent: number[];
	/** Domains the server check left out, each with the task that already holds it. */
	leftOut: Array<{chunk: number; domain: string; taskNo: string}>;
	/** The server could not be checked, or the lock was no longer this run's, so nothing more was sent: why. */
	checkFailed?: string;
	/** The submit lock was found taken right before a request: nothing more was sent. */
	lockLost?: boolean;
	stopped: boolean;
}

export async function submitBatch(
	api: SubmitApi,
	journal: JournalPort,
	batchId: string,
	options: SubmitOptions,
): Promise<SubmitSummary> {
	const {plan, chunks} = journal.load(batchId);
	const emit = options.onProgress ?? (() => {});
	const record = (event: ChunkEvent) => journal.append(batchId, event);
	const summary: SubmitSummary = {submitted: [], unknown: [], rejected: [], absent: [], leftOut: [], stopped: false};

	for (const view of chunks) {
		if (options.signal?.aborted) {
			summary.stopped = true;
			break;
		}
		let state = view.state;
		if (state === 'skipped') continue;
		if (state === 'submitted') {
			summary.submitted.push({chunk: view.index, taskNo: view.taskNo!});
			continue;
		}
		if (state === 'sending' || state === 'unknown') {
			const result = await reconcileJournaledChunk(api, plan, view, journal.knownTaskNos(), {
				now: options.now,
				settleMs: options.settleMs,
			});
			emit({type: 'reconciled', chunk: view.index, result});
			if (result.result === 'found') {
				record({type: 'reconciled', chunk: view.index, at: options.now(), taskNo: result.taskNo, how: result.how});
				summary.submitted.push({chunk: view.index, taskNo: result.taskNo});
				continue;
			}
			if (result.result === 'unsure') {
				summary.unknown.push({chunk: view.index, reason: result.reason});
				continue;
			}
			record({type: 'reconciled', chunk: view.index, at: options.now(), taskNo: null, how: result.how});
			state = 'absent';
		}
		if (state === 'absent' && !options.resubmitAbsent) {
			summary.absent.push(view.index);
			continue;
		}
		let keep: boolean[];
		try {
			keep = await checkServer(view.index);
		} catch (error) {
			if (options.signal?.aborted) summary.stopped = true;
			else summary.checkFailed = error instanceof Error ? error.message : String(error);
			break;
		}
		// Stopped while the server was read: this chunk's bytes have not left, so nothing more is sent.
		if (options.signal?.aborted) {
			summary.stopped = true;
			break;
		}
		if (!keep.includes(true)) continue;
		if (!(await sendChunk(view.index, keep))) break;
	}
	// Stopped while the last request was on the wire: it was finished and recorded, and there was nothing more to
	// send, but the run was still stopped — every door says so ("Stopped: 1 of 1 requests sent") and exits 1, as it
	// does for a stop that held requests back (README, "Exit codes").
	if (options.signal?.aborted) summary.stopped = true;
	return summary;

	/** Which of the chunk's domains may go: false for each one a task on the server already holds. */
	async function checkServer(index: number): Promise<boolean[]> {
		const chunk = plan.chunks[index]!;
		const found = options.check ? await options.check.find(chunk.domains, options.signal) : new Map<string, string>();
		const leftOut = chunk.domains.flatMap((domain) =>
			found.has(domain) ? [{domain, taskNo: found.get(domain)!}] : [],
		);
		if (leftOut.length > 0) {
			record({type: 'left-out', chunk: index, at: options.now(), domains: leftOut});
			emit({type: 'left-out', chunk: index, domains: leftOut, wholeChunk: leftOut.length >= chunk.domains.length});
			for (const l of leftOut) summary.leftOut.push({chunk: index, ...l});
		}
		return chunk.domains.map((d) => !found.has(d));
	}

	/** False when the lock was no longer this run's: nothing was sent, and nothing more may be. */
	async function sendChunk(index: number, keep: boolean[]): Promise<boolean> {
		const chunk = plan.chunks[index]!;
		const whole = keep.every(Boolean);
		const domains = chunk.domains.filter((_, i) => keep[i]);
		const items = chunk.items.filter((_, i) => keep[i]);
		for (let attempt = 0; ; attempt++) {
			// Stopped during a throttling wait: the chunk goes again no more (it was refused, nothing was ordered).
			if (attempt > 0 && options.signal?.aborted) {
				summary.stopped = true;
				return false;
			}
			try {
				options.confirmLock?.();
			} catch (error) {
				summary.lockLost = true;
				summary.checkFailed = error instanceof Error ? error.message : String(error);
				return false;
			}
			record({type: 'sending', chunk: index, at: options.now(), ...(whole ? {} : {domains})});
			emit({type: 'sending', chunk: index, domains: domains.length});
			try {
				const answer = await send(items);
				options.check?.remember(answer.TaskNo, domains);
				record({
					type: 'submitted',
					chunk: index,
					at: options.now(),
					taskNo: answer.TaskNo,
					requestId: answer.RequestId,
				});
				emit({type: 'submitted', chunk: index, taskNo: answer.TaskNo, domains: domains.length});
				summary.submitted.push({chunk: index, taskNo: answer.TaskNo});
				return true;
			} catch (error) {
				if (error instanceof ApiError && error.status < 500) {
					// The server answered with a refusal: nothing was ordered, so the chunk may go again.
					record({
						type: 'rejected',
						chunk: index,
						at: options.now(),
						code: error.code,
						message: error.apiMessage,
						requestId: error.requestId,
					});
					if (error.category === 'throttled' && attempt < (options.throttleRetries ?? 5)) {
						const delayMs = error.retryAfterMs ?? 1000 * 2 ** attempt;
						emit({type: 'throttled', chunk: index, delayMs});
						await options.sleep(delayMs);
						continue;
					}
					emit({type: 'rejected', chunk: index, error});
					summary.rejected.push({chunk: index, error});
					return true;
				}
				const reason = error instanceof NetworkError || error instanceof ApiError ? error.message : String(error);
				if (error instanceof NetworkError && !error.mayHaveReachedServer) {
					// The client already retried; the request never left, so nothing was ordered.
					record({type: 'rejected', chunk: index, at: options.now(), code: `Network.${error.kind}`, message: reason});
					summary.rejected.push({
						chunk: index,
						error: new ApiError({Code: `Network.${error.kind}`, Message: reason}, 0),
					});
					emit({type: 'rejected', chunk: index, error: summary.rejected.at(-1)!.error});
					return true;
				}
				record({type: 'unknown', chunk: index, at: options.now(), error: reason});
				emit({type: 'unknown', chunk: index, reason});
				summary.unknown.push({chunk: index, reason});
				return true;
			}
		}
	}

	function send(items: Array<Record<string, unknown>>) {
		const request = requestOf(plan, items);
		if (request.Action === 'SaveBatchTaskForCreatingOrderRenew')
			return api.saveBatchTaskForCreatingOrderRenew(request.params);
		return request.Action === 'SaveBatchTaskForCreatingOrderActivate'
			? api.saveBatchTaskForCreatingOrderActivate(request.params)
			: api.saveBatchTaskForCreatingOrderRedeem(request.params);
	}
}
