// The server is the authority on what was ordered (docs/never-order-twice.md). Right before a chunk is sent, its
// domains are looked up among the account's tasks of the same kind on the server: QueryTaskList over a window that
// covers every open batch, then QueryTaskDetailList of each task not known to be finished. A domain in a task where
// it has not failed is left out, with that task's number. Finished tasks are remembered (the journal keeps them), and
// within one hold of the submit lock a task already read is not read again, so each later check costs about one
// page of the task list.
import type {DomainClient} from '../api/client.js';
import {DETAIL_STATUS_CODE, TASK_STATUS} from '../api/task-status.js';
import {TASK_TYPE, type Operation} from './orders.js';

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
}

const PAGE = 100;
const DETAIL_PAGE = 1000;
/** Task detail reads in flight at once. */
const DETAIL_READERS = 4;
/** At most this many task-list pages per check: 20,000 tasks, far beyond a week's registrations. */
const MAX_PAGES = 200;
/** How far back a check looks when no open batch is older. */
export const DEFAULT_LOOK_BACK_MS = 24 * 60 * 60_000;

export class ServerCheck {
	/** Per task read in this hold: the domains (lower case) it has not failed. */
	readonly #blocking = new Map<string, Set<string>>();
	readonly #finished: Map<string, string[]>;

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

	/** The domains among `domains` that a task on the server already holds, each with that task's number. */
	async find(domains: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
		const skew = this.options.skewMs ?? 15 * 60_000;
		const wanted = new Map(domains.map((d) => [d.toLowerCase(), d]));
		const type = TASK_TYPE[this.options.operation];
		let requests = 0;
		let seen = 0;
		const progress = () => this.options.onProgress?.({type: 'server-check', requests, tasks: seen});
		const firstCheck = this.#blocking.size === 0;

		const unread: Array<{taskNo: string; complete: boolean}> = [];
		for (let page = 1; page <= MAX_PAGES; page++) {
			signal?.throwIfAborted();
			const answer = await this.api.queryTaskList({PageNum: page, PageSize: PAGE, BeginCreateTime: this.options.since - skew, EndCreateTime: this.options.now() + skew});
			requests++;
			const tasks = answer.Data.TaskInfo.filter((t) => t.TaskType === type);
			seen += tasks.length;
			const fresh = tasks.filter((t) => !this.#blocking.has(t.TaskNo));
			for (const t of fresh) unread.push({taskNo: t.TaskNo, complete: t.TaskStatusCode === TASK_STATUS.COMPLETE});
			progress();
			if (page >= answer.TotalPageNum || answer.Data.TaskInfo.length === 0) break;
			// Newest first: once a whole page was read in this hold, the older pages were too.
			if (!firstCheck && fresh.length === 0 && answer.Data.TaskInfo.every((t) => t.TaskType !== type || this.#blocking.has(t.TaskNo))) break;
		}

		// Up to DETAIL_READERS tasks are read at once: the number of requests stays one per task (or per 1,000 of its
		// domains), the wait shrinks.
		const queue = unread.filter(({taskNo}) => {
			const known = this.#finished.get(taskNo);
			if (known) this.#blocking.set(taskNo, new Set(known.map((d) => d.toLowerCase())));
			return !known;
		});
		const readOne = async ({taskNo, complete}: {taskNo: string; complete: boolean}) => {
			const notFailed: string[] = [];
			for (let page = 1; ; page++) {
				signal?.throwIfAborted();
				const answer = await this.api.queryTaskDetailList({TaskNo: taskNo, PageNum: page, PageSize: DETAIL_PAGE});
				requests++;
				for (const d of answer.Data.TaskDetail) if (d.TaskStatusCode !== DETAIL_STATUS_CODE.FAILURE) notFailed.push(d.DomainName.toLowerCase());
				if (page >= answer.TotalPageNum || answer.Data.TaskDetail.length === 0) break;
			}
			progress();
			this.#blocking.set(taskNo, new Set(notFailed));
			if (complete) {
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
