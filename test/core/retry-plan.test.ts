import {describe, expect, it} from 'vitest';
import {classifyFailure, planRetry} from '../../source/core/order/retry-plan.js';
import {inLang} from '../../source/sandbox/texts-zh.js';

// The sandbox's failure texts, as the task details give them; each also in Chinese (Lang=zh).
const TEXTS: Array<[string, ReturnType<typeof classifyFailure>]> = [
	['The domain name has already been registered.', 'taken'],
	['The domain name is not available.', 'taken'],
	['Purchase record exists for the domain name in Aliyun', 'owned'],
	['The domain name suffix is not supported.', 'unsupported'],
	['This domain name suffix cannot be registered through Alibaba Cloud.', 'unsupported'],
	['The domain name does not follow the naming rules of the registry.', 'unsupported'],
	['The domain name is a premium domain name.', 'premium'],
	['Premium domain names can be registered only with PermitPremiumActivation set to true.', 'premium'],
	[
		'The domain name contains the protected trademark "nike"; register it only with TrademarkDomainActivation set to true.',
		'trademark',
	],
	['Insufficient account balance.', 'balance'],
	['The available balance of the account is insufficient to pay for the order.', 'balance'],
	['The CurrentExpirationDate does not match the expiration date of the domain name (1735689600000).', 'expiry'],
	['The domain name is not in its redemption period.', 'not-redeemable'],
	['The domain does not exist in this account.', 'not-redeemable'],
	['The domain name cannot be renewed.', 'not-renewable'],
	['The renewal period is too long.', 'not-renewable'],
	['Premium domain names can be renewed only with PermitPremiumRenew set to true.', 'premium'],
	['The registry did not respond in time. The task will be retried.', 'transient'],
	['Registry connection timed out.', 'transient'],
];

describe('classifyFailure', () => {
	it('a renewal: one in redemption or past ten years is left out, a premium one comes back asked about (never allowed by itself), and expiries are looked up again', () => {
		const plan = planRetry('renew', [
			{domain: 'a.com', error: 'The domain name cannot be renewed.'},
			{domain: 'tea.cn', error: 'The domain name is a premium domain name.'},
		]);
		expect(plan.leftOut.map((x) => [x.domain, x.cause])).toEqual([['a.com', 'not-renewable']]);
		expect(plan.retry).toEqual(['tea.cn']);
		expect(plan.ask).toEqual({premium: ['tea.cn'], trademark: []});
		expect(plan.useAccountExpiry).toBe(true);
	});

	it.each(TEXTS)('%s → %s, in English and Chinese', (message, cause) => {
		expect(classifyFailure(message)).toBe(cause);
		expect(classifyFailure(inLang(message, 'zh'))).toBe(cause);
	});

	it('treats a missing or unknown reason as passing: it is retried, never silently dropped', () => {
		expect(classifyFailure(undefined)).toBe('transient');
		expect(classifyFailure('Something new went wrong.')).toBe('transient');
	});
});

describe('planRetry', () => {
	it('leaves permanent failures out, brings fixable ones back with the fix, retries passing ones', () => {
		const plan = planRetry('register', [
			{domain: 'taken-1.com', error: 'The domain name has already been registered.'},
			{
				domain: 'p01.com',
				error: 'Premium domain names can be registered only with PermitPremiumActivation set to true.',
			},
			{
				domain: 'nike-fan-1.com',
				error:
					'The domain name contains the protected trademark "nike"; register it only with TrademarkDomainActivation set to true.',
			},
			{domain: 'rich-1.com', error: 'Insufficient account balance.'},
			{domain: 'slow-1.com', error: 'Registry connection timed out.'},
			{domain: 'weird.xyz', error: 'The domain name suffix is not supported.'},
		]);
		expect(plan.retry).toEqual(['p01.com', 'nike-fan-1.com', 'rich-1.com', 'slow-1.com']);
		expect(plan.leftOut.map((x) => [x.domain, x.cause])).toEqual([
			['taken-1.com', 'taken'],
			['weird.xyz', 'unsupported'],
		]);
		// Premium and trademark are asked about in the review, never turned on by the retry.
		expect(plan.ask).toEqual({premium: ['p01.com'], trademark: ['nike-fan-1.com']});
		expect(plan.needsBalance).toBe(true);
		expect(plan.useAccountExpiry).toBe(false);
	});

	it("redeem: a wrong expiry comes back with the account's looked up; not redeemable is left out", () => {
		const plan = planRetry('redeem', [
			{domain: 'a.com', error: 'The CurrentExpirationDate does not match the expiration date of the domain name (1).'},
			{domain: 'b.com', error: 'The domain name is not in its redemption period.'},
		]);
		expect(plan.retry).toEqual(['a.com']);
		expect(plan.leftOut).toEqual([
			{domain: 'b.com', cause: 'not-redeemable', error: 'The domain name is not in its redemption period.'},
		]);
		expect(plan.ask).toEqual({premium: [], trademark: []});
		expect(plan.useAccountExpiry).toBe(true);
	});
});
