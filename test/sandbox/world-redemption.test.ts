import {describe, expect, it} from 'vitest';
import {redemptionTimeline} from '../../source/api/redemption-period.js';
import {DETAIL_STATUS} from '../../source/api/task-status.js';
import {REDEMPTION_FEE} from '../../source/sandbox/registry-rules.js';
import {LARGE_EXTRA_REDEMPTION, PENDING_DELETE_DOMAINS, REDEMPTION_DOMAINS} from '../../source/sandbox/seed.js';
import {allDetails, makeWorld, runToCompletion, START} from './world-helpers.js';

describe('the redemption picture', () => {
	it('pages QueryType=2 like any list: every domain once, TotalItemNum and TotalPageNum agree', () => {
		const h = makeWorld();
		const first = h.call('QueryDomainList', {PageNum: 1, PageSize: 10, QueryType: '2'});
		expect(first.TotalItemNum).toBe(REDEMPTION_DOMAINS.length + PENDING_DELETE_DOMAINS.length);
		expect(first.TotalPageNum).toBe(Math.ceil(first.TotalItemNum / 10));
		expect(first.NextPage).toBe(true);
		const names: string[] = [];
		for (let page = 1; page <= first.TotalPageNum; page++) {
			names.push(
				...h
					.call('QueryDomainList', {PageNum: page, PageSize: 10, QueryType: '2'})
					.Data.Domain.map((d) => d.DomainName),
			);
		}
		expect(names).toHaveLength(first.TotalItemNum);
		expect(new Set(names).size).toBe(names.length);
		const past = h.call('QueryDomainList', {PageNum: first.TotalPageNum + 1, PageSize: 10, QueryType: '2'});
		expect(past.Data.Domain).toEqual([]);
	});

	it('the large seed adds a few hundred domains in redemption, some in pending delete, with distinct names', () => {
		const h = makeWorld({seed: 'large'});
		const answer = h.call('QueryDomainList', {PageNum: 1, PageSize: 1000, QueryType: '2'});
		expect(answer.TotalItemNum).toBe(
			REDEMPTION_DOMAINS.length + PENDING_DELETE_DOMAINS.length + LARGE_EXTRA_REDEMPTION,
		);
		expect(LARGE_EXTRA_REDEMPTION).toBeGreaterThanOrEqual(300);
		const phases = answer.Data.Domain.map((d) => redemptionTimeline(d.DomainName, d.ExpirationDateLong!, START).phase);
		expect(phases.filter((p) => p === 'pending-delete').length).toBeGreaterThan(PENDING_DELETE_DOMAINS.length);
		expect(phases.filter((p) => p !== 'redemption' && p !== 'pending-delete')).toEqual([]);
		expect(new Set(answer.Data.Domain.map((d) => d.DomainName)).size).toBe(answer.TotalItemNum);
		// The standard seed is untouched by the option.
		expect(makeWorld().call('QueryDomainList', {PageNum: 1, PageSize: 1, QueryType: '2'}).TotalItemNum).toBe(
			REDEMPTION_DOMAINS.length + PENDING_DELETE_DOMAINS.length,
		);
	});

	it('a domain in pending delete is listed, but its redeem fails for that domain alone, charging nothing', () => {
		const h = makeWorld();
		const [pendingName] = PENDING_DELETE_DOMAINS[0]!;
		const pending = h.call('QueryDomainByDomainName', {DomainName: pendingName});
		const fine = h.call('QueryDomainByDomainName', {DomainName: 'quiet-harbor.com'});
		const before = h.world.balance;
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderRedeem', {
			OrderRedeemParam: [
				{DomainName: pendingName, CurrentExpirationDate: pending.ExpirationDateLong},
				{DomainName: 'quiet-harbor.com', CurrentExpirationDate: fine.ExpirationDateLong},
			],
		});
		runToCompletion(h, TaskNo);
		const details = new Map(allDetails(h, TaskNo).map((d) => [d.DomainName, d]));
		expect(details.get(pendingName)!.TaskStatus).toBe(DETAIL_STATUS[3]);
		expect(details.get(pendingName)!.FailReason).toMatch(/pending deletion/);
		expect(details.get('quiet-harbor.com')!.TaskStatus).toBe(DETAIL_STATUS[2]);
		// Only the domain that was redeemed is paid for.
		expect(h.world.balance).toBe(before - REDEMPTION_FEE);
		expect(h.call('QueryDomainByDomainName', {DomainName: pendingName}).DomainStatus).toBe('2');
		expect(h.call('QueryDomainByDomainName', {DomainName: 'quiet-harbor.com'}).DomainStatus).toBe('3');
	});

	it('prices a restore with the flat redemption fee', () => {
		const h = makeWorld();
		const answer = h.call('CheckDomain', {DomainName: 'night-market.com', FeeCommand: 'restore'});
		expect(answer.StaticPriceInfo!.PriceInfo).toEqual([{action: 'redeem', money: 1200, period: 12}]);
	});
});
