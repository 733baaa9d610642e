// The headless CLI end to end: the built `alidomain` against a real `alidomain sandbox` process.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {domainToASCII} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
	baseEnv,
	runCli,
	sandboxEnv,
	startSandboxProcess,
	tasksPerDomain,
	tempHome,
	type SandboxProcess,
} from '../support/cli.js';

interface StatusJson {
	counts: {waiting: number; executing: number; succeeded: number; failed: number; total: number};
	domains: Array<{domain: string; taskNo: string; status: string; error?: string; tryCount: number}>;
}

describe('the redemption period, headless, on the large sandbox account', () => {
	let sandbox: SandboxProcess;
	let env: NodeJS.ProcessEnv;
	beforeAll(async () => {
		env = sandboxEnv(tempHome());
		sandbox = await startSandboxProcess(['--speed', '50', '--seed', 'large'], env);
	});
	afterAll(() => sandbox.stop());

	it('domains --redemption lists every page, soonest first; redeem --all-in-redemption orders each redeemable domain once, and a rerun orders nothing', async () => {
		const listed = await runCli(['domains', '--redemption', '--endpoint', sandbox.url, '--json'], {env});
		expect(listed.code).toBe(0);
		const {domains} = JSON.parse(listed.stdout) as {
			domains: Array<{
				domain: string;
				expiryMs: number;
				expiryDate: string;
				daysLeft: number;
				status: string;
				redeemable: boolean;
			}>;
		};
		expect(domains.length).toBeGreaterThan(300);
		expect(new Set(domains.map((d) => d.domain)).size).toBe(domains.length);
		const redeemable = domains.filter((d) => d.redeemable);
		const blocked = domains.filter((d) => !d.redeemable);
		expect(blocked.length).toBeGreaterThanOrEqual(3);
		for (const d of blocked) expect(d.status).toBe('pending-delete');
		for (const d of domains) expect(new Date(d.expiryDate).getTime()).toBe(d.expiryMs);
		// Soonest deadline first, those that cannot be redeemed last.
		const days = redeemable.map((d) => d.daysLeft);
		expect(days).toEqual([...days].sort((a, b) => a - b));
		expect(domains.slice(redeemable.length).every((d) => !d.redeemable)).toBe(true);

		const plain = await runCli(['domains', '--redemption', '--endpoint', sandbox.url], {env});
		expect(plain.stdout.split('\n')[0]).toMatch(
			new RegExp(
				`^${redeemable[0]!.domain.replace(/\./g, '\\.')}\\s+${redeemable[0]!.expiryMs}\\s+\\d{4}-\\d{2}-\\d{2}`,
			),
		);
		expect(plain.stderr).toContain(`${domains.length} in redemption, ${redeemable.length} can be redeemed`);

		const run = await runCli(
			['redeem', '--all-in-redemption', '--endpoint', sandbox.url, '--yes', '--wait', '--json'],
			{env},
		);
		expect(run.code).toBe(0);
		const out = JSON.parse(run.stdout) as {
			excluded: Array<{domain: string; reason: string}>;
			tasks: Array<{domains: string[]}>;
			status: StatusJson;
		};
		expect(out.excluded.map((x) => x.domain).sort()).toEqual(blocked.map((d) => d.domain).sort());
		expect(out.status.counts).toMatchObject({total: redeemable.length, succeeded: redeemable.length, failed: 0});
		const orders = await tasksPerDomain(sandbox.client);
		expect(orders.size).toBe(redeemable.length);
		for (const d of redeemable) expect(orders.get(d.domain)).toBe(1);

		const again = await runCli(['redeem', '--all-in-redemption', '--endpoint', sandbox.url, '--yes', '--json'], {env});
		// Nothing left to redeem and nothing asked for by name: nothing needed doing (README, "Exit codes").
		expect(again.code).toBe(0);
		expect(again.stderr).toContain('Nothing to do: no domain of the account can be redeemed now.');
		expect((await tasksPerDomain(sandbox.client)).size).toBe(redeemable.length);
	});

	it('refuses --all-in-redemption with --domains, or for register', async () => {
		const both = await runCli(['redeem', '--all-in-redemption', '--domains', '-', '--endpoint', sandbox.url, '--yes'], {
			env,
		});
		expect(both.code).toBe(2);
		expect(both.stderr).toContain('give either --domains or --all-in-redemption, not both.');
		const register = await runCli(['register', '--all-in-redemption', '--endpoint', sandbox.url, '--yes'], {env});
		expect(register.code).toBe(2);
		expect(register.stderr).toContain('--all-in-redemption is for alidomain redeem.');
		const bare = await runCli(['domains', '--endpoint', sandbox.url], {env});
		expect(bare.code).toBe(2);
		expect(bare.stderr).toContain('(--redemption) or those to renew (--expiring): add one');
	});
});

describe('register, redeem and status against the sandbox', () => {
	let sandbox: SandboxProcess;
	let home: string;
	let env: NodeJS.ProcessEnv;
	beforeAll(async () => {
		home = tempHome();
		env = sandboxEnv(home);
		sandbox = await startSandboxProcess(['--speed', '50'], env);
	});
	afterAll(() => sandbox.stop());

	it('registers 1,000 names of every kind and reports the right outcome for each', async () => {
		const available = Array.from({length: 700}, (_, i) => `launch-${i}.com`);
		const taken = Array.from({length: 100}, (_, i) => `taken-${i}.com`);
		const premium = Array.from({length: 100}, (_, i) => `p${i.toString(36).padStart(2, '0')}.com`);
		const trademark = Array.from({length: 100}, (_, i) => `nike-fan-${i}.com`);
		const input = [...available, ...taken, ...premium, ...trademark].join('\n');
		// Outcomes are what this checks; pricing 1,000 names first (100 s at CheckDomain's 10 a second) is left out.
		const run = await runCli(
			[
				'register',
				'--endpoint',
				sandbox.url,
				'--domains',
				'-',
				'--profile-id',
				'default',
				'--yes',
				'--wait',
				'--json',
				'--no-estimate',
			],
			{env, input},
		);
		expect(run.stderr).toContain('Register 1,000 domains in 10 tasks');
		expect(run.code).toBe(3);
		const out = JSON.parse(run.stdout) as {tasks: Array<{taskNo: string; domains: string[]}>; status: StatusJson};
		expect(out.tasks).toHaveLength(10);
		expect(out.status.counts).toMatchObject({total: 1000, succeeded: 700, failed: 300, waiting: 0, executing: 0});
		const byName = new Map(out.status.domains.map((d) => [d.domain, d]));
		for (const d of available) expect(byName.get(d)?.status).toBe('succeeded');
		for (const d of taken)
			expect(byName.get(d)).toMatchObject({status: 'failed', error: expect.stringMatching(/already been registered/)});
		for (const d of premium)
			expect(byName.get(d)).toMatchObject({status: 'failed', error: expect.stringMatching(/premium/i)});
		for (const d of trademark)
			expect(byName.get(d)).toMatchObject({status: 'failed', error: expect.stringMatching(/trademark/i)});

		const status = await runCli(['status', '--endpoint', sandbox.url, '--wait', '--json'], {env});
		expect(status.code).toBe(3);
		const report = JSON.parse(status.stdout) as StatusJson;
		expect(report.domains).toHaveLength(1000);
		expect(new Set(report.domains.map((d) => d.domain))).toEqual(new Set(byName.keys()));
		expect(report.domains.every((d) => ['succeeded', 'failed'].includes(d.status) && d.taskNo && d.tryCount >= 1)).toBe(
			true,
		);
	});

	it('redeems the seeded redemption-period domains with no timestamps given', async () => {
		const list = await sandbox.client.queryDomainList({PageNum: 1, PageSize: 100, QueryType: '2'});
		const names = list.Data.Domain.map((d) => d.DomainName);
		expect(names.length).toBeGreaterThanOrEqual(20);
		const run = await runCli(['redeem', '--endpoint', sandbox.url, '--domains', '-', '--yes', '--wait', '--json'], {
			env,
			input: [...names, 'launch-1.com', 'not-in-this-account.com'].join('\n'),
		});
		expect(run.code).toBe(0);
		const out = JSON.parse(run.stdout) as {excluded: Array<{domain: string; reason: string}>; status: StatusJson};
		// Three of the listed ones are in pending delete: left out before anything is sent.
		const pending = out.excluded.filter((x) => /pending delete/.test(x.reason)).map((x) => x.domain);
		expect(pending.sort()).toEqual(['last-chance-deals.cn', 'old-landing-page.net', 'spring-promo-2023.com']);
		expect(out.status.counts).toMatchObject({total: names.length - 3, succeeded: names.length - 3});
		expect(out.excluded.filter((x) => !pending.includes(x.domain))).toEqual([
			{domain: 'launch-1.com', reason: expect.stringMatching(/not in its redemption period/)},
			{domain: 'not-in-this-account.com', reason: 'not a domain of this account'},
		]);
		const after = await sandbox.client.queryDomainList({PageNum: 1, PageSize: 100, QueryType: '2'});
		expect(after.Data.Domain.map((d) => d.DomainName).sort()).toEqual(pending);
	});

	it('gives every bad line its reason and submits nothing for it', async () => {
		const lines = [
			'good-one.com',
			'https://www.Pasted-Url.com/some/path',
			'bad_underscore.com',
			'-leading-hyphen.com',
			'no-tld',
			`${'x'.repeat(64)}.com`,
			'good-one.com',
			'mañana-shop.com',
			'person@example.com',
			'1700000000',
		];
		const run = await runCli(
			[
				'register',
				'--endpoint',
				sandbox.url,
				'--domains',
				'-',
				'--profile-id',
				'default',
				'--yes',
				'--skip-invalid',
				'--json',
			],
			{env, input: lines.join('\n')},
		);
		expect(run.code).toBe(0);
		const out = JSON.parse(run.stdout) as {
			rejected: Array<{line: number; reason: string}>;
			duplicates: number;
			tasks: Array<{domains: string[]}>;
		};
		expect(out.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6, 9, 10]);
		expect(out.rejected.every((r) => r.reason.length > 10)).toBe(true);
		expect(out.duplicates).toBe(1);
		expect(out.tasks.flatMap((t) => t.domains)).toEqual([
			'good-one.com',
			'pasted-url.com',
			domainToASCII('mañana-shop.com'),
		]);
	});

	it('--dry-run needs no --yes, sends nothing (no task on the server) and names the file of the exact requests', async () => {
		const names = ['dry-e2e-1.com', 'dry-e2e-2.net', 'dry-e2e-3.org'];
		const run = await runCli(
			[
				'register',
				'--endpoint',
				sandbox.url,
				'--domains',
				'-',
				'--profile-id',
				'default',
				'--years',
				'2',
				'--dry-run',
				'--json',
			],
			{env, input: names.join('\n')},
		);
		expect(run.code).toBe(0);
		const out = JSON.parse(run.stdout) as {
			dryRun: boolean;
			estimate: {total: number; currency: string};
			balance: {known: boolean};
			requestsFile: string;
		};
		// (69 + 79 + 75) × 2 years.
		expect(out).toMatchObject({dryRun: true, estimate: {total: 446, currency: 'CNY'}, balance: {known: true}});
		const file = JSON.parse(readFileSync(out.requestsFile, 'utf8')) as {
			requests: Array<{OrderActivateParam: Array<{DomainName: string; SubscriptionDuration: number}>}>;
		};
		expect(file.requests[0]!.OrderActivateParam.map((p) => [p.DomainName, p.SubscriptionDuration])).toEqual(
			names.map((n) => [n, 2]),
		);
		const counts = await tasksPerDomain(sandbox.client);
		expect(names.map((n) => counts.get(n) ?? 0)).toEqual([0, 0, 0]);
	});

	it('refuses bad flags with exit 2 and says which', async () => {
		const years = await runCli(
			['register', '--endpoint', sandbox.url, '--domains', '-', '--profile-id', 'default', '--yes', '--years', '11'],
			{env, input: 'a-b-c.com'},
		);
		expect(years.code).toBe(2);
		expect(years.stderr).toMatch(/--years/);
		const dns = await runCli(
			[
				'register',
				'--endpoint',
				sandbox.url,
				'--domains',
				'-',
				'--profile-id',
				'default',
				'--yes',
				'--dns',
				'ns1.example.com,http://x',
			],
			{env, input: 'a-b-c.com'},
		);
		expect(dns.code).toBe(2);
		expect(dns.stderr).toMatch(/--dns/);
		const profile = await runCli(
			['register', '--endpoint', sandbox.url, '--domains', '-', '--profile-id', '1', '--yes'],
			{env, input: 'a-b-c.com'},
		);
		expect(profile.code).toBe(2);
		expect(profile.stderr).toMatch(/no registrant profile 1/);
	});
});

describe('without a terminal', () => {
	it('exits 2 naming exactly the flags that are missing', async () => {
		const env = baseEnv(tempHome());
		const register = await runCli(['register'], {env});
		expect(register.code).toBe(2);
		expect(register.stderr).toContain('--yes, --domains FILE, --profile-id ID');
		const redeem = await runCli(['redeem', '--domains', 'x.txt'], {env});
		expect(redeem.code).toBe(2);
		expect(redeem.stderr).toContain('needs a terminal, or: --yes.');
		const app = await runCli([], {env});
		expect(app.code).toBe(2);
		expect(app.stderr).toMatch(/needs a terminal.*--yes/);
	});

	it('exits 2 on a flag the command does not take, naming the flags it does take', async () => {
		const env = baseEnv(tempHome());
		const history = await runCli(['history', '--batch-size', '7'], {env});
		expect(history.code).toBe(2);
		expect(history.stderr).toContain(
			'--batch-size is for alidomain register, alidomain redeem, or alidomain renew. Flags of alidomain history: --json,',
		);
		const sandbox = await runCli(['sandbox', '--years', '3'], {env});
		expect(sandbox.code).toBe(2);
		expect(sandbox.stderr).toContain('Flags of alidomain sandbox: --port, --faults, --speed, --state, --seed,');
	});
});

describe('never ordering twice', () => {
	it('with lost answers and the process killed at random moments, reruns order every domain exactly once', async () => {
		const home = tempHome();
		const env = sandboxEnv(home, {ALIDOMAIN_SETTLE_MS: '300'});
		const sandbox = await startSandboxProcess(['--speed', '20', '--faults', 'lost-response=0.5,latency=40-90'], env);
		try {
			const domains = Array.from({length: 60}, (_, i) => `twice-${i}.com`);
			// The submit path is what this attacks; pricing the list on each of up to 40 runs is left out.
			const args = [
				'register',
				'--endpoint',
				sandbox.url,
				'--domains',
				'-',
				'--profile-id',
				'default',
				'--yes',
				'--batch-size',
				'5',
				'--no-estimate',
			];
			let finished = false;
			let killedMidSubmit = 0;
			// Killed just after a chunk's outcome is known, while the next chunk's request is being written or is in flight.
			const killDelays = [0, 5, 15, 30, 45, 60, 2, 20];
			for (let run = 0; run < 40 && !finished; run++) {
				const killing = run < killDelays.length;
				const result = await runCli(args, {
					env,
					input: domains.join('\n'),
					killWhen: killing ? /accepted|outcome unknown/ : undefined,
					killDelayMs: killDelays[run],
				});
				if (result.signal === 'SIGKILL') killedMidSubmit++;
				finished = result.signal === null && /still in flight|Everything is already done/.test(result.stderr);
				if (!killing && !finished) await new Promise((r) => setTimeout(r, 350));
			}
			expect(finished).toBe(true);
			expect(killedMidSubmit).toBeGreaterThanOrEqual(4);
			const counts = await tasksPerDomain(sandbox.client);
			expect(domains.map((d) => counts.get(d) ?? 0)).toEqual(domains.map(() => 1));
		} finally {
			await sandbox.stop();
		}
		// Up to 40 whole CLI runs, as many as the random lost answers take (about 15 s on a quiet machine): its own
		// timeout, so that a loaded machine running the suite side by side cannot bring it near the limit.
	}, 90_000);
});

describe('secrets', () => {
	it('never appear in output, in files other than the 0600 config, or in argv', async () => {
		const home = tempHome();
		const env = baseEnv(home);
		const sandbox = await startSandboxProcess(['--speed', '50'], env);
		const secret = 'sandbox-secret';
		const canary = 'Canary-Secret-Value-0123456789';
		try {
			const outputs: string[] = [];
			const collect = (r: {stdout: string; stderr: string}) => outputs.push(r.stdout, r.stderr);
			const viaArgv = await runCli(['accounts', 'add', 'demo', '--access-key-id', 'sandbox', '--secret', secret], {
				env,
			});
			expect(viaArgv.code).toBe(2);
			collect(
				await runCli(
					['accounts', 'add', 'demo', '--access-key-id', 'sandbox', '--secret-stdin', '--endpoint', sandbox.url],
					{env, input: `${secret}\n`},
				),
			);
			collect(
				await runCli(
					['accounts', 'add', 'wrong', '--access-key-id', 'sandbox', '--secret-stdin', '--endpoint', sandbox.url],
					{env, input: `${canary}\n`},
				),
			);
			collect(await runCli(['accounts'], {env}));
			collect(await runCli(['accounts', '--json'], {env}));
			collect(
				await runCli(
					['register', '--account', 'demo', '--domains', '-', '--profile-id', 'default', '--yes', '--wait', '--json'],
					{env, input: 'secret-test-1.com\ntaken-x.com'},
				),
			);
			collect(await runCli(['status', '--account', 'demo', '--wait', '--json'], {env}));
			collect(await runCli(['history', '--json'], {env}));
			collect(
				await runCli(['register', '--endpoint', sandbox.url, '--domains', '-', '--profile-id', 'default', '--yes'], {
					env: {...env, ALIBABA_CLOUD_ACCESS_KEY_ID: 'sandbox', ALIBABA_CLOUD_ACCESS_KEY_SECRET: canary},
					input: 'x-y-z.com',
				}),
			);
			const all = outputs.join('\n');
			expect(all).toContain('SignatureDoesNotMatch');
			expect(all).toContain('••••');
			expect(all).not.toContain(secret);
			expect(all).not.toContain(canary);

			const files = listFiles(join(home, 'alidomain'));
			const config = files.filter((f) => readFileSync(f, 'utf8').includes(secret));
			expect(config).toHaveLength(1);
			expect(config[0]).toMatch(/accounts\.json$/);
			expect(statSync(config[0]!).mode & 0o777).toBe(0o600);
			expect(files.filter((f) => readFileSync(f, 'utf8').includes(canary))).toEqual([]);
		} finally {
			await sandbox.stop();
		}
	});
});

function listFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
		e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
	);
}
