// The submission journal's rules, without the disk (docs/never-order-twice.md). A batch is an immutable plan written
// before anything is sent, plus an append-only list of events that starts with `created`; the state of every chunk
// is folded from the events. Events that cannot be read never read as "planned": every chunk's outcome is unknown.
import {messages} from '../../i18n/index.js';
import type {Operation} from '../order/order-items.js';

export interface BatchPlan {
	id: string;
	createdAt: number;
	operation: Operation;
	/**
	 * Who made the batch. `accountId` and `product` (Domain or Domain-intl) are the Alibaba account the key belongs
	 * to (STS), recorded since the lock went per account; older plans have only the key and the endpoint.
	 */
	account: {
		label: string;
		accessKeyId: string;
		endpoint: string;
		sandbox: boolean;
		accountId?: string;
		product?: string;
	};
	/** years, profileId, dns, privacy, premium, trademark, coupon, promotion: what the review screen showed. */
	options: Record<string, unknown>;
	/** The exact request items of each chunk, in the order they are sent. */
	chunks: Array<{index: number; items: Array<Record<string, unknown>>; domains: string[]}>;
}

export interface StatusCounts {
	waiting: number;
	executing: number;
	succeeded: number;
	failed: number;
}

export type ChunkEvent =
	/** The first event of every batch, written right after its plan: without it the events cannot be trusted. */
	| {type: 'created'; at: number}
	/** `domains`: the chunk's domains actually sent, when the server check left some out. */
	| {type: 'sending'; chunk: number; at: number; domains?: string[]}
	/** Domains of the chunk the server check found in a task that has not failed, each with that task's number. */
	| {type: 'left-out'; chunk: number; at: number; domains: Array<{domain: string; taskNo: string}>}
	| {type: 'submitted'; chunk: number; at: number; taskNo: string; requestId?: string}
	/** Timeout, reset, 5xx: the request may or may not have created a task. */
	| {type: 'unknown'; chunk: number; at: number; error: string}
	/** The server answered with a refusal: nothing was ordered. */
	| {type: 'rejected'; chunk: number; at: number; code: string; message: string; requestId?: string}
	/** An unknown outcome settled: the task that was found, or null when it was proved never created. */
	| {type: 'reconciled'; chunk: number; at: number; taskNo: string | null; how: string}
	/** The last status seen, for the history list. */
	| {type: 'counts'; at: number; counts: StatusCounts};

/** `skipped`: every domain of the chunk was already in a task on the server, so nothing was sent for it. */
export type ChunkState = 'planned' | 'sending' | 'submitted' | 'unknown' | 'rejected' | 'absent' | 'skipped';

export interface ChunkView {
	index: number;
	state: ChunkState;
	taskNo?: string;
	/** When the latest request for this chunk was sent: reconciliation looks for tasks from then on. */
	sentAt?: number;
	/** The domains the latest request carried, when the server check left some of the chunk's out. */
	sentDomains?: string[];
	/** Domains the server check left out, with the task that already has each. */
	leftOut?: Array<{domain: string; taskNo: string}>;
	error?: string;
}

export type BatchState = 'submitting' | 'outcome unknown' | 'not submitted' | 'running' | 'finished';

/** A batch's state in the interface language, for the history list and screen. */
export const batchStates = messages({
	submitting: {en: 'submitting', zh: '提交中'},
	'outcome unknown': {en: 'outcome unknown', zh: '结果未知'},
	'not submitted': {en: 'not submitted', zh: '未提交'},
	running: {en: 'running', zh: '执行中'},
	finished: {en: 'finished', zh: '已完成'},
});

export interface BatchView {
	plan: BatchPlan;
	chunks: ChunkView[];
	lastCounts?: StatusCounts & {at: number};
	state: BatchState;
}

/**
 * `readable`: whether the events start their batch (the `created` event is there). When not (the file was deleted,
 * emptied or zeroed), nothing says what was sent, so every chunk's outcome is unknown until the server is asked.
 */
export function foldEvents(
	plan: BatchPlan,
	events: readonly ChunkEvent[],
	processAlive = false,
	readable = true,
): BatchView {
	// Without the batch's first event, a chunk with no event of its own may have been sent: unknown, not planned.
	// Events written later (a reconciliation) still settle their own chunks.
	const chunks: ChunkView[] = plan.chunks.map((c) =>
		readable ? {index: c.index, state: 'planned'} : {index: c.index, state: 'unknown', sentAt: plan.createdAt},
	);
	let lastCounts: BatchView['lastCounts'];
	for (const e of events) {
		if (e.type === 'created') continue;
		if (e.type === 'counts') {
			lastCounts = {...e.counts, at: e.at};
			continue;
		}
		const c = chunks[e.chunk];
		if (!c) continue;
		switch (e.type) {
			case 'sending':
				Object.assign(c, {state: 'sending', sentAt: e.at, sentDomains: e.domains, error: undefined});
				break;
			case 'left-out':
				c.leftOut = [...(c.leftOut ?? []).filter((l) => !e.domains.some((d) => d.domain === l.domain)), ...e.domains];
				if (c.leftOut.length >= plan.chunks[e.chunk]!.domains.length)
					Object.assign(c, {state: 'skipped', error: undefined});
				break;
			case 'submitted':
				Object.assign(c, {state: 'submitted', taskNo: e.taskNo, error: undefined});
				break;
			case 'unknown':
				Object.assign(c, {state: 'unknown', error: e.error});
				break;
			case 'rejected':
				Object.assign(c, {state: 'rejected', error: `${e.code}: ${e.message}`});
				break;
			case 'reconciled':
				Object.assign(
					c,
					e.taskNo ? {state: 'submitted', taskNo: e.taskNo, error: undefined} : {state: 'absent', error: undefined},
				);
				break;
		}
	}
	// A `sending` with nothing after it: the process stopped mid-request, so the outcome is unknown.
	if (!processAlive) for (const c of chunks) if (c.state === 'sending') c.state = 'unknown';
	return {plan, chunks, lastCounts, state: batchState(chunks, lastCounts)};
}

function batchState(chunks: ChunkView[], counts?: StatusCounts): BatchState {
	if (chunks.some((c) => c.state === 'unknown')) return 'outcome unknown';
	if (chunks.some((c) => c.state === 'sending' || c.state === 'planned'))
		return chunks.some((c) => c.state !== 'planned' && c.state !== 'skipped') ? 'submitting' : 'not submitted';
	if (!chunks.some((c) => c.state === 'submitted')) return 'not submitted';
	if (counts && counts.waiting + counts.executing === 0) {
		const total = counts.succeeded + counts.failed;
		if (total > 0) return 'finished';
	}
	return 'running';
}

/** What the history list shows of a batch, beside the full view. */
export interface BatchSummary extends BatchView {
	id: string;
	createdAt: number;
	operation: Operation;
	domainCount: number;
	taskNos: string[];
	chunkStates: ChunkState[];
}

export function summarize(view: BatchView): BatchSummary {
	return {
		...view,
		id: view.plan.id,
		createdAt: view.plan.createdAt,
		operation: view.plan.operation,
		domainCount: domainCount(view.plan),
		taskNos: taskNosOf(view),
		chunkStates: view.chunks.map((c) => c.state),
	};
}

/** Newest first; ids start with their creation time, so they break ties in the same order. */
export function newestFirst(a: Pick<BatchPlan, 'id' | 'createdAt'>, b: Pick<BatchPlan, 'id' | 'createdAt'>): number {
	return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export function taskNosOf(view: Pick<BatchView, 'chunks'>): string[] {
	return view.chunks.flatMap((c) => (c.taskNo ? [c.taskNo] : []));
}

/** The domains a chunk's latest request carried: all of the chunk's, unless the server check left some out. */
export function sentDomainsOf(plan: BatchPlan, view: Pick<ChunkView, 'index' | 'sentDomains'>): string[] {
	return view.sentDomains ?? plan.chunks[view.index]!.domains;
}

export function domainCount(plan: BatchPlan): number {
	return plan.chunks.reduce((n, c) => n + c.domains.length, 0);
}
