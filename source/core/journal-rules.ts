// The submission journal's rules, without the disk (docs/never-order-twice.md). A batch is an immutable plan written
// before anything is sent, plus an append-only list of events; the state of every chunk is folded from the events.
import {messages} from '../i18n/index.js';
import type {Operation} from './orders.js';

export interface BatchPlan {
	id: string;
	createdAt: number;
	operation: Operation;
	account: {label: string; accessKeyId: string; endpoint: string; sandbox: boolean};
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
	| {type: 'sending'; chunk: number; at: number}
	| {type: 'submitted'; chunk: number; at: number; taskNo: string; requestId?: string}
	/** Timeout, reset, 5xx: the request may or may not have created a task. */
	| {type: 'unknown'; chunk: number; at: number; error: string}
	/** The server answered with a refusal: nothing was ordered. */
	| {type: 'rejected'; chunk: number; at: number; code: string; message: string; requestId?: string}
	/** An unknown outcome settled: the task that was found, or null when it was proved never created. */
	| {type: 'reconciled'; chunk: number; at: number; taskNo: string | null; how: string}
	/** The last status seen, for the history list. */
	| {type: 'counts'; at: number; counts: StatusCounts};

export type ChunkState = 'planned' | 'sending' | 'submitted' | 'unknown' | 'rejected' | 'absent';

export interface ChunkView {
	index: number;
	state: ChunkState;
	taskNo?: string;
	/** When the latest request for this chunk was sent: reconciliation looks for tasks from then on. */
	sentAt?: number;
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

export function foldEvents(plan: BatchPlan, events: readonly ChunkEvent[], processAlive = false): BatchView {
	const chunks: ChunkView[] = plan.chunks.map((c) => ({index: c.index, state: 'planned'}));
	let lastCounts: BatchView['lastCounts'];
	for (const e of events) {
		if (e.type === 'counts') {
			lastCounts = {...e.counts, at: e.at};
			continue;
		}
		const c = chunks[e.chunk];
		if (!c) continue;
		switch (e.type) {
			case 'sending':
				Object.assign(c, {state: 'sending', sentAt: e.at, error: undefined});
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
				Object.assign(c, e.taskNo ? {state: 'submitted', taskNo: e.taskNo, error: undefined} : {state: 'absent', error: undefined});
				break;
		}
	}
	// A `sending` with nothing after it: the process stopped mid-request, so the outcome is unknown.
	if (!processAlive) for (const c of chunks) if (c.state === 'sending') c.state = 'unknown';
	return {plan, chunks, lastCounts, state: batchState(chunks, lastCounts)};
}

function batchState(chunks: ChunkView[], counts?: StatusCounts): BatchState {
	if (chunks.some((c) => c.state === 'unknown')) return 'outcome unknown';
	if (chunks.some((c) => c.state === 'sending' || c.state === 'planned')) return chunks.some((c) => c.state !== 'planned') ? 'submitting' : 'not submitted';
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

export function domainCount(plan: BatchPlan): number {
	return plan.chunks.reduce((n, c) => n + c.domains.length, 0);
}
