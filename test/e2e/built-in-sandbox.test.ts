// The built-in sandbox (`--sandbox`, state in the data folder) and the app's files, end to end with the built CLI:
// every --sandbox command on a fresh data folder, two commands at once, a kill right after a submit, a damaged
// accounts file, links planted in the data folder, private folders.
import {
	chmodSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {baseEnv, runCli, tempHome, type RunResult} from '../support/cli.js';

const dataOf = (home: string) => join(home, 'alidomain', 'data');
const names = (prefix: string, n: number) => Array.from({length: n}, (_, i) => `${prefix}-${i}.com`);

/** Every task the sandbox keeps in its state file, with its domains: what the server knows. */
function serverTasks(home: string): Map<string, string[]> {
	const state = JSON.parse(readFileSync(join(dataOf(home), 'sandbox-state.json'), 'utf8')) as {
		engine: {tasks: Array<{no: string; details: Array<{domain: string}>}>};
	};
	return new Map(state.engine.tasks.map((t) => [t.no, t.details.map((d) => d.domain)]));
}

/** Every task number the journal recorded as submitted. */
function journalTasks(home: string): string[] {
	const dir = join(dataOf(home), 'journal');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => n.endsWith('.events.jsonl'))
		.flatMap((n) => readFileSync(join(dir, n), 'utf8').split('\n'))
		.flatMap((line) => {
			try {
				const event = JSON.parse(line) as {type?: string; taskNo?: string};
				return event.type === 'submitted' && event.taskNo ? [event.taskNo] : [];
			} catch {
				return [];
			}
		});
}

const crashed = (run: RunResult) => /ENOENT|\.tmp'|\n\s+at /.test(run.stderr);

describe('every --sandbox command on a fresh data folder', () => {
	it.each([
		[['status', '--sandbox'], 2],
		[['status', '--sandbox', '--json'], 2],
		[['status', '--sandbox', '--wait'], 2],
		[['status', '--sandbox', 'nosuchtask'], 1],
		[['history', '--sandbox'], 0],
		[['history', '--sandbox', '--json'], 0],
		// An empty list: nothing needed doing (README, "Exit codes").
		[['redeem', '--sandbox', '--domains', '/dev/null', '--yes'], 0],
		[['register', '--sandbox', '--profile-id', '999', '--domains', '-', '--yes'], 2],
		[['register', '--sandbox', '--profile-id', 'default', '--domains', '-', '--yes', '--json'], 0],
		[['register', '--sandbox', '--sandbox-reset', '--profile-id', 'default', '--domains', '-', '--yes'], 0],
		[['redeem', '--sandbox', '--domains', '-', '--yes'], 0],
		[['domains', '--redemption', '--sandbox'], 0],
		[['domains', '--redemption', '--sandbox', '--sandbox-seed', 'large', '--json'], 0],
		[['status', '--sandbox', '--sandbox-seed', 'large', 'nosuchtask'], 1],
	])('%j runs without a crash (exit %i)', async (args, code) => {
		const home = tempHome();
		const run = await runCli(args as string[], {
			env: baseEnv(home),
			input: args.includes('redeem') ? 'forgot-to-renew.com\n' : 'fresh-home-one.com\n',
		});
		expect(crashed(run), run.stderr).toBe(false);
		expect(run.code, run.stderr).toBe(code);
		if (existsSync(dataOf(home))) expect(statSync(dataOf(home)).mode & 0o777).toBe(0o700);
	});
});

describe('the built-in sandbox', () => {
	it('loses no task when two commands use it at once', async () => {
		const home = tempHome();
		const env = baseEnv(home, {ALIDOMAIN_SETTLE_MS: '0'});
		const lists = [names('first-run', 250), names('second-run', 250)];
		// Both start at once on a fresh data folder: both make the sandbox's state, take turns at the submit lock and
		// write the one state file. Pricing 2 × 250 names first (25 s at CheckDomain's pace) only put the submits
		// further apart; the estimate is tested on its own, so it is left out here as in the tests below.
		const runs = await Promise.all(
			lists.map((list) =>
				runCli(['register', '--sandbox', '--profile-id', 'default', '--domains', '-', '--yes', '--no-estimate'], {
					env,
					input: list.join('\n'),
				}),
			),
		);
		for (const run of runs) expect(crashed(run), run.stderr).toBe(false);
		const server = serverTasks(home);
		const recorded = journalTasks(home);
		expect(recorded.length).toBeGreaterThan(0);
		// Every task a command heard about is on the server, and every domain on the server is there once.
		for (const taskNo of recorded) expect(server.has(taskNo), taskNo).toBe(true);
		const perDomain = new Map<string, number>();
		for (const domains of server.values()) for (const d of domains) perDomain.set(d, (perDomain.get(d) ?? 0) + 1);
		expect([...perDomain.values()].every((n) => n === 1)).toBe(true);
		// A command that exited 0 ordered its whole list.
		runs.forEach((run, i) => {
			if (run.code === 0) for (const d of lists[i]!) expect(perDomain.get(d), d).toBe(1);
		});
		// And a status afterwards reads them all back from the state the two left.
		const status = await runCli(['status', '--sandbox', ...recorded, '--json'], {env});
		expect(status.code, status.stderr).toBe(0);
		expect((JSON.parse(status.stdout) as {counts: {total: number}}).counts.total).toBe(
			[...server.values()].reduce((n, d) => n + d.length, 0),
		);
	});

	it.each([0, 50, 100, 200])(
		'keeps the task the journal recorded when the command is killed %i ms after a submit',
		async (delay) => {
			const home = tempHome();
			const env = baseEnv(home);
			// The kill after a submit is what this checks; pricing 300 names first (33 s at CheckDomain's pace) is left out.
			const run = await runCli(
				['register', '--sandbox', '--profile-id', 'default', '--domains', '-', '--yes', '--no-estimate'],
				{env, input: names(`killed-${delay}`, 300).join('\n'), killWhen: /domains accepted/, killDelayMs: delay},
			);
			const recorded = journalTasks(home);
			expect(recorded.length, run.stderr).toBeGreaterThan(0);
			const server = serverTasks(home);
			for (const taskNo of recorded) expect(server.has(taskNo), taskNo).toBe(true);
			// The next command finds it there: the batch is not "waiting" forever.
			const status = await runCli(['status', '--sandbox', ...recorded, '--json'], {env});
			expect(status.code, status.stderr).toBe(0);
			expect((JSON.parse(status.stdout) as {counts: {total: number}}).counts.total).toBe(recorded.length * 100);
		},
	);
});

describe('a damaged accounts file', () => {
	const SECRET = 'Vw3kP9xQ2mZr7tLb5nHc8jYd4sFg6aEu';
	const pieces = Array.from({length: SECRET.length - 3}, (_, i) => SECRET.slice(i, i + 4));

	it('shows no piece of the secret in any output of any command that reads accounts', async () => {
		const home = tempHome();
		const env = baseEnv(home);
		const config = join(home, 'alidomain', 'config');
		mkdirSync(config, {recursive: true});
		const file = join(config, 'accounts.json');
		// A hand edit gone wrong: the comma after the secret is missing.
		writeFileSync(
			file,
			`{"accounts":{"shop":{"name":"shop","accessKeyId":"LTAI5tFakeKeyId0001","accessKeySecret":"${SECRET}" "site":"cn","addedAt":1}},"active":"shop","settings":{}}`,
			{mode: 0o600},
		);
		const commands: Array<[string[], string?]> = [
			[['accounts']],
			[['accounts', '--json']],
			[['accounts', 'use', 'shop']],
			[['accounts', 'remove', 'shop']],
			[['accounts', 'add', 'other', '--access-key-id', 'LTAI5tOther', '--secret-stdin'], 'another-secret-value-0000\n'],
			[['register', '--domains', '-', '--profile-id', 'default', '--yes'], 'leak-check.com\n'],
			[
				['register', '--account', 'shop', '--domains', '-', '--profile-id', 'default', '--yes', '--json'],
				'leak-check.com\n',
			],
			[['redeem', '--domains', '-', '--yes'], 'leak-check.com\n'],
			[['status']],
			[['status', '--wait', '--json']],
			[['history']],
			[['history', '--json']],
		];
		let named = 0;
		for (const [args, input] of commands) {
			const run = await runCli(args, {env, input});
			const out = run.stdout + run.stderr;
			for (const piece of pieces) expect(out, `${args.join(' ')} printed part of the secret`).not.toContain(piece);
			if (out.includes(`${file} is damaged`)) {
				named++;
				expect(out).toMatch(/line 1, column \d+/);
				expect(run.code).not.toBe(0);
			}
		}
		expect(named).toBeGreaterThanOrEqual(8);
		expect(readFileSync(file, 'utf8')).toContain(SECRET);
	});
});

describe('links planted in the data folder', () => {
	it('are refused as the journal folder: nothing is sent, the target is neither changed nor written', async () => {
		const home = tempHome();
		const env = baseEnv(home);
		const target = join(home, 'elsewhere');
		mkdirSync(target);
		chmodSync(target, 0o755);
		mkdirSync(dataOf(home), {recursive: true});
		symlinkSync(target, join(dataOf(home), 'journal'));
		const run = await runCli(['register', '--sandbox', '--profile-id', 'default', '--domains', '-', '--yes'], {
			env,
			input: 'through-a-link.com\n',
		});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain(`${join(dataOf(home), 'journal')} is a symbolic link`);
		expect(readdirSync(target)).toEqual([]);
		expect(statSync(target).mode & 0o777).toBe(0o755);
		expect(serverTasks(home).size).toBe(0);
	});

	it('are refused as the sandbox state', async () => {
		const home = tempHome();
		const env = baseEnv(home);
		mkdirSync(dataOf(home), {recursive: true});
		writeFileSync(join(home, 'state-elsewhere.json'), '{}');
		symlinkSync(join(home, 'state-elsewhere.json'), join(dataOf(home), 'sandbox-state.json'));
		const run = await runCli(['status', '--sandbox', 'x'], {env});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('sandbox-state.json is a symbolic link');
		expect(readFileSync(join(home, 'state-elsewhere.json'), 'utf8')).toBe('{}');
	});

	it('leave the data and config folders private: created 0700, an existing looser one narrowed', async () => {
		const home = tempHome();
		const env = baseEnv(home);
		mkdirSync(dataOf(home), {recursive: true, mode: 0o755});
		chmodSync(dataOf(home), 0o755);
		await runCli(['register', '--sandbox', '--profile-id', 'default', '--domains', '-', '--yes'], {
			env,
			input: 'private-folders.com\n',
		});
		await runCli(['accounts', 'add', 'x', '--access-key-id', 'sandbox', '--secret-stdin', '--sandbox'], {
			env,
			input: 'sandbox-secret\n',
		});
		for (const dir of [dataOf(home), join(dataOf(home), 'journal'), join(home, 'alidomain', 'config')])
			expect(statSync(dir).mode & 0o777, dir).toBe(0o700);
	});
});
