// Headless output in the right number (issue 21): one domain, one task, one rejected line, one name that fails are
// said in the singular, and no "(s)" stands in for a plural, in English; the Chinese output says its counts and the
// server's failure reasons in Chinese. The commands run in-process against a sandbox over HTTP; task times in
// `status --json` carry their offset.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {parseCommandLine} from '../../source/cli/args.js';
import {runHistoryCommand} from '../../source/commands/history-command.js';
import {runStatusCommand} from '../../source/commands/status-command.js';
import {runSubmitCommand} from '../../source/commands/submit-command.js';
import {setLang, type Lang} from '../../source/i18n/index.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {wrongNumber} from '../support/words.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({port: 0, quiet: true, speed: 50});
});
afterAll(() => sandbox.close());
afterEach(() => setLang('en'));

type Run = {code: number; out: string; err: string};

/** A user of their own (home and data folder), whose commands run in-process in `lang`. */
function user(lang: Lang) {
	const home = mkdtempSync(join(tmpdir(), 'alidomain-words-'));
	const env = {
		ALIDOMAIN_HOME: home,
		ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.accessKeyId,
		ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.accessKeySecret,
		ALIDOMAIN_SETTLE_MS: '0',
		ALIDOMAIN_RETRY_BASE_MS: '20',
	};
	const io = (input: string) => {
		const stdout = new PassThrough();
		const stderr = new PassThrough();
		const stdin = new PassThrough();
		stdin.end(input);
		const result = {out: '', err: ''};
		stdout.on('data', (d) => (result.out += d));
		stderr.on('data', (d) => (result.err += d));
		return {io: {stdin, stdout, stderr, env, isTerminal: false}, result};
	};
	const endpoint = ['--endpoint', sandbox.url, '--lang', lang];
	return {
		async register(args: string[], input: string): Promise<Run> {
			setLang(lang);
			const {io: streams, result} = io(input);
			const line = parseCommandLine(['register', ...args, ...endpoint, '--domains', '-']);
			const code = await runSubmitCommand('register', line, streams);
			return {code, ...result};
		},
		async status(args: string[]): Promise<Run> {
			setLang(lang);
			const {io: streams, result} = io('');
			const code = await runStatusCommand(parseCommandLine(['status', ...args, ...endpoint]), streams);
			return {code, ...result};
		},
		async history(args: string[] = []): Promise<Run> {
			setLang(lang);
			const {io: streams, result} = io('');
			const code = await runHistoryCommand(parseCommandLine(['history', ...args, ...endpoint]), streams);
			return {code, ...result};
		},
	};
}

describe('the wrong-number finder', () => {
	it('finds each kind, and nothing in right sentences', () => {
		expect(wrongNumber('1 domains in 1 task(s); 2 profile(s); 1 chunk(s)')).toEqual([
			'task(s)',
			'profile(s)',
			'chunk(s)',
			'1 domains',
		]);
		expect(wrongNumber('1 will fail and are not counted; All 1 domains are final')).toEqual([
			'1 domains',
			'1 will fail and are',
			'All 1 domains',
		]);
		expect(wrongNumber('1 domain in 1 task; 11 domains; 2,001 domains; 3 tasks were; 1 will fail and is')).toEqual([]);
	});
});

describe('headless output in the right number', () => {
	it('one domain, one task, one rejected line and one failing name are said in the singular, in text and status', async () => {
		const en = user('en');
		// A name that fails without --premium, a rejected line left out with --skip-invalid, one to order.
		const registered = await en.register(
			['--profile-id', 'default', '--yes', '--wait', '--skip-invalid'],
			'words-one.com\nnot a domain!!\n',
		);
		const said = registered.out + registered.err;
		expect(registered.code).toBe(0);
		expect(said).toContain('--skip-invalid: leaving out 1 rejected line');
		expect(said).toMatch(/Register 1 domain in 1 task \(account/);
		expect(registered.out).toMatch(/^\S+\t1 domain$/m);
		expect(wrongNumber(said)).toEqual([]);

		const taskNo = /^(\S+)\t1 domain$/m.exec(registered.out)![1]!;
		const status = await en.status([taskNo, '--wait']);
		expect(status.code).toBe(0);
		expect(status.out + status.err).toMatch(/1 domain in 1 task: 1 succeeded, 0 failed/);
		expect(wrongNumber(status.out + status.err)).toEqual([]);

		const history = await en.history();
		expect(history.out).toMatch(/\b1 domain\b/);
		expect(history.out).toMatch(/\b1 task\b/);
		expect(wrongNumber(history.out + history.err)).toEqual([]);
		// When the batch was planned: ISO 8601 with the offset, in the text and in --json.
		expect(history.out).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2} {2}/);
		const json = JSON.parse((await en.history(['--json'])).out) as {batches: Array<{createdAt: string}>};
		expect(json.batches[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

		const dry = await en.register(
			['--profile-id', 'default', '--dry-run', '--premium'],
			'words-dry.com\nnike-words.com\n',
		);
		expect(dry.out).toContain('1 will fail and is not counted: nike-words.com');
		expect(dry.out).toMatch(/for 1 domain × 1 year/);
		expect(wrongNumber(dry.out + dry.err)).toEqual([]);
	});

	it('a name is said as the user typed it: an internationalised name left out on a rerun is shown in Unicode', async () => {
		const en = user('en');
		const first = await en.register(['--profile-id', 'default', '--yes'], 'ünicode-wörds.com\n');
		expect(first.code, first.err).toBe(0);
		const again = await en.register(['--profile-id', 'default', '--yes'], 'ünicode-wörds.com\n');
		expect(again.out + again.err).toContain('ünicode-wörds.com: ');
		expect(again.out + again.err).not.toContain('xn--');
	});

	it('status --json writes task times as ISO 8601 with their offset', async () => {
		const en = user('en');
		const registered = await en.register(['--profile-id', 'default', '--yes'], 'words-json.com\n');
		const taskNo = /^(\S+)\t1 domain$/m.exec(registered.out)![1]!;
		const status = await en.status([taskNo, '--wait', '--json']);
		const json = JSON.parse(status.out) as {domains: Array<{createTime?: string; updateTime?: string}>};
		expect(json.domains).toHaveLength(1);
		for (const time of [json.domains[0]!.createTime, json.domains[0]!.updateTime])
			expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
	});

	it('in Chinese, the counts and the failure reasons from the server are Chinese', async () => {
		const zh = user('zh');
		const registered = await zh.register(
			['--profile-id', 'default', '--yes', '--wait', '--premium'],
			'words-zh.com\ntaken-words-zh.com\n',
		);
		const said = registered.out + registered.err;
		expect(said).toContain('注册 2 个域名，分 1 个任务');
		// The name known to fail is named with its cause in Chinese, not an English word.
		expect(said).toContain('1 个将会失败，未计入：taken-words-zh.com（已被注册）');
		expect(said).not.toContain('(s)');
		// The failure reason of the taken name is the server's, asked for in Chinese (Lang=zh).
		const reason = /^\s+taken-words-zh\.com\t(.+)$/m.exec(registered.out)?.[1] ?? '';
		expect(reason).toMatch(/[\u4e00-\u9fff]/);
		expect(reason).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{3,}/);
	});
});
