import {describe, expect, it} from 'vitest';
import type {WorldSnapshot} from '../../source/sandbox/world.js';
import {activateParams, allDetails, FakeClock, makeWorld, runToCompletion} from './world-helpers.js';

describe('snapshots', () => {
	it('round-trip tasks mid-flight, owned domains, balance and counters through JSON', () => {
		const h = makeWorld({balance: 5_000});
		const done = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['snap-done.com'])).TaskNo;
		runToCompletion(h, done);
		const redeem = h.call('QueryDomainByDomainName', {DomainName: 'lotus-yoga.cn'});
		const flying = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['flaky-snap.com', 'snap-a.com', 'snap-b.com', 'snap-c.com']),
		).TaskNo;
		const redeeming = h.call('SaveBatchTaskForCreatingOrderRedeem', {
			OrderRedeemParam: [{DomainName: 'lotus-yoga.cn', CurrentExpirationDate: redeem.ExpirationDateLong}],
		}).TaskNo;
		h.clock.tick(3_500);

		const saved = JSON.parse(JSON.stringify(h.world.snapshot())) as WorldSnapshot;
		const restored = makeWorld({}, saved, new FakeClock(h.clock.time));
		expect(restored.world.balance).toBe(h.world.balance);
		expect(restored.world.registrationsThisWeek).toBe(h.world.registrationsThisWeek);
		expect(restored.world.tasksForDomain('snap-a.com')).toEqual([flying]);
		expect(allDetails(restored, flying)).toEqual(allDetails(h, flying));
		expect(restored.call('QueryTaskList', {PageNum: 1, PageSize: 10}).Data.TaskInfo).toEqual(
			h.call('QueryTaskList', {PageNum: 1, PageSize: 10}).Data.TaskInfo,
		);
		expect(restored.call('QueryDomainList', {PageNum: 1, PageSize: 1000}).Data.Domain).toEqual(
			h.call('QueryDomainList', {PageNum: 1, PageSize: 1000}).Data.Domain,
		);

		// Both worlds play on identically from here: same outcomes at the same times.
		for (let i = 0; i < 40; i++) {
			h.clock.tick(500);
			restored.clock.tick(500);
			expect(allDetails(restored, flying)).toEqual(allDetails(h, flying));
		}
		runToCompletion(h, redeeming);
		runToCompletion(restored, redeeming);
		expect(allDetails(restored, redeeming)).toEqual(allDetails(h, redeeming));
		expect(allDetails(restored, flying).map((d) => d.TaskStatus)).toEqual([
			'EXECUTE_SUCCESS',
			'EXECUTE_SUCCESS',
			'EXECUTE_SUCCESS',
			'EXECUTE_SUCCESS',
		]);
		expect(restored.world.balance).toBe(h.world.balance);
		expect(restored.world.activeTaskCount).toBe(0);
	});

	it('keep a domain in flight across a restore, so a resubmit is still refused', () => {
		const h = makeWorld();
		h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['held.com']));
		const restored = makeWorld(
			{},
			JSON.parse(JSON.stringify(h.world.snapshot())) as WorldSnapshot,
			new FakeClock(h.clock.time),
		);
		expect(() => restored.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['held.com']))).toThrow(
			/operation is being processed/,
		);
	});

	it('catch up on everything that would have happened while the state sat on disk', () => {
		const h = makeWorld();
		const {TaskNo} = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(Array.from({length: 50}, (_, i) => `later-${i}.com`)),
		);
		const saved = JSON.parse(JSON.stringify(h.world.snapshot())) as WorldSnapshot;
		const restored = makeWorld({}, saved, new FakeClock(h.clock.time + 3_600_000));
		const details = allDetails(restored, TaskNo);
		expect(details.every((d) => d.TaskStatusCode === 2)).toBe(true);
		expect(restored.call('QueryDomainList', {PageNum: 1, PageSize: 100, DomainName: 'later-'}).TotalItemNum).toBe(50);
	});

	it('are copies: the world running on does not change a snapshot already taken', () => {
		const h = makeWorld();
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['copy-a.com']));
		const snap = h.world.snapshot();
		const before = JSON.stringify(snap);
		runToCompletion(h, TaskNo);
		expect(JSON.stringify(snap)).toBe(before);
	});

	it('refuse a state file of another version or with parts missing', () => {
		const snap = {...makeWorld().world.snapshot(), version: 99} as unknown as WorldSnapshot;
		expect(() => makeWorld({}, snap)).toThrow(/version 99/);
		const partial = {...makeWorld().world.snapshot(), engine: undefined} as unknown as WorldSnapshot;
		expect(() => makeWorld({}, partial)).toThrow(/incomplete/);
	});
});

describe('change notifications', () => {
	it('fire after a submit and whenever tasks move on, and not for reads that change nothing', () => {
		const h = makeWorld();
		let changes = 0;
		h.world.onChange(() => changes++);
		h.call('QueryDomainList', {PageNum: 1, PageSize: 10});
		expect(changes).toBe(0);
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['notify.com']));
		expect(changes).toBe(1);
		h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 10});
		expect(changes).toBe(1);
		h.clock.tick(1_200);
		h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 10});
		expect(changes).toBe(2);
		runToCompletion(h, TaskNo);
		const settled = changes;
		h.clock.tick(60_000);
		h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 10});
		expect(changes).toBe(settled);
	});
});

describe('scale', () => {
	it('holds 100,000 details across 100 tasks and settles every one of them', () => {
		const h = makeWorld({speed: 50, balance: 10_000_000});
		const tasks: string[] = [];
		for (let t = 0; t < 100; t++) {
			tasks.push(
				h.call(
					'SaveBatchTaskForCreatingOrderActivate',
					activateParams(Array.from({length: 1000}, (_, i) => `s${t}-${i}.top`)),
				).TaskNo,
			);
		}
		expect(h.world.activeTaskCount).toBe(100);
		expect(h.world.registrationsThisWeek).toBe(100_000);
		h.clock.tick(5_000);
		h.call('QueryTaskList', {PageNum: 1, PageSize: 1});
		expect(h.world.activeTaskCount).toBe(0);
		const last = h.call('QueryTaskDetailList', {TaskNo: tasks[99], PageNum: 1, PageSize: 1000});
		expect(last.Data.TaskDetail).toHaveLength(1000);
		expect(last.Data.TaskDetail.every((d) => d.TaskStatusCode === 2)).toBe(true);
		expect(h.call('QueryDomainList', {PageNum: 1, PageSize: 1, DomainName: '.top'}).TotalItemNum).toBe(100_000);
		const over = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['one-too-many.top'])).TaskNo;
		runToCompletion(h, over, 100);
		expect(allDetails(h, over)[0]!.ErrorMsg).toBe('The registration quota is exceeded.');
	});
});
