// The cost a confirmation quotes (core/pricing/cost-quote.ts): the whole estimate, a bound as "at most", and a part never
// as the cost.
import {describe, expect, it} from 'vitest';
import {costQuote} from '../../source/core/pricing/cost-quote.js';
import type {Estimate} from '../../source/core/pricing/estimate.js';

const estimate = (extra: Partial<Estimate>): Estimate => ({
	operation: 'register',
	years: 1,
	currency: 'CNY',
	total: 0,
	lines: [],
	unpriced: [],
	willFail: [],
	complete: true,
	upperBound: false,
	...extra,
});
const lines = (n: number, amount: number) => Array.from({length: n}, (_, i) => ({domain: `n${i}.com`, amount}));

describe('the cost a confirmation quotes', () => {
	it('with 7 of 300 names priced says what is known and what is not, never "about" the part', () => {
		const quote = costQuote(
			estimate({
				total: 483,
				lines: lines(7, 69),
				unpriced: Array.from({length: 293}, (_, i) => `u${i}.com`),
				complete: false,
			}),
			'CNY',
			'en',
		);
		expect(quote).toBe('The cost is not known yet: CNY 483.00 for 7 names; 293 not priced yet.');
		expect(quote).not.toContain('about');
	});

	it('nothing priced: says how many are not priced', () => {
		expect(costQuote(estimate({unpriced: ['a.com', 'b.com'], complete: false}), 'CNY', 'en')).toBe(
			'The cost is not known yet: 2 names are not priced.',
		);
	});

	it('every name priced: about the total; a bound from the suffixes: at most', () => {
		expect(costQuote(estimate({total: 138, lines: lines(2, 69)}), 'CNY', 'en')).toBe('It costs about CNY 138.00.');
		expect(costQuote(estimate({total: 138, lines: lines(2, 69), upperBound: true}), 'CNY', 'en')).toBe(
			'It costs at most CNY 138.00.',
		);
		expect(costQuote(estimate({}), 'CNY', 'en')).toBe('Nothing in it is charged.');
	});
});
