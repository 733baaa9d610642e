import {describe, expect, it} from 'vitest';
import {DETAIL_STATUS} from '../../source/api/task-status.js';
import {YEAR_MS} from '../../source/sandbox/clock.js';
import {premiumPrice, renewalPrice, RENEWAL_TLD_PRICES, TLD_PRICES} from '../../source/sandbox/registry-rules.js';
import {OTHER_ACCOUNT_DOMAINS, RENEWAL_DOMAINS} from '../../source/sandbox/seed.js';
import {paramsForVersion} from '../../source/sandbox/versions.js';
import {allDetails, makeWorld, runToCompletion, START} from './world-helpers.js';

const DAY = 86_400_000;

describe('the renewal picture', () => {
	it('lists the domains that need renewal with QueryType=1, at different days left, some premium', () => {
		const h = makeWorld();
		const rows = h.call('QueryDomainList', {
			PageNum: 1,
			PageSize: 100,
			QueryType: '1',
			OrderKeyType: 'ExpirationDate',
			OrderByType: 'ASC',
		}).Data.Domain;
		expect(rows.map((r) => r.DomainName).sort()).toEqual(RENEWAL_DOMAINS.map(([name]) => name).sort());
		for (const row of rows) expect(row.DomainStatus).toBe('1');
		const days = rows.map((r) => Math.floor((r.ExpirationDateLong! - START) / DAY));
		expect(days).toEqual([...days].sort((a, b) => a - b));
		expect(new Set(days).size).toBeGreaterThanOrEqual(6);
		expect(Math.min(...days)).toBeLessThan(0);
		expect(Math.max(...days)).toBeGreaterThanOrEqual(20);
		expect(
			rows
				.filter((r) => r.Premium)
				.map((r) => r.DomainName)
				.sort(),
		).toEqual(['tea.cn', 'zen.io']);
	});

	it('prices a renewal per suffix with CheckDomain FeeCommand=renew, years times the yearly price', () => {
		const h = makeWorld();
		const check = (DomainName: string, FeePeriod?: number) =>
			h.call('CheckDomain', {DomainName, FeeCommand: 'renew', FeePeriod}).StaticPriceInfo!.PriceInfo[0]!;
		expect(check('expiring-soon.com')).toEqual({action: 'renew', money: RENEWAL_TLD_PRICES.com, period: 12});
		expect(check('expiring-soon.com', 3)).toEqual({action: 'renew', money: 3 * RENEWAL_TLD_PRICES.com!, period: 36});
		expect(RENEWAL_TLD_PRICES.com).not.toBe(TLD_PRICES.com);
		expect(check('some-cn-name.cn').money).toBe(TLD_PRICES.cn);
		expect(check('tea.cn').money).toBe(premiumPrice('tea'));
		h.clock.tick(1000);
		expect(
			h.call('CheckDomain', {DomainName: 'expiring-soon.com', FeeCommand: 'create'}).StaticPriceInfo!.PriceInfo[0]!
				.money,
		).toBe(TLD_PRICES.com);
	});

	it("knows another account's domain as taken, and refuses to renew it for this account", () => {
		const h = makeWorld();
		const [other] = OTHER_ACCOUNT_DOMAINS;
		expect(h.call('CheckDomain', {DomainName: other}).Avail).toBe('0');
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderRenew', {
			OrderRenewParam: [{DomainName: other, CurrentExpirationDate: START + 5 * DAY, SubscriptionDuration: 1}],
		});
		runToCompletion(h, TaskNo);
		const [detail] = allDetails(h, TaskNo);
		expect(detail!.TaskStatus).toBe(DETAIL_STATUS[3]);
		expect(detail!.FailReason).toMatch(/does not exist in this account/);
	});

	it('moves the expiry forward by the years, charges the renewal price, and shows it in both reads', () => {
		const h = makeWorld();
		const before = h.call('QueryDomainByDomainName', {DomainName: 'expiring-soon.com'});
		const balance = h.world.balance;
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderRenew', {
			OrderRenewParam: [
				{DomainName: 'expiring-soon.com', CurrentExpirationDate: before.ExpirationDateLong, SubscriptionDuration: 3},
			],
		});
		expect(allDetails(h, TaskNo)[0]!.TaskType).toBe('ORDER_RENEW');
		runToCompletion(h, TaskNo);
		expect(allDetails(h, TaskNo)[0]!.TaskStatus).toBe(DETAIL_STATUS[2]);
		expect(h.world.balance).toBe(balance - 3 * renewalPrice('expiring-soon.com')!);
		const after = h.call('QueryDomainByDomainName', {DomainName: 'expiring-soon.com'});
		expect(after.ExpirationDateLong).toBe(before.ExpirationDateLong! + 3 * YEAR_MS);
		expect(after.DomainStatus).toBe('3');
		const listed = h.call('QueryDomainList', {PageNum: 1, PageSize: 10, DomainName: 'expiring-soon.com'}).Data
			.Domain[0]!;
		expect(listed.ExpirationDateLong).toBe(after.ExpirationDateLong);
		expect(
			h.call('QueryDomainList', {PageNum: 1, PageSize: 100, QueryType: '1'}).Data.Domain.map((d) => d.DomainName),
		).not.toContain('expiring-soon.com');
	});

	it('fails only the domain with a wrong CurrentExpirationDate, a premium one without permission, one in redemption, and one past ten years', () => {
		const h = makeWorld();
		const expiry = (name: string) => h.call('QueryDomainByDomainName', {DomainName: name}).ExpirationDateLong!;
		const balance = h.world.balance;
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderRenew', {
			OrderRenewParam: [
				{
					DomainName: 'grace-period.net',
					CurrentExpirationDate: expiry('grace-period.net') - DAY,
					SubscriptionDuration: 1,
				},
				{DomainName: 'tea.cn', CurrentExpirationDate: expiry('tea.cn'), SubscriptionDuration: 1},
				{DomainName: 'quiet-harbor.com', CurrentExpirationDate: expiry('quiet-harbor.com'), SubscriptionDuration: 1},
				{DomainName: 'lianyun-tech.cn', CurrentExpirationDate: expiry('lianyun-tech.cn'), SubscriptionDuration: 10},
				{
					DomainName: 'zen.io',
					CurrentExpirationDate: expiry('zen.io'),
					SubscriptionDuration: 1,
					PermitPremiumRenew: true,
				},
			],
		});
		runToCompletion(h, TaskNo);
		const details = new Map(allDetails(h, TaskNo).map((d) => [d.DomainName, d]));
		expect(details.get('grace-period.net')!.FailReason).toMatch(/CurrentExpirationDate does not match/);
		expect(details.get('tea.cn')!.FailReason).toMatch(/PermitPremiumRenew/);
		expect(details.get('quiet-harbor.com')!.FailReason).toMatch(/redemption period/);
		expect(details.get('lianyun-tech.cn')!.FailReason).toMatch(/more than 10 years/);
		expect(details.get('zen.io')!.TaskStatus).toBe(DETAIL_STATUS[2]);
		expect(h.world.balance).toBe(balance - premiumPrice('zen'));
		expect(h.call('QueryDomainByDomainName', {DomainName: 'grace-period.net'}).DomainStatus).toBe('1');
	});

	it('refuses a second renewal of a domain while its first is in flight (TaskIsBeingProcessed)', () => {
		const h = makeWorld();
		const item = {
			DomainName: 'harvest-moon.xyz',
			CurrentExpirationDate: h.call('QueryDomainByDomainName', {DomainName: 'harvest-moon.xyz'}).ExpirationDateLong,
			SubscriptionDuration: 1,
		};
		h.call('SaveBatchTaskForCreatingOrderRenew', {OrderRenewParam: [item]});
		expect(() => h.call('SaveBatchTaskForCreatingOrderRenew', {OrderRenewParam: [item]})).toThrow(
			/TaskIsBeingProcessed|being processed/i,
		);
	});
});

describe('the international product 2017-12-18', () => {
	it("ignores PermitPremiumRenew, which it does not have, leaving the caller's request whole", () => {
		const params = {
			OrderRenewParam: [
				{DomainName: 'zen.io', CurrentExpirationDate: 1, SubscriptionDuration: 1, PermitPremiumRenew: true},
			],
		};
		const intl = paramsForVersion('SaveBatchTaskForCreatingOrderRenew', '2017-12-18', params) as typeof params;
		expect(intl.OrderRenewParam[0]).toEqual({DomainName: 'zen.io', CurrentExpirationDate: 1, SubscriptionDuration: 1});
		expect(params.OrderRenewParam[0]!.PermitPremiumRenew).toBe(true);
		expect(paramsForVersion('SaveBatchTaskForCreatingOrderRenew', '2018-01-29', params)).toBe(params);
	});
});
