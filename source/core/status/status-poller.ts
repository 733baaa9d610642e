// Keeps a StatusBoard up to date by polling QueryTaskDetailList (docs/architecture.md, Watching a batch). No I/O of its
// own: the API, the clock and the timers are given, so the same engine drives the status screen, `status --wait`, and
// tests on fake time.
//
// Cost of one refresh, and why it stays bounded:
// - A refresh sends at most `maxRequestsPerRefresh` requests (default 10), one after another (or `concurrency` at a
//   time), and the next refresh is only scheduled once the last answer is in, so refreshes never overlap.
// - Each request is one detail page of up to 1,000 rows (PageSize's maximum) for one unfinished task: for our tasks
//   of ≤ 1,000 domains that is the whole task in one request. A count probe (TaskStatus filter, PageSize 1) would cost
//   the same one request to learn less, so it is not used.
// - When there are more unfinished tasks than the budget, a refresh takes the tasks that changed the last time they
//   were fetched first, then the ones fetched longest ago (round-robin), and keeps a quarter of the budget for the
//   latter so a quiet task is never starved. A task longer than one page is read one page per visit.
// - A task whose domains are all final (StatusBoard.isTaskFinal) is never fetched again.
// - QueryTaskList is not used: its pages list the whole account's tasks (where ours sit is unknown and shifts as
//   tasks are added), it has no failure state, and a task's own detail page costs the same one request.
// Measured with a fake API (test/core/status-poller.test.ts, bench/cases/status-view.ts): 1,000 domains in 10 tasks
// cost 10 requests for the first refresh and fewer as tasks finish; 100,000 domains in 1,000 tasks cost 10.
//
// Pace: the first refresh runs at once; after a refresh that changed anything the next comes `minIntervalMs` later;
// each quiet refresh stretches the wait by half, up to `maxIntervalMs`. Throttling waits at least as long as the
// server asked (x-acs-retry-after) and doubles the wait; network errors and the server's passing faults back off the
// same way, and show as a notice with the time of the next try.
//
// Counts are only ever the server's (docs/architecture.md, Only what the server said). An error that trying again
// cannot mend (a wrong secret, a missing permission, a bad request: anything the client's read retry would not
// retry) ends polling with `failure`, never retried; so do task numbers the server does not know. With `failFast`,
// so does any error before every task was read once: a server that cannot be reached at all is an error, not a
// picture of the journal.
import type {DomainClient} from '../../api/client.js';
import {ApiError, NetworkError} from '../../api/errors.js';
import {isRetryableRead} from '../../api/retry.js';
import {estimateRemaining, type ProgressSample, type StatusBoard} from './status-board.js';
import {messages} from '../../i18n/index.js';

const text = messages({
	networkHint: {
		en: 'Check the network connection; alidomain keeps trying.',
		zh: '请检查网络连接；alidomain 会继续重试。',
	},
	unknownTasks: {
		en: (taskNos: string[]) => `The server knows no task ${taskNos.join(', ')}.`,
		zh: (taskNos: string[]) => `服务器上没有任务 ${taskNos.join('、')}。`,
	},
	unknownTasksHint: {
		en: 'Check the task numbers and the account: `alidomain history` lists the batches sent from here, with their tasks.',
		zh: '请核对任务编号和账号：`alidomain history` 会列出从这里提交的批次及其任务。',
	},
});

/** The task numbers the server does not know (QueryTaskDetailList answers them with an empty page). */
export class UnknownTasksError extends Error {
	override readonly name = 'UnknownTasksError';
	readonly hint: string;
	constructor(readonly taskNos: string[]) {
		super(text.unknownTasks(taskNos));
		this.hint = text.unknownTasksHint;
	}
}

export type PollerApi = Pick<DomainClient, 'queryTaskDetailList' | 'queryTaskList'>;

export interface PollerTimers {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface PollerTask {
	taskNo: string;
	/** The names submitted in the task: listed as waiting before the first page arrives. */
	domains?: string[];
	/** How many domains the task holds, when the names are not at hand. */
	total?: number;
}

export interface PollerOptions {
	api: PollerApi;
	board: StatusBoard;
	tasks: PollerTask[];
	now?: () => number;
	timers?: PollerTimers;
	/** When the batch was submitted, for elapsed time; defaults to when polling starts. */
	startedAt?: number;
	minIntervalMs?: number;
	maxIntervalMs?: number;
	/** Requests one refresh may send. */
	maxRequestsPerRefresh?: number;
	/** Requests in flight at once within a refresh. */
	concurrency?: number;
	/** Rows per detail page; at most 1,000 (the API's limit). */
	pageSize?: number;
	/** Any error before every task was read once ends polling (headless commands: nothing to show yet). */
	failFast?: boolean;
}

export interface PollerNotice {
	kind: 'throttled' | 'network' | 'error';
	message: string;
	code?: string;
	requestId?: string;
	hint?: string;
	/** When the next try happens (ms since the epoch, on the poller's clock). */
	retryAt: number;
}

/** Why polling ended without every domain final; nothing is tried again. */
export interface PollerFailure {
	kind: 'error' | 'network' | 'unknown-tasks';
	message: string;
	code?: string;
	requestId?: string;
	hint?: string;
	/** For unknown-tasks: the task numbers the server does not know. */
	taskNos?: string[];
	/** What was thrown, for callers that report it their own way. */
	error: unknown;
}

export interface PollerState {
	counts: ReturnType<StatusBoard['counts']>;
	done: boolean;
	/** A refresh is under way. */
	refreshing: boolean;
	startedAt: number;
	lastRefreshAt?: number;
	nextRefreshAt?: number;
	notice?: PollerNotice;
	/** Polling ended on an error; the counts are not the server's to show. */
	failure?: PollerFailure;
	/** Every task has been read from the server at least once; before that, counts are only what was submitted. */
	fetched: boolean;
	requestsLastRefresh: number;
	totalRequests: number;
	etaMs?: number;
}

interface TaskCursor {
	taskNo: string;
	/** Refresh number of the last fetch; 0 = never. */
	fetchedAt: number;
	/** The last fetch changed something. */
	hot: boolean;
	/** Next detail page to read. */
	page: number;
}

export const POLLER_DEFAULTS = {
	minIntervalMs: 1000,
	maxIntervalMs: 20_000,
	maxRequestsPerRefresh: 10,
	concurrency: 1,
	pageSize: 1000,
} as const;
const QUIET_STRETCH = 1.5;
const ERROR_FLOOR_MS = 2000;
const HISTORY_LIMIT = 240;

const realTimers: PollerTimers = {
	set: (fn, ms) => setTimeout(fn, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class StatusPoller {
	readonly #api: PollerApi;
	readonly #board: StatusBoard;
	readonly #now: () => number;
	readonly #timers: PollerTimers;
	readonly #min: number;
	readonly #max: number;
	readonly #budget: number;
	readonly #concurrency: number;
	readonly #pageSize: number;
	readonly #failFast: boolean;
	readonly #tasks: TaskCursor[];
	readonly #unknown: string[] = [];
	readonly #listeners = new Set<(s: PollerState) => void>();
	readonly #history: ProgressSample[] = [];
	#state: PollerState;
	#interval: number;
	#timer: unknown;
	#running = false;
	#inFlight = false;
	#again = false;
	#refreshes = 0;

	constructor(o: PollerOptions) {
		this.#api = o.api;
		this.#board = o.board;
		this.#now = o.now ?? Date.now;
		this.#timers = o.timers ?? realTimers;
		this.#min = o.minIntervalMs ?? POLLER_DEFAULTS.minIntervalMs;
		this.#max = Math.max(this.#min, o.maxIntervalMs ?? POLLER_DEFAULTS.maxIntervalMs);
		this.#budget = Math.max(1, o.maxRequestsPerRefresh ?? POLLER_DEFAULTS.maxRequestsPerRefresh);
		this.#concurrency = Math.max(1, Math.min(this.#budget, o.concurrency ?? POLLER_DEFAULTS.concurrency));
		this.#pageSize = Math.max(1, Math.min(1000, o.pageSize ?? POLLER_DEFAULTS.pageSize));
		this.#failFast = o.failFast ?? false;
		this.#interval = this.#min;
		const seen = new Set<string>();
		this.#tasks = [];
		for (const t of o.tasks) {
			if (seen.has(t.taskNo)) continue;
			seen.add(t.taskNo);
			if (t.domains && t.domains.length > 0) o.board.addTask(t.taskNo, t.domains);
			if (t.total !== undefined) o.board.setExpectedCount(t.taskNo, t.total);
			this.#tasks.push({taskNo: t.taskNo, fetchedAt: 0, hot: false, page: 1});
		}
		this.#state = {
			counts: o.board.counts(),
			done: this.#allFinal(),
			refreshing: false,
			fetched: false,
			startedAt: o.startedAt ?? this.#now(),
			requestsLastRefresh: 0,
			totalRequests: 0,
		};
	}

	/** Starts polling with a refresh at once; does nothing when already polling or done. */
	start(): void {
		if (this.#running || this.#state.done || this.#state.failure) return;
		this.#running = true;
		this.#schedule(0);
		this.#update({});
	}

	/** Stops polling; an answer already on its way is still taken in, but nothing more is sent. */
	stop(): void {
		this.#running = false;
		this.#cancelTimer();
		if (this.#state.nextRefreshAt !== undefined) this.#update({nextRefreshAt: undefined});
	}

	/** Refreshes now and resets the pace to fast (after the refresh under way, if any). */
	refreshNow(): void {
		if (!this.#running) return;
		this.#interval = this.#min;
		if (this.#inFlight) {
			this.#again = true;
			return;
		}
		this.#schedule(0);
		this.#update({});
	}

	subscribe(listener: (s: PollerState) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	getState(): PollerState {
		return this.#state;
	}

	get running(): boolean {
		return this.#running;
	}

	#schedule(ms: number): void {
		this.#cancelTimer();
		this.#timer = this.#timers.set(() => {
			this.#timer = undefined;
			void this.#refresh();
		}, ms);
		// Callers publish the state; a refresh publishes once with its results.
		this.#state = {...this.#state, nextRefreshAt: this.#now() + ms};
	}

	#cancelTimer(): void {
		if (this.#timer !== undefined) this.#timers.clear(this.#timer);
		this.#timer = undefined;
	}

	async #refresh(): Promise<void> {
		if (!this.#running) return;
		if (this.#inFlight) {
			this.#again = true;
			return;
		}
		this.#inFlight = true;
		this.#refreshes++;
		this.#update({refreshing: true, nextRefreshAt: undefined});
		const versionBefore = this.#board.version;
		const picked = this.#pick();
		let requests = 0;
		let failure: unknown;
		let next = 0;
		const worker = async () => {
			while (failure === undefined && next < picked.length) {
				const task = picked[next++]!;
				requests++;
				try {
					await this.#fetch(task);
				} catch (error) {
					failure ??= error;
				}
			}
		};
		await Promise.all(Array.from({length: Math.min(this.#concurrency, picked.length)}, worker));
		this.#inFlight = false;

		const now = this.#now();
		const changed = this.#board.version !== versionBefore;
		const counts = this.#board.counts();
		this.#history.push({time: now, finished: counts.finished});
		if (this.#history.length > HISTORY_LIMIT) this.#history.splice(0, this.#history.length - HISTORY_LIMIT);
		const fetched = this.#tasks.every((t) => t.fetchedAt > 0);
		const fatal =
			this.#unknown.length > 0
				? new UnknownTasksError([...this.#unknown])
				: failure !== undefined && (!isRetryableRead(failure) || (this.#failFast && !fetched))
					? failure
					: undefined;
		const done = fatal === undefined && this.#allFinal();
		const patch: Partial<PollerState> = {
			counts,
			done,
			fetched,
			refreshing: false,
			lastRefreshAt: now,
			requestsLastRefresh: requests,
			totalRequests: this.#state.totalRequests + requests,
			etaMs: done ? 0 : estimateRemaining(this.#history, counts.total),
		};

		if (fatal !== undefined) {
			this.#running = false;
			this.#cancelTimer();
			this.#update({
				...patch,
				etaMs: undefined,
				failure: failureFor(fatal),
				notice: undefined,
				nextRefreshAt: undefined,
			});
			return;
		}
		if (done) {
			this.#running = false;
			this.#update({...patch, notice: undefined, nextRefreshAt: undefined});
			return;
		}
		let wait: number;
		if (failure !== undefined) {
			wait = this.#backoff(failure);
			patch.notice = noticeFor(failure, now + wait);
		} else {
			wait = changed ? this.#min : Math.min(this.#max, Math.round(this.#interval * QUIET_STRETCH));
			patch.notice = undefined;
		}
		this.#interval = wait;
		if (this.#again && failure === undefined) wait = 0;
		this.#again = false;
		if (this.#running) this.#schedule(wait);
		this.#update(patch);
	}

	#backoff(error: unknown): number {
		const doubled = Math.min(this.#max, Math.max(ERROR_FLOOR_MS, this.#interval * 2));
		const asked = error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0;
		return Math.max(doubled, asked);
	}

	/** The tasks this refresh fetches: changed ones first, then round-robin by the oldest fetch. */
	#pick(): TaskCursor[] {
		const open = this.#tasks.filter((t) => !this.#board.isTaskFinal(t.taskNo));
		if (open.length <= this.#budget) return open;
		const byAge = (a: TaskCursor, b: TaskCursor) => a.fetchedAt - b.fetchedAt;
		const hot = open.filter((t) => t.hot).sort(byAge);
		const cold = open.filter((t) => !t.hot).sort(byAge);
		const reserved = Math.min(cold.length, Math.ceil(this.#budget / 4));
		const fromHot = hot.slice(0, this.#budget - reserved);
		const fromCold = cold.slice(0, this.#budget - fromHot.length);
		return [...fromHot, ...fromCold];
	}

	async #fetch(task: TaskCursor): Promise<void> {
		const page = await this.#api.queryTaskDetailList({
			TaskNo: task.taskNo,
			PageNum: task.page,
			PageSize: this.#pageSize,
		});
		// Every task holds at least one domain; an empty first page means the server has no such task.
		if (task.fetchedAt === 0 && page.TotalItemNum === 0) {
			this.#unknown.push(task.taskNo);
			return;
		}
		const before = this.#board.version;
		this.#board.setExpectedCount(task.taskNo, page.TotalItemNum);
		this.#board.ingest(page.Data.TaskDetail);
		// A first read always fills something in; only a change seen on a later read says the task is moving.
		task.hot = task.fetchedAt > 0 && this.#board.version !== before;
		task.fetchedAt = this.#refreshes;
		task.page = page.CurrentPageNum < page.TotalPageNum ? page.CurrentPageNum + 1 : 1;
	}

	#allFinal(): boolean {
		return this.#tasks.length > 0 && this.#tasks.every((t) => this.#board.isTaskFinal(t.taskNo));
	}

	#update(patch: Partial<PollerState>): void {
		this.#state = {...this.#state, ...patch};
		for (const listener of this.#listeners) listener(this.#state);
	}
}

function noticeFor(error: unknown, retryAt: number): PollerNotice {
	if (error instanceof ApiError) {
		return {
			kind: error.category === 'throttled' ? 'throttled' : 'error',
			message: error.apiMessage,
			code: error.code,
			...(error.requestId ? {requestId: error.requestId} : {}),
			hint: error.hint,
			retryAt,
		};
	}
	if (error instanceof NetworkError) return {kind: 'network', message: error.message, hint: text.networkHint, retryAt};
	return {kind: 'error', message: error instanceof Error ? error.message : String(error), retryAt};
}

function failureFor(error: unknown): PollerFailure {
	if (error instanceof UnknownTasksError)
		return {kind: 'unknown-tasks', message: error.message, hint: error.hint, taskNos: error.taskNos, error};
	if (error instanceof ApiError)
		return {
			kind: 'error',
			message: error.apiMessage,
			code: error.code,
			...(error.requestId ? {requestId: error.requestId} : {}),
			hint: error.hint,
			error,
		};
	if (error instanceof NetworkError) return {kind: 'network', message: error.message, hint: error.hint, error};
	return {kind: 'error', message: error instanceof Error ? error.message : String(error), error};
}

/**
 * Starts the poller if needed and resolves with the final state once every domain is final; rejects with what
 * went wrong when polling ends on a failure.
 */
export function waitUntilDone(poller: StatusPoller, onState?: (s: PollerState) => void): Promise<PollerState> {
	return new Promise((resolve, reject) => {
		const check = (s: PollerState) => {
			onState?.(s);
			if (s.failure) {
				unsubscribe();
				reject(s.failure.error);
				return;
			}
			if (!s.done) return;
			unsubscribe();
			resolve(s);
		};
		const unsubscribe = poller.subscribe(check);
		if (poller.getState().done) {
			check(poller.getState());
			return;
		}
		poller.start();
	});
}
