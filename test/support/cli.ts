// Runs the built CLI as a user would: a real `alidomain sandbox` process, commands spawned against it.
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';

export const CLI = join(process.cwd(), 'dist/cli.js');

export interface RunResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

export function tempHome(): string {
	return mkdtempSync(join(tmpdir(), 'alidomain-e2e-'));
}

/**
 * Time set, not waited out (docs/performance.md, "The test gate"): the built-in sandbox runs its tasks 50 times as
 * fast as a real account does, and a retried read first waits 20 ms instead of 300 ms (it still doubles each time).
 * What these tests check is the order of things, not how long they take. A test may set other values in `extra`.
 */
export const TEST_PACE = {ALIDOMAIN_SANDBOX_SPEED: '50', ALIDOMAIN_RETRY_BASE_MS: '20'} as const;

/**
 * The temporary folder of this test file's commands. The app keeps its submit locks there (source/store/submit-lock.ts),
 * one folder for every data folder of a user, as on a real machine; a folder per test file keeps files that run side
 * by side (each in a process of its own, vitest.config.ts) from meeting at a lock.
 */
export const TEST_TMPDIR = mkdtempSync(join(tmpdir(), 'alidomain-e2e-tmp-'));

/** A fresh user: its own home and data folder; the temporary folder is the test file's. */
export function baseEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: home,
		TMPDIR: TEST_TMPDIR,
		ALIDOMAIN_HOME: join(home, 'alidomain'),
		CI: 'true',
		LANG: 'C.UTF-8',
		...TEST_PACE,
		...extra,
	};
	return env;
}

/** `killWhen`: SIGKILL the process `killDelayMs` after its standard error first matches, e.g. mid-submit. */
export function runCli(
	args: string[],
	options: {env: NodeJS.ProcessEnv; input?: string; killAfterMs?: number; killWhen?: RegExp; killDelayMs?: number},
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], {env: options.env, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		let armed = options.killWhen !== undefined;
		child.stderr.on('data', (d) => {
			stderr += d;
			if (armed && options.killWhen!.test(stderr)) {
				armed = false;
				setTimeout(() => child.kill('SIGKILL'), options.killDelayMs ?? 0);
			}
		});
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}));
		child.stdin.end(options.input ?? '');
		if (options.killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
	});
}

export interface SandboxProcess {
	url: string;
	child: ChildProcess;
	client: DomainClient;
	stop(): Promise<void>;
}

export async function startSandboxProcess(args: string[], env: NodeJS.ProcessEnv): Promise<SandboxProcess> {
	const child = spawn(process.execPath, [CLI, 'sandbox', '--port', '0', ...args], {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let out = '';
	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${out}`)), 15_000);
		child.stdout!.on('data', (d) => {
			out += d;
			const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]!);
			}
		});
		child.on('exit', (code) => reject(new Error(`sandbox exited ${code}: ${out}`)));
	});
	const client = createDomainClient({
		credentials: {accessKeyId: 'sandbox', accessKeySecret: 'sandbox-secret'},
		endpoint: url,
		retry: {retries: 8, baseDelayMs: 50},
	});
	return {
		url,
		child,
		client,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

/** How many tasks each domain appears in, read through the API (every task, every page). */
export async function tasksPerDomain(client: DomainClient): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (let page = 1; ; page++) {
		const list = await client.queryTaskList({PageNum: page, PageSize: 100});
		for (const task of list.Data.TaskInfo) {
			for (let p = 1; ; p++) {
				const details = await client.queryTaskDetailList({TaskNo: task.TaskNo, PageNum: p, PageSize: 1000});
				for (const d of details.Data.TaskDetail) counts.set(d.DomainName, (counts.get(d.DomainName) ?? 0) + 1);
				if (p >= details.TotalPageNum) break;
			}
		}
		if (page >= list.TotalPageNum) break;
	}
	return counts;
}

export function sandboxEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return baseEnv(home, {
		ALIBABA_CLOUD_ACCESS_KEY_ID: 'sandbox',
		ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'sandbox-secret',
		...extra,
	});
}
