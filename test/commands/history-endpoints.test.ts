// `alidomain history` in text: batches sent to more than one server name each one's server in a column (issue 21:
// "mixes endpoints with no column saying which"), as the History screen does; with one server there is no such column.
// The commands run in-process against two sandboxes over HTTP.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseCommandLine} from '../../source/cli/args.js';
import {runHistoryCommand} from '../../source/commands/history-command.js';
import {runSubmitCommand} from '../../source/commands/submit-command.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

let first: RunningSandbox;
let second: RunningSandbox;
beforeAll(async () => {
	first = await startSandbox({port: 0, quiet: true, speed: 50});
	second = await startSandbox({port: 0, quiet: true, speed: 50});
});
afterAll(async () => {
	await first.close();
	await second.close();
});

const env = {
	ALIDOMAIN_HOME: mkdtempSync(join(tmpdir(), 'alidomain-history-endpoints-')),
	ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.accessKeyId,
	ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.accessKeySecret,
	ALIDOMAIN_SETTLE_MS: '0',
	ALIDOMAIN_RETRY_BASE_MS: '20',
};

async function run(args: string[], input = ''): Promise<{code: number; out: string}> {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	const stdin = new PassThrough();
	stdin.end(input);
	let out = '';
	stdout.on('data', (d) => (out += d));
	const io = {stdin, stdout, stderr, env, isTerminal: false};
	const line = parseCommandLine(args);
	const code = args[0] === 'history' ? await runHistoryCommand(line, io) : await runSubmitCommand('register', line, io);
	return {code, out};
}

const register = (url: string, name: string) =>
	run(['register', '--endpoint', url, '--domains', '-', '--profile-id', 'default', '--yes'], `${name}\n`);

describe('history in text', () => {
	it('names each batch’s server only once the batches went to more than one', async () => {
		expect((await register(first.url, 'history-first.com')).code).toBe(0);
		const one = await run(['history', '--endpoint', first.url]);
		expect(one.code).toBe(0);
		expect(one.out.trim().split('\n')).toHaveLength(1);
		expect(one.out).not.toContain(first.url);

		expect((await register(second.url, 'history-second.com')).code).toBe(0);
		const both = await run(['history', '--endpoint', first.url]);
		expect(both.code).toBe(0);
		const lines = both.out.trim().split('\n');
		expect(lines).toHaveLength(2);
		// Newest first: the second server's batch, then the first's; each line names its own server.
		expect(lines[0]).toContain(second.url);
		expect(lines[1]).toContain(first.url);
		// The columns line up: the server, and the batch after it, start at the same place on every line.
		expect(lines[0]!.indexOf(second.url)).toBe(lines[1]!.indexOf(first.url));
		const id = (line: string) => line.search(/\d{8}T\d{6}-/);
		expect(id(lines[0]!)).toBeGreaterThan(0);
		expect(id(lines[0]!)).toBe(id(lines[1]!));
	});
});
