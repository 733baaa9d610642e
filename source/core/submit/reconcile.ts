// Reconciles a chunk whose submit outcome is unknown (timeout, reset, 5xx, a crash mid-request): did the server
// create a task for it? The submit has no idempotency token, so the only way to know is to look for a task with
// exactly the domains this chunk sent, created around the time it was sent (docs/never-order-twice.md).
import type {DomainClient} from '../../api/client.js';
import {TASK_TYPE, type Operation} from '../order/order-items.js';
import {count, messages, plural} from '../../i18n/index.js';
import {sentDomainsOf, type BatchPlan, type ChunkView} from './journal-rules.js';

const text = messages({
	cannotList: {
		en: (why: string) => `could not list recent tasks: ${why}`,
		zh: (why: string) => `无法列出最近的任务：${why}`,
	},
	found: {
		en: (taskNo: string, n: number) =>
			`task ${taskNo} has exactly the ${count(n, ['domain', 'domains'], '')} this request sent`,
		zh: (taskNo: string, n: number) => `任务 ${taskNo} 恰好包含这次请求发送的 ${n} 个域名`,
	},
	cannotRead: {
		en: (taskNo: string, why: string) => `could not read task ${taskNo}: ${why}`,
		zh: (taskNo: string, why: string) => `无法读取任务 ${taskNo}：${why}`,
	},
	notYet: {
		en: (wait: number) => `no task found yet, but the request may still be in progress; check again in ${wait}s`,
		zh: (wait: number) => `尚未找到任务，但请求可能仍在处理中；请 ${wait} 秒后再查`,
	},
	absent: {
		en: (n: number) => `no task among the ${plural(n, 'one', `${n} tasks`)} created since the submit has these domains`,
		zh: (n: number) => `提交后创建的 ${n} 个任务中没有一个包含这些域名`,
	},
});

export type ReconcileApi = Pick<DomainClient, 'queryTaskInfoHistory' | 'queryTaskList' | 'queryTaskDetailList'>;

export type ReconcileResult =
	{result: 'found'; taskNo: string; how: string} | {result: 'absent'; how: string} | {result: 'unsure'; reason: string};

export interface ReconcileInput {
	operation: Operation;
	domains: string[];
	/** When the request was sent (ms). */
	sentAt: number;
	/** TaskNos the journal already accounts for: they belong to other chunks. */
	knownTaskNos: ReadonlySet<string>;
}

export interface ReconcileOptions {
	now: () => number;
	/**
	 * How long after sending a request can still be in progress on the server. Before that, not finding a task
	 * proves nothing. The client's request timeout plus a margin.
	 */
	settleMs: number;
	/** Clock difference tolerated between this machine and the server when filtering by creation time. */
	skewMs?: number;
}

/** A task the server listed; the API's models make all but its number optional, and a missing one matches. */
interface Candidate {
	taskNo: string;
	taskNum?: number;
	taskType?: string;
	createdAt?: number;
}

export async function reconcileChunk(
	api: ReconcileApi,
	input: ReconcileInput,
	options: ReconcileOptions,
): Promise<ReconcileResult> {
	const skew = options.skewMs ?? 15 * 60_000;
	const since = input.sentAt - skew;
	let candidates: Candidate[];
	try {
		candidates = await listTasksSince(api, since, options.now() + skew);
	} catch (error) {
		return {result: 'unsure', reason: text.cannotList((error as Error).message)};
	}
	const wanted = new Set(input.domains.map((d) => d.toLowerCase()));
	const matching = candidates.filter(
		(c) =>
			(c.taskType === undefined || c.taskType === TASK_TYPE[input.operation]) &&
			(c.taskNum === undefined || c.taskNum === wanted.size) &&
			!input.knownTaskNos.has(c.taskNo) &&
			(c.createdAt === undefined || c.createdAt >= since),
	);
	for (const candidate of matching) {
		try {
			if (await hasExactlyDomains(api, candidate.taskNo, wanted)) {
				return {result: 'found', taskNo: candidate.taskNo, how: text.found(candidate.taskNo, wanted.size)};
			}
		} catch (error) {
			return {result: 'unsure', reason: text.cannotRead(candidate.taskNo, (error as Error).message)};
		}
	}
	const elapsed = options.now() - input.sentAt;
	if (elapsed < options.settleMs) {
		const wait = Math.ceil((options.settleMs - elapsed) / 1000);
		return {result: 'unsure', reason: text.notYet(wait)};
	}
	return {result: 'absent', how: text.absent(candidates.length)};
}

/** Every task created in the window, from the cursor-paged history (precise creation times), or the task list. */
async function listTasksSince(api: ReconcileApi, since: number, until: number): Promise<Candidate[]> {
	try {
		return await fromHistory(api, since, until);
	} catch {
		return await fromTaskList(api, since, until);
	}
}

async function fromHistory(api: ReconcileApi, since: number, until: number): Promise<Candidate[]> {
	const out: Candidate[] = [];
	let cursor: {TaskNoCursor?: string; CreateTimeCursor?: number} = {};
	for (let page = 0; page < 200; page++) {
		const answer = await api.queryTaskInfoHistory({
			PageSize: 100,
			BeginCreateTime: since,
			EndCreateTime: until,
			...cursor,
		});
		for (const t of answer.Objects)
			out.push({taskNo: t.TaskNo, taskNum: t.TaskNum, taskType: t.TaskType, createdAt: t.CreateTimeLong});
		const next = answer.NextPageCursor;
		const oldest = answer.Objects.at(-1)?.CreateTimeLong;
		if (!next?.TaskNo || answer.Objects.length === 0 || (oldest !== undefined && oldest < since)) return out;
		cursor = {TaskNoCursor: next.TaskNo, CreateTimeCursor: next.CreateTimeLong};
	}
	return out;
}

async function fromTaskList(api: ReconcileApi, since: number, until: number): Promise<Candidate[]> {
	const out: Candidate[] = [];
	for (let page = 1; page <= 200; page++) {
		const answer = await api.queryTaskList({
			PageNum: page,
			PageSize: 100,
			BeginCreateTime: since,
			EndCreateTime: until,
		});
		for (const t of answer.Data.TaskInfo) out.push({taskNo: t.TaskNo, taskNum: t.TaskNum, taskType: t.TaskType});
		if (page >= answer.TotalPageNum || answer.Data.TaskInfo.length === 0) return out;
	}
	return out;
}

async function hasExactlyDomains(api: ReconcileApi, taskNo: string, wanted: Set<string>): Promise<boolean> {
	const answer = await api.queryTaskDetailList({TaskNo: taskNo, PageNum: 1, PageSize: 1000});
	const names = answer.Data.TaskDetail.map((d) => d.DomainName.toLowerCase());
	return names.length === wanted.size && names.every((n) => wanted.has(n));
}

/**
 * A journaled chunk whose outcome is unknown (`sending` or `unknown`), reconciled with what it sent and when: the one
 * way both the submit (before sending the rest) and the already-ordered check (before planning anew) ask.
 */
export const reconcileJournaledChunk = (
	api: ReconcileApi,
	plan: BatchPlan,
	view: ChunkView,
	knownTaskNos: ReadonlySet<string>,
	options: ReconcileOptions,
): Promise<ReconcileResult> =>
	reconcileChunk(
		api,
		{
			operation: plan.operation,
			domains: sentDomainsOf(plan, view),
			sentAt: view.sentAt ?? plan.createdAt,
			knownTaskNos,
		},
		options,
	);
