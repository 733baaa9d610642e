// The server is the authority on what was ordered (docs/never-order-twice.md). Right before a chunk is sent, its
// domains are looked up among the account's tasks of the same kind on the server: QueryTaskList over a window that
// covers every open batch, then QueryTaskDetailList of each task not known to be finished.
//
// QueryTaskList filters creation times "only by day" (docs/api.md): the window is asked in whole days of UTC+8,
// from the start of the day the window begins on, with no end (so today is never cut off at its midnight), and
// exact times are filtered here. A listing that cannot be read to its end stops the check: nothing is sent on a
// partial reading. A domain in a task where
// it has not failed is left out, with that task's number. Finished tasks are remembered (the journal keeps them), and
// within one hold of the submit lock a task already read is not read again, so each later check costs about one
// page of the task list.
import type {DomainClient} from '../../api/client.js';
import {chinaDayStart, taskCreatedAt} from '../../api/china-time.js';
import {DETAIL_STATUS_CODE, TASK_STATUS} from '../../api/task-status.js';
import {TASK_TYPE, type Operation} from '../order/order-items.js';
import {count, messages} from '../../i18n/index.js';

export type ServerCheckApi = Pick<DomainClient, 'queryTaskList' | 'queryTaskDetailList'>;

/** Where finished tasks are remembered between runs, with the domains each did not fail. */
export interface FinishedTasks {
	finishedTasks(): Map<string, string[]>;
	recordFinished(taskNo: string, notFailed: string[]): void;
}

export interface ServerCheckProgress {
	type: 'server-check';
	/** Requests this check has made so far. */
	requests: number;
	/** Tasks of this kind seen in the window. */
	tasks: number;
}

export interface ServerCheckOptions {
	operation: Operation;
	/** The oldest creation time to look at (ms): the oldest open batch of the account, or a day back. */
	since: number;
	now: () => number;
	/** Clock difference tolerated between this machine and the server. */
	skewMs?: number;
	onProgress?: (event: ServerCheckProgress) => void;
	/** Task-list pages a check may read (MAX_PAGES); smaller in tests. */
	maxPages?: number;
}

const PAGE = 100;
const DETAIL_PAGE = 1000;
/** Task detail reads in flight at once. */
const DETAIL_READERS = 4;
/**
 * At most this many task-list pages per check: 100,000 tasks, a week's registrations at the weekly cap. A window
 * with more is not read in part: the check fails and says so.
 */
const MAX_PAGES = 1000;
const DAY_MS = 24 * 60 * 60_000;
/**
 * Tasks listed as created this much before the window's start are older than it for sure, whatever zone the
 * server writes CreateTime in: listing stops at the first of them (the list is newest first).
 */
const ZONE_MARGIN_MS = DAY_MS;

const text = messages({
	tooMany: {
		en: (tasks: number, pages: number) =>
			`the account has ${count(tasks, ['task', 'tasks'], '')} in the window the check must read, more than it reads (${pages} pages); nothing was sent. Let older open batches finish (history lists them), then run the same command again`,
		zh: (tasks: number, pages: number) =>
			`账号在核对范围内有 ${tasks} 个任务，超过核对能读取的数量（${pages} 页）；没有发送任何内容。请等较早未完成的批次结束（历史记录中可见）后再运行同一条命令`,
	},
});

/** The check could not read the whole window: nothing may be sent on what it read. */
export class ServerCheckIncomplete extends Error {
	override readonly name = 'ServerCheckIncomplete';
}

/** How far back a check looks when no open batch is older. */
export const DEFAULT_LOOK_BACK_MS = 24 * 60 * 60_000;

export class ServerCheck {
	/** Per task read in this hold: the domains (lower case) it has not failed. */
	readonly #blocking = new Map<string, Set<string>>();
	readonly #finished: Map<string, string[]>;
	/** Tasks known to be complete: every domain of theirs not failed has succeeded. */
	readonly #complete = new Set<string>();

	constructor(
		private readonly api: ServerCheckApi,
		private readonly store: FinishedTasks,
		private readonly options: ServerCheckOptions,
	) {
		this.#finished = store.finishedTasks();
	}

	/** A task this process has just created: its domains are known exactly, so it is not read back. */
	remember(taskNo: string, domains: readonly string[]): void {
		this.#blocking.set(taskNo, new Set(domains.map((d) => d.toLowerCase())));
	}

	/**
	 * Whether a task this check has read is complete: its domains that did not fail have succeeded, so a rerun
	 * without the journal can tell "already done" from "in flight" (docs/never-order-twice.md).
	 */
	isComplete(taskNo: string): boolean {
		return this.#complete.has(taskNo);
	}

	/** The domains among `domains` that a task on the server already holds, each with that task's number. */
	async find(domains: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
		const skew = this.options.skewMs ?? 15 * 60_000;
		const wanted = new Map(domains.map((d) => [d.toLowerCase(), d]));
		const type = TASK_TYPE[this.options.operation];
		let requests = 0;
		let seen = 0;
		const progress = () => this.options.onProgress?.({type: 'server-check', requests, tasks: seen});
		const firstCheck = this.#blocking.size === 0;
		let lastTotal = 0;

		const unread: Array<{taskNo: string; complete: boolean}> = [];
		const from = this.options.since - skew;
		// Whole days: the start of the UTC+8 day the window starts on, and no end (today is never cut off).
		const begin = chinaDayStart(from);
		for (let page = 1; ; page++) {
			const maxPages = this.options.maxPages ?? MAX_PAGES;
			if (page > maxPages) throw new ServerCheckIncomplete(text.tooMany(lastTotal, maxPages));
			signal?.throwIfAborted();
			const answer = await this.api.queryTaskList({PageNum: page, PageSize: PAGE, BeginCreateTime: begin});
			requests++;
			lastTotal = answer.TotalItemNum;
			// Exact times are filtered here; a CreateTime in no known form counts as inside the window.
			const inWindow = answer.Data.TaskInfo.filter(
				(t) => (taskCreatedAt(t.CreateTime) ?? Infinity) >= from - ZONE_MARGIN_MS,
			);
			const tasks = inWindow.filter((t) => t.TaskType === type);
			seen += tasks.length;
			const fresh = tasks.filter((t) => !this.#blocking.has(t.TaskNo));
			for (const t of fresh) unread.push({taskNo: t.TaskNo, complete: t.TaskStatusCode === TASK_STATUS.COMPLETE});
			progress();
			if (page >= answer.TotalPageNum || answer.Data.TaskInfo.length === 0) break;
			// Newest first: a task older than the window means every later page is older still.
			if (inWindow.length < answer.Data.TaskInfo.length) break;
			// Newest first: once a whole page was read in this hold, the older pages were too.
			if (
				!firstCheck &&
				fresh.length === 0 &&
				answer.Data.TaskInfo.every((t) => t.TaskType !== type || this.#blocking.has(t.TaskNo))
			)
				break;
		}

		// Up to DETAIL_READERS tasks are read at once: the number of requests stays one per task (or per 1,000 of its
		// domains), the wait shrinks.
		const queue = unread.filter(({taskNo}) => {
			const known = this.#finished.get(taskNo);
			if (known) this.#blocking.set(taskNo, new Set(known.map((d) => d.toLowerCase())));
			if (known) this.#complete.add(taskNo);
			return !known;
		});
		const readOne = async ({taskNo, complete}: {taskNo: string; complete: boolean}) => {
			const notFailed: string[] = [];
			for (let page = 1; ; page++) {
				signal?.throwIfAborted();
				const answer = await this.api.queryTaskDetailList({TaskNo: taskNo, PageNum: page, PageSize: DETAIL_PAGE});
				requests++;
				for (const d of answer.Data.TaskDetail)
					if (d.TaskStatusCode !== DETAIL_STATUS_CODE.FAILURE) notFailed.push(d.DomainName.toLowerCase());
				if (page >= answer.TotalPageNum || answer.Data.TaskDetail.length === 0) break;
			}
			progress();
			this.#blocking.set(taskNo, new Set(notFailed));
			if (complete) {
				this.#complete.add(taskNo);
				this.store.recordFinished(taskNo, notFailed);
				this.#finished.set(taskNo, notFailed);
			}
		};
		const readers = Array.from({length: Math.min(DETAIL_READERS, queue.length)}, async () => {
			for (let next = queue.shift(); next; next = queue.shift()) await readOne(next);
		});
		await Promise.all(readers);

		const found = new Map<string, string>();
		for (const [taskNo, names] of this.#blocking) {
			for (const name of names) {
				const domain = wanted.get(name);
				if (domain !== undefined && !found.has(domain)) found.set(domain, taskNo);
			}
		}
		return found;
	}
}
