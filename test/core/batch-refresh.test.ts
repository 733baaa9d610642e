// A batch history lists as running is read once from the server and what was read is recorded: "finished" comes
// from every task's final state, and a batch nobody watched to the end does not stay "running" for good.
import {describe, expect, it} from 'vitest';
import {needsRefresh, refreshBatchCounts} from '../../source/core/status/batch-refresh.js';
import {foldEvents, type BatchPlan, type ChunkEvent} from '../../source/core/submit/journal-rules.js';
import {ApiError} from '../../source/api/errors.js';
import {FakeTaskApi} from './fake-task-api.js';

/** A journaled batch of `tasks` tasks of 3 domains each, submitted as T1…, named as FakeTaskApi.batch names them. */
function journalOf(tasks: number) {
	const plan: BatchPlan = {
		id: 'b1',
		createdAt: 1,
		operation: 'register',
		account: {label: 'sandbox', accessKeyId: 'sandbox', endpoint: 'built-in sandbox', sandbox: true},
		options: {},
		chunks: Array.from({length: tasks}, (_, index) => ({
			index,
			items: [],
			domains: Array.from({length: 3}, (_, i) => `d${index + 1}-${i}.com`),
		})),
	};
	const events: ChunkEvent[] = [
		{type: 'created', at: 1},
		...plan.chunks.map((c): ChunkEvent => ({type: 'submitted', chunk: c.index, at: 2, taskNo: `T${c.index + 1}`})),
	];
	return {
		events,
		has: (id: string) => id === plan.id,
		load: () => foldEvents(plan, events),
		append: (_id: string, event: ChunkEvent) => void events.push(event),
	};
}

describe('refreshing a batch history lists as running', () => {
	it('records the final counts of every task, so the batch reads finished', async () => {
		const journal = journalOf(2);
		const api = FakeTaskApi.batch(2, 3);
		api.set(2);
		api.set(3, 'T2', (_, i) => i === 0, 'taken');
		expect(journal.load().state).toBe('running');
		expect(await refreshBatchCounts(api, journal, 'b1', () => 5000)).toBe(true);
		expect(journal.load().state).toBe('finished');
		expect(journal.load().lastCounts).toMatchObject({succeeded: 5, failed: 1, waiting: 0, executing: 0});
	});

	it('keeps it running while any task has a domain not final, and records nothing new when nothing changed', async () => {
		const journal = journalOf(2);
		const api = FakeTaskApi.batch(2, 3);
		api.set(2, 'T1');
		api.set(1, 'T2', (_, i) => i === 2);
		expect(await refreshBatchCounts(api, journal, 'b1')).toBe(true);
		expect(journal.load().state).toBe('running');
		expect(journal.load().lastCounts).toMatchObject({succeeded: 3, executing: 1, waiting: 2});
		expect(await refreshBatchCounts(api, journal, 'b1')).toBe(false);
		expect(journal.events.filter((e) => e.type === 'counts')).toHaveLength(1);
	});

	it('records nothing when the server cannot be read', async () => {
		const journal = journalOf(1);
		const api = FakeTaskApi.batch(1, 3);
		api.failures.push(new ApiError({Code: 'InvalidAccessKeyId.NotFound', Message: 'no such key'}, 404));
		expect(await refreshBatchCounts(api, journal, 'b1')).toBe(false);
		expect(journal.load().lastCounts).toBeUndefined();
		expect(journal.load().state).toBe('running');
	});

	it('reads only running batches of this server', () => {
		expect(needsRefresh({state: 'running'}, true)).toBe(true);
		expect(needsRefresh({state: 'running'}, false)).toBe(false);
		for (const state of ['finished', 'submitting', 'outcome unknown', 'not submitted'] as const) {
			expect(needsRefresh({state}, true)).toBe(false);
		}
	});
});
