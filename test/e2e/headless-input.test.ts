// What a script author expects from register and redeem: a list with rejected lines is refused whole unless
// --skip-invalid says otherwise, --wait ends with the failures and their reasons, and a rerun with nothing left to
// do is a success. Built CLI against a real `alidomain sandbox` process; orders are counted on the server.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
	runCli,
	sandboxEnv,
	startSandboxProcess,
	tasksPerDomain,
	tempHome,
	type SandboxProcess,
} from '../support/cli.js';

describe('headless input and outcomes', () => {
	let sandbox: SandboxProcess;
	let env: NodeJS.ProcessEnv;
	beforeAll(async () => {
		env = sandboxEnv(tempHome());
		sandbox = await startSandboxProcess(['--speed', '50'], env);
	});
	afterAll(() => sandbox.stop());

	const register = (extra: string[], input: string, lang = 'en') =>
		runCli(
			[
				'register',
				'--endpoint',
				sandbox.url,
				'--domains',
				'-',
				'--profile-id',
				'default',
				'--yes',
				'--lang',
				lang,
				...extra,
			],
			{env, input},
		);

	const list = ['skip-ok-1.com', 'shop.bar.net', 'files.example.org', 'аpple.com', 'i❤.ws', 'skip-ok-2.com'].join('\n');

	it('refuses a list with rejected lines, lists every reason, and sends nothing (exit 2)', async () => {
		const run = await register([], list);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("line 2: 'shop.bar.net' is a subdomain of bar.net; only bar.net can be registered");
		expect(run.stderr).toContain(
			"line 3: 'files.example.org' is a subdomain of example.org; only example.org can be registered",
		);
		expect(run.stderr).toMatch(/line 4: 'аpple\.com' mixes Latin and Cyrillic letters .*U\+0430/);
		expect(run.stderr).toMatch(/line 5: 'i❤\.ws' contains an emoji/);
		expect(run.stderr).toContain('pass --skip-invalid');
		const counts = await tasksPerDomain(sandbox.client);
		expect(counts.get('skip-ok-1.com')).toBeUndefined();
		expect(counts.get('skip-ok-2.com')).toBeUndefined();

		const zh = await register([], list, 'zh');
		expect(zh.code).toBe(2);
		expect(zh.stderr).toContain("第 2 行：'shop.bar.net' 是 bar.net 的子域名；只能注册 bar.net");
		expect(zh.stderr).toContain('--skip-invalid');
	});

	it('with --skip-invalid sends the valid names only', async () => {
		const run = await register(['--skip-invalid', '--json'], list);
		expect(run.code).toBe(0);
		expect(run.stderr).toContain('--skip-invalid: leaving out 4 rejected lines');
		const out = JSON.parse(run.stdout) as {tasks: Array<{domains: string[]}>; rejected: unknown[]};
		expect(out.rejected).toHaveLength(4);
		expect(out.tasks.flatMap((t) => t.domains)).toEqual(['skip-ok-1.com', 'skip-ok-2.com']);
		const counts = await tasksPerDomain(sandbox.client);
		expect(counts.get('skip-ok-1.com')).toBe(1);
		expect(counts.get('shop.bar.net')).toBeUndefined();
		expect(counts.get('bar.net')).toBeUndefined();
	});

	it('--wait in text mode ends with the failed domains and their reasons', async () => {
		const run = await register(['--wait'], ['wait-ok-1.com', 'taken-1.com', 'nike-fan-1.com'].join('\n'));
		expect(run.code).toBe(3);
		const lines = run.stdout.trim().split('\n');
		const heading = lines.indexOf('2 failed:');
		expect(heading).toBeGreaterThan(0);
		expect(lines.slice(heading + 1)).toEqual([
			expect.stringMatching(/^ {2}taken-1\.com\t.*already been registered/),
			expect.stringMatching(/^ {2}nike-fan-1\.com\t.*trademark/i),
		]);
	});

	it('a rerun where everything was already done exits 0 and says so', async () => {
		const names = ['done-1.com', 'done-2.com'].join('\n');
		const first = await register(['--wait'], names);
		expect(first.code).toBe(0);
		const again = await register([], names);
		expect(again.stderr).toContain(
			'Everything is already done: all 2 domains were ordered by an earlier run. Nothing sent.',
		);
		expect(again.code).toBe(0);
		const counts = await tasksPerDomain(sandbox.client);
		expect(counts.get('done-1.com')).toBe(1);

		// Redeem: a redeemed domain has left its redemption period, and the journal says it was this tool.
		const period = await sandbox.client.queryDomainList({PageNum: 1, PageSize: 100, QueryType: '2'});
		const two = period.Data.Domain.slice(0, 2)
			.map((d) => d.DomainName)
			.join('\n');
		const redeemArgs = ['redeem', '--endpoint', sandbox.url, '--domains', '-', '--yes'];
		expect((await runCli([...redeemArgs, '--wait'], {env, input: two})).code).toBe(0);
		const rerun = await runCli(redeemArgs, {env, input: two});
		expect(rerun.stderr).toMatch(/already redeemed by task/);
		expect(rerun.stderr).toContain('Everything is already done');
		expect(rerun.code).toBe(0);
	});

	it("redeem never sends a typed expiry it knows differs from the account's: the account's goes, unless --keep-typed-expiry", async () => {
		const period = await sandbox.client.queryDomainList({PageNum: 1, PageSize: 100, QueryType: '2'});
		// Domains the other cases do not redeem (they take the first two).
		const [one, two] = period.Data.Domain.slice(-2);
		const wrong = (d: typeof one) => `${d!.DomainName},${d!.ExpirationDateLong! - 86_400_000}`;
		const redeemArgs = ['redeem', '--endpoint', sandbox.url, '--domains', '-', '--yes', '--wait'];
		const fixed = await runCli(redeemArgs, {env, input: wrong(one)});
		expect(fixed.stderr).toContain(
			`${one!.DomainName}: the account's expiry is sent instead of the typed one (--keep-typed-expiry sends the typed one)`,
		);
		expect(fixed.code).toBe(0);
		const kept = await runCli([...redeemArgs, '--keep-typed-expiry'], {env, input: wrong(two)});
		expect(kept.stderr).not.toContain('is sent instead of the typed one');
		// The typed expiry went, and the redemption failed for it.
		expect(kept.code).not.toBe(0);
	});

	it('a rerun after a failure is not "already done": a name that failed as taken is left out with the reason, and --send-failed-again sends it', async () => {
		expect((await register(['--wait'], 'taken-2.com')).code).toBe(3);
		const again = await register([], 'taken-2.com');
		expect(again.stderr).not.toContain('already done');
		expect(again.stderr).toMatch(/taken-2\.com: left out, its order failed in task \S+ \(.*\) and would fail again/);
		expect(again.stderr).toContain('--send-failed-again');
		expect(again.stderr).toContain(
			'Nothing sent: 0 ordered by an earlier run, 1 failed before for a reason that still holds.',
		);
		expect(again.code).toBe(3);
		expect((await tasksPerDomain(sandbox.client)).get('taken-2.com')).toBe(1);
		const forced = await register(['--send-failed-again'], 'taken-2.com');
		expect(forced.stdout).toMatch(/\t1 domain$/m);
		expect((await tasksPerDomain(sandbox.client)).get('taken-2.com')).toBe(2);
	});

	it('an endpoint that is not an http(s) URL is a usage error (exit 2) saying why, and nothing is sent', async () => {
		const before = (await tasksPerDomain(sandbox.client)).size;
		for (const [endpoint, why] of [
			['ftp://domain.aliyuncs.com', /uses ftp:\/\//],
			['http://[::1', /is not a URL/],
		] as const) {
			const run = await runCli(
				['register', '--endpoint', endpoint, '--domains', '-', '--profile-id', 'default', '--yes'],
				{env, input: 'endpoint-check.com'},
			);
			expect(run.code, endpoint).toBe(2);
			expect(run.stderr).toMatch(why);
		}
		expect((await tasksPerDomain(sandbox.client)).size).toBe(before);
	});
});
