// Reconciles a chunk whose submit outcome is unknown (timeout, reset, 5xx, a crash mid-request): did the server
// create a task for it? The submit has no idempotency token, so the only way to know is to look for a task with
// exactly this chunk's domains, created around the time it was sent (DESIGN §4).
import type {DomainClient} from '../api/client.js';
import {TASK_TYPE, type Operation} from './orders.js';

export type ReconcileApi = Pick<DomainClient, 'queryTaskInfoHistory' | 'queryTaskList' | 'queryTaskDetailList'>;

export type ReconcileResult =
	| {result: 'found'; taskNo: string; how: string}
	| {result: 'absent'; how: string}
	| {result: 'unsure'; reason: string};

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

interface Candidate {
	taskNo: string;
	taskNum: number;
	taskType: string;
	createdAt?: number;
}

export async function reconcileChunk(api: ReconcileApi, input: ReconcileInput, options: ReconcileOptions): Promise<ReconcileResult> {
	const skew = options.skewMs ?? 15 * 60_000;
	const since = input.sentAt - skew;
	let candidates: Candidate[];
	try {
		candidates = await listTasksSince(api, since, options.now() + skew);
	} catch (error) {
		return {result: 'unsure', reason: `could not list recent tasks: ${(error as Error).message}`};
	}
	const wanted = new Set(input.domains.map((d) => d.toLowerCase()));
	const matching = candidates.filter(
		(c) => c.taskType === TASK_TYPE[input.operation] && c.taskNum === wanted.size && !input.knownTaskNos.has(c.taskNo) && (c.createdAt === undefined || c.createdAt >= since),
	);
	for (const candidate of matching) {
		try {
			if (await hasExactlyDomains(api, candidate.taskNo, wanted)) {
				return {result: 'found', taskNo: candidate.taskNo, how: `task ${candidate.taskNo} has exactly this chunk's ${wanted.size} domains`};
			}
		} catch (error) {
			return {result: 'unsure', reason: `could not read task ${candidate.taskNo}: ${(error as Error).message}`};
		}
	}
	const elapsed = options.now() - input.sentAt;
	if (elapsed < options.settleMs) {
		const wait = Math.ceil((options.settleMs - elapsed) / 1000);
		return {result: 'unsure', reason: `no task found yet, but the request may still be in progress; check again in ${wait}s`};
	}
	return {result: 'absent', how: `no task among the ${candidates.length} created since the submit has these domains`};
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
		const answer = await api.queryTaskInfoHistory({PageSize: 100, BeginCreateTime: since, EndCreateTime: until, ...cursor});
		for (const t of answer.Objects) out.push({taskNo: t.TaskNo, taskNum: t.TaskNum, taskType: t.TaskType, createdAt: t.CreateTimeLong});
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
		const answer = await api.queryTaskList({PageNum: page, PageSize: 100, BeginCreateTime: since, EndCreateTime: until});
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
