// The redeem picker over 2,000 domains in their redemption period, in the built app in a pseudo-terminal: the time
// from choosing Redeem on the home screen until the picker shows the list (all 20 pages of QueryDomainList read
// from the in-process sandbox, sorted, the first rows drawn), and then from one keystroke (Space) until the
// selection is on screen. Reference for the first frame: a bare node program in the same terminal that echoes a key;
// for the keystroke, the same keystroke in a picker of the seeded few domains (docs/performance.md).
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {SandboxWorld} from '../../source/sandbox/world.js';
import {instanceIdFor} from '../../source/sandbox/seed.js';
import {report} from '../lib.js';
import {Terminal} from '../terminal.js';

const DOMAINS = 2000;
const DAY = 86_400_000;

/** The standard sandbox account plus 2,000 more domains in their redemption period, as the sandbox's state file. */
function writeState(file: string, domains: number): number {
	const now = Date.now();
	const snapshot = new SandboxWorld({now: () => now}).snapshot();
	for (let i = 0; i < domains; i++) {
		const expiry = now - (31 + (i % 28)) * DAY - (i % 600) * 60_000;
		snapshot.owned.push({
			name: `bench-redeem-${i}.com`,
			instanceId: instanceIdFor(expiry, 10_000 + i),
			status: '2',
			expiry,
			registered: expiry - 365 * DAY,
			premium: false,
			profileId: 1_000_001,
			proxy: true,
		});
	}
	writeFileSync(file, JSON.stringify(snapshot));
	return snapshot.owned.filter((d) => d.status === '2').length;
}

const home = mkdtempSync(join(tmpdir(), 'alidomain-bench-picker-'));
const env: NodeJS.ProcessEnv = {
	...process.env,
	ALIDOMAIN_HOME: join(home, 'alidomain'),
	HOME: home,
	CI: 'false',
	TERM: 'xterm-256color',
	LANG: 'C.UTF-8',
	LC_ALL: '',
};
const node = `'${process.execPath}'`;
const stateFile = join(home, 'alidomain', 'data', 'sandbox-state.json');
mkdirSync(join(home, 'alidomain', 'data'), {recursive: true});

async function measureApp(domains: number): Promise<{first: number; key: number; total: number}> {
	const total = writeState(stateFile, domains);
	const app = new Terminal(`stty cols 100 rows 30; ${node} dist/cli.js --sandbox`, env);
	try {
		await app.waitFor('Redeem domains');
		await app.waitFor('SANDBOX');
		app.write('\x1b[B');
		await app.waitFor('❯ Redeem domains');
		app.clear();
		const since = performance.now();
		app.write('\r');
		await app.waitFor(`${total.toLocaleString('en-US')} domains in redemption`);
		const first = performance.now() - since;
		app.clear();
		app.write(' ');
		const key = await app.waitFor('1 selected');
		return {first, key, total};
	} finally {
		app.stop();
	}
}

async function measureBare(): Promise<number> {
	const echo = `process.stdin.setRawMode(true);process.stdin.on('data',d=>{console.log('KEY '+JSON.stringify(String(d)));process.exit(0)});console.log('READY')`;
	const bare = new Terminal(`${node} -e "${echo}"`, env);
	try {
		await bare.waitFor('READY');
		bare.clear();
		const since = performance.now();
		bare.write(' ');
		await bare.waitFor('KEY');
		return performance.now() - since;
	} finally {
		bare.stop();
	}
}

// The same keystroke in a picker of the seeded few is the reference: a long list must not make a key cost more.
const few = await measureApp(0);
const app = await measureApp(DOMAINS);
const bare = await measureBare();
rmSync(home, {recursive: true, force: true});
report({
	name: `redeem picker, ${app.total.toLocaleString('en-US')} domains in redemption: first frame of the list`,
	value: app.first,
	unit: 'ms',
	reference: bare,
	target: '< 1000 ms',
	limit: {max: 1000},
});
report({
	name: 'a keystroke in that picker (Space), until shown',
	value: app.key,
	unit: 'ms',
	reference: few.key,
	referenceLabel: `${few.total} domains`,
	target: `≤ 1.2× with ${few.total} domains`,
	limit: {ratio: 1.2},
});
