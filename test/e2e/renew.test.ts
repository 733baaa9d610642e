// Renewal end to end with the built CLI: headless against a real `alidomain sandbox` process (orders counted through
// the API: the same list renewed twice renews each domain once, and the new expiry shows in the domains list), and
// the renew picker in a real 80x24 terminal from home to the end of the batch.
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
	CLI,
	runCli,
	sandboxEnv,
	startSandboxProcess,
	tasksPerDomain,
	tempHome,
	type SandboxProcess,
} from '../support/cli.js';
import {Tmux} from '../support/tmux.js';

type Expiring = {
	withinDays: number;
	domains: Array<{
		domain: string;
		expiryMs: number;
		expiryDate: string;
		daysLeft: number;
		status: string;
		premium: boolean;
		price: number | null;
	}>;
};
const YEAR_MS = 365 * 86_400_000;

describe('renew, headless', () => {
	let sandbox: SandboxProcess;
	let env: NodeJS.ProcessEnv;
	beforeAll(async () => {
		env = sandboxEnv(tempHome());
		sandbox = await startSandboxProcess(['--speed', '50'], env);
	});
	afterAll(() => sandbox.stop());

	const expiring = async (within?: number): Promise<Expiring> => {
		const run = await runCli(
			[
				'domains',
				'--expiring',
				...(within === undefined ? [] : ['--within', String(within)]),
				'--endpoint',
				sandbox.url,
				'--json',
			],
			{env},
		);
		expect(run.code, run.stderr).toBe(0);
		return JSON.parse(run.stdout) as Expiring;
	};

	it('domains --expiring lists the domains to renew soonest first, with days left and the price a year', async () => {
		const listed = await expiring();
		expect(listed.withinDays).toBe(30);
		const days = listed.domains.map((d) => d.daysLeft);
		expect(days).toEqual([...days].sort((a, b) => a - b));
		expect(days[0]).toBeLessThan(0);
		for (const d of listed.domains) {
			expect(new Date(d.expiryDate).getTime()).toBe(d.expiryMs);
			expect(d.status).toBe('renewal-due');
			expect(d.price).toEqual(expect.any(Number));
		}
		expect(listed.domains.find((d) => d.domain === 'tea.cn')).toMatchObject({premium: true, price: 12_000});
		// A wider window adds the normal domains expiring within it.
		const wide = await expiring(90);
		expect(wide.domains.filter((d) => d.status === 'expiring').map((d) => d.domain)).toEqual(['lianyun-tech.com']);
		const plain = await runCli(['domains', '--expiring', '--endpoint', sandbox.url], {env});
		expect(plain.stdout.split('\n')[0]).toMatch(
			/^grace-period\.net\s+\d{13}\s+\d{4}-\d{2}-\d{2}\s+expired 10 days ago\s+needs renewal\s+CNY 89\.00\/year/,
		);
	});

	it('renews the same list twice: each domain once, the new expiry in the domains list, refusals with reasons', async () => {
		const before = new Map((await expiring()).domains.map((d) => [d.domain, d.expiryMs]));
		const names = ['expiring-soon.com', 'night-owl-radio.net', 'spring-catalog.shop'];
		const input = [...names, 'partner-portal.com', 'quiet-harbor.com'].join('\n');
		const first = await runCli(
			['renew', '--domains', '-', '--years', '2', '--endpoint', sandbox.url, '--yes', '--wait', '--json'],
			{env, input},
		);
		expect(first.code, first.stderr).toBe(0);
		const report = JSON.parse(first.stdout) as {
			excluded: Array<{domain: string; reason: string}>;
			estimate: {total: number};
			status: {counts: {succeeded: number}};
		};
		expect(report.excluded).toEqual([
			{domain: 'partner-portal.com', reason: 'not a domain of this account'},
			{domain: 'quiet-harbor.com', reason: 'in its redemption period: it can only be redeemed now'},
		]);
		expect(report.estimate.total).toBe(2 * (79 + 89 + 219));
		expect(report.status.counts.succeeded).toBe(3);

		// Run again as it was: nothing is sent, and names of the list were refused: exit 5 (README, "Exit codes"); the
		// renewed names alone: all done, exit 0.
		const again = await runCli(
			['renew', '--domains', '-', '--years', '2', '--endpoint', sandbox.url, '--yes', '--json'],
			{env, input},
		);
		expect(again.code).toBe(5);
		expect(again.stderr).toContain('expiring-soon.com: left out, already renewed by task');
		expect(again.stderr).toMatch(/Nothing sent: \d+ domains? of the list cannot be ordered \(reasons above\)/);
		const done = await runCli(
			['renew', '--domains', '-', '--years', '2', '--endpoint', sandbox.url, '--yes', '--json'],
			{env, input: names.join('\n')},
		);
		expect(done.code).toBe(0);
		expect(done.stderr).toContain('Everything is already done');
		const orders = await tasksPerDomain(sandbox.client);
		for (const name of names) expect(orders.get(name)).toBe(1);
		expect(orders.has('partner-portal.com')).toBe(false);

		const after = new Map((await expiring(800)).domains.map((d) => [d.domain, d]));
		for (const name of names) {
			expect(after.get(name)!.expiryMs).toBe(before.get(name)! + 2 * YEAR_MS);
			expect(after.get(name)!.status).toBe('expiring');
		}
	});

	it('--all-expiring renews what is due; a premium one without --premium fails with exit 3, and --dry-run sends nothing', async () => {
		const dry = await runCli(['renew', '--all-expiring', '--endpoint', sandbox.url, '--dry-run'], {env});
		expect(dry.code, dry.stderr).toBe(0);
		const tasksBefore = (await sandbox.client.queryTaskList({PageNum: 1, PageSize: 100})).TotalItemNum;
		const run = await runCli(['renew', '--all-expiring', '--endpoint', sandbox.url, '--yes', '--wait'], {env});
		expect(run.code).toBe(3);
		// The fix in plain words first, the server's text after it (core/words/reason-words.ts).
		expect(run.stdout).toMatch(
			/tea\.cn\s+premium name: allow premium in Options, or --premium \(Premium domain names can be renewed only with PermitPremiumRenew/,
		);
		expect((await sandbox.client.queryTaskList({PageNum: 1, PageSize: 100})).TotalItemNum).toBe(tasksBefore + 1);
		const due = await expiring();
		expect(due.domains.map((d) => d.domain).sort()).toEqual(['tea.cn', 'zen.io']);
		// With --premium the premium one renews, at its premium price.
		const premium = await runCli(
			['renew', '--domains', '-', '--premium', '--endpoint', sandbox.url, '--yes', '--wait', '--json'],
			{env, input: 'tea.cn\n'},
		);
		expect(premium.code, premium.stderr).toBe(0);
		expect((JSON.parse(premium.stdout) as {estimate: {total: number}}).estimate.total).toBe(12_000);
		expect((await expiring()).domains.map((d) => d.domain)).toEqual(['zen.io']);
	});

	it('refuses flags that do not belong to renew, and a bad window', async () => {
		const both = await runCli(['renew', '--all-expiring', '--domains', '-', '--endpoint', sandbox.url, '--yes'], {env});
		expect(both.code).toBe(2);
		expect(both.stderr).toContain('give either --domains or --all-expiring, not both.');
		const wrong = await runCli(['register', '--all-expiring', '--endpoint', sandbox.url, '--yes'], {env});
		expect(wrong.code).toBe(2);
		const window = await runCli(['domains', '--expiring', '--within', 'soon', '--endpoint', sandbox.url], {env});
		expect(window.code).toBe(2);
		expect(window.stderr).toContain('--within must be a whole number from 0 to 3650');
	});
});

describe('the renew picker in a real 80x24 terminal', () => {
	const tmux = new Tmux('renew');
	let home: string;
	beforeAll(() => {
		if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first.');
		home = mkdtempSync(join(tmpdir(), 'alidomain-renew-e2e-'));
	});
	afterAll(() => tmux.close());

	const keys = async (session: string, expected: string, ...names: string[]) => {
		tmux.press(session, ...names);
		return tmux.waitForScreen(session, expected, {timeoutMs: 15_000});
	};

	it('Home → Renew: lists, selects two, reviews price × years, renews and watches to the end', async () => {
		const session = 'renew';
		const env = `ALIDOMAIN_HOME=${join(home, 'alidomain')} HOME=${home} CI=false ALIDOMAIN_SETTLE_MS=0 LANG=C.UTF-8`;
		tmux.open(session, `env ${env} ${process.execPath} ${CLI} --sandbox --sandbox-reset`, {width: 80, height: 24});
		await tmux.waitForScreen(session, 'SANDBOX', {timeoutMs: 15_000});
		await keys(session, '❯ Renew domains', 'Down', 'Down');
		let frame = await keys(session, 'CNY 12,000 premium', 'Enter');
		expect(frame).toContain('9 domains to renew');
		expect(frame).toMatch(/❯ ○ grace-period\.net\s+\d{4}-\d{2}-\d{2}\s+10 days ago\s+CNY 89/);
		await keys(session, '1 selected', 'Space');
		await keys(session, '❯ ○ last-minute-tickets.com', 'Down');
		frame = await keys(session, '2 selected', 'Space');
		expect(frame).toContain('CNY 168.00 a year');
		await keys(session, 'Renew · Options', 'Enter');
		frame = await keys(session, 'Renew · Review', 'Enter');
		frame = await tmux.waitForScreen(session, '❯ Back', {timeoutMs: 15_000});
		expect(frame).toContain('Renew 2 domains in 1 task');
		expect(frame).toContain('CNY 168.00 for 2 domains × 1 year');
		await keys(session, '❯ Submit 2 domains', 'Down');
		await keys(session, 'Renewing 2 domains', 'Enter');
		frame = await tmux.waitForScreen(session, 'All 2 domains are final', {timeoutMs: 60_000});
		expect(frame).toContain('2 succeeded');
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
		tmux.press(session, 'C-c');
	});
});
