// Headless register/redeem and money, in-process against a sandbox: the estimate and balance in text and --json,
// refusals before anything is sent (over the balance, over --max-spend), and --dry-run sending nothing while
// writing the exact requests. Tasks are counted on the server.
import {mkdtempSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {parseCommandLine, UsageError} from '../../source/cli/args.js';
import {runSubmitCommand} from '../../source/commands/submit-command.js';
import {setLang} from '../../source/i18n/index.js';
import {
	SANDBOX_CREDENTIALS,
	SANDBOX_RAM_CREDENTIALS,
	startSandbox,
	type RunningSandbox,
} from '../../source/sandbox/server.js';

let rich: RunningSandbox;
let poor: RunningSandbox;
/** A poor account at an endpoint without the batch price API. */
let poorCheckOnly: RunningSandbox;
beforeAll(async () => {
	rich = await startSandbox({port: 0, quiet: true, speed: 50});
	poor = await startSandbox({port: 0, quiet: true, speed: 50, balance: 1000});
	poorCheckOnly = await startSandbox({
		port: 0,
		quiet: true,
		speed: 50,
		balance: 1000,
		without: ['QueryDomainRealTimePrice'],
	});
});
afterAll(async () => {
	await rich.close();
	await poor.close();
	await poorCheckOnly.close();
});
afterEach(() => setLang('en'));

async function run(
	sandbox: RunningSandbox,
	args: string[],
	input: string,
	keys: {accessKeyId: string; accessKeySecret: string} = SANDBOX_CREDENTIALS,
) {
	const home = mkdtempSync(join(tmpdir(), 'alidomain-money-'));
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (d) => (out += d));
	stderr.on('data', (d) => (err += d));
	const stdin = new PassThrough();
	stdin.end(input);
	const env = {
		ALIDOMAIN_HOME: home,
		ALIBABA_CLOUD_ACCESS_KEY_ID: keys.accessKeyId,
		ALIBABA_CLOUD_ACCESS_KEY_SECRET: keys.accessKeySecret,
		ALIDOMAIN_SETTLE_MS: '0',
	};
	const code = await runSubmitCommand(
		args[0] as 'register',
		parseCommandLine([...args, '--endpoint', sandbox.url, '--domains', '-']),
		{stdin, stdout, stderr, env, isTerminal: false},
	);
	return {code, out, err, home};
}

const tasksFor = (sandbox: RunningSandbox, names: string[]) => names.flatMap((n) => sandbox.world.tasksForDomain(n));

describe('headless money', () => {
	it('--dry-run sends nothing, and writes the exact requests with the estimate and the balance', async () => {
		const names = ['dry-one.com', 'dry-two.net', 'abc.com', 'nike-dry.com'];
		const before = rich.world.balance;
		const result = await run(
			rich,
			['register', '--profile-id', 'default', '--years', '3', '--premium', '--batch-size', '2', '--dry-run'],
			names.join('\n'),
		);
		expect(result.code).toBe(0);
		expect(tasksFor(rich, names)).toEqual([]);
		expect(rich.world.balance).toBe(before);
		expect(result.out).toContain('Dry run: nothing was sent.');
		// (69 + 79 + 12,000) × 3; the trademark name fails without --trademark and is not counted.
		expect(result.out).toContain('Estimated cost: CNY 36,444.00 for 3 domains × 3 years');
		expect(result.out).toContain('1 will fail and is not counted: nike-dry.com (trademark)');
		expect(result.out).toMatch(/Balance: CNY [\d,]+\.00, CNY [\d,]+\.00 left after this batch/);
		const path = /Requests: (.+)/.exec(result.out)![1]!;
		expect(path.startsWith(join(result.home, 'data', 'dry-runs'))).toBe(true);
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
		const record = JSON.parse(readFileSync(path, 'utf8')) as {
			nothingSent: boolean;
			version: string;
			estimate: {total: number};
			balance: {known: boolean};
			requests: Array<{Action: string; OrderActivateParam: Array<Record<string, unknown>>}>;
		};
		expect(record).toMatchObject({
			nothingSent: true,
			version: '2018-01-29',
			estimate: {total: 36_444},
			balance: {known: true},
		});
		expect(record.requests.map((r) => r.Action)).toEqual([
			'SaveBatchTaskForCreatingOrderActivate',
			'SaveBatchTaskForCreatingOrderActivate',
		]);
		expect(record.requests.flatMap((r) => r.OrderActivateParam.map((p) => p.DomainName))).toEqual(names);
		expect(record.requests[0]!.OrderActivateParam[0]).toMatchObject({
			SubscriptionDuration: 3,
			PermitPremiumActivation: true,
			RegistrantProfileId: expect.any(Number),
		});
	});

	it('--dry-run --json emits the plan, the estimate, the balance and the file; redeem is priced by its fee', async () => {
		const list = await rich.world.handle(
			'QueryDomainList',
			{PageNum: 1, PageSize: 3, QueryType: '2'},
			{accessKeyId: 'sandbox', clientIp: '127.0.0.1', requestId: 'r'},
		);
		const names = list.Data.Domain.map((d) => d.DomainName);
		const result = await run(rich, ['redeem', '--dry-run', '--json'], names.join('\n'));
		expect(result.code).toBe(0);
		const json = JSON.parse(result.out) as {
			dryRun: boolean;
			tasks: Array<{taskNo: null; domains: string[]}>;
			estimate: {total: number; currency: string; perDomain: unknown[]};
			balance: {known: boolean};
			requestsFile: string;
		};
		expect(json).toMatchObject({dryRun: true, estimate: {total: 3600, currency: 'CNY'}, balance: {known: true}});
		expect(json.tasks).toEqual([{taskNo: null, domains: names}]);
		const record = JSON.parse(readFileSync(json.requestsFile, 'utf8')) as {
			requests: Array<{Action: string; OrderRedeemParam: Array<{DomainName: string; CurrentExpirationDate: number}>}>;
		};
		expect(record.requests[0]!.Action).toBe('SaveBatchTaskForCreatingOrderRedeem');
		expect(record.requests[0]!.OrderRedeemParam.map((p) => p.DomainName)).toEqual(names);
		expect(tasksFor(rich, names)).toEqual([]);
	});

	it('refuses, before sending anything, a batch whose estimate exceeds the balance', async () => {
		const names = Array.from({length: 5}, (_, i) => `over-${i}.io`);
		const result = await run(poor, ['register', '--profile-id', 'default', '--yes', '--json'], names.join('\n'));
		expect(result.code).toBe(1);
		// The bound (5 × 320) is over the balance, so each name is priced with the batch API: the exact figure refuses.
		expect(result.err).toContain(
			'Refused: the estimate CNY 1,600.00 exceeds the balance CNY 1,000.00; 2 domains would fail for lack of money. Nothing was sent.',
		);
		const json = JSON.parse(result.out) as {tasks: unknown[]; notSent: string; shortOf: string[]; left: number};
		expect(json).toMatchObject({tasks: [], left: -600, shortOf: ['over-3.io', 'over-4.io']});
		expect(tasksFor(poor, names)).toEqual([]);
		expect(poor.world.balance).toBe(1000);
	});

	it('--max-spend refuses an estimate above it and lets one below it through', async () => {
		const names = ['spend-a.com', 'spend-b.com'];
		const refused = await run(
			rich,
			['register', '--profile-id', 'default', '--yes', '--max-spend', '100'],
			names.join('\n'),
		);
		expect(refused.code).toBe(1);
		expect(refused.err).toContain('Refused: the estimate CNY 138.00 exceeds --max-spend CNY 100.00. Nothing was sent.');
		expect(tasksFor(rich, names)).toEqual([]);
		const sent = await run(
			rich,
			['register', '--profile-id', 'default', '--yes', '--max-spend', '138'],
			names.join('\n'),
		);
		expect(sent.code).toBe(0);
		expect(sent.err).toContain('Estimated cost: at most CNY 138.00 for 2 domains × 1 year');
		expect(tasksFor(rich, names)).toHaveLength(2);
		await expect(
			run(rich, ['register', '--profile-id', 'default', '--yes', '--max-spend', 'lots'], 'x.com'),
		).rejects.toThrow(UsageError);
		await expect(
			run(rich, ['register', '--profile-id', 'default', '--yes', '--max-spend', '5', '--no-estimate'], 'x.com'),
		).rejects.toThrow('--max-spend needs the estimate');
	});

	it('without the billing permission the balance is unknown, the permission is named, and the batch is still sent', async () => {
		const names = ['ram-headless.com'];
		const result = await run(
			rich,
			['register', '--profile-id', 'default', '--yes', '--json'],
			names.join('\n'),
			SANDBOX_RAM_CREDENTIALS,
		);
		expect(result.code).toBe(0);
		expect(result.err).toContain(
			'Balance: unknown, this AccessKey lacks the RAM permission bssapi:QueryAccountBalance / bss:DescribeAcccount (NoPermission)',
		);
		const json = JSON.parse(result.out) as {balance: {known: boolean; permission: string}; tasks: unknown[]};
		expect(json.balance).toMatchObject({known: false, permission: 'bssapi:QueryAccountBalance / bss:DescribeAcccount'});
		expect(json.tasks).toHaveLength(1);
		expect(tasksFor(rich, names)).toHaveLength(1);
	});

	it('without --premium bounds the batch with a few prices per suffix: a premium name is never priced one by one', async () => {
		const names = [
			...Array.from({length: 400}, (_, i) => `bound-${i}.com`),
			...Array.from({length: 100}, (_, i) => `bound-${i}.net`),
			'ab.com',
			'taken-bound.com',
		];
		const before = rich.requests;
		const result = await run(rich, ['register', '--profile-id', 'default', '--dry-run', '--json'], names.join('\n'));
		expect(result.code).toBe(0);
		const json = JSON.parse(result.out) as {
			estimate: {
				total: number;
				upperBound: boolean;
				complete: boolean;
				perDomain: Array<{domain: string; amount: number}>;
			};
		};
		// Every name at its suffix's standard price, the premium one too: it fails without --premium, so 69 bounds it.
		expect(json.estimate).toMatchObject({upperBound: true, complete: true, total: 402 * 69 + 100 * 79});
		expect(json.estimate.perDomain.find((l) => l.domain === 'ab.com')).toEqual({domain: 'ab.com', amount: 69});
		// Profiles, the balance, and one price call: nothing near one per name.
		expect(rich.requests - before).toBeLessThan(10);
	});

	it('over the balance without the batch price API: the bound alone refuses, said as a bound, nothing sent', async () => {
		const names = [...Array.from({length: 4}, (_, i) => `bound-over-${i}.io`), 'taken-over.io'];
		const result = await run(
			poorCheckOnly,
			['register', '--profile-id', 'default', '--yes', '--json'],
			names.join('\n'),
		);
		expect(result.code).toBe(1);
		expect(result.err).toContain('Estimated cost: at most CNY 1,600.00 for 5 domains × 1 year');
		expect(result.err).toContain("an upper bound: each name at its suffix's standard price");
		expect(result.err).toContain(
			'Refused: the estimate, at most CNY 1,600.00, exceeds the balance CNY 1,000.00; at standard prices not every domain could be paid for. Nothing was sent.',
		);
		const json = JSON.parse(result.out) as {estimate: {upperBound: boolean}; tasks: unknown[]};
		expect(json).toMatchObject({estimate: {upperBound: true}, tasks: []});
		expect(tasksFor(poorCheckOnly, names)).toEqual([]);
		expect(poorCheckOnly.requests).toBeLessThan(10);
	});

	it("a bound over the balance is settled by the names' own prices where the batch API answers: taken ones cost nothing", async () => {
		// 4 × 320 = 1,280 bound against 1,000; priced name by name, the 3 that can be registered cost 960.
		const names = ['fits-a.io', 'fits-b.io', 'fits-c.io', 'taken-fits.io'];
		const result = await run(poor, ['register', '--profile-id', 'default', '--dry-run', '--json'], names.join('\n'));
		const json = JSON.parse(result.out) as {
			estimate: {upperBound: boolean; total: number; willFail: unknown[]};
			wouldBeRefused?: string;
		};
		expect(json.estimate).toMatchObject({
			upperBound: false,
			total: 960,
			willFail: [{domain: 'taken-fits.io', kind: 'taken'}],
		});
		expect(json.wouldBeRefused).toBeUndefined();
	});

	it('with --premium prices every name, the premium one at its own price', async () => {
		const names = ['prem-one.com', 'xy.com'];
		const result = await run(
			rich,
			['register', '--profile-id', 'default', '--premium', '--dry-run', '--json'],
			names.join('\n'),
		);
		const json = JSON.parse(result.out) as {
			estimate: {total: number; upperBound: boolean; perDomain: Array<{domain: string; amount: number}>};
		};
		expect(json.estimate).toMatchObject({upperBound: false, total: 69 + 48_000});
	});

	it('says the estimate and the balance in Chinese', async () => {
		// The command line sets the language before a command runs (source/cli.tsx).
		setLang('zh');
		const result = await run(
			rich,
			['register', '--profile-id', 'default', '--dry-run', '--years', '2', '--lang', 'zh'],
			'zh-headless.com\nzh-headless.net',
		);
		expect(result.out).toContain('演练：未发送任何请求。');
		expect(result.out).toContain('预估费用：最多 CNY 296.00（2 个域名 × 2 年）');
		expect(result.out).toContain('这是上限');
		expect(result.out).toMatch(/账户余额：CNY [\d,]+\.00，本批之后剩余 CNY [\d,]+\.00/);
	});
});
