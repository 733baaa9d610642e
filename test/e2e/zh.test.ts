// The built CLI in Chinese: the same headless register in English, with --lang zh and with a zh locale.
import {describe, expect, it} from 'vitest';
import {baseEnv, runCli, tempHome} from '../support/cli.js';

const INPUT = 'bad..com\nzh-e2e-good.com\n';
const ARGS = [
	'register',
	'--sandbox',
	'--yes',
	'--wait',
	'--skip-invalid',
	'--domains',
	'-',
	'--profile-id',
	'default',
];

// Names, codes, flags and numbers stay as they are in Chinese text; any other English word is text that was not
// translated. Domains, flags and dotted codes are never bare words (a dot, hyphen or slash touches them), and
// Alibaba's codes are CamelCase; placeholders and acronyms are capitals (FILE, ID, RAM).
const KEPT = new Set([
	'alidomain',
	'sandbox',
	'register',
	'redeem',
	'renew',
	'status',
	'history',
	'domains',
	'accounts',
	'standard',
	'large',
	'list',
	'add',
	'import',
	'use',
	'remove',
	'AccessKey',
	'Secret',
	'punycode',
	'cn',
	'intl',
	'en',
	'zh',
]);

function englishWords(text: string): string[] {
	const plain = text
		.replace(/'[^'\n]*'/g, ' ') // the items as typed
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/\{.*\}|\w+(?: \| \w+)+/g, ' ') // the shape and values of --json, English by design
		.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ' ');
	return [...plain.matchAll(/(?<![\w./-])[A-Za-z]{2,}(?![\w./=-])/g)]
		.map((m) => m[0])
		.filter((w) => !KEPT.has(w) && !/^[A-Z][a-z]+[A-Z]/.test(w) && !/^[A-Z_]+$/.test(w));
}

async function register(extraArgs: string[], env: Record<string, string>) {
	const home = tempHome();
	return runCli([...ARGS, ...extraArgs], {env: baseEnv(home, env), input: INPUT});
}

describe('the headless CLI in Chinese', () => {
	it('stays in English by default, which the check for English prose catches', async () => {
		const result = await register([], {});
		expect(result.code).toBe(0);
		expect(result.stderr).toContain("line 1: 'bad..com' has two dots in a row");
		expect(result.stderr).toMatch(/Register 1 domain in 1 task \(account sandbox, built-in sandbox\)/);
		expect(englishWords(result.stderr)).toEqual(
			expect.arrayContaining(['line', 'has', 'two', 'dots', 'Register', 'domain', 'succeeded', 'waiting']),
		);
	});

	for (const [how, args, env] of [
		['--lang zh', ['--lang', 'zh'], {}],
		['LANG=zh_CN.UTF-8', [], {LANG: 'zh_CN.UTF-8'}],
	] as const) {
		it(`speaks Chinese with ${how}: reasons, the summary, progress, with no English prose left`, async () => {
			const result = await register([...args], {...env});
			expect(result.code).toBe(0);
			expect(result.stderr).toContain("第 1 行：'bad..com' 有两个连续的点");
			expect(result.stderr).toContain('注册 1 个域名，分 1 个任务（账号 sandbox，内置沙箱）');
			expect(result.stderr).toMatch(/任务 \S+：已受理 1 个域名/);
			expect(result.stderr).toContain('1/1 已完成，1 成功，0 失败');
			expect(englishWords(result.stderr)).toEqual([]);
			expect(result.stdout).toMatch(/\t1 个域名\n$/);
		});
	}

	it('keeps --json machine-readable English in Chinese, with the reasons in Chinese', async () => {
		const result = await register(['--lang', 'zh', '--json'], {});
		const report = JSON.parse(result.stdout) as {
			rejected: Array<{line: number; reason: string}>;
			status: {domains: Array<{status: string}>};
		};
		expect(report.rejected).toEqual([{line: 1, input: 'bad..com', reason: '有两个连续的点'}]);
		expect(report.status.domains.map((d) => d.status)).toEqual(['succeeded']);
	});

	it('lists the redemption period in Chinese, and redeems all of it with Chinese reasons for what is left out', async () => {
		const home = tempHome();
		const listed = await runCli(['domains', '--redemption', '--sandbox', '--lang', 'zh'], {env: baseEnv(home)});
		expect(listed.code).toBe(0);
		expect(listed.stdout).toMatch(/coffee-club\.io\s+\d{13}\s+\d{4}-\d{2}-\d{2}\s+最后一天\s+赎回期/);
		expect(listed.stdout).toMatch(/spring-promo-2023\.com\s+\d{13}\s+\d{4}-\d{2}-\d{2}\s+待删除：无法赎回/);
		expect(listed.stderr).toContain('27 个处于赎回期，其中 24 个可赎回');
		expect(englishWords(listed.stdout + listed.stderr)).toEqual([]);
		const redeemed = await runCli(['redeem', '--all-in-redemption', '--sandbox', '--yes', '--lang', 'zh'], {
			env: baseEnv(home),
		});
		expect(redeemed.code).toBe(0);
		expect(redeemed.stderr).toContain('spring-promo-2023.com：已排除，待删除：赎回期已过，无法再赎回');
		expect(redeemed.stderr).toContain('赎回 24 个域名，分 1 个任务');
		expect(englishWords(redeemed.stderr)).toEqual([]);
	});

	it('lists the domains to renew in Chinese, and renews with Chinese reasons for what is left out', async () => {
		const home = tempHome();
		const listed = await runCli(['domains', '--expiring', '--sandbox', '--lang', 'zh'], {env: baseEnv(home)});
		expect(listed.code).toBe(0);
		expect(listed.stdout).toMatch(
			/grace-period\.net\s+\d{13}\s+\d{4}-\d{2}-\d{2}\s+已过期 10 天\s+需要续费\s+CNY 89\.00\/年/,
		);
		expect(listed.stdout).toMatch(/tea\.cn\s+.*溢价/);
		expect(englishWords(listed.stdout + listed.stderr)).toEqual([]);
		const renewed = await runCli(['renew', '--domains', '-', '--sandbox', '--yes', '--lang', 'zh'], {
			env: baseEnv(home),
			input: 'expiring-soon.com\npartner-portal.com\n',
		});
		expect(renewed.code).toBe(0);
		expect(renewed.stderr).toContain('partner-portal.com：已排除，不是此账号下的域名');
		expect(renewed.stderr).toContain('续费 1 个域名，分 1 个任务');
		expect(englishWords(renewed.stderr)).toEqual([]);
	});

	it('gives --help and usage errors in Chinese', async () => {
		const home = tempHome();
		const help = await runCli(['--help'], {env: baseEnv(home, {LANG: 'zh_CN.UTF-8'})});
		expect(help.stdout).toContain('在阿里云上批量注册和赎回域名');
		expect(englishWords(help.stdout)).toEqual([]);
		for (const command of ['register', 'redeem', 'renew', 'status', 'history', 'domains', 'sandbox', 'accounts']) {
			const page = await runCli([command, '--help', '--lang', 'zh'], {env: baseEnv(home)});
			expect(page.stdout).toContain(`alidomain ${command} — `);
			expect({command, english: englishWords(page.stdout)}).toEqual({command, english: []});
		}
		const usage = await runCli(['register', '--lang', 'zh', '--domains', '-'], {env: baseEnv(home)});
		expect(usage.code).toBe(2);
		expect(usage.stderr).toContain('alidomain register 需要终端，或者：--yes, --profile-id ID。');
		// The line after it, pointing at --help, is written by the entry point, translated with the screens.
		expect(englishWords(usage.stderr.split('\n')[0]!)).toEqual([]);
	});
});
