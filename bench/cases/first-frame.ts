// Launch to the first interactive frame of `alidomain --sandbox` in a pseudo-terminal, against `node -e 0` in the
// same terminal. Target (docs/performance.md): ≤ 2.0×. The home menu is drawn before the sandbox has started, and keys
// work from that frame on; its marker text is the first menu item.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {median, report} from '../lib.js';

const MARKER = 'Register domains';

function quote(text: string): string {
	return `'${text.replaceAll("'", "'\\''")}'`;
}

/** Milliseconds from spawning `script` until `marker` appears in its output (or the command ends, for node -e 0). */
function timeTo(command: string, marker: string | undefined, env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn('script', ['-qfec', command, '/dev/null'], {env, stdio: ['pipe', 'pipe', 'ignore']});
		let out = '';
		let done = false;
		const finish = (ms: number) => {
			if (done) return;
			done = true;
			resolve(ms);
			child.kill('SIGKILL');
		};

		child.stdout.on('data', (d: Buffer) => {
			out += d.toString('utf8');
			if (marker && out.includes(marker)) finish(performance.now() - start);
		});
		child.on('error', reject);
		child.on('close', () => {
			if (!marker) finish(performance.now() - start);
			else if (!done) reject(new Error(`no '${marker}' in the output:\n${out.slice(-2000)}`));
		});
		setTimeout(() => {
			if (!done) {
				child.kill('SIGKILL');
				reject(new Error(`timed out; output so far:\n${out.slice(-2000)}`));
			}
		}, 20_000);
	});
}

const home = mkdtempSync(join(tmpdir(), 'alidomain-bench-frame-'));
const env: NodeJS.ProcessEnv = {
	...process.env,
	ALIDOMAIN_HOME: join(home, 'alidomain'),
	HOME: home,
	CI: 'false',
	TERM: 'xterm-256color',
	COLUMNS: '100',
	LINES: '30',
};
delete env.NODE_ENV;
const ours = `${quote(process.execPath)} dist/cli.js --sandbox`;
const bare = `${quote(process.execPath)} -e 0`;

const runs = 3;
const oursTimes: number[] = [];
const bareTimes: number[] = [];
await timeTo(bare, undefined, env);
await timeTo(ours, MARKER, env);
for (let i = 0; i < runs; i++) {
	bareTimes.push(await timeTo(bare, undefined, env));
	oursTimes.push(await timeTo(ours, MARKER, env));
}

rmSync(home, {recursive: true, force: true});
const value = median(oursTimes);
const reference = median(bareTimes);
report({
	name: 'first interactive frame: alidomain --sandbox',
	value,
	unit: 'ms',
	reference,
	target: '≤ 2.0× node -e 0',
	limit: {ratio: 2.0},
});
