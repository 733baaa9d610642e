// One order, every door (docs/architecture.md): stop means stop and one confirmation rule, tested as a user meets
// them on a paid-looking account (the key in the environment, --endpoint, no --sandbox) against a sandbox process
// with 1.5–2.5 s of latency per call. Orders are counted per domain through the API.
import {spawn} from 'node:child_process';
import {readdirSync, writeFileSync} from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {createBatchPlan} from '../../source/core/order/batch-plan.js';
import {activateItem} from '../../source/core/order/order-items.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {Journal} from '../../source/store/journal.js';
import {appPaths} from '../../source/store/paths.js';
import {
	CLI,
	runCli,
	sandboxEnv,
	startSandboxProcess,
	tasksPerDomain,
	tempHome,
	type SandboxProcess,
} from '../support/cli.js';
import {shellQuote, Tmux} from '../support/tmux.js';

// Every call takes 1.5–2.5 s, so each test here is some 15–45 s of waiting: timeouts of their own, at least twice that.
const LATENCY = ['--speed', '50', '--faults', 'latency=1500-2500'];
const names = (prefix: string, n: number) => Array.from({length: n}, (_, i) => `${prefix}-${i}.com`);
const registerArgs = (endpoint: string, batchSize = 2) => [
	'register',
	'--endpoint',
	endpoint,
	'--domains',
	'-',
	'--profile-id',
	'default',
	'--yes',
	'--batch-size',
	String(batchSize),
];

/** Runs the built CLI and sends it SIGINT `delayMs` after its standard error first matches `when`. */
function runAndInterrupt(
	args: string[],
	options: {env: NodeJS.ProcessEnv; input: string; when: RegExp; delayMs: number},
): Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], {env: options.env, stdio: ['pipe', 'pipe', 'pipe']});
		let stderr = '';
		let armed = true;
		child.stderr.on('data', (d) => {
			stderr += d;
			if (armed && options.when.test(stderr)) {
				armed = false;
				setTimeout(() => child.kill('SIGINT'), options.delayMs);
			}
		});
		child.stdout.resume();
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({code, signal, stderr}));
		child.stdin.end(options.input);
	});
}

async function ordersOf(sandbox: SandboxProcess, domains: string[]): Promise<number[]> {
	const counts = await tasksPerDomain(sandbox.client);
	return domains.map((d) => counts.get(d) ?? 0);
}

const tmux = new Tmux('doors');
let sandbox: SandboxProcess | undefined;
afterAll(async () => {
	tmux.close();
	await sandbox?.stop();
});

const start = async () => (sandbox ??= await startSandboxProcess(LATENCY, sandboxEnv(tempHome())));

/** Runs the app in a terminal at 80x24; its exit code is printed after it as EXIT=N. */
function openApp(session: string, env: NodeJS.ProcessEnv, args: string[]): void {
	const vars = Object.entries({...env, CI: 'false'}).map(([k, v]) => `${k}=${shellQuote(v ?? '')}`);
	tmux.open(
		session,
		`env ${vars.join(' ')} ${shellQuote(process.execPath)} ${shellQuote(CLI)} ${args.map(shellQuote).join(' ')}; echo EXIT=$?; sleep 60`,
		{width: 80, height: 24},
	);
}

describe('stop means stop, at every door', () => {
	it('headless: SIGINT during the pre-send check sends nothing, says Stopped, exits 1', async () => {
		const server = await start();
		const env = sandboxEnv(tempHome());
		const domains = names('sigint-check', 4);
		const run = await runAndInterrupt(registerArgs(server.url), {
			env,
			input: domains.join('\n'),
			when: /Register 4 domains in 2 tasks.*…/,
			delayMs: 300,
		});
		expect(run.signal).toBeNull();
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('Stopping after the request in flight');
		expect(run.stderr).toContain('Stopped: 0 of 2 requests sent; nothing more was sent.');
		expect(run.stderr).toContain('run the same command again');
		expect(await ordersOf(server, domains)).toEqual([0, 0, 0, 0]);
	}, 60_000);

	it('headless: SIGINT with a request on the wire finishes and records it, then sends nothing more', async () => {
		const server = await start();
		const env = sandboxEnv(tempHome());
		const domains = names('sigint-wire', 4);
		// The check's line is said as the first request leaves; it is then in flight for about 2 s.
		const run = await runAndInterrupt(registerArgs(server.url), {
			env,
			input: domains.join('\n'),
			when: /Checked on the server/,
			delayMs: 300,
		});
		expect(run.signal).toBeNull();
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/task \S+: 2 domains accepted/);
		expect(run.stderr).toMatch(/Stopped: 1 of 2 requests sent \(task \S+\); nothing more was sent\./);
		expect(await ordersOf(server, domains)).toEqual([1, 1, 0, 0]);
		// The journal ends on the answer, never on `sending`.
		const journal = new Journal(appPaths(env).journalDir);
		const [batch] = journal.list();
		expect(batch!.chunks.map((c) => c.state)).toEqual(['submitted', 'planned']);
	}, 60_000);

	it('headless --wait: SIGINT while watching ends the watching only, exit 1, with the command that watches again', async () => {
		const server = await start();
		const env = sandboxEnv(tempHome());
		const domains = names('sigint-watch', 2);
		const run = await runAndInterrupt([...registerArgs(server.url), '--wait', '--no-estimate'], {
			env,
			input: domains.join('\n'),
			when: /domains accepted/,
			delayMs: 500,
		});
		expect(run.signal).toBeNull();
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			/Stopped watching; the tasks go on on the server\. Watch them again: alidomain status \S+/,
		);
		expect(run.stderr).not.toContain('Stopping after the request in flight');
		expect(await ordersOf(server, domains)).toEqual([1, 1]);
	}, 60_000);

	it('wizard: Ctrl+C right after the typed confirmation, during the pre-send check, sends nothing and exits 1', async () => {
		const server = await start();
		const env = sandboxEnv(tempHome());
		const domains = names('wizard-stop', 2);
		const file = `${env.HOME}/names.txt`;
		writeFileSync(file, domains.join('\n'));
		const session = 'wizard';
		openApp(session, env, ['register', '--endpoint', server.url, '--domains', file, '--profile-id', 'default']);
		await tmux.waitForScreen(session, 'not checked', {timeoutMs: 30_000});
		tmux.press(session, 'Enter');
		await tmux.waitForScreen(session, 'Register · Options', {timeoutMs: 30_000});
		tmux.press(session, 'Enter');
		await tmux.waitForScreen(session, /left after this batch/, {timeoutMs: 60_000});
		await tmux.waitForScreen(session, '❯ Back', {timeoutMs: 30_000});
		tmux.press(session, 'Down');
		await tmux.waitForScreen(session, '❯ Submit 2 domains');
		tmux.press(session, 'Enter');
		const asked = await tmux.waitForScreen(session, 'Type 2 or yes to submit', {join: true});
		expect(asked).toMatch(/It costs (about|at most) CNY/);
		tmux.press(session, '2', 'Enter');
		// Ctrl+C once the submit has begun (its first call takes 1.5–2.5 s), not after a fixed pause a loaded machine may
		// not have drawn the submit screen in: then it would stop the question instead of the pre-send check.
		await tmux.waitForScreen(session, 'Submitting batch');
		tmux.press(session, 'C-c');
		const end = await tmux.waitForScreen(session, /EXIT=\d/, {timeoutMs: 30_000, join: true});
		expect(end).toContain('EXIT=1');
		expect(end).toContain('Stopped: 0 of 1 request sent; nothing more was sent.');
		expect(await ordersOf(server, domains)).toEqual([0, 0]);
		// Each step waits on calls 1.5–2.5 s long: the review's checks and pricing, then the pre-send check.
	}, 90_000);

	it('retry: after a premium failure it asks before allowing premium; Ctrl+C during the pre-send check then sends nothing', async () => {
		const server = await start();
		const env = sandboxEnv(tempHome());
		const first = await runAndInterrupt([...registerArgs(server.url), '--wait', '--no-estimate'], {
			env,
			input: 'q8z.com',
			when: /$^/,
			delayMs: 0,
		});
		expect(first.code).toBe(3);
		const [batch] = new Journal(appPaths(env).journalDir).list();
		const session = 'retry';
		openApp(session, env, ['status', batch!.chunks[0]!.taskNo!, '--endpoint', server.url]);
		await tmux.waitForScreen(session, /final: 0 succeeded, 1 failed/, {timeoutMs: 60_000});
		tmux.press(session, 'r');
		// The guard is not loosened by itself: a question with the name and the extra cost, No first.
		const asked = await tmux.waitForScreen(session, /It\s+adds\s+CNY\s+[\d,.]+\s+for\s+1\s+year/, {
			join: true,
			timeoutMs: 60_000,
		});
		expect(asked.replace(/\s+/g, ' ')).toContain('failed as premium: q8z.com');
		expect(asked).toContain('❯ No, leave it out');
		expect(asked).toMatch(/premium not allowed/);
		tmux.press(session, 'Down');
		await tmux.waitForScreen(session, '❯ Yes, allow it');
		tmux.press(session, 'Enter');
		await tmux.waitForScreen(session, /premium allowed/, {timeoutMs: 30_000});
		await tmux.waitForScreen(session, '❯ Back', {timeoutMs: 60_000});
		tmux.press(session, 'Down');
		await tmux.waitForScreen(session, '❯ Submit 1 domain');
		tmux.press(session, 'Enter');
		await tmux.waitForScreen(session, 'Type 1 or yes to submit', {join: true});
		tmux.press(session, '1', 'Enter');
		await tmux.waitForScreen(session, 'Submitting batch');
		tmux.press(session, 'C-c');
		const end = await tmux.waitForScreen(session, /EXIT=\d/, {timeoutMs: 30_000, join: true});
		expect(end).toContain('EXIT=1');
		expect(end).toContain('Stopped: 0 of 1 request sent; nothing more was sent.');
		expect(await ordersOf(server, ['q8z.com'])).toEqual([1]);
		// Each of its steps waits on calls 1.5–2.5 s long: the first order, the status view, the review's checks.
	}, 120_000);

	it('History: the never-ordered on a paid account show the cost and need the typed count; Ctrl+C during the pre-send check sends nothing', async () => {
		const server = await start();
		const env = sandboxEnv(tempHome());
		const domains = names('history-door', 3);
		// A batch planned and never sent, as a run stopped before its first request leaves it.
		const journal = new Journal(appPaths(env).journalDir);
		const profileId = (await listProfiles(server.client)).find((p) => p.isDefault)!.id;
		const plan = createBatchPlan({
			operation: 'register',
			items: domains.map((domain) => ({
				domain,
				item: activateItem(domain, {profileId, years: 1, privacy: true, premium: false, trademark: false}),
			})),
			batchSize: 3,
			options: {years: 1, premium: false, trademark: false},
			account: {label: 'environment', accessKeyId: 'sandbox', endpoint: server.url, sandbox: false},
		});
		journal.createBatch(plan);
		const session = 'history';
		openApp(session, env, ['history', '--endpoint', server.url]);
		await tmux.waitForScreen(session, 'Batches on this computer', {timeoutMs: 30_000});
		tmux.press(session, 'Enter');
		await tmux.waitForScreen(session, /never ordered/, {join: true, timeoutMs: 30_000});
		await tmux.waitForScreen(session, '❯ Submit the');
		tmux.press(session, 'Enter');
		// No one-key yes: the cost and the balance, then the count.
		const asked = await tmux.waitForScreen(session, 'Type 3 or yes to submit', {join: true, timeoutMs: 30_000});
		// The cost in the words every door uses (core/pricing/cost-quote.ts costLine), never "about" a part.
		const cost = /Estimated cost: (CNY [\d,.]+) for 3 domains × 1 year/.exec(asked)?.[1];
		expect(cost).toBeDefined();
		expect(asked).toMatch(/Balance: CNY [\d,.]+, CNY [\d,.]+ left after this batch/);
		expect(asked).not.toContain('Yes, submit');
		// The command line prices the same order by the same rule and says the same amount, in the review's words.
		const headless = await runCli(
			['register', '--endpoint', server.url, '--domains', '-', '--profile-id', 'default', '--dry-run'],
			{env, input: domains.join('\n')},
		);
		expect(headless.stdout).toContain(`Estimated cost: at most ${cost} for 3 domains × 1 year`);
		tmux.press(session, 'Enter');
		await tmux.waitForScreen(session, 'Type 3 or yes to submit; Esc to go back.', {join: true});
		tmux.press(session, '3', 'Enter');
		await tmux.waitForScreen(session, 'Submitting the domains that were never ordered');
		tmux.press(session, 'C-c');
		const end = await tmux.waitForScreen(session, /EXIT=\d/, {timeoutMs: 30_000, join: true});
		expect(end).toContain('EXIT=1');
		expect(end).toContain('Stopped: 0 of 1 request sent; nothing more was sent.');
		expect(await ordersOf(server, domains)).toEqual([0, 0, 0]);
		expect(readdirSync(appPaths(env).journalDir).length).toBeGreaterThan(0);
	}, 60_000);
});
