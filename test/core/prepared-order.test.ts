// The one prepared order (core/order/prepared-order.ts) against the real sandbox over HTTP: what goes, what is left out
// with its reason (ordered already, failed before for a reason that still holds), and a stop that sends nothing.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {prepareOrder} from '../../source/core/order/prepared-order.js';
import {StatusPoller, waitUntilDone} from '../../source/core/status/status-poller.js';
import {StatusBoard} from '../../source/core/status/status-board.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {sendOrder, type OrderInput, type OrderSession} from '../../source/core/submit/submit-path.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {Journal} from '../../source/store/journal.js';
import {createSubmitLock} from '../../source/store/submit-lock.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

async function setup() {
	sandbox = await startSandbox({port: 0, speed: 1000, quiet: true});
	const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
	const profileId = (await listProfiles(client)).find((p) => p.isDefault)!.id;
	const session: OrderSession = {
		client,
		journal: new Journal(mkdtempSync(join(tmpdir(), 'journal-'))),
		lock: createSubmitLock(mkdtempSync(join(tmpdir(), 'locks-')), 'account'),
		accountLabel: 'sandbox',
		endpoint: sandbox.url,
		sandbox: true,
		settleMs: 60_000,
	};
	const input = (names: string[], premium = false): OrderInput => ({
		operation: 'register',
		names,
		register: {profileId, years: 1, privacy: true, premium, trademark: false},
	});
	const options = {batchSize: 2, voucher: {}};
	/** Sends an order and waits until the sandbox has decided every domain of it. */
	const sendAndSettle = async (names: string[]) => {
		const order = await prepareOrder(session, input(names), options);
		const summary = await sendOrder(session, order.plan!);
		const poller = new StatusPoller({
			api: client,
			board: new StatusBoard(),
			tasks: summary.submitted.map(({taskNo}) => ({taskNo})),
			minIntervalMs: 20,
			maxIntervalMs: 50,
		});
		await waitUntilDone(poller);
		poller.stop();
	};
	return {session, input, options, sendAndSettle};
}

describe('the one prepared order', () => {
	it('leaves out what an earlier order registered and what failed for a reason that still holds, each with its reason', async () => {
		const {session, input, options, sendAndSettle} = await setup();
		await sendAndSettle(['prep-ok.com', 'taken-demo.com', 'abc.com']);
		const order = await prepareOrder(
			session,
			input(['prep-ok.com', 'taken-demo.com', 'abc.com', 'prep-new.com']),
			options,
		);
		expect(order.domains).toEqual(['prep-new.com']);
		const why = new Map(order.leftOut.map((x) => [x.domain, x]));
		expect(why.get('prep-ok.com')).toMatchObject({
			kind: 'done',
			reason: expect.stringMatching(/already registered by task/),
		});
		expect(why.get('taken-demo.com')).toMatchObject({
			kind: 'failed',
			reason: expect.stringMatching(/failed in task .* would fail again/),
		});
		expect(why.get('abc.com')).toMatchObject({kind: 'failed'});
		expect(order.plan!.chunks.flatMap((c) => c.domains)).toEqual(['prep-new.com']);
		expect(order.allDone).toBe(false);
	});

	it('sends a failed name again when told to, and a premium name once premium is allowed', async () => {
		const {session, input, options, sendAndSettle} = await setup();
		await sendAndSettle(['taken-demo.com', 'abc.com']);
		expect(
			(await prepareOrder(session, input(['taken-demo.com', 'abc.com']), {...options, sendFailedAgain: true})).domains,
		).toEqual(['taken-demo.com', 'abc.com']);
		expect((await prepareOrder(session, input(['taken-demo.com', 'abc.com'], true), options)).domains).toEqual([
			'abc.com',
		]);
	});

	it('a stop before the lock is taken sends nothing and writes nothing', async () => {
		const {session, input, options} = await setup();
		const order = await prepareOrder(session, input(['prep-stop-1.com', 'prep-stop-2.com']), options);
		const stop = new AbortController();
		stop.abort();
		const summary = await sendOrder(session, order.plan!, {signal: stop.signal});
		expect(summary.stopped).toBe(true);
		expect(summary.submitted).toEqual([]);
		expect(session.journal.has(order.plan!.id)).toBe(false);
		expect(sandbox!.world.tasksForDomain('prep-stop-1.com')).toEqual([]);
	});

	it('a stop while the server is read sends nothing: the chunk checked is not sent', async () => {
		const {session, input, options} = await setup();
		const order = await prepareOrder(session, input(['prep-mid-1.com']), options);
		const stop = new AbortController();
		const summary = await sendOrder(session, order.plan!, {
			signal: stop.signal,
			onProgress: (e) => e.type === 'server-check' && stop.abort(),
		});
		expect(summary.stopped).toBe(true);
		expect(summary.submitted).toEqual([]);
		expect(session.journal.load(order.plan!.id).chunks.map((c) => c.state)).toEqual(['planned']);
		expect(sandbox!.world.tasksForDomain('prep-mid-1.com')).toEqual([]);
	});
});
