// Pricing at the speed of the batch: CheckDomain calls in flight at the account's pace (injected clock), the batch
// price API learning its item limit against the sandbox, and the fallback to CheckDomain when the account is
// refused the batch API, remembered for the account.
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {ApiError} from '../../source/api/errors.js';
import {createRateLimiter} from '../../source/api/rate-limit.js';
import {RATE_LIMITS, type RequestOf} from '../../source/api/schema.js';
import {checkAvailability, type AvailabilityApi} from '../../source/core/pricing/availability.js';
import {batchPriceRefusal} from '../../source/core/pricing/batch-price.js';
import {secondsLeft} from '../../source/core/pricing/in-flight.js';
import {lookupRedemptionFees, tldOf} from '../../source/core/pricing/redemption-fee.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

describe('CheckDomain in flight', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('keeps several requests in flight, so slow answers do not divide the rate', async () => {
		vi.useFakeTimers({now: 0});
		const limiter = createRateLimiter(RATE_LIMITS, {
			now: () => Date.now(),
			sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
		});
		const starts: number[] = [];
		let inFlight = 0;
		let most = 0;
		// Each answer takes two seconds; the limiter paces the requests, as the client's does.
		const api: AvailabilityApi = {
			checkDomain: (async (params: RequestOf<'CheckDomain'>) => {
				await limiter.take('CheckDomain');
				starts.push(Date.now());
				most = Math.max(most, ++inFlight);
				await new Promise((resolve) => setTimeout(resolve, 2_000));
				inFlight--;
				return {
					RequestId: 'r',
					DomainName: params.DomainName,
					Avail: '1',
					Premium: 'false',
					StaticPriceInfo: {PriceInfo: [{action: 'activate', money: 69, period: 12}]},
				};
			}) as never,
		};
		const names = Array.from({length: 60}, (_, i) => `paced-${i}.com`);
		const running = checkAvailability(api, names, {currency: 'CNY'});
		await vi.runAllTimersAsync();
		const results = await running;
		expect(results.map((r) => r.yearlyPrice)).toEqual(names.map(() => 69));
		// Never faster than the limit (a tenth under it)…
		for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(109);
		// …and the whole list in about names ÷ limit, not names × latency.
		expect(most).toBeGreaterThanOrEqual(15);
		expect(Date.now()).toBeLessThanOrEqual(1.15 * (names.length / 10) * 1000 + 2_000);
	});
});

describe('time left', () => {
	it('is worked out from the rate observed so far, and unknown before anything is done', () => {
		expect(secondsLeft(0, 100, 0, 5_000)).toBeUndefined();
		// 10 done in 2 s: 90 more at 5 a second.
		expect(secondsLeft(10, 100, 1_000, 3_000)).toBe(18);
		expect(secondsLeft(100, 100, 0, 9_000)).toBe(0);
	});
});

describe('the batch price API against the sandbox', () => {
	let sandbox: RunningSandbox;
	let without: RunningSandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({port: 0, quiet: true});
		without = await startSandbox({port: 0, quiet: true, without: ['QueryDomainRealTimePrice']});
	});
	afterAll(async () => {
		await sandbox.close();
		await without.close();
	});

	function counted(url: string) {
		const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: url, retry: {retries: 0}});
		const counts = {batch: 0, items: 0, check: 0};
		const api: AvailabilityApi = {
			accessKeyId: client.accessKeyId,
			endpoint: client.endpoint,
			queryDomainRealTimePrice: (params, options) => {
				counts.batch++;
				counts.items += (JSON.parse(params.DomainItem) as unknown[]).length;
				return client.queryDomainRealTimePrice(params, options);
			},
			checkDomain: (params, options) => {
				counts.check++;
				return client.checkDomain(params, options);
			},
		};
		return {api, counts};
	}

	it('prices many names per call, learning the item limit from the refusal, and never asks CheckDomain', async () => {
		const {api, counts} = counted(sandbox.url);
		const names = [
			...Array.from({length: 447}, (_, i) => `many-${i}.com`),
			'ab.com',
			'taken-many.com',
			'lego-many.net',
		];
		const results = await checkAvailability(api, names, {currency: 'CNY'});
		expect(results.map((r) => r.name)).toEqual(names);
		const by = new Map(results.map((r) => [r.name, r]));
		expect(by.get('many-0.com')).toMatchObject({
			availability: 'available',
			yearlyPrice: 69,
			periodPrice: 69,
			currency: 'CNY',
		});
		expect(by.get('ab.com')).toMatchObject({availability: 'premium', yearlyPrice: 48_000});
		expect(by.get('taken-many.com')).toMatchObject({availability: 'taken'});
		expect(by.get('lego-many.net')).toMatchObject({availability: 'available', trademark: true, yearlyPrice: 79});
		expect(counts.check).toBe(0);
		// 20, 40, 80 accepted, 160 refused (the sandbox takes 100), then 80 at a time: a handful of calls.
		expect(counts.batch).toBeLessThan(12);
		const years = await checkAvailability(api, ['three-years.com'], {currency: 'CNY', years: 3});
		expect(years[0]).toMatchObject({periodPrice: 207, yearlyPrice: 69, years: 3});
	});

	it('falls back to CheckDomain where the endpoint lacks it, and remembers that for the account', async () => {
		const {api, counts} = counted(without.url);
		const first = await checkAvailability(api, ['fb-one.com', 'ab.com', 'taken-fb.com'], {currency: 'CNY'});
		expect(first.map((r) => r.availability)).toEqual(['available', 'premium', 'taken']);
		expect(first[0]!.yearlyPrice).toBe(69);
		expect(counts).toMatchObject({batch: 1, check: 3});
		expect(batchPriceRefusal(api)).toBe('InvalidAction.NotFound');
		// Another client for the same account does not ask again.
		const again = counted(without.url);
		await checkAvailability(again.api, ['fb-two.com', 'fb-three.com'], {currency: 'CNY'});
		expect(again.counts).toMatchObject({batch: 0, check: 2});
	});

	it('one limiter for every caller of the account: the availability check and the redemption fees at once are never throttled', async () => {
		// Two clients for one account, without retries: a call over CheckDomain's 10 a second would fail as Throttling.User.
		const a = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: without.url, retry: {retries: 0}});
		const b = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: without.url, retry: {retries: 0}});
		const redemption = (await a.queryDomainList({PageNum: 1, PageSize: 50, QueryType: '2'})).Data.Domain.map(
			(d) => d.DomainName,
		);
		const [checks, fees] = await Promise.all([
			checkAvailability(
				a,
				Array.from({length: 14}, (_, i) => `shared-${i}.com`),
				{currency: 'CNY'},
			),
			lookupRedemptionFees(b, redemption),
		]);
		expect(checks.map((r) => r.availability)).toEqual(checks.map(() => 'available'));
		expect(fees.size).toBe(new Set(redemption.map(tldOf)).size);
		expect(fees.size).toBeGreaterThan(1);
	});

	it('falls back on Forbidden.RAM and NoPermission too, but not on a passing failure', async () => {
		for (const code of ['Forbidden.RAM', 'NoPermission']) {
			let checks = 0;
			const api: AvailabilityApi = {
				queryDomainRealTimePrice: async () => {
					throw new ApiError({Code: code, Message: 'denied'}, 403);
				},
				checkDomain: (async (params: RequestOf<'CheckDomain'>) => {
					checks++;
					return {
						RequestId: 'r',
						DomainName: params.DomainName,
						Avail: '1',
						Premium: 'false',
						StaticPriceInfo: {PriceInfo: [{action: 'activate', money: 69, period: 12}]},
					};
				}) as never,
			};
			const results = await checkAvailability(api, ['ram-a.com', 'ram-b.com'], {});
			expect(results.map((r) => r.yearlyPrice)).toEqual([69, 69]);
			expect(checks).toBe(2);
			expect(batchPriceRefusal(api)).toBe(code);
		}
		let batchCalls = 0;
		const flaky: AvailabilityApi = {
			queryDomainRealTimePrice: async () => {
				batchCalls++;
				throw new ApiError({Code: 'ServiceUnavailable', Message: 'down'}, 503);
			},
			checkDomain: (async (params: RequestOf<'CheckDomain'>) => ({
				RequestId: 'r',
				DomainName: params.DomainName,
				Avail: '0',
				Premium: 'false',
			})) as never,
		};
		expect((await checkAvailability(flaky, ['down-a.com'], {}))[0]!.availability).toBe('taken');
		expect(batchPriceRefusal(flaky)).toBeUndefined();
		await checkAvailability(flaky, ['down-b.com'], {});
		expect(batchCalls).toBe(2);
	});
});
