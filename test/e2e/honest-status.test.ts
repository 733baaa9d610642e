// `status` shows only what it read from the server: a wrong secret, a server that is down, and task numbers the
// server does not know are errors with exit 1, never the journal's counts; --wait does not retry a wrong secret.
import {createServer, type AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli, sandboxEnv, startSandboxProcess, tempHome, type SandboxProcess} from '../support/cli.js';

describe('status', () => {
	let sandbox: SandboxProcess;
	let env: NodeJS.ProcessEnv;
	let taskNo: string;
	beforeAll(async () => {
		env = sandboxEnv(tempHome());
		// Slow enough that the batch is still waiting when the bad reads come: "3 waiting" would be the journal's.
		sandbox = await startSandboxProcess(['--speed', '0.01'], env);
		const run = await runCli(
			['register', '--endpoint', sandbox.url, '--domains', '-', '--profile-id', 'default', '--yes', '--json'],
			{env, input: 'honest-one.com\nhonest-two.com\nhonest-three.com\n'},
		);
		expect(run.code).toBe(0);
		taskNo = (JSON.parse(run.stdout) as {tasks: Array<{taskNo: string}>}).tasks[0]!.taskNo;
	});
	afterAll(() => sandbox.stop());

	const wrong = () => ({...env, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-the-secret'});

	it.each([[[]], [['--json']], [['--wait']], [['--wait', '--json']]])(
		'with a wrong secret %j is an error with the code and its hint, exit 1',
		async (flags) => {
			const started = Date.now();
			const run = await runCli(['status', '--endpoint', sandbox.url, ...flags], {env: wrong()});
			expect(run.code).toBe(1);
			expect(run.stderr).toContain('SignatureDoesNotMatch');
			expect(run.stderr).toContain('what to do: The AccessKey secret is wrong');
			expectErrorOnly(run.stdout, flags, {
				code: 'SignatureDoesNotMatch',
				hint: expect.stringContaining('The AccessKey secret is wrong'),
			});
			expect(run.stderr).not.toMatch(/waiting|trying again/);
			// Not retried: one refusal is the answer (the client's own retry does not retry it either).
			expect(Date.now() - started).toBeLessThan(15_000);
		},
	);

	it('with a wrong secret in Chinese gives the hint in Chinese', async () => {
		const run = await runCli(['status', '--endpoint', sandbox.url, '--wait', '--lang', 'zh'], {env: wrong()});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('SignatureDoesNotMatch');
		expect(run.stderr).toContain('怎么办：AccessKey Secret 不正确');
	});

	it.each([[[]], [['--json']], [['--wait']]])(
		'with no server %j is an error with the network hint, exit 1',
		async (flags) => {
			const gone = await freePort();
			const run = await runCli(['status', taskNo, '--endpoint', `http://127.0.0.1:${gone}`, ...flags], {env});
			expect(run.code).toBe(1);
			expect(run.stderr).toContain(`could not connect to http://127.0.0.1:${gone}`);
			expect(run.stderr).toContain('what to do: Check the network connection');
			expectErrorOnly(run.stdout, flags, {
				code: 'Network.refused',
				hint: expect.stringContaining('Check the network connection'),
			});
			expect(run.stderr).not.toMatch(/waiting/);
		},
	);

	it('with the right secret still shows the counts it read', async () => {
		const run = await runCli(['status', '--endpoint', sandbox.url, '--json'], {env});
		expect(run.code).toBe(0);
		expect((JSON.parse(run.stdout) as {counts: {total: number}}).counts.total).toBe(3);
	});

	it.each([[[]], [['--json']], [['--wait', '--json']]])(
		'with unknown task numbers %j names them, exit 1, and writes nothing out',
		async (flags) => {
			const run = await runCli(['status', 'nosuchtask', taskNo, 'nor-this-one', '--endpoint', sandbox.url, ...flags], {
				env,
			});
			expect(run.code).toBe(1);
			expect(run.stderr).toContain('The server knows no task nosuchtask, nor-this-one.');
			expect(run.stderr).toContain('alidomain history');
			expectErrorOnly(run.stdout, flags, {
				message: expect.stringContaining('The server knows no task nosuchtask, nor-this-one.'),
				hint: expect.stringContaining('alidomain history'),
			});
			expect(run.stderr).not.toMatch(/0 domains in|final/);
		},
	);
});

/**
 * An error's standard output: nothing as text; with --json one document holding only the error (its code, message and
 * what to do), never counts that were not read.
 */
function expectErrorOnly(stdout: string, flags: string[], error: Record<string, unknown>): void {
	if (!flags.includes('--json')) {
		expect(stdout).toBe('');
		return;
	}
	const document = JSON.parse(stdout) as Record<string, unknown>;
	expect(Object.keys(document)).toEqual(['error']);
	expect(document.error).toMatchObject(error);
	expect(stdout).not.toContain('not-the-secret');
}

/** A port nothing listens on: one just given up by a server of our own. */
function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const {port} = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}
