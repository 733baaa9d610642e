// Renewal in core against the real sandbox over HTTP: the account's renewal list and window, prices per suffix and
// per premium name, typed names checked against the account, the estimate, and the one submit path renewing each
// domain once however often the same list is sent.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';
import {estimateCost} from '../../source/core/pricing/estimate.js';
import {lookupRenewals} from '../../source/core/account/renewal-lookup.js';
import {bySoonestExpiry, listRenewalDomains, renewalRow} from '../../source/core/account/renewal-list.js';
import {lookupRenewalPrices, renewalChecks} from '../../source/core/pricing/renewal-price.js';
import {alreadyOrdered, planOrder, sendOrder, type OrderSession} from '../../source/core/submit/submit-path.js';
import {YEAR_MS} from '../../source/sandbox/clock.js';
import {premiumPrice, RENEWAL_TLD_PRICES, TLD_PRICES} from '../../source/sandbox/registry-rules.js';
import {NORMAL_DOMAINS, RENEWAL_DOMAINS} from '../../source/sandbox/seed.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {Journal} from '../../source/store/journal.js';
import {createSubmitLock} from '../../source/store/submit-lock.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

async function setup(speed = 1000) {
	sandbox = await startSandbox({port: 0, speed, quiet: true});
	const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
	return {client, sandbox};
}

function sessionFor(client: DomainClient, url: string): OrderSession {
	return {
		client,
		journal: new Journal(mkdtempSync(join(tmpdir(), 'journal-'))),
		lock: createSubmitLock(mkdtempSync(join(tmpdir(), 'locks-')), 'account'),
		accountLabel: 'sandbox',
		endpoint: url,
		sandbox: true,
		settleMs: 60_000,
	};
}

/** Polls until every detail of these tasks is final. */
async function settle(client: DomainClient, taskNos: readonly string[]): Promise<void> {
	for (let i = 0; i < 200; i++) {
		const pages = await Promise.all(
			taskNos.map((TaskNo) => client.queryTaskDetailList({TaskNo, PageNum: 1, PageSize: 100})),
		);
		if (pages.every((p) => p.Data.TaskDetail.every((d) => d.TaskStatusCode >= 2))) return;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	throw new Error('tasks did not finish');
}

describe('the renewal list', () => {
	it('holds the domains that need renewal, and with a wider window those expiring within it, soonest first', async () => {
		const {client} = await setup();
		const now = Date.now();
		const due = (await listRenewalDomains(client, {now: () => now})).sort(bySoonestExpiry);
		expect(due.map((d) => d.name).sort()).toEqual(RENEWAL_DOMAINS.map(([name]) => name).sort());
		expect(due.map((d) => d.expiryMs)).toEqual([...due.map((d) => d.expiryMs)].sort((a, b) => a - b));
		expect(
			due
				.filter((d) => d.premium)
				.map((d) => d.name)
				.sort(),
		).toEqual(['tea.cn', 'zen.io']);
		const rows = due.map((d) => renewalRow(d, now));
		expect(rows.find((r) => r.name === 'grace-period.net')!.daysLeft).toBeLessThan(0);
		expect(rows.find((r) => r.name === 'expiring-soon.com')!.daysLeft).toBe(12);
		// The first normal domain expires in 60 days: outside the default window, inside a 90-day one.
		const wide = await listRenewalDomains(client, {withinDays: 90, now: () => now});
		expect(wide.map((d) => d.name)).toContain(NORMAL_DOMAINS[0]);
		expect(due.map((d) => d.name)).not.toContain(NORMAL_DOMAINS[0]);
		// Domains in their redemption period are redeemed, not renewed.
		expect(wide.every((d) => d.status !== '2')).toBe(true);
	});

	it('prices per suffix with one call each, and a premium name by itself', async () => {
		const {client} = await setup();
		let calls = 0;
		const counting = {
			checkDomain: (...args: Parameters<DomainClient['checkDomain']>) => (calls++, client.checkDomain(...args)),
		};
		const prices = await lookupRenewalPrices(counting, [
			{name: 'a-one.com'},
			{name: 'b-two.com'},
			{name: 'c-three.cn'},
			{name: 'zen.io', premium: true},
		]);
		expect(calls).toBe(3);
		expect(Object.fromEntries(prices)).toEqual({
			'a-one.com': RENEWAL_TLD_PRICES.com,
			'b-two.com': RENEWAL_TLD_PRICES.com,
			'c-three.cn': TLD_PRICES.cn,
			'zen.io': premiumPrice('zen'),
		});
	});
});

describe('typed names', () => {
	it("are checked against the account: another account's domain and one in redemption are refused with the reason", async () => {
		const {client} = await setup();
		const known = await listRenewalDomains(client);
		const lookup = await lookupRenewals(
			client,
			['expiring-soon.com', 'partner-portal.com', 'quiet-harbor.com', 'lianyun-tech.com'],
			{known},
		);
		expect(lookup.ready.map((d) => d.name)).toEqual(['expiring-soon.com', 'lianyun-tech.com']);
		expect(lookup.refused).toEqual([
			{name: 'partner-portal.com', reason: 'not a domain of this account'},
			{name: 'quiet-harbor.com', reason: expect.stringMatching(/redemption period/)},
		]);
	});
});

describe('the estimate of a renewal', () => {
	it('is price × years, and a premium name without permission will fail and is not charged', () => {
		const domains = [{name: 'a.com'}, {name: 'zen.io', premium: true}, {name: 'unpriced.net'}];
		const checks = renewalChecks(
			domains,
			new Map([
				['a.com', 79],
				['zen.io', 12_000],
			]),
		);
		const plain = estimateCost({
			operation: 'renew',
			domains: domains.map((d) => d.name),
			years: 3,
			premium: false,
			trademark: false,
			checks,
		});
		expect(plain.total).toBe(237);
		expect(plain.willFail).toEqual([{domain: 'zen.io', kind: 'premium'}]);
		expect(plain.unpriced).toEqual(['unpriced.net']);
		const premium = estimateCost({
			operation: 'renew',
			domains: ['a.com', 'zen.io'],
			years: 2,
			premium: true,
			trademark: false,
			checks,
		});
		expect(premium.total).toBe(2 * 79 + 2 * 12_000);
	});
});

describe('renewing through the one submit path', () => {
	it('renews the same list twice: each domain once, and the new expiry shows in the account', async () => {
		const {client, sandbox} = await setup();
		const known = await listRenewalDomains(client);
		const names = ['expiring-soon.com', 'weekend-market.com', 'night-owl-radio.net'];
		const entries = names.map((name) => ({name, expiryMs: known.find((d) => d.name === name)!.expiryMs}));
		const before = new Map(entries.map((e) => [e.name, e.expiryMs]));
		const session = sessionFor(client, sandbox.url);
		const input = {operation: 'renew' as const, entries, renew: {years: 2, premium: false}, batchSize: 2, voucher: {}};
		const first = await sendOrder(session, planOrder(session, input));
		expect(first.leftOut).toEqual([]);
		await settle(client, sandbox.world.tasksForDomain(names[0]!));
		// The same list again, as a second run would send it: the journal and the server both know it is done.
		const excluded = await alreadyOrdered(session, 'renew', names);
		expect([...excluded.keys()].sort()).toEqual([...names].sort());
		const second = await sendOrder(session, planOrder(session, input));
		expect(second.leftOut.map((l) => l.domain).sort()).toEqual([...names].sort());
		for (const name of names) expect(sandbox.world.tasksForDomain(name)).toHaveLength(1);
		const listed = (await client.queryDomainList({PageNum: 1, PageSize: 100})).Data.Domain;
		for (const name of names) {
			const row = listed.find((d) => d.DomainName === name)!;
			expect(row.ExpirationDateLong).toBe(before.get(name)! + 2 * YEAR_MS);
			expect(row.DomainStatus).toBe('3');
		}
	});

	it('leaves out a domain a renewal task on the server already holds, even one this journal never saw', async () => {
		const {client, sandbox} = await setup(1);
		const [due] = await listRenewalDomains(client);
		const elsewhere = await client.saveBatchTaskForCreatingOrderRenew({
			OrderRenewParam: [{DomainName: due!.name, CurrentExpirationDate: due!.expiryMs, SubscriptionDuration: 1}],
		});
		const session = sessionFor(client, sandbox.url);
		const summary = await sendOrder(
			session,
			planOrder(session, {
				operation: 'renew',
				entries: [{name: due!.name, expiryMs: due!.expiryMs}],
				renew: {years: 1, premium: false},
				batchSize: 10,
				voucher: {},
			}),
		);
		expect(summary.leftOut).toEqual([{chunk: 0, domain: due!.name, taskNo: elsewhere.TaskNo}]);
		expect(sandbox.world.tasksForDomain(due!.name)).toEqual([elsewhere.TaskNo]);
	});
});
