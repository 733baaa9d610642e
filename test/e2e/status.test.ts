// The status view and history in a real terminal: tmux runs the built CLI against a faulty sandbox process, and
// the test reads the screen as a user would and presses keys.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLI, runCli, sandboxEnv, startSandboxProcess, tempHome, type SandboxProcess} from '../support/cli.js';
import {envPrefix, shellQuote, Tmux} from '../support/tmux.js';

const DOMAINS = ['e2e-ok-1.com', 'e2e-ok-2.com', 'taken-1.com', 'abc.com', 'e2e-ok-3.net', 'e2e-ok-4.org'];
const FAILING = ['abc.com', 'taken-1.com'];

const tmux = new Tmux('status');

let session = 0;
/** Starts the CLI in a fresh tmux window; the window stays after it exits, with its exit code shown. */
function open(args: string[], env: NodeJS.ProcessEnv): string {
	const name = `s${++session}`;
	const command = `${envPrefix({...env, CI: 'false'})} ${shellQuote(process.execPath)} ${shellQuote(CLI)} ${args.map(shellQuote).join(' ')}; echo "EXITED $?"; sleep 600`;
	tmux.open(name, command, {width: 120, height: 40});
	return name;
}

const press = (name: string, ...keys: string[]) => tmux.press(name, ...keys);
const waitForScreen = (name: string, expected: string | RegExp, timeoutMs = 60_000) =>
	tmux.waitForScreen(name, expected, {timeoutMs, join: true});

/** The exit line's counts; a finished batch's line names none in progress (source/ui/app/exit-summary.ts). */
function countsOnScreen(text: string): number[] {
	const match = /(\d+) succeeded, (\d+) failed(?:, (\d+) in progress)?/.exec(text);
	if (!match) throw new Error(`no counts on screen:\n${text}`);
	return match.slice(1).map((n) => Number(n ?? 0));
}

describe('status and history in a terminal', () => {
	let sandbox: SandboxProcess;
	let home: string;
	let env: NodeJS.ProcessEnv;
	beforeAll(async () => {
		home = tempHome();
		// A submit answered 503 has an unknown outcome; a short settle time lets a rerun prove it absent.
		env = sandboxEnv(home, {ALIDOMAIN_SETTLE_MS: '0'});
		sandbox = await startSandboxProcess(['--faults', 'throttle=0.2,unavailable=0.1', '--speed', '5'], env);
	});
	afterAll(async () => {
		tmux.close();
		await sandbox?.stop();
	});

	it('watches a batch, leaves midway, reopens it from history with the counts seen or newer, exports, and takes the failed ones back to review', async () => {
		// One task; rerun until it is accepted, since the sandbox refuses some requests on purpose.
		let taskNo: string | undefined;
		for (let attempt = 0; attempt < 6 && !taskNo; attempt++) {
			const run = await runCli(
				['register', '--yes', '--endpoint', sandbox.url, '--domains', '-', '--profile-id', 'default'],
				{env, input: DOMAINS.join('\n')},
			);
			taskNo = /^(\S+)\t6 domains$/m.exec(run.stdout)?.[1];
		}
		expect(taskNo).toBeDefined();

		// First look: leave as soon as the first answer is on screen.
		const first = open(['status', '--endpoint', sandbox.url], env);
		await waitForScreen(first, /[1-9]\d* calls? a refresh/);
		press(first, 'q');
		const left = await waitForScreen(first, 'EXITED 0');
		const seen = countsOnScreen(left);
		expect(seen.reduce((a, b) => a + b)).toBe(6);

		const history = JSON.parse((await runCli(['history', '--json'], {env})).stdout) as {
			batches: Array<{tasks: string[]; state: string; counts: Record<string, number>}>;
		};
		const batch = history.batches.find((b) => b.tasks.includes(taskNo!))!;
		expect([batch.counts.succeeded, batch.counts.failed, batch.counts.waiting + batch.counts.executing]).toEqual(seen);

		// Reopen from history: the row shows what was seen, or what history read from the server since (a batch left
		// running is read again as history opens), never fewer final domains; Enter watches it to the end.
		const again = open(['history', '--endpoint', sandbox.url], env);
		const list = await waitForScreen(again, /register .*(finished|running)/);
		const row = list.split('\n').find((line) => line.includes('register'))!;
		const [succeeded, failed] = seen;
		const shown = /(\d+) ok, (\d+) failed/.exec(row);
		expect(shown, row).not.toBeNull();
		expect(Number(shown![1]) + Number(shown![2])).toBeGreaterThanOrEqual(succeeded! + failed!);
		expect(row).toMatch(batch.state === 'finished' ? /finished/ : /finished|running/);
		press(again, 'Enter');
		const done = await waitForScreen(again, 'All 6 domains are final: 4 succeeded, 2 failed', 120_000);
		expect(done).toContain('Register 6 domains · 1 task');

		press(again, 'e');
		const exported = await waitForScreen(again, 'failed.txt');
		const dir = /(\S+)\/results\.csv/.exec(exported)![1]!;
		expect(dir.startsWith(join(home, 'alidomain', 'data', 'exports'))).toBe(true);
		const csv = readFileSync(join(dir, 'results.csv'), 'utf8').trim().split(/\r?\n/);
		expect(csv).toHaveLength(7);
		for (const name of FAILING) expect(csv.find((line) => line.startsWith(`${name},`))).toMatch(/,failed,/);
		expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'))).toMatchObject({
			counts: {succeeded: 4, failed: 2},
		});
		expect(readFileSync(join(dir, 'failed.txt'), 'utf8').trim().split('\n').sort()).toEqual(FAILING);

		// Back in history, the batch is finished with its final counts.
		press(again, 'q');
		const back = await waitForScreen(again, /4 ok, 2 failed\s+finished/);
		expect(back).toContain('Batches on this computer');
		press(again, 'Enter');
		await waitForScreen(again, 'All 6 domains are final');

		// Retry: the failed domains that can succeed go back through review with the batch's options; premium for
		// abc.com is asked about, never turned on by itself; the taken one is left out with the reason; nothing is sent.
		const tasksBefore = (await sandbox.client.queryTaskList({PageNum: 1, PageSize: 100})).TotalItemNum;
		press(again, 'r');
		const review = await waitForScreen(again, 'Register 1 domain in 1 task');
		expect(review).toContain('abc.com');
		expect(review).toContain('Left out 1 that cannot succeed: 1 taken');
		expect(review).toMatch(/premium not allowed/);
		// Once the review has checked for earlier orders, it asks: No is the default.
		const asked = await waitForScreen(again, '❯ No, leave it out');
		expect(asked).toContain('failed as premium: abc.com');
		expect(review).toMatch(/Years\s+1/);
		expect(review).toMatch(/Profile\s+.*#\d+/);
		press(again, 'Escape');
		await waitForScreen(again, /Years \(1.10\)/);
		press(again, 'C-c');
		await waitForScreen(again, 'EXITED 0');
		expect((await sandbox.client.queryTaskList({PageNum: 1, PageSize: 100})).TotalItemNum).toBe(tasksBefore);
	}, 240_000);
});
