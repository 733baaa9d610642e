// The upper bound of a registration without premium allowed (core/pricing/estimate.ts boundCost) is never below what the
// sandbox charges for the same batch: standard names at their suffix's price, premium, taken and trademark names
// failing at no cost. Priced and ordered over signed HTTP; the tasks run on the sandbox's injected clock.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {boundCost} from '../../source/core/pricing/estimate.js';
import {priceSuffixes} from '../../source/core/pricing/suffix-price.js';
import {DEFAULT_PROFILE_ID} from '../../source/sandbox/seed.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

let clock = Date.now();
let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({port: 0, quiet: true, now: () => clock});
});
afterAll(() => sandbox.close());

const client = () => createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});

async function charged(names: string[], years: number, trademark: boolean): Promise<number> {
	const before = sandbox.world.balance;
	await client().saveBatchTaskForCreatingOrderActivate({
		OrderActivateParam: names.map((DomainName) => ({
			DomainName,
			RegistrantProfileId: DEFAULT_PROFILE_ID,
			SubscriptionDuration: years,
			TrademarkDomainActivation: trademark,
		})),
	});
	for (let i = 0; i < 60 && (i === 0 || sandbox.world.activeTaskCount > 0); i++) {
		clock += 5_000;
		sandbox.world.advance();
	}
	expect(sandbox.world.activeTaskCount).toBe(0);
	return Math.round((before - sandbox.world.balance) * 100) / 100;
}

describe('the bound from one price per suffix', () => {
	it.each([
		{
			names: [
				'bound-plain.com',
				'bound-other.com',
				'ab.com',
				'taken-bound.com',
				'nike-bound.com',
				'bound-plain.net',
				'bound-plain.cn',
			],
			years: 2,
			trademark: false,
		},
		{names: ['bound-tm.com', 'lego-bound.net', 'xy.net', 'bound-three.org'], years: 1, trademark: true},
		// Every name asked for .com is premium: the dearest price stands in, still a bound.
		{names: ['cd.com', 'ef.com', 'gh.com', 'bound-after.com'], years: 1, trademark: false},
	])('is never below what the sandbox charges ($names.0, $years years)', async ({names, years, trademark}) => {
		const suffixPrices = await priceSuffixes(client(), names, {years, currency: 'CNY'});
		const bound = boundCost({domains: names, years, trademark, suffixPrices});
		expect(bound).toMatchObject({upperBound: true, complete: true, currency: 'CNY'});
		const cost = await charged(names, years, trademark);
		expect(cost).toBeGreaterThan(0);
		expect(bound.total).toBeGreaterThanOrEqual(cost);
	});

	it('counts a name the availability check found failing as failing, and an unpriced suffix as unknown', () => {
		const bound = boundCost({
			domains: ['a-known.com', 'taken-known.com', 'ab.com', 'odd.unknown'],
			years: 1,
			trademark: false,
			suffixPrices: {com: {amount: 69, currency: 'CNY'}},
			checks: {
				'taken-known.com': {name: 'taken-known.com', availability: 'taken'},
				'ab.com': {name: 'ab.com', availability: 'premium', yearlyPrice: 48_000},
			},
		});
		expect(bound).toMatchObject({total: 69, complete: false, unpriced: ['odd.unknown'], upperBound: true});
		expect(bound.willFail).toEqual([
			{domain: 'taken-known.com', kind: 'taken'},
			{domain: 'ab.com', kind: 'premium'},
		]);
	});
});
