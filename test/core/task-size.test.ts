import {describe, expect, it} from 'vitest';
import {
	DEFAULT_BATCH_SIZE,
	MAX_BATCH_SIZE,
	parseBatchSize,
	parseYears,
	planBatches,
	validateBatchSize,
} from '../../source/core/order/task-size.js';

describe('cutting a batch into tasks', () => {
	it('keeps every domain once, in order, in chunks of the batch size with a shorter last one', () => {
		const domains = Array.from({length: 250}, (_, i) => `launch-${i}.com`);
		const chunks = planBatches(domains, 100);
		expect(chunks.map((c) => c.length)).toEqual([100, 100, 50]);
		expect(chunks.flat()).toEqual(domains);
	});

	it('uses the default size when none is given, and plans nothing for nothing', () => {
		const chunks = planBatches(Array.from({length: DEFAULT_BATCH_SIZE + 1}, (_, i) => i));
		expect(chunks.map((c) => c.length)).toEqual([DEFAULT_BATCH_SIZE, 1]);
		expect(planBatches([], 10)).toEqual([]);
	});

	it('allows one domain per task up to the maximum, and refuses sizes outside that', () => {
		expect(planBatches(['a.com', 'b.com'], 1)).toEqual([['a.com'], ['b.com']]);
		expect(
			planBatches(
				Array.from({length: MAX_BATCH_SIZE}, (_, i) => i),
				MAX_BATCH_SIZE,
			),
		).toHaveLength(1);
		expect(() => planBatches(['a.com'], 0)).toThrow(RangeError);
		expect(() => planBatches(['a.com'], MAX_BATCH_SIZE + 1)).toThrow(/out of range/);
		expect(() => planBatches(['a.com'], 2.5)).toThrow(/whole number/);
	});
});

describe('typing a batch size', () => {
	it('accepts 1 to the maximum', () => {
		expect(parseBatchSize(' 250 ')).toEqual({ok: true, value: 250});
		expect(validateBatchSize(MAX_BATCH_SIZE)).toEqual({ok: true, value: MAX_BATCH_SIZE});
	});

	it.each([
		['0', '0 is out of range; choose 1 to 1000 domains per task'],
		['1001', '1001 is out of range; choose 1 to 1000 domains per task'],
		['-5', '-5 is out of range; choose 1 to 1000 domains per task'],
		['12.5', '12.5 is not a whole number; choose 1 to 1000 domains per task'],
		['lots', "'lots' is not a number; choose 1 to 1000 domains per task"],
		['', 'no value given; choose 1 to 1000 domains per task'],
	])('refuses %j: %s', (text, reason) => {
		expect(parseBatchSize(text)).toEqual({ok: false, reason});
	});
});

describe('typing the years to register for', () => {
	it('accepts 1 to 10', () => {
		expect(parseYears('1')).toEqual({ok: true, value: 1});
		expect(parseYears('10')).toEqual({ok: true, value: 10});
	});

	it.each([
		['0', '0 is out of range; choose 1 to 10 years'],
		['11', '11 is out of range; choose 1 to 10 years'],
		['1.5', '1.5 is not a whole number; choose 1 to 10 years'],
		['two', "'two' is not a number; choose 1 to 10 years"],
		['1e400', "'1e400' is too large; choose 1 to 10 years"],
	])('refuses %j: %s', (text, reason) => {
		expect(parseYears(text)).toEqual({ok: false, reason});
	});
});
