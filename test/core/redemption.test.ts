import {describe, expect, it} from 'vitest';
import {lookupRedeemExpiries} from '../../source/core/account/redemption-lookup.js';
import {lookupRedemptionFees} from '../../source/core/pricing/redemption-fee.js';
import {
	byDaysLeft,
	listRedemptionDomains,
	redemptionRow,
	type RedemptionListApi,
} from '../../source/core/account/redemption-list.js';
import {DAY_MS, redemptionDays, redemptionTimeline} from '../../source/api/redemption-period.js';
import {ApiError} from '../../source/api/errors.js';
import {createDomainClient} from '../../source/api/client.js';
import {SANDBOX_CREDENTIALS, startSandbox} from '../../source/sandbox/server.js';

const NOW = Date.UTC(2026, 5, 1);

/** A QueryDomainList that serves `total` domains in pages and records how many pages were in flight at once. */
function pagedApi(total: number, delayMs = 5) {
	let inFlight = 0;
	let most = 0;
	const pages: number[] = [];
	const api: RedemptionListApi = {
		async queryDomainList(params) {
			pages.push(params.PageNum);
			inFlight++;
			most = Math.max(most, inFlight);
			await new Promise((resolve) => setTimeout(resolve, delayMs));
			inFlight--;
			const start = (params.PageNum - 1) * params.PageSize;
			const names = Array.from(
				{length: Math.max(0, Math.min(params.PageSize, total - start))},
				(_, i) => `d${start + i}.com`,
			);
			return {
				RequestId: 'r',
				TotalItemNum: total,
				CurrentPageNum: params.PageNum,
				TotalPageNum: Math.ceil(total / params.PageSize),
				PageSize: params.PageSize,
				Data: {
					Domain: names.map((DomainName, i) => ({
						DomainName,
						DomainStatus: '2',
						ExpirationDateLong: NOW - 40 * DAY_MS + i,
					})),
				},
			};
		},
	} as RedemptionListApi;
	return {api, pages, most: () => most};
}

describe('the redemption timeline', () => {
	it('knows the grace period, the redemption period per TLD, and pending delete', () => {
		expect(redemptionDays('com')).toBe(29);
		expect(redemptionDays('cn')).toBe(14);
		expect(redemptionDays('com.cn')).toBe(14);
		expect(redemptionDays('hk')).toBe(59);
		const expiry = NOW - 45 * DAY_MS;
		expect(redemptionTimeline('a.com', expiry, NOW)).toMatchObject({phase: 'redemption', daysLeft: 14});
		expect(redemptionTimeline('a.cn', expiry, NOW).phase).toBe('pending-delete');
		expect(redemptionTimeline('a.com', NOW - 10 * DAY_MS, NOW).phase).toBe('grace');
		expect(redemptionTimeline('a.com', NOW - 70 * DAY_MS, NOW).phase).toBe('deleted');
		// The last day of the period says 0 days left; the next instant is pending delete.
		const last = redemptionTimeline('a.com', NOW - 59 * DAY_MS + 1, NOW);
		expect(last).toMatchObject({phase: 'redemption', daysLeft: 0});
		expect(redemptionTimeline('a.com', NOW - 59 * DAY_MS, NOW).phase).toBe('pending-delete');
	});

	it('sorts soonest deadline first, and what cannot be redeemed last', () => {
		const rows = [
			redemptionRow({name: 'late.com', expiryMs: NOW - 31 * DAY_MS, status: '2'}, NOW),
			redemptionRow({name: 'gone.com', expiryMs: NOW - 60 * DAY_MS, status: '2'}, NOW),
			redemptionRow({name: 'soon.com', expiryMs: NOW - 58 * DAY_MS, status: '2'}, NOW),
		];
		expect(rows.sort(byDaysLeft).map((r) => r.name)).toEqual(['soon.com', 'late.com', 'gone.com']);
		expect(rows[2]!.blocked).toBe('pending-delete');
	});
});

describe('listing the redemption period', () => {
	it('reads every page, a few at a time, in order', async () => {
		const {api, pages, most} = pagedApi(950);
		const list = await listRedemptionDomains(api, {concurrency: 3});
		expect(list).toHaveLength(950);
		expect(list[0]!.name).toBe('d0.com');
		expect(list[949]!.name).toBe('d949.com');
		expect(pages.sort((a, b) => a - b)).toEqual(Array.from({length: 10}, (_, i) => i + 1));
		expect(most()).toBeLessThanOrEqual(3);
		expect(most()).toBeGreaterThan(1);
	});

	it('one page is one call; an empty account is an empty list', async () => {
		const one = pagedApi(12);
		expect(await listRedemptionDomains(one.api)).toHaveLength(12);
		expect(one.pages).toEqual([1]);
		expect(await listRedemptionDomains(pagedApi(0).api)).toEqual([]);
	});

	it('fails as a whole when a page fails, rather than returning part of the list', async () => {
		const {api} = pagedApi(350);
		const failing = {
			queryDomainList: (params: Parameters<RedemptionListApi['queryDomainList']>[0]) =>
				params.PageNum === 3
					? Promise.reject(new ApiError({Code: 'ServiceUnavailable', Message: 'down'}, 503))
					: api.queryDomainList(params),
		} as RedemptionListApi;
		await expect(listRedemptionDomains(failing)).rejects.toThrow(/down|ServiceUnavailable/);
	});
});

describe('against the sandbox', () => {
	it('fees per TLD from CheckDomain restore, and typed names checked against the same list with their status', async () => {
		const sandbox = await startSandbox({port: 0, quiet: true});
		try {
			const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
			const known = await listRedemptionDomains(client, {pageSize: 7});
			expect(known.length).toBe(27);
			const checked: string[] = [];
			const counting = {
				checkDomain: (p: {DomainName: string; FeeCommand?: 'restore'}) => (
					checked.push(p.DomainName),
					client.checkDomain(p)
				),
			} as never;
			const fees = await lookupRedemptionFees(
				counting,
				known.map((d) => d.name),
			);
			expect(fees.get('com')).toBe(1200);
			expect(fees.get('cn')).toBe(1200);
			// One call per TLD, not per name.
			expect(checked.length).toBe(new Set(known.map((d) => d.name.slice(d.name.indexOf('.') + 1))).size);

			const lookup = await lookupRedeemExpiries(
				client,
				[
					{name: 'quiet-harbor.com'},
					{name: 'spring-promo-2023.com'},
					{name: 'lianyun-tech.com'},
					{name: 'grace-period.net'},
				],
				2,
				{known},
			);
			expect(lookup.ready.map((r) => r.name)).toEqual(['quiet-harbor.com']);
			expect(lookup.ready[0]!.expiryMs).toBe(known.find((d) => d.name === 'quiet-harbor.com')!.expiryMs);
			const refused = new Map(lookup.refused.map((r) => [r.name, r.reason]));
			expect(refused.get('spring-promo-2023.com')).toMatch(/pending delete/);
			expect(refused.get('lianyun-tech.com')).toMatch(/not in its redemption period: it is not expired/);
			expect(refused.get('grace-period.net')).toMatch(/not in its redemption period: it needs renewal/);
		} finally {
			await sandbox.close();
		}
	});
});
