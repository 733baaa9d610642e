import {describe, expect, it} from 'vitest';
import {DETAIL_STATUS} from '../../source/api/task-status.js';
import {REDEMPTION_FEE, TLD_PRICES, premiumPrice} from '../../source/sandbox/registry-rules.js';
import {YEAR_MS} from '../../source/sandbox/clock.js';
import {activateParams, allDetails, byDomain, errorOf, makeWorld, runToCompletion} from './world-helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

describe('registration tasks', () => {
	it('accepts a submit with a UUID TaskNo and one waiting detail per domain', () => {
		const h = makeWorld();
		const names = ['quiet-meadow.com', 'amber-field.net', 'cedar-lane.io'];
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(names));
		expect(TaskNo).toMatch(UUID);
		const details = allDetails(h, TaskNo);
		expect(details.map((d) => d.DomainName)).toEqual(names);
		for (const d of details) {
			expect(d.TaskStatus).toBe('WAITING_EXECUTE');
			expect(d.TaskStatusCode).toBe(0);
			expect(d.TaskType).toBe('ORDER_ACTIVATE');
			expect(d.TryCount).toBe(0);
			expect(d.CreateTime).toMatch(TIME);
		}
		expect(new Set(details.map((d) => d.TaskDetailNo)).size).toBe(3);
		expect(h.world.tasksForDomain('quiet-meadow.com')).toEqual([TaskNo]);
	});

	it('moves each domain from waiting through executing to a final state, and the account changes', () => {
		const h = makeWorld();
		const balance = h.world.balance;
		const names = ['quiet-meadow.com', 'amber-field.net', 'cedar-lane.io', 'silver-brook.xyz', 'maple-row.cn'];
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(names, {SubscriptionDuration: 2}));
		const seen = new Set<string>();
		for (let t = 0; t < 60_000; t += 200) {
			for (const d of allDetails(h, TaskNo)) seen.add(d.TaskStatus);
			h.clock.tick(200);
		}
		expect(seen).toEqual(new Set(['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS']));
		const details = allDetails(h, TaskNo);
		for (const d of details) {
			expect(d.TaskStatusCode).toBe(2);
			expect(d.ErrorMsg).toBe('The operation is successful.');
			expect(d.TryCount).toBe(1);
			expect(d.InstanceId).toMatch(/^S\d{8}/);
		}
		const cost = 2 * (TLD_PRICES.com + TLD_PRICES.net + TLD_PRICES.io + TLD_PRICES.xyz + TLD_PRICES.cn);
		expect(h.world.balance).toBe(balance - cost);
		const owned = h.call('QueryDomainByDomainName', {DomainName: 'quiet-meadow.com'});
		expect(owned.DomainStatus).toBe('3');
		expect(owned.InstanceId).toBe(details[0]!.InstanceId);
		expect(owned.ExpirationDateLong! - owned.RegistrationDateLong!).toBe(2 * YEAR_MS);
		const listed = h.call('QueryDomainList', {PageNum: 1, PageSize: 10, DomainName: 'maple-row'}).Data.Domain;
		expect(listed.map((d) => d.DomainName)).toEqual(['maple-row.cn']);
	});

	it('finishes a 5-domain task in 5–10 s and a 1,000-domain task in about a minute at speed 1', () => {
		const h = makeWorld();
		const small = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['a-one.com', 'a-two.com', 'a-three.com', 'a-four.com', 'a-five.com']),
		).TaskNo;
		const smallMs = runToCompletion(h, small, 100);
		expect(smallMs).toBeGreaterThanOrEqual(5_000);
		expect(smallMs).toBeLessThanOrEqual(10_000);
		const names = Array.from({length: 1000}, (_, i) => `bulk-name-${i}.com`);
		const big = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(names)).TaskNo;
		const bigMs = runToCompletion(h, big, 1000);
		expect(bigMs).toBeGreaterThanOrEqual(40_000);
		expect(bigMs).toBeLessThanOrEqual(75_000);
	});

	it('divides every delay by the speed', () => {
		const h = makeWorld({speed: 10});
		const {TaskNo} = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['a-one.com', 'a-two.com', 'a-three.com', 'a-four.com', 'a-five.com']),
		);
		const ms = runToCompletion(h, TaskNo, 10);
		expect(ms).toBeGreaterThanOrEqual(500);
		expect(ms).toBeLessThanOrEqual(1_000);
	});

	it('gives each rule its own per-domain outcome and text', () => {
		const h = makeWorld();
		const names = [
			'taken-demo.com',
			'google.com',
			'abc.com',
			'my-lego-club.com',
			'demo.museum',
			'lianyun-tech.com',
			'fine-name.com',
		];
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(names));
		runToCompletion(h, TaskNo);
		const d = byDomain(allDetails(h, TaskNo));
		for (const name of names.slice(0, 6)) {
			expect(d.get(name)!.TaskStatus).toBe('EXECUTE_FAILURE');
			expect(d.get(name)!.TaskStatusCode).toBe(3);
		}
		expect(d.get('taken-demo.com')!.FailReason).toMatch(/already been registered/);
		expect(d.get('google.com')!.FailReason).toMatch(/already been registered/);
		expect(d.get('abc.com')!.FailReason).toMatch(/PermitPremiumActivation/);
		expect(d.get('my-lego-club.com')!.FailReason).toMatch(/TrademarkDomainActivation/);
		expect(d.get('demo.museum')!.ErrorMsg).toMatch(/suffix is not supported/);
		expect(d.get('lianyun-tech.com')!.FailReason).toBe('Purchase record exists for the domain name in Aliyun');
		expect(d.get('fine-name.com')!.TaskStatus).toBe('EXECUTE_SUCCESS');
	});

	it('registers premium and trademark names when permitted, charging the premium price', () => {
		const h = makeWorld();
		const before = h.world.balance;
		const {TaskNo} = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['abc.com', 'my-lego-club.com'], {
				PermitPremiumActivation: 'true',
				TrademarkDomainActivation: true,
			}),
		);
		runToCompletion(h, TaskNo);
		expect(allDetails(h, TaskNo).map((d) => d.TaskStatus)).toEqual(['EXECUTE_SUCCESS', 'EXECUTE_SUCCESS']);
		expect(before - h.world.balance).toBe(premiumPrice('abc') + TLD_PRICES.com);
		expect(h.call('QueryDomainByDomainName', {DomainName: 'abc.com'}).Premium).toBe(true);
	});

	it('retries a flaky- name twice with TryCount rising, then succeeds', () => {
		const h = makeWorld();
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['flaky-demo.com']));
		const tries: number[] = [];
		let sawRetryMessage = false;
		for (let i = 0; i < 200; i++) {
			const d = allDetails(h, TaskNo)[0]!;
			tries.push(d.TryCount!);
			if (d.TaskStatusCode === 0 && d.ErrorMsg?.includes('retried')) sawRetryMessage = true;
			if (d.TaskStatusCode === 2) break;
			h.clock.tick(100);
		}
		const d = allDetails(h, TaskNo)[0]!;
		expect(d.TaskStatus).toBe('EXECUTE_SUCCESS');
		expect(d.TryCount).toBe(3);
		expect(new Set(tries)).toEqual(new Set([0, 1, 2, 3]));
		expect(tries).toEqual([...tries].sort((a, b) => a - b));
		expect(sawRetryMessage).toBe(true);
	});

	it('fails the domains that finish after the money runs out, in execution order', () => {
		const h = makeWorld({balance: TLD_PRICES.com * 3 + 10});
		const names = Array.from({length: 8}, (_, i) => `money-${i}.com`);
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(names));
		runToCompletion(h, TaskNo);
		const details = allDetails(h, TaskNo);
		const ok = details.filter((d) => d.TaskStatusCode === 2);
		const failed = details.filter((d) => d.TaskStatusCode === 3);
		expect(ok).toHaveLength(3);
		expect(failed).toHaveLength(5);
		for (const d of failed) expect(d.ErrorMsg).toBe('Insufficient account balance.');
		// Every success finished no later than every failure.
		const lastOk = Math.max(...ok.map((d) => Date.parse(d.UpdateTime!.replace(' ', 'T'))));
		for (const d of failed) expect(Date.parse(d.UpdateTime!.replace(' ', 'T'))).toBeGreaterThanOrEqual(lastOk);
		expect(h.world.balance).toBe(10);
	});

	it('refuses the whole submit when any domain is already in flight, and accepts it again once that task is done', () => {
		const h = makeWorld();
		const first = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['busy-name.com'])).TaskNo;
		const error = errorOf(() =>
			h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['other-name.com', 'BUSY-name.com'])),
		);
		expect(error.code).toBe('TaskIsBeingProcessed');
		expect(h.world.tasksForDomain('other-name.com')).toEqual([]);
		expect(h.call('QueryTaskList', {PageNum: 1, PageSize: 10}).TotalItemNum).toBe(1);
		runToCompletion(h, first);
		const second = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['other-name.com', 'busy-name.com']),
		).TaskNo;
		expect(h.world.tasksForDomain('busy-name.com')).toEqual([first, second]);
	});

	it('checks the profile and the name servers before creating anything', () => {
		const h = makeWorld();
		const cases: [Record<string, unknown>, string][] = [
			[{RegistrantProfileId: 99}, 'ContactTemplateNotExist'],
			[{RegistrantProfileId: 1_000_004}, 'contactTemplateRealNamedNotExist'],
			[{RegistrantProfileId: 1_000_005}, 'contactTemplateRealNamedNotExist'],
			[{AliyunDns: 'false', Dns1: 'ns1.example.org'}, 'InvalidParameter'],
		];
		for (const [extra, code] of cases) {
			expect(
				errorOf(() =>
					h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['fresh-one.com', 'fresh-two.com'], extra)),
				).code,
			).toBe(code);
		}
		expect(
			errorOf(() => h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['dup.com', 'DUP.com']))).code,
		).toBe('ParameterIllegal');
		expect(h.call('QueryTaskList', {PageNum: 1, PageSize: 10}).TotalItemNum).toBe(0);
		expect(h.world.registrationsThisWeek).toBe(0);
	});

	it('uses the custom name servers when AliyunDns is false', () => {
		const h = makeWorld();
		const {TaskNo} = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['own-dns.com'], {AliyunDns: false, Dns1: 'NS1.example.org', Dns2: 'ns2.example.org'}),
		);
		runToCompletion(h, TaskNo);
		expect(h.call('QueryDomainByDomainName', {DomainName: 'own-dns.com'}).DnsList?.Dns).toEqual([
			'ns1.example.org',
			'ns2.example.org',
		]);
	});

	it('counts registrations in a rolling week and fails those over the limit per domain', () => {
		const h = makeWorld();
		h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['week-a.com', 'week-b.com']));
		expect(h.world.registrationsThisWeek).toBe(2);
		h.clock.tick(3 * 24 * 3600_000);
		h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['week-c.com']));
		expect(h.world.registrationsThisWeek).toBe(3);
		h.clock.tick(4 * 24 * 3600_000 + 1);
		expect(h.world.registrationsThisWeek).toBe(1);
	});
});

describe('redemption tasks', () => {
	it('redeems a domain in its redemption period when the expiry matches, giving it a year more', () => {
		const h = makeWorld();
		const before = h.world.balance;
		const [target] = h.call('QueryDomainList', {PageNum: 1, PageSize: 1, QueryType: '2'}).Data.Domain;
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderRedeem', {
			OrderRedeemParam: [{DomainName: target!.DomainName, CurrentExpirationDate: String(target!.ExpirationDateLong)}],
		});
		runToCompletion(h, TaskNo);
		const [detail] = allDetails(h, TaskNo);
		expect(detail!.TaskType).toBe('ORDER_REDEEM');
		expect(detail!.TaskStatus).toBe('EXECUTE_SUCCESS');
		expect(detail!.InstanceId).toBe(target!.InstanceId);
		const after = h.call('QueryDomainByDomainName', {DomainName: target!.DomainName});
		expect(after.DomainStatus).toBe('3');
		expect(after.ExpirationDateLong).toBe(target!.ExpirationDateLong! + YEAR_MS);
		expect(after.ExpirationCurrDateDiff).toBeGreaterThan(0);
		expect(h.world.balance).toBe(before - REDEMPTION_FEE);
		const stillRedeemable = h
			.call('QueryDomainList', {PageNum: 1, PageSize: 100, QueryType: '2'})
			.Data.Domain.map((d) => d.DomainName);
		expect(stillRedeemable).not.toContain(target!.DomainName);
	});

	it('fails per domain: not in the account, not in redemption, expiry not matching', () => {
		const h = makeWorld();
		const redeemable = h.call('QueryDomainByDomainName', {DomainName: 'night-market.com'});
		const normal = h.call('QueryDomainByDomainName', {DomainName: 'lianyun-tech.com'});
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderRedeem', {
			OrderRedeemParam: [
				{DomainName: 'not-mine.com', CurrentExpirationDate: 1_700_000_000_000},
				{DomainName: 'lianyun-tech.com', CurrentExpirationDate: normal.ExpirationDateLong},
				{DomainName: 'night-market.com', CurrentExpirationDate: redeemable.ExpirationDateLong! - 1000},
			],
		});
		runToCompletion(h, TaskNo);
		const d = byDomain(allDetails(h, TaskNo));
		for (const row of d.values()) expect(row.TaskStatus).toBe(DETAIL_STATUS[3]);
		expect(d.get('not-mine.com')!.FailReason).toMatch(/does not exist in this account/);
		expect(d.get('lianyun-tech.com')!.FailReason).toMatch(/not in its redemption period/);
		expect(d.get('night-market.com')!.ErrorMsg).toMatch(/expiration date does not match/);
		expect(h.call('QueryDomainByDomainName', {DomainName: 'night-market.com'}).DomainStatus).toBe('2');
	});

	it('refuses a redeem for a domain that is already being redeemed', () => {
		const h = makeWorld();
		const d = h.call('QueryDomainByDomainName', {DomainName: 'paper-kite.org'});
		const params = {OrderRedeemParam: [{DomainName: 'paper-kite.org', CurrentExpirationDate: d.ExpirationDateLong}]};
		h.call('SaveBatchTaskForCreatingOrderRedeem', params);
		expect(errorOf(() => h.call('SaveBatchTaskForCreatingOrderRedeem', params)).code).toBe('TaskIsBeingProcessed');
	});
});
