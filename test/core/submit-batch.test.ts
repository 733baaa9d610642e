// The no-double-order rules (docs/never-order-twice.md), against the real sandbox over HTTP with the real journal on
// disk.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';
import {findAlreadyOrdered} from '../../source/core/submit/already-ordered.js';
import {createBatchPlan} from '../../source/core/order/batch-plan.js';
import {activateItem} from '../../source/core/order/order-items.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {StatusPoller, waitUntilDone} from '../../source/core/status/status-poller.js';
import {StatusBoard} from '../../source/core/status/status-board.js';
import {submitBatch, type SubmitOptions} from '../../source/core/submit/submit-batch.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {Journal} from '../../source/store/journal.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

async function setup(options: {faults?: string; speed?: number} = {}) {
	sandbox = await startSandbox({
		port: 0,
		speed: options.speed ?? 1000,
		faults: options.faults,
		faultSeed: 7,
		quiet: true,
	});
	const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
	const journal = new Journal(mkdtempSync(join(tmpdir(), 'submit-')));
	const profileId = (await listProfiles(client)).find((p) => p.isDefault)!.id;
	const account = {label: 'sandbox', accessKeyId: 'sandbox', endpoint: sandbox.url, sandbox: true};
	const plan = (domains: string[], batchSize = 2) => {
		const p = createBatchPlan({
			operation: 'register',
			items: domains.map((d) => ({
				domain: d,
				item: activateItem(d, {profileId, years: 1, privacy: true, premium: false, trademark: false}),
			})),
			batchSize,
			options: {},
			account,
		});
		journal.createBatch(p);
		return p;
	};
	return {sandbox, client, journal, plan};
}

const options = (extra: Partial<SubmitOptions> = {}): SubmitOptions => ({
	now: Date.now,
	sleep: async () => {},
	resubmitAbsent: true,
	settleMs: 60_000,
	...extra,
});
const tasksPer = (s: RunningSandbox, domains: string[]) => domains.map((d) => s.world.tasksForDomain(d).length);

async function waitForFinal(client: DomainClient, taskNos: string[]) {
	const poller = new StatusPoller({
		api: client,
		board: new StatusBoard(),
		tasks: taskNos.map((taskNo) => ({taskNo})),
		minIntervalMs: 20,
		maxIntervalMs: 50,
	});
	await waitUntilDone(poller);
	poller.stop();
}

describe('submitting a batch through the journal', () => {
	it('records every task number and orders each domain once', async () => {
		const {sandbox, client, journal, plan} = await setup();
		const domains = ['one-a.com', 'one-b.com', 'one-c.com', 'one-d.com', 'one-e.com'];
		const p = plan(domains);
		const summary = await submitBatch(client, journal, p.id, options());
		expect(summary.submitted).toHaveLength(3);
		expect(journal.load(p.id).chunks.map((c) => c.state)).toEqual(['submitted', 'submitted', 'submitted']);
		expect(tasksPer(sandbox, domains)).toEqual([1, 1, 1, 1, 1]);
		// Running it again sends nothing: every chunk is already submitted.
		await submitBatch(client, journal, p.id, options());
		expect(tasksPer(sandbox, domains)).toEqual([1, 1, 1, 1, 1]);
	});

	it('a stop while the last request is on the wire: that request is finished and recorded, and the run says it was stopped', async () => {
		const {sandbox, client, journal, plan} = await setup();
		const domains = ['stop-last-a.com', 'stop-last-b.com'];
		const p = plan(domains);
		const stop = new AbortController();
		// Ctrl+C arrives once the request's bytes have left.
		const api = new Proxy(client, {
			get(target, name, receiver) {
				const value = Reflect.get(target, name, receiver) as unknown;
				if (typeof name === 'string' && name.startsWith('saveBatchTask') && typeof value === 'function')
					return async (...args: unknown[]) => {
						const answer = (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
						stop.abort();
						return answer;
					};
				return value;
			},
		}) as DomainClient;
		const summary = await submitBatch(api, journal, p.id, options({signal: stop.signal}));
		expect(summary.submitted).toHaveLength(1);
		expect(summary.stopped).toBe(true);
		expect(journal.load(p.id).chunks.map((c) => c.state)).toEqual(['submitted']);
		expect(tasksPer(sandbox, domains)).toEqual([1, 1]);
	});

	it('when the answer is lost, marks the chunk unknown, and reconciliation finds the task instead of ordering again', async () => {
		const {sandbox, client, journal, plan} = await setup({faults: 'lost-response=1'});
		const domains = ['lost-a.com', 'lost-b.com', 'lost-c.com'];
		const p = plan(domains);
		const first = await submitBatch(client, journal, p.id, options());
		expect(first.submitted).toEqual([]);
		expect(first.unknown).toHaveLength(2);
		expect(journal.load(p.id).state).toBe('outcome unknown');
		expect(tasksPer(sandbox, domains)).toEqual([1, 1, 1]);

		const second = await submitBatch(client, journal, p.id, options());
		expect(second.submitted.map((s) => s.taskNo).sort()).toEqual(
			[...sandbox.world.tasksForDomain('lost-a.com'), ...sandbox.world.tasksForDomain('lost-c.com')].sort(),
		);
		expect(journal.load(p.id).chunks.every((c) => c.state === 'submitted')).toBe(true);
		expect(tasksPer(sandbox, domains)).toEqual([1, 1, 1]);
	});

	it('after a crash between "sending" and the request, proves the chunk absent and sends it once', async () => {
		const {sandbox, client, journal, plan} = await setup();
		const domains = ['crash-a.com', 'crash-b.com'];
		const p = plan(domains);
		journal.append(p.id, {type: 'sending', chunk: 0, at: Date.now() - 120_000});
		const held = await submitBatch(client, journal, p.id, options({resubmitAbsent: false}));
		expect(held.absent).toEqual([0]);
		expect(tasksPer(sandbox, domains)).toEqual([0, 0]);
		expect(journal.load(p.id).chunks[0]!.state).toBe('absent');

		const sent = await submitBatch(client, journal, p.id, options());
		expect(sent.submitted).toHaveLength(1);
		expect(tasksPer(sandbox, domains)).toEqual([1, 1]);
	});

	it('does not decide "absent" while the request could still be in progress on the server', async () => {
		const {sandbox, client, journal, plan} = await setup();
		const p = plan(['young-a.com']);
		journal.append(p.id, {type: 'sending', chunk: 0, at: Date.now()});
		const summary = await submitBatch(client, journal, p.id, options({settleMs: 60_000}));
		expect(summary.unknown[0]!.reason).toMatch(/may still be in progress/);
		expect(sandbox.world.tasksForDomain('young-a.com')).toEqual([]);
		expect(journal.load(p.id).chunks[0]!.state).toBe('unknown');
	});

	it('records a refusal (a domain already in flight) as rejected: nothing ordered', async () => {
		const {sandbox, client, journal, plan} = await setup({speed: 0.01});
		const first = plan(['busy.com']);
		await submitBatch(client, journal, first.id, options());
		const second = plan(['busy.com', 'free.com'], 10);
		const summary = await submitBatch(client, journal, second.id, options());
		expect(summary.rejected[0]!.error.code).toBe('TaskIsBeingProcessed');
		expect(journal.load(second.id).chunks[0]!.state).toBe('rejected');
		expect(tasksPer(sandbox, ['busy.com', 'free.com'])).toEqual([1, 0]);
	});
});

describe('leaving out what an earlier batch ordered', () => {
	it('leaves out registered and in-flight domains, lets failed ones go again, and reconciles unknown chunks first', async () => {
		const {sandbox, client, journal, plan} = await setup();
		const done = plan(['kept.com', 'taken-again.com'], 10);
		const first = await submitBatch(client, journal, done.id, options());
		await waitForFinal(
			client,
			first.submitted.map((s) => s.taskNo),
		);
		// An earlier batch whose answer was lost: its task exists, the journal does not know it yet.
		const lost = plan(['lost-earlier.com'], 10);
		journal.append(lost.id, {type: 'sending', chunk: 0, at: Date.now() - 1000});
		await client.saveBatchTaskForCreatingOrderActivate({OrderActivateParam: lost.chunks[0]!.items as never});

		const reasons = await findAlreadyOrdered(
			client,
			journal,
			['kept.com', 'taken-again.com', 'lost-earlier.com', 'brand-new.com'],
			{
				operation: 'register',
				accessKeyId: 'sandbox',
				endpoint: sandbox.url,
				now: Date.now,
				settleMs: 60_000,
			},
		);
		expect(reasons.get('kept.com')?.reason).toMatch(/already registered by task/);
		expect(reasons.has('taken-again.com')).toBe(false);
		expect(reasons.get('lost-earlier.com')?.reason).toMatch(/task/);
		expect(reasons.has('brand-new.com')).toBe(false);
		expect(journal.load(lost.id).chunks[0]!.state).toBe('submitted');
	});
});
