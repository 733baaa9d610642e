// Headless register when there is nothing to send, in-process against a sandbox (README, "Exit codes"): an empty
// list and "all done" exit 0, "all in flight" exits 5 saying how to watch it, a rerun without the journal finds the
// earlier task on the server and says so, and a preview that gives up under throttling says what to do now.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {parseCommandLine} from '../../source/cli/args.js';
import {EXIT} from '../../source/cli/exit-codes.js';
import {describeError} from '../../source/commands/output.js';
import {runSubmitCommand} from '../../source/commands/submit-command.js';
import {setLang} from '../../source/i18n/index.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

let fast: RunningSandbox;
let slow: RunningSandbox;
let throttled: RunningSandbox;
beforeAll(async () => {
	fast = await startSandbox({port: 0, quiet: true, speed: 200});
	// Tasks that stay in flight for the length of a test: about 8 s per task at speed 1, here minutes.
	slow = await startSandbox({port: 0, quiet: true, speed: 0.01});
	throttled = await startSandbox({port: 0, quiet: true, faults: 'throttle=1'});
});
afterAll(async () => {
	await fast.close();
	await slow.close();
	await throttled.close();
});
afterEach(() => setLang('en'));

const newHome = () => mkdtempSync(join(tmpdir(), 'alidomain-nothing-'));

async function run(sandbox: RunningSandbox, args: string[], input: string, home = newHome()) {
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
		ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.accessKeyId,
		ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.accessKeySecret,
		ALIDOMAIN_SETTLE_MS: '0',
		ALIDOMAIN_RETRY_BASE_MS: '20',
	};
	let code: number;
	try {
		code = await runSubmitCommand(
			'register',
			parseCommandLine(['register', ...args, '--endpoint', sandbox.url, '--domains', '-']),
			{stdin, stdout, stderr, env, isTerminal: false},
		);
	} catch (error) {
		// As source/cli.tsx ends a command that throws: its lines, exit 1.
		err += describeError(error).join('\n');
		code = EXIT.error;
	}
	return {code, out, err, home};
}

const register = ['--profile-id', 'default', '--yes', '--no-estimate'];
const ordersOf = (sandbox: RunningSandbox, names: string[]) => names.map((n) => sandbox.world.tasksForDomain(n).length);

describe('nothing to send', () => {
	it('an empty list exits 0 and says there was nothing to do, in English and Chinese', async () => {
		const empty = await run(fast, register, '\n\n');
		expect(empty.code).toBe(EXIT.ok);
		expect(empty.err).toContain('Nothing to do: the list has no domain names.');
		setLang('zh');
		const zh = await run(fast, [...register, '--json'], '');
		expect(zh.code).toBe(EXIT.ok);
		expect(zh.err).toContain('列表中没有域名');
		expect(JSON.parse(zh.out)).toMatchObject({tasks: []});
	});

	it('all done exits 0, with the journal and without it (found on the server, and said so)', async () => {
		const names = ['done-nothing-a.com', 'done-nothing-b.net'];
		const first = await run(fast, [...register, '--wait'], names.join('\n'));
		expect(first.code).toBe(EXIT.ok);
		const again = await run(fast, [...register, '--json'], names.join('\n'), first.home);
		expect(again.code).toBe(EXIT.ok);
		expect(again.err).toContain('Everything is already done');
		expect(JSON.parse(again.out)).toMatchObject({alreadyDone: true, tasks: []});
		// A new data folder: no journal, so the server check alone finds the finished task.
		const fresh = await run(fast, [...register, '--json'], names.join('\n'));
		expect(fresh.code).toBe(EXIT.ok);
		expect(fresh.err).toMatch(/done-nothing-a\.com: left out, already registered by task \S+ \(found on the server\)/);
		expect(fresh.err).toContain('Everything is already done');
		expect(JSON.parse(fresh.out)).toMatchObject({alreadyDone: true});
		expect(ordersOf(fast, names)).toEqual([1, 1]);
	});

	it('all in flight exits 5 and says how to watch it, with the journal and without it', async () => {
		const names = ['flight-nothing-a.com', 'flight-nothing-b.net'];
		const first = await run(slow, register, names.join('\n'));
		expect(first.code).toBe(EXIT.ok);
		for (const home of [first.home, newHome()]) {
			const again = await run(slow, register, names.join('\n'), home);
			expect(again.code).toBe(EXIT.leftOut);
			expect(again.err).toContain('2 domains are still in flight in another task');
			// The task to watch is named: the one the first run made.
			const taskNo = slow.world.tasksForDomain(names[0]!)[0]!;
			expect(again.err).toContain(`Watch it with alidomain status ${taskNo}, or run the same command again`);
		}
		expect(ordersOf(slow, names)).toEqual([1, 1]);
	});

	it('a preview that gives up under throttling exits 1 and says what to do now, not that it tries again', async () => {
		const result = await run(throttled, ['--profile-id', 'default', '--dry-run'], 'throttled-preview.com');
		expect(result.code).toBe(EXIT.error);
		expect(result.err).toContain('Throttling.User');
		expect(result.err).toContain('alidomain tried again and was still refused. Wait a minute, then run it again.');
		expect(result.err).not.toContain('slows down and tries again');
	});
});
