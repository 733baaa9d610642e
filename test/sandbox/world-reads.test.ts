import {describe, expect, it} from 'vitest';
import {operations, type OperationName} from '../../source/api/schema.js';
import {REDEMPTION_FEE, TLD_PRICES, premiumPrice} from '../../source/sandbox/registry-rules.js';
import {activateParams, allDetails, errorOf, makeWorld, runToCompletion} from './world-helpers.js';

describe('reading tasks', () => {
	it('pages task details up to 1,000 a page and filters by status, domain and instance', () => {
		const h = makeWorld();
		const names = Array.from({length: 1000}, (_, i) => `page-${String(i).padStart(4, '0')}.com`);
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(names));
		expect(h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 1000}).Data.TaskDetail).toHaveLength(1000);
		const page3 = h.call('QueryTaskDetailList', {TaskNo, PageNum: 3, PageSize: 400});
		expect(page3.TotalItemNum).toBe(1000);
		expect(page3.TotalPageNum).toBe(3);
		expect(page3.CurrentPageNum).toBe(3);
		expect(page3.PrePage).toBe(true);
		expect(page3.NextPage).toBe(false);
		expect(page3.Data.TaskDetail.map((d) => d.DomainName)).toEqual(names.slice(800));
		expect(h.call('QueryTaskDetailList', {TaskNo, PageNum: 4, PageSize: 400}).Data.TaskDetail).toEqual([]);
		expect(() => h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 1001})).toThrow();

		h.clock.tick(5_000);
		const executing = h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 1000, TaskStatus: 1}).Data
			.TaskDetail;
		expect(executing.length).toBeGreaterThan(0);
		for (const d of executing) expect(d.TaskStatusCode).toBe(1);
		const waiting = h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 1, TaskStatus: 0});
		const done = h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 1, TaskStatus: 2});
		expect(waiting.TotalItemNum + done.TotalItemNum + executing.length).toBe(1000);

		const one = h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 10, DomainName: 'page-0042.com'}).Data
			.TaskDetail;
		expect(one.map((d) => d.DomainName)).toEqual(['page-0042.com']);
		const succeeded = h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 1, TaskStatus: 2}).Data
			.TaskDetail[0]!;
		const byInstance = h.call('QueryTaskDetailList', {
			TaskNo,
			PageNum: 1,
			PageSize: 10,
			InstanceId: succeeded.InstanceId,
		}).Data.TaskDetail;
		expect(byInstance.map((d) => d.DomainName)).toEqual([succeeded.DomainName]);
	});

	it('answers an unknown TaskNo with an empty page, as Alibaba does', () => {
		const h = makeWorld();
		const answer = h.call('QueryTaskDetailList', {
			TaskNo: '00000000-0000-4000-8000-000000000000',
			PageNum: 1,
			PageSize: 100,
		});
		expect(answer.TotalItemNum).toBe(0);
		expect(answer.Data.TaskDetail).toEqual([]);
	});

	it('lists tasks newest first with task-level status and a creation-time filter', () => {
		const h = makeWorld();
		const first = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['list-a.com', 'list-b.com'])).TaskNo;
		h.clock.tick(60_000);
		const second = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['list-c.com'])).TaskNo;
		const secondAt = h.clock.time;
		let tasks = h.call('QueryTaskList', {PageNum: 1, PageSize: 10}).Data.TaskInfo;
		expect(tasks.map((t) => t.TaskNo)).toEqual([second, first]);
		expect(tasks[0]).toMatchObject({
			TaskNum: 1,
			TaskType: 'ORDER_ACTIVATE',
			TaskStatus: 'WAITING_EXECUTE',
			TaskStatusCode: 1,
			Clientip: '127.0.0.1',
		});
		expect(tasks[1]).toMatchObject({TaskNum: 2, TaskStatus: 'COMPLETE', TaskStatusCode: 3});
		expect(tasks[0]!.CreateTime).toMatch(/^[A-Z][a-z]{2} \d{2},\d{4} \d{2}:\d{2}:\d{2}$/);
		h.clock.tick(1_500);
		tasks = h.call('QueryTaskList', {PageNum: 1, PageSize: 10}).Data.TaskInfo;
		expect(tasks[0]).toMatchObject({TaskStatus: 'EXECUTING', TaskStatusCode: 2});
		const recent = h.call('QueryTaskList', {
			PageNum: 1,
			PageSize: 10,
			BeginCreateTime: secondAt - 1000,
			EndCreateTime: secondAt + 1000,
		});
		expect(recent.Data.TaskInfo.map((t) => t.TaskNo)).toEqual([second]);
		const page2 = h.call('QueryTaskList', {PageNum: 2, PageSize: 1});
		expect(page2.Data.TaskInfo.map((t) => t.TaskNo)).toEqual([first]);
		expect(page2.TotalPageNum).toBe(2);
	});

	it('calls a task with failed domains COMPLETE: the task level has no failure state', () => {
		const h = makeWorld();
		const {TaskNo} = h.call('SaveBatchTaskForCreatingOrderActivate', activateParams(['taken-x.com']));
		runToCompletion(h, TaskNo);
		expect(h.call('QueryTaskList', {PageNum: 1, PageSize: 1}).Data.TaskInfo[0]).toMatchObject({
			TaskNo,
			TaskStatus: 'COMPLETE',
			TaskStatusCode: 3,
		});
	});

	it('walks the task history with cursors, newest first, each task once', () => {
		const h = makeWorld();
		const made: string[] = [];
		for (let i = 0; i < 7; i++) {
			made.push(h.call('SaveBatchTaskForCreatingOrderActivate', activateParams([`hist-${i}.com`])).TaskNo);
			h.clock.tick(i === 3 ? 0 : 1_000);
		}
		const seen: string[] = [];
		let cursor: {TaskNoCursor?: string; CreateTimeCursor?: number} = {};
		for (let pages = 0; pages < 10; pages++) {
			const answer = h.call('QueryTaskInfoHistory', {PageSize: 3, ...cursor});
			seen.push(...answer.Objects.map((o) => o.TaskNo));
			for (const o of answer.Objects) expect(o.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
			if (!answer.NextPageCursor?.TaskNo) {
				expect(answer.NextPageCursor).toEqual({});
				break;
			}
			cursor = {TaskNoCursor: answer.NextPageCursor.TaskNo, CreateTimeCursor: answer.NextPageCursor.CreateTimeLong};
		}
		expect(seen).toEqual([...made].reverse());
		const windowed = h.call('QueryTaskInfoHistory', {PageSize: 10, BeginCreateTime: h.clock.time - 2_500});
		expect(windowed.Objects.map((o) => o.TaskNo)).toEqual(made.slice(-2).reverse());
	});
});

describe('CheckDomain', () => {
	it('says available with the TLD price, taken with "In use", premium with its price, unsupported with -1', () => {
		const h = makeWorld();
		const free = h.call('CheckDomain', {DomainName: 'quiet-meadow.com', FeeCommand: 'create', FeePeriod: 2});
		expect(free).toMatchObject({Avail: '1', Premium: 'false'});
		expect(free.StaticPriceInfo?.PriceInfo[0]).toMatchObject({
			action: 'activate',
			money: TLD_PRICES.com * 2,
			period: 24,
		});
		expect(h.call('CheckDomain', {DomainName: 'taken-demo.com'})).toMatchObject({Avail: '0', Reason: 'In use'});
		expect(h.call('CheckDomain', {DomainName: 'baidu.cn'})).toMatchObject({Avail: '0', Reason: 'In use'});
		expect(h.call('CheckDomain', {DomainName: 'lianyun-tech.com'}).Avail).toBe('0');
		expect(h.call('CheckDomain', {DomainName: 'ab.io'})).toMatchObject({
			Avail: '1',
			Premium: 'true',
			Price: premiumPrice('ab'),
		});
		const unsupported = h.call('CheckDomain', {DomainName: 'demo.museum'});
		expect(unsupported.Avail).toBe('-1');
		expect(unsupported.Reason).toMatch(/not supported/);
		expect(errorOf(() => h.call('CheckDomain', {DomainName: 'no spaces.com'})).code).toBe('InvalidParameter');
	});

	it('names a protected trademark in the reason, in the language asked, and prices a redemption with restore', () => {
		const h = makeWorld();
		expect(h.call('CheckDomain', {DomainName: 'rolex-fans.com'})).toMatchObject({
			Avail: '1',
			Reason: expect.stringContaining('trademark "rolex"'),
		});
		expect(h.call('CheckDomain', {DomainName: 'rolex-fans.com', Lang: 'zh'}).Reason).toContain('商标“rolex”');
		expect(h.call('CheckDomain', {DomainName: 'quiet-brook.com'}).Reason).toBe('');
		const restore = h.call('CheckDomain', {DomainName: 'happy-dumpling.com', FeeCommand: 'restore'});
		expect(restore.StaticPriceInfo?.PriceInfo).toEqual([{action: 'redeem', money: REDEMPTION_FEE, period: 12}]);
	});

	it('QueryAccountBalance answers the balance registrations are charged from', () => {
		const h = makeWorld({balance: 1000});
		expect(h.call('QueryAccountBalance', {}).Data).toMatchObject({AvailableAmount: 1000, Currency: 'CNY'});
		const {TaskNo} = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['paid-for.com'], {SubscriptionDuration: 3}),
		);
		runToCompletion(h, TaskNo);
		expect(h.call('QueryAccountBalance', {}).Data.AvailableAmount).toBe(1000 - TLD_PRICES.com! * 3);
	});

	it('allows 10 calls a second per account, whichever of its keys asks, and answers Throttling.User with a retry-after', () => {
		const h = makeWorld();
		for (let i = 0; i < 10; i++) {
			h.call('CheckDomain', {DomainName: `rate-${i}.com`});
			h.clock.tick(50);
		}
		const error = errorOf(() => h.call('CheckDomain', {DomainName: 'rate-x.com'}));
		expect(error.code).toBe('Throttling.User');
		expect(error.status).toBe(400);
		// The first call was 500 ms ago, so the window opens again in 500 ms.
		expect(error.retryAfterMs).toBe(500);
		// The main account and its RAM users share the limit: another key of the same account is throttled too.
		expect(errorOf(() => h.call('CheckDomain', {DomainName: 'other-key.com'}, 'sandbox-ram')).code).toBe(
			'Throttling.User',
		);
		h.clock.tick(error.retryAfterMs!);
		expect(h.call('CheckDomain', {DomainName: 'rate-x.com'}).Avail).toBe('1');
	});
});

describe('every operation', () => {
	it('answers in the shape the shared response schema accepts', () => {
		const h = makeWorld();
		const {TaskNo} = h.call(
			'SaveBatchTaskForCreatingOrderActivate',
			activateParams(['shape-a.com', 'taken-shape.com']),
		);
		const target = h.call('QueryDomainByDomainName', {DomainName: 'happy-dumpling.com'});
		h.clock.tick(3_000);
		const samples: {[A in OperationName]: unknown} = {
			SaveBatchTaskForCreatingOrderActivate: activateParams(['shape-b.com']),
			SaveBatchTaskForCreatingOrderRedeem: {
				OrderRedeemParam: [{DomainName: 'happy-dumpling.com', CurrentExpirationDate: target.ExpirationDateLong}],
			},
			SaveBatchTaskForCreatingOrderRenew: {
				OrderRenewParam: [{DomainName: 'expiring-soon.com', CurrentExpirationDate: 1, SubscriptionDuration: 2}],
			},
			QueryTaskDetailList: {TaskNo, PageNum: 1, PageSize: 10},
			QueryTaskList: {PageNum: 1, PageSize: 10},
			QueryTaskInfoHistory: {PageSize: 10},
			QueryRegistrantProfiles: {PageNum: 1, PageSize: 10},
			QueryDomainList: {PageNum: 1, PageSize: 10},
			QueryDomainByDomainName: {DomainName: 'lianyun.io'},
			CheckDomain: {DomainName: 'abc.com'},
			QueryDomainRealTimePrice: {
				Currency: 'CNY',
				DomainItem: JSON.stringify([{Action: 'activate', DomainName: 'shape-c.com', Period: 1, Suffix: 'com'}]),
			},
			QueryAccountBalance: {},
			GetCallerIdentity: {},
		};
		for (const action of Object.keys(operations) as OperationName[]) {
			const typed = operations[action].request.parse(samples[action]);
			const answer = h.world.handle(action, typed as never, {
				accessKeyId: 'sandbox',
				clientIp: '127.0.0.1',
				requestId: 'R',
			});
			const parsed = operations[action].response.safeParse(JSON.parse(JSON.stringify(answer)));
			expect(parsed.success, `${action}: ${parsed.error?.message}`).toBe(true);
			expect((answer as {RequestId: string}).RequestId).toBe('R');
		}
		expect(allDetails(h, TaskNo)).toHaveLength(2);
	});
});
