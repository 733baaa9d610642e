// The README, word for word: every command in its sh blocks runs as a new user would type it, in one shell session in
// an empty folder with alidomain on the PATH, and ends with the exit code the README states beside it (0 if none).
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLI, TEST_PACE, TEST_TMPDIR} from '../support/cli.js';
import {sleep, Tmux, waitFor} from '../support/tmux.js';

const REPO = process.cwd();

/** Commands a clone's CI already runs (npm ci, then npm test); running them again here would test the suite inside itself. */
const LEFT_TO_CI: Record<string, string> = {
	'npm test': 'CI runs it: this test is part of it',
};

/** `npm install && X`: the install is what CI's npm ci has done; X is still run. */
const INSTALL_PREFIX = 'npm install && ';

interface Command {
	line: string;
	/** Exit codes the README allows, from its `# exits N` or `# exits N, or M …` comment. */
	expected: number[];
	kind: 'run' | 'interactive' | 'serve' | 'ci';
}

function commandsOf(readme: string): Command[] {
	const commands: Command[] = [];
	for (const block of readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
		const joined = block[1]!.replace(/\\\n\s*/g, '');
		for (const raw of joined.split('\n')) {
			if (raw.trim() === '') continue;
			const comment = /\s+#\s(.*)$/.exec(raw);
			let line = (comment ? raw.slice(0, comment.index) : raw).trim();
			const exits = comment ? /exits (\d)(?:,? or (\d))?/.exec(comment[1]!) : null;
			const expected = exits ? [Number(exits[1]), ...(exits[2] ? [Number(exits[2])] : [])] : [0];
			if (line.startsWith(INSTALL_PREFIX)) line = line.slice(INSTALL_PREFIX.length);
			commands.push({line, expected, kind: kindOf(line)});
		}
	}

	return commands;
}

function kindOf(line: string): Command['kind'] {
	if (line in LEFT_TO_CI) return 'ci';
	if (/^npm start\b/.test(line)) return 'interactive';
	const words = line.split(/\s+/);
	if (words[0] !== 'alidomain') return 'run';
	if (words[1] === 'sandbox') return 'serve';
	// The bare app (flags only, no command and no --yes) opens its screens in a terminal.
	const command = words.slice(1).find((w) => !w.startsWith('-'));
	return command === undefined && !words.includes('--help') && !words.includes('--version') ? 'interactive' : 'run';
}

/** One bash, like a user's terminal: the folder and the files made by one command are there for the next. */
class Shell {
	#child: ChildProcessWithoutNullStreams;
	#out = '';
	#count = 0;

	constructor(cwd: string, env: NodeJS.ProcessEnv) {
		this.#child = spawn('bash', ['--noprofile', '--norc'], {cwd, env});
		this.#child.stdout.on('data', (d) => (this.#out += d));
		this.#child.stderr.on('data', (d) => (this.#out += d));
	}

	/** Runs a line and returns its exit code and everything it printed. */
	async run(line: string, timeoutMs = 120_000): Promise<{code: number; output: string}> {
		const marker = `@@done-${++this.#count}@@`;
		const start = this.#out.length;
		// Grouped, so the command reads no stdin (that is where this script comes from) unless it pipes its own.
		this.#child.stdin.write(`{ ${line}\n} </dev/null\necho "${marker}$?"\n`);
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = new RegExp(`${marker}(\\d+)`).exec(this.#out.slice(start));
			if (found) return {code: Number(found[1]), output: this.#out.slice(start, start + found.index)};
			if (Date.now() > deadline) throw new Error(`no end of ${line} after ${timeoutMs} ms:\n${this.#out.slice(start)}`);
			await sleep(50);
		}
	}

	close(): void {
		this.#child.stdin.end('exit\n');
	}
}

const tmux = new Tmux('readme');

let dir: string;
let shell: Shell;
const servers: string[] = [];

beforeAll(() => {
	if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first.');
	const home = mkdtempSync(join(tmpdir(), 'alidomain-readme-'));
	const bin = join(home, 'bin');
	mkdirSync(bin);
	// What npm link does: the built CLI under its bin name.
	symlinkSync(CLI, join(bin, 'alidomain'));
	dir = join(home, 'work');
	mkdirSync(dir);
	// The commands are typed as written; only the pace of time is the tests' (TEST_PACE), not a new user's.
	const env: NodeJS.ProcessEnv = {
		PATH: `${bin}:${process.env.PATH}`,
		HOME: home,
		TMPDIR: TEST_TMPDIR,
		LANG: 'C.UTF-8',
		CI: 'true',
		...TEST_PACE,
	};
	shell = new Shell(dir, env);
});

afterAll(async () => {
	for (const pid of servers) await shell.run(`kill ${pid}; wait ${pid} 2>/dev/null`);
	shell.close();
	tmux.close();
});

const commands = commandsOf(readFileSync(join(REPO, 'README.md'), 'utf8'));

describe('README commands, in order', () => {
	it('finds the commands of every kind', () => {
		expect(commands.filter((c) => c.kind === 'run').length).toBeGreaterThanOrEqual(5);
		expect(commands.some((c) => c.kind === 'interactive')).toBe(true);
		expect(commands.some((c) => c.kind === 'serve')).toBe(true);
		expect(commands.every((c) => c.line.length > 0)).toBe(true);
	});

	let started = 0;
	for (const command of commands) {
		const title = `${command.kind === 'ci' ? 'left to CI' : command.kind}: ${command.line}`;
		if (command.kind === 'ci') {
			it.skip(`${title} (${LEFT_TO_CI[command.line]})`, () => {});
			continue;
		}

		it(title, {timeout: 150_000}, async () => {
			if (command.kind === 'run') {
				const {code, output} = await shell.run(command.line);
				expect(command.expected, `exit ${code}:\n${output}`).toContain(code);
				return;
			}

			if (command.kind === 'serve') {
				const log = `serve-${servers.length}.log`;
				const {output} = await shell.run(`${command.line} >${log} 2>&1 & echo "pid=$!"`);
				servers.push(/pid=(\d+)/.exec(output)![1]!);
				await waitFor(
					() => readFileSync(join(dir, log), 'utf8'),
					/listening on http:\/\/127\.0\.0\.1:\d+/,
					command.line,
				);
				return;
			}

			// The shell's exact environment goes into the terminal; npm start runs where a clone is, the rest here.
			const session = `s${++started}`;
			const envFile = join(dir, `.env-${session}.sh`);
			await shell.run(`export -p > ${envFile}`);
			const cwd = command.line.startsWith('npm ') ? REPO : dir;
			tmux.open(session, `bash -c 'source ${envFile}; export CI=false; cd ${cwd} && exec ${command.line}'`, {
				width: 100,
				height: 30,
			});
			// With no account the app offers the sandbox; with --sandbox it opens on the home screen.
			const first = command.line.includes('--sandbox')
				? /SANDBOX[\s\S]*Register domains[\s\S]*q quit/
				: /No Alibaba Cloud credentials were found[\s\S]*Try the sandbox[\s\S]*q quit/;
			const screen = await tmux.waitForScreen(session, first);
			expect(screen).toMatch(first);
			tmux.press(session, 'C-c');
			await tmux.waitForEnd(session);
		});
	}
});
