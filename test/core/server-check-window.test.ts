// The server check under the strictest reading of QueryTaskList's "only query by day" (docs/never-order-twice.md):
// against the sandbox in by-day mode over HTTP, the old exact-time window misses today's tasks and the whole-day
// window does not; a listing longer than the check may read stops it before anything is sent; a lock found lost
// right before a request sends nothing more.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {chinaDayStart} from '../../source/api/china-time.js';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {ServerCheck, ServerCheckIncomplete} from '../../source/core/submit/server-check.js';
import {submitBatch} from '../../source/core/submit/submit-batch.js';
import {planOrder, sendOrder, type OrderSession} from '../../source/core/submit/submit-path.js';
import {
	SANDBOX_CREDENTIALS,
	SANDBOX_RAM_CREDENTIALS,
	startSandbox,
	type RunningSandbox,
} from '../../source/sandbox/server.js';
import {Journal} from '../../source/store/journal.js';
import {createSubmitLock, LockLostError} from '../../source/store/submit-lock.js';

let sandboxes: RunningSandbox[] = [];
afterEach(async () => {
	await Promise.all(sandboxes.map((s) => s.close()));
	sandboxes = [];
});

async function setup(options: {byDay?: boolean; stateFile?: string} = {}) {
	const sandbox = await startSandbox({port: 0, speed: 1000, quiet: true, ...options});
	sandboxes.push(sandbox);
	const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
	const profileId = (await listProfiles(client)).find((p) => p.isDefault)!.id;
	const order = (names: string[]) =>
		client.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: names.map((DomainName) => ({DomainName, RegistrantProfileId: profileId})),
		});
	const session = (c: DomainClient = client): OrderSession => ({
		client: c,
		journal: new Journal(mkdtempSync(join(tmpdir(), 'journal-'))),
		lock: createSubmitLock(join(mkdtempSync(join(tmpdir(), 'locks-')), 'locks'), 'account'),
		accountLabel: 'sandbox',
		endpoint: sandbox.url,
		sandbox: true,
		settleMs: 60_000,
	});
	const register = {profileId, years: 1, privacy: true, premium: false, trademark: false};
	return {sandbox, client, order, session, register};
}

/** A client that keeps the parameters of every QueryTaskList it sends. */
function listing(client: DomainClient) {
	const lists: Array<Record<string, unknown>> = [];
	const proxy = new Proxy(client, {
		get(target, name, receiver) {
			const value = Reflect.get(target, name, receiver) as unknown;
			if (name !== 'queryTaskList' || typeof value !== 'function') return value;
			return (params: Record<string, unknown>) => {
				lists.push(params);
				return (value as (p: unknown) => unknown).call(target, params);
			};
		},
	});
	return {client: proxy, lists};
}

const finished = () => ({finishedTasks: () => new Map<string, string[]>(), recordFinished: () => {}});

describe('the server check, read by day', () => {
	it('misses a task created today with the old exact-time window under by-day reading, and finds it with whole days', async () => {
		const {client, order} = await setup({byDay: true});
		const {TaskNo} = await order(['today-a.com']);
		const now = Date.now();
		// The old window: a day and a half-hour back to a quarter-hour ahead. Read by date, its end is today 00:00.
		const old = await client.queryTaskList({
			PageNum: 1,
			PageSize: 100,
			BeginCreateTime: now - 24.5 * 3600_000,
			EndCreateTime: now + 15 * 60_000,
		});
		expect(old.Data.TaskInfo.map((t) => t.TaskNo)).not.toContain(TaskNo);

		const rec = listing(client);
		const check = new ServerCheck(rec.client, finished(), {
			operation: 'register',
			since: now - 24 * 3600_000,
			now: Date.now,
		});
		expect([...(await check.find(['today-a.com', 'today-b.com']))]).toEqual([['today-a.com', TaskNo]]);
		// Whole days in UTC+8: a day start, and no end.
		expect(rec.lists[0]!.BeginCreateTime).toBe(chinaDayStart(now - 24 * 3600_000 - 15 * 60_000));
		expect(rec.lists[0]!.EndCreateTime).toBeUndefined();
	});

	it('never orders twice under by-day reading: a rerun with another journal leaves out what a task holds', async () => {
		const {session, register, sandbox} = await setup({byDay: true});
		const names = ['rerun-a.com', 'rerun-b.com', 'rerun-c.com'];
		for (let run = 0; run < 2; run++) {
			const s = session();
			await sendOrder(s, planOrder(s, {operation: 'register', names, register, batchSize: 2, voucher: {}}));
		}
		expect(names.map((d) => sandbox.world.tasksForDomain(d).length)).toEqual([1, 1, 1]);
	});

	it('reads every page of a window longer than one page, and finds the oldest task', async () => {
		const {client, order} = await setup();
		const first = await order(['oldest-of-many.com']);
		for (let i = 0; i < 230; i++) await order([`many-${i}.com`]);
		const rec = listing(client);
		const check = new ServerCheck(rec.client, finished(), {
			operation: 'register',
			since: Date.now() - 3600_000,
			now: Date.now,
		});
		expect((await check.find(['oldest-of-many.com'])).get('oldest-of-many.com')).toBe(first.TaskNo);
		expect(rec.lists.map((l) => l.PageNum)).toEqual([1, 2, 3]);
	});

	it('stops before sending when it cannot read the whole window, and says what to do', async () => {
		const {client, order, session, register, sandbox} = await setup();
		for (let i = 0; i < 230; i++) await order([`crowd-${i}.com`]);
		const s = session();
		const plan = planOrder(s, {
			operation: 'register',
			names: ['crowd-0.com', 'crowd-new.com'],
			register,
			batchSize: 2,
			voucher: {},
		});
		s.journal.createBatch(plan);
		const check = new ServerCheck(client, finished(), {
			operation: 'register',
			since: Date.now() - 3600_000,
			now: Date.now,
			maxPages: 2,
		});
		await expect(check.find(['x.com'])).rejects.toThrow(ServerCheckIncomplete);
		const summary = await submitBatch(client, s.journal, plan.id, {
			now: Date.now,
			sleep: async () => {},
			resubmitAbsent: true,
			settleMs: 60_000,
			check: new ServerCheck(client, finished(), {
				operation: 'register',
				since: Date.now() - 3600_000,
				now: Date.now,
				maxPages: 2,
			}),
		});
		expect(summary.checkFailed).toMatch(
			/the account has 230 tasks in the window the check must read, more than it reads \(2 pages\); nothing was sent\. Let older open batches finish/,
		);
		expect(summary.submitted).toEqual([]);
		expect(sandbox.world.tasksForDomain('crowd-new.com')).toEqual([]);
		expect(sandbox.world.tasksForDomain('crowd-0.com')).toHaveLength(1);
	});
});

describe('a lock found lost right before a request', () => {
	it('sends nothing more, and says why', async () => {
		const {client, session, register, sandbox} = await setup();
		const s = session();
		const names = ['lost-a.com', 'lost-b.com', 'lost-c.com', 'lost-d.com'];
		const plan = planOrder(s, {operation: 'register', names, register, batchSize: 2, voucher: {}});
		s.journal.createBatch(plan);
		let confirms = 0;
		const summary = await submitBatch(client, s.journal, plan.id, {
			now: Date.now,
			sleep: async () => {},
			resubmitAbsent: true,
			settleMs: 60_000,
			confirmLock: () => {
				if (++confirms > 1)
					throw new LockLostError(
						"the submit lock /x/k.lock is no longer this run's (removed or taken by another process)",
					);
			},
		});
		expect(summary.lockLost).toBe(true);
		expect(summary.checkFailed).toMatch(/no longer this run's/);
		expect(summary.submitted).toHaveLength(1);
		expect(names.map((d) => sandbox.world.tasksForDomain(d).length)).toEqual([1, 1, 0, 0]);
	});
});

describe('whose key is it (STS GetCallerIdentity)', () => {
	it("answers one account for the main key and the RAM user's, another for another sandbox, and the same after a restart", async () => {
		const stateFile = join(mkdtempSync(join(tmpdir(), 'state-')), 'state.json');
		const {sandbox} = await setup({stateFile});
		const main = await createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url}).getCallerIdentity(
			{},
		);
		const ram = await createDomainClient({
			credentials: SANDBOX_RAM_CREDENTIALS,
			endpoint: sandbox.url.replace('127.0.0.1', 'localhost'),
		}).getCallerIdentity({});
		expect(main.AccountId).toMatch(/^\d{16}$/);
		expect(ram.AccountId).toBe(main.AccountId);
		expect([main.IdentityType, ram.IdentityType]).toEqual(['Account', 'RAMUser']);
		expect(ram.Arn).toBe(`acs:ram::${main.AccountId}:user/sandbox-ram`);

		const other = await setup();
		expect((await other.client.getCallerIdentity({})).AccountId).not.toBe(main.AccountId);

		await sandbox.close();
		const again = await setup({stateFile});
		expect((await again.client.getCallerIdentity({})).AccountId).toBe(main.AccountId);
	});
});
