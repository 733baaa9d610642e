import {describe, expect, it} from 'vitest';
import {foldEvents, type BatchPlan, type ChunkEvent} from '../../source/core/submit/journal-rules.js';
import {recordBatchCounts} from '../../source/core/status/watch-target.js';

const plan: BatchPlan = {
	id: 'b1',
	createdAt: 1,
	operation: 'register',
	account: {label: 'sandbox', accessKeyId: 'sandbox', endpoint: 'built-in sandbox', sandbox: true},
	options: {},
	chunks: [0, 1, 2].map((index) => ({index, items: [], domains: [`a${index}.com`, `b${index}.com`]})),
};

function journal() {
	const events: ChunkEvent[] = [0, 1, 2].map((chunk) => ({type: 'submitted', chunk, at: 2, taskNo: `T${chunk + 1}`}));
	return {
		events,
		has: (id: string) => id === plan.id,
		load: () => foldEvents(plan, events),
		append: (_id: string, event: ChunkEvent) => void events.push(event),
	};
}

const one = {waiting: 0, executing: 0, succeeded: 2, failed: 0};
const all = {waiting: 0, executing: 0, succeeded: 5, failed: 1};

describe('the counts recorded for a batch', () => {
	it('are recorded only when the watched tasks are all of the batch', () => {
		const j = journal();
		expect(recordBatchCounts(j, 'b1', ['T1'], one, 10)).toBe(false);
		expect(recordBatchCounts(j, 'b1', ['T1', 'T3'], one, 10)).toBe(false);
		expect(j.load().lastCounts).toBeUndefined();
		expect(j.load().state).toBe('running');
		expect(recordBatchCounts(j, 'b1', ['T3', 'T2', 'T1'], {...all, total: 6} as typeof all, 11)).toBe(true);
		expect(j.load().lastCounts).toEqual({...all, at: 11});
		expect(j.load().state).toBe('finished');
	});

	it('are not recorded again while they stay the same, nor for a batch not in the journal', () => {
		const j = journal();
		expect(recordBatchCounts(j, 'b1', ['T1', 'T2', 'T3'], all, 10)).toBe(true);
		expect(recordBatchCounts(j, 'b1', ['T1', 'T2', 'T3'], all, 20)).toBe(false);
		expect(recordBatchCounts(j, 'b1', ['T1', 'T2', 'T3'], {...all, succeeded: 4, executing: 1}, 30)).toBe(true);
		expect(j.events.filter((e) => e.type === 'counts')).toHaveLength(2);
		expect(recordBatchCounts(j, 'other', ['T1', 'T2', 'T3'], all, 40)).toBe(false);
		expect(recordBatchCounts(j, undefined, ['T1', 'T2', 'T3'], all, 40)).toBe(false);
	});
});
