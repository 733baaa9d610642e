// The one submit path (docs/never-order-twice.md) against the real sandbox over HTTP: the server check before each
// chunk, the account lock across two submitters, the dry run's requests, and the cache of finished tasks.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {requestsOf} from '../../source/core/order/chunk-request.js';
import {
	alreadyOrdered,
	planOrder,
	sendOrder,
	type OrderProgress,
	type OrderSession,
} from '../../source/core/submit/submit-path.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {Journal} from '../../source/store/journal.js';
import {TASK_STATUS} from '../../source/api/task-status.js';
import {createSubmitLock} from '../../source/store/submit-lock.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

/** A client that counts its calls by action and keeps the submits' parameters. */
function recording(client: DomainClient) {
	const calls = new Map<string, number>();
	const submits: Array<Record<string, unknown>> = [];
	const proxy = new Proxy(client, {
		get(target, name, receiver) {
			const value = Reflect.get(target, name, receiver) as unknown;
			if (typeof value !== 'function') return value;
			return (params: Record<string, unknown>) => {
				calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
				if (name === 'saveBatchTaskForCreatingOrderActivate')
					submits.push({Action: 'SaveBatchTaskForCreatingOrderActivate', ...params});
				return (value as (p: unknown) => unknown).call(target, params);
			};
		},
	});
	return {client: proxy, calls, submits};
}

/** Reads the task until the server lists it complete (polled: the sandbox's pace sets how long that is). */
async function waitForFinish(client: DomainClient, taskNo: string): Promise<void> {
	for (;;) {
		const answer = await client.queryTaskList({PageNum: 1, PageSize: 100});
		if (answer.Data.TaskInfo.some((t) => t.TaskNo === taskNo && t.TaskStatusCode === TASK_STATUS.COMPLETE)) return;
		await new Promise((r) => setTimeout(r, 20));
	}
}

async function setup(speed = 1000) {
	sandbox = await startSandbox({port: 0, speed, quiet: true});
	const raw = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
	const profileId = (await listProfiles(raw)).find((p) => p.isDefault)!.id;
	const register = {profileId, years: 1, privacy: true, premium: false, trademark: false};
	const lockDir = mkdtempSync(join(tmpdir(), 'locks-'));
	/** A session as one process has it: its own data folder (journal), the machine's lock folder. */
	const session = (client: DomainClient = raw): OrderSession => ({
		client,
		journal: new Journal(mkdtempSync(join(tmpdir(), 'journal-'))),
		lock: createSubmitLock(lockDir, 'account'),
		accountLabel: 'sandbox',
		endpoint: sandbox!.url,
		sandbox: true,
		settleMs: 60_000,
	});
	const plan = (s: OrderSession, names: string[], batchSize = 2) =>
		planOrder(s, {operation: 'register', names, register, batchSize, voucher: {}});
	const tasksPer = (names: string[]) => names.map((d) => sandbox!.world.tasksForDomain(d).length);
	return {raw, register, session, plan, tasksPer};
}

describe('the one submit path', () => {
	it('sends exactly the requests the dry run lists', async () => {
		const {raw, session} = await setup();
		const rec = recording(raw);
		const s = session(rec.client);
		const p = planOrder(s, {
			operation: 'register',
			names: ['dry-a.com', 'dry-b.com', 'dry-c.com'],
			register: {
				profileId: 1,
				years: 2,
				privacy: false,
				premium: false,
				trademark: false,
				dns: ['ns1.example.com', 'ns2.example.com'],
			},
			batchSize: 2,
			voucher: {coupon: 'C1'},
		});
		await sendOrder(s, p, {sleep: async () => {}});
		expect(rec.submits).toHaveLength(2);
		expect(rec.submits).toEqual(requestsOf(p));
	});

	it('right before each chunk, leaves out a domain that a task on the server already holds, with its task number', async () => {
		const {raw, session, plan, tasksPer, register} = await setup();
		// Ordered elsewhere (another computer, the console): this journal knows nothing of it.
		const elsewhere = await raw.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: [
				{DomainName: 'held-b.com', RegistrantProfileId: register.profileId, SubscriptionDuration: 1},
			],
		});
		const s = session();
		const names = ['held-a.com', 'held-b.com', 'held-c.com'];
		const events: OrderProgress[] = [];
		const p = plan(s, names);
		const summary = await sendOrder(s, p, {onProgress: (e) => events.push(e)});
		expect(summary.leftOut).toEqual([{chunk: 0, domain: 'held-b.com', taskNo: elsewhere.TaskNo}]);
		expect(tasksPer(names)).toEqual([1, 1, 1]);
		const view = s.journal.load(p.id);
		expect(view.chunks[0]).toMatchObject({
			state: 'submitted',
			sentDomains: ['held-a.com'],
			leftOut: [{domain: 'held-b.com', taskNo: elsewhere.TaskNo}],
		});
		expect(events.some((e) => e.type === 'server-check' && e.requests >= 1)).toBe(true);
	});

	it('shows before the submit what a task on the server already holds, even one this journal does not know', async () => {
		// Slow tasks: the one made elsewhere is still in flight when the preview looks.
		const {raw, session, register} = await setup(0.01);
		const elsewhere = await raw.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: [
				{DomainName: 'preview-b.com', RegistrantProfileId: register.profileId, SubscriptionDuration: 1},
			],
		});
		const found = await alreadyOrdered(session(), 'register', ['preview-a.com', 'preview-b.com']);
		expect([...found]).toEqual([
			[
				'preview-b.com',
				{reason: `already in task ${elsewhere.TaskNo} on the server`, kind: 'in-flight', taskNo: elsewhere.TaskNo},
			],
		]);
		// A redemption is another kind of order: a registration task does not hold it back.
		expect((await alreadyOrdered(session(), 'redeem', ['preview-b.com'])).size).toBe(0);
	});

	it('tells a finished task on the server from one in flight: its succeeded domains are done, not in flight', async () => {
		const {raw, session, register} = await setup(5000);
		const elsewhere = await raw.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: [
				{DomainName: 'finished-b.com', RegistrantProfileId: register.profileId, SubscriptionDuration: 1},
			],
		});
		await waitForFinish(raw, elsewhere.TaskNo);
		const found = await alreadyOrdered(session(), 'register', ['finished-a.com', 'finished-b.com']);
		expect([...found]).toEqual([
			[
				'finished-b.com',
				{reason: `already registered by task ${elsewhere.TaskNo} (found on the server)`, kind: 'done'},
			],
		]);
	});

	it('lets a domain go again when its earlier task failed it', async () => {
		const {session, plan, tasksPer} = await setup(5000);
		const first = session();
		// The sandbox fails this name: the account owns it already.
		await sendOrder(first, plan(first, ['taken-demo.com']));
		await new Promise((r) => setTimeout(r, 300));
		const second = session();
		const summary = await sendOrder(second, plan(second, ['taken-demo.com']));
		expect(summary.leftOut).toEqual([]);
		expect(tasksPer(['taken-demo.com'])).toEqual([2]);
	});

	it('two submitters of the same list, with different data folders, order each domain once: the second waits for the lock', async () => {
		const {session, plan, tasksPer} = await setup(5000);
		const names = Array.from({length: 30}, (_, i) => `race-${i}.com`);
		const a = session();
		const b = session();
		const waits: OrderProgress[] = [];
		const [one, two] = await Promise.all([
			sendOrder(a, plan(a, names, 3)),
			sendOrder(b, plan(b, names, 3), {onProgress: (e) => e.type === 'lock-wait' && waits.push(e)}),
		]);
		expect(tasksPer(names)).toEqual(names.map(() => 1));
		expect(waits.length).toBeGreaterThan(0);
		// One of them sent everything, the other left everything out, naming the tasks.
		const sent = [one, two].map((s) => s.submitted.length).sort();
		expect(sent).toEqual([0, 10]);
		expect([one, two].find((s) => s.submitted.length === 0)!.leftOut).toHaveLength(30);
	});

	it('reads a finished task once: later checks use what the journal remembers', async () => {
		const {raw, session, plan} = await setup(5000);
		const s = session();
		await sendOrder(s, plan(s, ['cache-a.com', 'cache-b.com']));
		await new Promise((r) => setTimeout(r, 300));
		const rec = recording(raw);
		const again = {...s, client: rec.client};
		await sendOrder(again, plan(again, ['cache-c.com']));
		expect(rec.calls.get('queryTaskDetailList')).toBe(1);
		const third = recording(raw);
		const last = {...s, client: third.client};
		const summary = await sendOrder(last, plan(last, ['cache-a.com', 'cache-d.com']));
		expect(summary.leftOut.map((l) => l.domain)).toEqual(['cache-a.com']);
		// cache-c.com's task finished meanwhile and was read once more, cache-a.com's not at all.
		expect(third.calls.get('queryTaskDetailList') ?? 0).toBeLessThanOrEqual(1);
	});
});
