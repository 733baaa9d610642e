// The terms an estimate follows, by one rule for the wizard, the command line and a journaled batch
// (core/order/order-money.ts orderTerms).
import {describe, expect, it} from 'vitest';
import {orderTerms, termsOf} from '../../source/core/order/order-money.js';

describe('orderTerms', () => {
	it('a redemption is one fee and never premium or trademark, whatever the options say', () => {
		expect(orderTerms('redeem', {years: 3, premium: true, trademark: true})).toEqual({
			operation: 'redeem',
			years: 1,
			premium: false,
			trademark: false,
		});
	});

	it('only a registration has the trademark guard; a renewal keeps its years and premium', () => {
		expect(orderTerms('renew', {years: 2, premium: true, trademark: true})).toEqual({
			operation: 'renew',
			years: 2,
			premium: true,
			trademark: false,
		});
		expect(orderTerms('register', {years: 5, premium: false, trademark: true}).trademark).toBe(true);
	});

	it('damaged recorded options read as the safe defaults: one year, no premium', () => {
		expect(orderTerms('register', {years: '5', premium: 'yes'})).toMatchObject({years: 1, premium: false});
	});

	it('an order input follows the same rule', () => {
		expect(termsOf({operation: 'renew', entries: [], renew: {years: 4, premium: true}})).toEqual({
			operation: 'renew',
			years: 4,
			premium: true,
			trademark: false,
		});
	});
});
