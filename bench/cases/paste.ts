// Pasting 10,000 lines into the domain list editor of the built app, in a pseudo-terminal: the time from sending
// the bracketed paste until the editor shows all 10,000 domains (target: under a second), and then the time from
// one keystroke until it is on screen (target: instant, under 50 ms). Reference: a bare node program in the same
// terminal that only reads the same paste until its end marker.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {median, report} from '../lib.js';
import {Terminal} from '../terminal.js';

const LINES = 10_000;
const paste = `\x1b[200~${Array.from({length: LINES}, (_, i) => `pasted-name-${i}.com`).join('\r')}\x1b[201~`;

const home = mkdtempSync(join(tmpdir(), 'alidomain-bench-paste-'));
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

const KEYS = 'qwert';

/** Milliseconds from each keystroke until the field shows it: type KEYS one at a time, each after the last is drawn. */
async function typeKeys(app: Terminal): Promise<number[]> {
	const times: number[] = [];
	for (let i = 1; i <= KEYS.length; i++) {
		app.clear();
		app.write(KEYS[i - 1]!);
		times.push(await app.waitFor(`❯ ${KEYS.slice(0, i)}`));
	}
	return times;
}

async function measureApp(): Promise<{paste: number; key: number; emptyKey: number}> {
	const app = new Terminal(`stty cols 100 rows 30; ${node} dist/cli.js --sandbox --sandbox-reset`, env);
	try {
		await app.waitFor('Register domains');
		app.write('\r');
		await app.waitFor('Type a domain');
		// The same keystrokes in the empty editor first: the reference a full list is held to. One unmeasured round
		// first, so neither side pays for the first key's warm-up.
		const clearField = async () => {
			app.clear();
			app.write('\x15'); // Ctrl+U
			await app.waitFor('Type a domain');
		};
		await typeKeys(app);
		await clearField();
		const empty = await typeKeys(app);
		await clearField();
		app.clear();
		const since = performance.now();
		app.write(paste);
		await app.waitFor(`${LINES.toLocaleString('en-US')} domains`);
		const pasteMs = performance.now() - since;
		const full = await typeKeys(app);
		return {paste: pasteMs, key: median(full), emptyKey: median(empty)};
	} finally {
		app.stop();
	}
}

async function measureBare(): Promise<number> {
	const reader = `let s='';process.stdin.setRawMode(true);process.stdin.on('data',d=>{s+=d;if(s.includes('\\x1b[201~')){console.log('READ '+s.split('\\r').length);process.exit(0)}});console.log('READY')`;
	const bare = new Terminal(`${node} -e "${reader}"`, env);
	try {
		await bare.waitFor('READY');
		const since = performance.now();
		bare.write(paste);
		await bare.waitFor(`READ ${LINES}`);
		return performance.now() - since;
	} finally {
		bare.stop();
	}
}

const app = await measureApp();
const bare = await measureBare();
rmSync(home, {recursive: true, force: true});
report({
	name: `paste ${LINES.toLocaleString('en-US')} lines into the editor, until shown`,
	value: app.paste,
	unit: 'ms',
	reference: bare,
	target: '< 1000 ms',
	limit: {max: 1000},
});
report({
	name: 'a keystroke after that paste, until shown',
	value: app.key,
	unit: 'ms',
	reference: app.emptyKey,
	referenceLabel: 'empty editor',
	target: '≤ 1.2× the empty editor',
	limit: {ratio: 1.2},
});
