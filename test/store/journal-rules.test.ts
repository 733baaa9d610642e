// The journal's rules without the disk: events folded into chunk states, batch states, and what counts as in flight.
import {describe, expect, it} from 'vitest';
import {
	foldEvents,
	newestFirst,
	summarize,
	type BatchPlan,
	type ChunkEvent,
} from '../../source/core/submit/journal-rules.js';

function plan(
	id: string,
	createdAt: number,
	chunks: string[][],
	operation: BatchPlan['operation'] = 'register',
): BatchPlan {
	return {
		id,
		createdAt,
		operation,
		account: {label: 'test', accessKeyId: 'AK', endpoint: 'http://127.0.0.1:1', sandbox: true},
		options: {years: 1},
		chunks: chunks.map((domains, index) => ({index, domains, items: domains.map((DomainName) => ({DomainName}))})),
	};
}

const two = plan('b1', 1000, [['a.com', 'b.com'], ['c.com']]);

describe('foldEvents', () => {
	it('starts every chunk planned and the batch not submitted', () => {
		const view = foldEvents(two, []);
		expect(view.chunks).toEqual([
			{index: 0, state: 'planned'},
			{index: 1, state: 'planned'},
		]);
		expect(view.state).toBe('not submitted');
	});

	it('is submitting while this process still waits on a chunk, and outcome unknown once it is gone', () => {
		const events: ChunkEvent[] = [
			{type: 'sending', chunk: 0, at: 1},
			{type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'},
			{type: 'sending', chunk: 1, at: 3},
		];
		const alive = foldEvents(two, events, true);
		expect(alive.chunks.map((c) => c.state)).toEqual(['submitted', 'sending']);
		expect(alive.state).toBe('submitting');
		const after = foldEvents(two, events);
		expect(after.chunks[1]).toEqual({index: 1, state: 'unknown', sentAt: 3, error: undefined});
		expect(after.state).toBe('outcome unknown');
	});

	it('is running once every chunk has an answer, and finished only when the last counts show nothing left', () => {
		const submitted: ChunkEvent[] = [
			{type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'},
			{type: 'rejected', chunk: 1, at: 3, code: 'InvalidParameter', message: 'bad'},
		];
		expect(foldEvents(two, submitted).state).toBe('running');
		const midway = [
			...submitted,
			{type: 'counts', at: 4, counts: {waiting: 1, executing: 0, succeeded: 1, failed: 0}} as ChunkEvent,
		];
		expect(foldEvents(two, midway).state).toBe('running');
		const done = [
			...midway,
			{type: 'counts', at: 5, counts: {waiting: 0, executing: 0, succeeded: 1, failed: 1}} as ChunkEvent,
		];
		const view = foldEvents(two, done);
		expect(view.state).toBe('finished');
		expect(view.lastCounts).toEqual({waiting: 0, executing: 0, succeeded: 1, failed: 1, at: 5});
	});

	it('settles unknown chunks by reconciliation, and a chunk proved absent may be sent again', () => {
		const view = foldEvents(two, [
			{type: 'sending', chunk: 0, at: 1},
			{type: 'unknown', chunk: 0, at: 2, error: 'socket hang up'},
			{type: 'sending', chunk: 1, at: 3},
			{type: 'unknown', chunk: 1, at: 4, error: '503'},
			{type: 'reconciled', chunk: 0, at: 5, taskNo: 'T7', how: 'found in QueryTaskList'},
			{type: 'reconciled', chunk: 1, at: 5, taskNo: null, how: 'no task since the submit'},
			{type: 'sending', chunk: 1, at: 6},
			{type: 'submitted', chunk: 1, at: 7, taskNo: 'T8'},
		]);
		expect(view.chunks).toMatchObject([
			{state: 'submitted', taskNo: 'T7', sentAt: 1},
			{state: 'submitted', taskNo: 'T8', sentAt: 6},
		]);
		expect(summarize(view).taskNos).toEqual(['T7', 'T8']);
	});

	it('ignores events for chunks the plan does not have', () => {
		const view = foldEvents(two, [{type: 'submitted', chunk: 9, at: 1, taskNo: 'T9'}]);
		expect(view.chunks.map((c) => c.state)).toEqual(['planned', 'planned']);
	});
});

describe('summaries and order', () => {
	it('summarises a batch for the history list', () => {
		const summary = summarize(foldEvents(two, [{type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'}]));
		expect(summary).toMatchObject({
			id: 'b1',
			createdAt: 1000,
			operation: 'register',
			domainCount: 3,
			taskNos: ['T1'],
			chunkStates: ['submitted', 'planned'],
			state: 'submitting',
		});
	});

	it('puts the newest first, and the later id first at the same instant', () => {
		const plans = [plan('x', 1, []), plan('b', 3, []), plan('a', 3, []), plan('z', 2, [])];
		expect(plans.sort(newestFirst).map((p) => p.id)).toEqual(['b', 'a', 'z', 'x']);
	});
});
