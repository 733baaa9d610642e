// The one prepared order (core/order/prepared-order.ts) against the real sandbox over HTTP: what goes, what is left out
// with its reason (ordered already, failed before for a reason that still holds), what it costs against the balance
// (whole, a bound, or the part known so far), and a stop that sends nothing.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {prepareOrder, priceOrder} from '../../source/core/order/prepared-order.js';
import {checkAvailability} from '../../source/core/pricing/availability.js';
import {readBalance} from '../../source/core/pricing/balance.js';
import {costLine, costQuote} from '../../source/core/pricing/cost-quote.js';
import {formatMoney} from '../../source/core/words/money.js';
import {priceSuffixes} from '../../source/core/pricing/suffix-price.js';
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
	return {client, session, input, options, sendAndSettle};
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

	it('carries its estimate and the balance: a bound, the whole, and a part never quoted as the cost', async () => {
		const {client, session, input, options} = await setup();
		const names = ['prep-cost-1.com', 'prep-cost-2.com', 'prep-cost-3.net'];
		const balance = await readBalance(client);
		expect(balance.status).toBe('known');
		const amount = balance.status === 'known' ? balance.balance.amount : 0;

		// Without premium allowed: one price per suffix bounds the order, said as "at most".
		const suffixPrices = await priceSuffixes(client, names, {years: 1});
		const bound = await prepareOrder(session, input(names), {...options, prices: {book: {suffixPrices}, balance}});
		const boundTotal = names.reduce((sum, name) => sum + suffixPrices[name.slice(name.indexOf('.') + 1)]!.amount, 0);
		expect(bound.estimate).toMatchObject({complete: true, upperBound: true, total: boundTotal});
		expect(bound.balance).toEqual(balance);
		expect(bound.budget.left).toBeCloseTo(amount - boundTotal, 2);
		expect(costLine(bound.estimate, 'CNY', 'en')).toBe(
			`at most ${formatMoney(boundTotal, 'CNY', 'en')} for 3 domains × 1 year`,
		);
		expect(costQuote(bound.estimate, 'CNY', 'en')).toBe(`It costs at most ${formatMoney(boundTotal, 'CNY', 'en')}.`);

		// With premium allowed every name's own price counts: two priced of three is a part, never the cost.
		const checks = Object.fromEntries(
			(await checkAvailability(client, names, {})).map((result) => [result.name, result]),
		);
		const premium = input(names, true);
		const known = {[names[0]!]: checks[names[0]!], [names[1]!]: checks[names[1]!]};
		const part = await prepareOrder(session, premium, {...options, prices: {book: {checks: known}, balance}});
		const partTotal = checks[names[0]!]!.yearlyPrice! + checks[names[1]!]!.yearlyPrice!;
		expect(part.estimate).toMatchObject({complete: false, upperBound: false, unpriced: [names[2]], total: partTotal});
		expect(costQuote(part.estimate, 'CNY', 'en')).toBe(
			`The cost is not known yet: ${formatMoney(partTotal, 'CNY', 'en')} for 2 names; 1 not priced yet.`,
		);
		expect(costQuote(part.estimate, 'CNY', 'en')).not.toContain('about');

		// The rest priced: the same order derived again (pure) is whole, and its balance compares with all of it.
		const whole = priceOrder(part, {book: {checks}, balance});
		const wholeTotal = names.reduce((sum, name) => sum + checks[name]!.yearlyPrice!, 0);
		expect(whole.domains).toEqual(part.domains);
		expect(whole.leftOut).toEqual(part.leftOut);
		expect(whole.estimate).toMatchObject({complete: true, upperBound: false, total: wholeTotal});
		expect(whole.budget.left).toBeCloseTo(amount - wholeTotal, 2);
		expect(costQuote(whole.estimate, 'CNY', 'en')).toBe(`It costs about ${formatMoney(wholeTotal, 'CNY', 'en')}.`);
		// Before any price, the order says so rather than a cost of nothing.
		expect((await prepareOrder(session, premium, options)).estimate).toMatchObject({complete: false, total: 0});
	});
});
