// A real terminal for end-to-end tests: a tmux server of the test's own (its own socket, so parallel test files and
// other people's tmux never meet), sessions that run a command at a given size, keys and bracketed pastes sent to
// them, and the screen read back as a user would see it.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `text` quoted for a POSIX shell. */
export const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** `env NAME='value' …`: a shell command's prefix that runs it with `vars` set, for a terminal session. */
export const envPrefix = (vars: NodeJS.ProcessEnv) =>
	`env ${Object.entries(vars)
		.flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${shellQuote(value)}`]))
		.join(' ')}`;

/** Polls `read` until its text matches, failing with the last text seen. */
export async function waitFor(
	read: () => string,
	expected: string | RegExp,
	what: string,
	timeoutMs = 20_000,
	everyMs = 100,
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const text = read();
		if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} to show ${String(expected)}:\n${text}`);
		await sleep(everyMs);
	}
}

export class Tmux {
	readonly #socket: string;

	/** `name` tells the socket apart; the process id is added. */
	constructor(name: string) {
		this.#socket = `alidomain-${name}-${process.pid}`;
	}

	run(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.#socket, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	}

	/** Starts `command` (a shell command line) in a new detached session of `width`×`height` cells. */
	open(session: string, command: string, options: {width?: number; height?: number; cwd?: string} = {}): void {
		const cwd = options.cwd ? ['-c', options.cwd] : [];
		const start = () =>
			this.run(
				'new-session',
				'-d',
				'-s',
				session,
				'-x',
				String(options.width ?? 100),
				'-y',
				String(options.height ?? 30),
				...cwd,
				command,
			);
		try {
			start();
		} catch (error) {
			// A new tmux server can fail to start while other test files start theirs ("server exited unexpectedly",
			// seen once in CI's two files at a time); it is started once more, then the error stands.
			if (!String((error as {stderr?: unknown}).stderr ?? error).includes('server exited unexpectedly')) throw error;
			start();
		}
	}

	/** The visible screen; with `join`, wrapped lines are joined back into one. */
	screen(session: string, options: {join?: boolean} = {}): string {
		return this.run('capture-pane', '-p', ...(options.join ? ['-J'] : []), '-t', session);
	}

	press(session: string, ...keys: string[]): void {
		this.run('send-keys', '-t', session, ...keys);
	}

	/** Pastes `text` bracketed, as a terminal does once the app has asked for bracketed paste. */
	paste(session: string, text: string): void {
		const dir = mkdtempSync(join(tmpdir(), 'alidomain-paste-'));
		const file = join(dir, 'paste.txt');
		writeFileSync(file, text);
		try {
			this.run('load-buffer', '-b', 'paste', file);
			this.run('paste-buffer', '-p', '-d', '-b', 'paste', '-t', session);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	}

	waitForScreen(
		session: string,
		expected: string | RegExp,
		options: {timeoutMs?: number; join?: boolean} = {},
	): Promise<string> {
		return waitFor(
			() => this.screen(session, {join: options.join}),
			expected,
			`session ${session}`,
			options.timeoutMs ?? 20_000,
		);
	}

	/** Waits until `session` has ended (its command exited). */
	waitForEnd(session: string, timeoutMs = 20_000): Promise<string> {
		return waitFor(
			() => (this.sessions().includes(session) ? 'running' : 'ended'),
			/^ended$/,
			`session ${session}`,
			timeoutMs,
		);
	}

	/** The sessions still running (none once the server has left with its last one). */
	sessions(): string[] {
		try {
			return this.run('list-sessions', '-F', '#S').split('\n').filter(Boolean);
		} catch {
			return [];
		}
	}

	/** Ends the server and every session it still has. */
	close(): void {
		try {
			this.run('kill-server');
		} catch {
			// Every session has already ended with its app.
		}
	}
}
