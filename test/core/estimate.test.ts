import {describe, expect, it} from 'vitest';
import type {CheckResult} from '../../source/core/pricing/availability.js';
import {checkBudget, estimateCost, parseAmount} from '../../source/core/pricing/estimate.js';
import {formatMoney} from '../../source/core/words/money.js';

const checks: Record<string, CheckResult> = {
	'plain.com': {name: 'plain.com', availability: 'available', yearlyPrice: 69, currency: 'CNY'},
	'abc.com': {name: 'abc.com', availability: 'premium', price: 12_000, yearlyPrice: 12_000, currency: 'CNY'},
	'nike-fan.com': {name: 'nike-fan.com', availability: 'available', yearlyPrice: 69, trademark: true, currency: 'CNY'},
	'taken-x.com': {name: 'taken-x.com', availability: 'taken'},
	'demo.museum': {name: 'demo.museum', availability: 'unavailable'},
	'flaky.com': {name: 'flaky.com', availability: 'error', reason: 'Throttling.User'},
	'cheap.top': {name: 'cheap.top', availability: 'available', yearlyPrice: 9.9, currency: 'CNY'},
};

const register = (domains: string[], options: {years?: number; premium?: boolean; trademark?: boolean} = {}) =>
	estimateCost({
		operation: 'register',
		domains,
		years: options.years ?? 1,
		premium: options.premium ?? false,
		trademark: options.trademark ?? false,
		checks,
	});

describe('estimateCost', () => {
	it('3 years with premium allowed: every price, the premium one included, times three', () => {
		const estimate = register(['plain.com', 'abc.com'], {years: 3, premium: true});
		expect(estimate).toMatchObject({
			total: 36_207,
			currency: 'CNY',
			years: 3,
			complete: true,
			willFail: [],
			unpriced: [],
		});
		expect(estimate.lines).toEqual([
			{domain: 'plain.com', amount: 207},
			{domain: 'abc.com', amount: 36_000},
		]);
		// The one-year figure is a third of it: the bug the review had.
		expect(register(['plain.com', 'abc.com'], {years: 1, premium: true}).total * 3).toBe(estimate.total);
	});

	it('a premium or trademark name without permission, a taken or unavailable one, fails and is not priced', () => {
		const estimate = register(['plain.com', 'abc.com', 'nike-fan.com', 'taken-x.com', 'demo.museum'], {years: 2});
		expect(estimate.total).toBe(138);
		expect(estimate.willFail).toEqual([
			{domain: 'abc.com', kind: 'premium'},
			{domain: 'nike-fan.com', kind: 'trademark'},
			{domain: 'taken-x.com', kind: 'taken'},
			{domain: 'demo.museum', kind: 'unavailable'},
		]);
		expect(register(['nike-fan.com'], {trademark: true}).total).toBe(69);
	});

	it('lists what it could not price instead of guessing, and sums in cents', () => {
		const estimate = register(['plain.com', 'flaky.com', 'never-checked.com', 'cheap.top', 'cheap.top'], {years: 3});
		expect(estimate.unpriced).toEqual(['flaky.com', 'never-checked.com']);
		expect(estimate.complete).toBe(false);
		// 9.9 × 3 twice is 59.40 exactly, not 59.400000000000006.
		expect(estimate.total).toBe(207 + 59.4);
	});

	it('a redemption costs its fee, whatever the years', () => {
		const fees: Record<string, CheckResult> = {
			'forgot.com': {name: 'forgot.com', availability: 'available', fee: 1200, currency: 'CNY'},
			'lost.net': {name: 'lost.net', availability: 'available', fee: 1200, currency: 'CNY'},
		};
		const estimate = estimateCost({
			operation: 'redeem',
			domains: ['forgot.com', 'lost.net', 'other.org'],
			years: 5,
			premium: false,
			trademark: false,
			checks: fees,
		});
		expect(estimate).toMatchObject({
			total: 2400,
			years: 1,
			unpriced: ['other.org'],
			lines: [
				{domain: 'forgot.com', amount: 1200},
				{domain: 'lost.net', amount: 1200},
			],
		});
	});
});

describe('checkBudget', () => {
	const estimate = estimateCost({
		operation: 'register',
		domains: ['a.io', 'b.io', 'c.com', 'd.io'],
		years: 1,
		premium: false,
		trademark: false,
		checks: {
			'a.io': {name: 'a.io', availability: 'available', yearlyPrice: 320, currency: 'CNY'},
			'b.io': {name: 'b.io', availability: 'available', yearlyPrice: 320, currency: 'CNY'},
			'c.com': {name: 'c.com', availability: 'available', yearlyPrice: 69, currency: 'CNY'},
			'd.io': {name: 'd.io', availability: 'available', yearlyPrice: 320, currency: 'CNY'},
		},
	});

	it('over the balance: the domains short of money are charged in order, as the registry does', () => {
		// 1,029 against 700: a.io and b.io leave 60, c.com (69) and d.io (320) do not fit.
		expect(checkBudget(estimate, {amount: 700, currency: 'CNY'})).toEqual({
			left: -329,
			currencyMismatch: false,
			overBalance: true,
			shortOf: ['c.com', 'd.io'],
			overMaxSpend: false,
		});
		// With 720 c.com fits after the two .io names, and only d.io is short.
		expect(checkBudget(estimate, {amount: 720, currency: 'CNY'}).shortOf).toEqual(['d.io']);
		expect(checkBudget(estimate, {amount: 5000, currency: 'CNY'})).toMatchObject({
			left: 3971,
			overBalance: false,
			shortOf: [],
		});
	});

	it('--max-spend, an unknown balance and another currency', () => {
		expect(checkBudget(estimate, undefined, 1000).overMaxSpend).toBe(true);
		expect(checkBudget(estimate, undefined, 1029).overMaxSpend).toBe(false);
		expect(checkBudget(estimate, undefined)).toEqual({
			currencyMismatch: false,
			overBalance: false,
			shortOf: [],
			overMaxSpend: false,
		});
		expect(checkBudget(estimate, {amount: 10, currency: 'USD'})).toEqual({
			currencyMismatch: true,
			overBalance: false,
			shortOf: [],
			overMaxSpend: false,
		});
	});
});

describe('money for people', () => {
	it('says the currency by its code, the same in English and Chinese, for CNY and USD', () => {
		expect(formatMoney(241_183, 'CNY', 'en')).toBe('CNY 241,183.00');
		expect(formatMoney(241_183, 'CNY', 'zh')).toBe('CNY 241,183.00');
		expect(formatMoney(1234.5, 'USD', 'en')).toBe('USD 1,234.50');
		expect(formatMoney(1234.5, 'USD', 'zh')).toBe('USD 1,234.50');
		expect(formatMoney(5, 'XYZ1', 'en')).toBe('XYZ1 5.00');
	});

	it('drops the decimals only when asked (price columns), still saying the currency', () => {
		expect(formatMoney(1200, 'CNY', 'en', {whole: true})).toBe('CNY 1,200');
		expect(formatMoney(1200, 'CNY', 'zh', {whole: true})).toBe('CNY 1,200');
		expect(formatMoney(89.99, 'USD', 'en', {whole: true})).toBe('USD 90');
		expect(formatMoney(5, 'XYZ1', 'en', {whole: true})).toBe('XYZ1 5');
	});

	it('reads --max-spend amounts', () => {
		expect(parseAmount('5000')).toEqual({ok: true, value: 5000});
		expect(parseAmount('1,234.50')).toEqual({ok: true, value: 1234.5});
		for (const bad of ['0', '-5', '12.345', 'ten', '', '1e6']) expect(parseAmount(bad).ok).toBe(false);
	});
});
