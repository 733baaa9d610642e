// npm run media: records a real session of the built app against a fresh built-in sandbox, in tmux, and writes
// media/demo.cast (asciicast v2), the animated media/demo.svg and the stills the README shows.
// `npm run media -- picker` draws only media/picker.svg, the redeem picker with three domains selected;
// `npm run media -- renew-picker` only media/renew-picker.svg, the renew picker with three domains selected.
// Needs tmux and a built dist/cli.js (npm run build).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {stripVTControlCharacters as stripAnsi} from 'node:util';

const WIDTH = 100;
const HEIGHT = 30;
const FRAME_MS = 100;
// Longer pauses are cut to this, so the recording keeps moving.
const MAX_IDLE_S = 1.6;
const CLI = join(process.cwd(), 'dist/cli.js');
const OUT = 'media';
// Common monospace fonts whose box-drawing and block characters fill the cell, so bars and frames line up.
const FONTS = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";

const PASTE = [
	'https://www.launch-shop.com/pricing',
	'launch-shop.net',
	'my-launch.io',
	'flaky-demo.com',
	'taken-demo.com',
	'abc.com',
	'nike-fans.com',
	'bad_name.com',
];
const TYPED = 'brand-new.app';

const socket = `alidomain-media-${process.pid}`;
const session = 'demo';
const tmux = (...args) =>
	execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Changed screens with the time they first showed, sampled every FRAME_MS. */
class Recorder {
	frames = [];
	#start = Date.now();
	#timer;

	start() {
		this.#timer = setInterval(() => this.sample(), FRAME_MS);
		this.sample();
	}

	sample() {
		let screen;
		try {
			screen = tmux('capture-pane', '-e', '-p', '-t', session);
		} catch {
			return; // the app has exited and tmux closed the pane
		}

		const lines = screen.replace(/\n$/, '').split('\n').slice(0, HEIGHT);
		while (lines.length > 0 && stripAnsi(lines.at(-1)).trim() === '') lines.pop();
		const text = lines.join('\r\n');
		const last = this.frames.at(-1);
		if (last?.text !== text && (last || text !== ''))
			this.frames.push({at: (Date.now() - this.#start) / 1000, text, plain: stripAnsi(text), rows: lines.length});
	}

	stop() {
		clearInterval(this.#timer);
		this.sample();
	}

	/** The latest frame, to use as a still. */
	mark() {
		this.sample();
		return this.frames.at(-1);
	}
}

async function waitFor(recorder, text, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		recorder.sample();
		const frame = recorder.frames.at(-1);
		if (frame && frame.plain.includes(text)) return frame;
		await sleep(50);
	}

	throw new Error(`the screen never showed ${JSON.stringify(text)}:\n${recorder.frames.at(-1)?.plain ?? ''}`);
}

async function type(text, delayMs = 70) {
	for (const char of text) {
		tmux('send-keys', '-t', session, '-l', char);
		await sleep(delayMs);
	}
}

const press = (...keys) => tmux('send-keys', '-t', session, ...keys);

function paste(home, text) {
	const file = join(home, 'paste.txt');
	writeFileSync(file, text);
	tmux('load-buffer', '-b', 'media', file);
	tmux('paste-buffer', '-p', '-d', '-b', 'media', '-t', session);
}

async function record(home) {
	// CI=false keeps the app interactive; colour detection reads any CI variable as "no colours", so ask for them.
	const env = [
		`ALIDOMAIN_HOME=${join(home, 'alidomain')}`,
		`HOME=${home}`,
		'CI=false',
		'FORCE_COLOR=1',
		'LANG=C.UTF-8',
		'TERM=xterm-256color',
	];
	tmux(
		'new-session',
		'-d',
		'-s',
		session,
		'-x',
		String(WIDTH),
		'-y',
		String(HEIGHT),
		`env ${env.join(' ')} ${process.execPath} ${CLI} --sandbox --sandbox-reset`,
	);
	const recorder = new Recorder();
	recorder.start();
	const stills = {};

	await waitFor(recorder, 'Register domains');
	await sleep(1200);
	stills.home = recorder.mark();
	press('Enter');
	await waitFor(recorder, 'Type a domain');
	await sleep(600);
	await type(TYPED);
	await sleep(300);
	press('Enter');
	await waitFor(recorder, '1 domain ·');
	await sleep(700);
	paste(home, `${PASTE.join('\n')}\n`);
	await waitFor(recorder, '8 domains ·'); // the typed one and the pasted ones but bad_name.com
	await sleep(2500);
	stills.editor = recorder.mark();
	press('Enter');
	await waitFor(recorder, 'Press c to');
	await sleep(1000);
	press('c');
	await waitFor(recorder, '100%');
	await sleep(2500);
	press('Enter');
	await waitFor(recorder, 'which profile');
	await sleep(1500);
	press('Enter');
	await waitFor(recorder, 'Domains per task');
	await sleep(1500);
	press('Enter');
	await waitFor(recorder, 'Estimated cost');
	await sleep(1500);
	press('Down');
	await sleep(800);
	stills.review = recorder.mark();
	await sleep(1200);
	press('Enter');
	await waitFor(recorder, 'All 8 domains are final', 120_000);
	await sleep(1500);
	stills.status = recorder.mark();
	press('e');
	await waitFor(recorder, 'Exported');
	await sleep(2500);
	press('C-c');
	await sleep(500);
	recorder.stop();
	return {frames: recorder.frames, stills};
}

/** Home → Redeem: the picker over the seeded redemption-period domains, three of them selected. */
async function recordPicker(home) {
	const env = [
		`ALIDOMAIN_HOME=${join(home, 'alidomain')}`,
		`HOME=${home}`,
		'CI=false',
		'FORCE_COLOR=1',
		'LANG=C.UTF-8',
		'TERM=xterm-256color',
	];
	tmux(
		'new-session',
		'-d',
		'-s',
		session,
		'-x',
		String(WIDTH),
		'-y',
		String(HEIGHT),
		`env ${env.join(' ')} ${process.execPath} ${CLI} --sandbox --sandbox-reset`,
	);
	const recorder = new Recorder();
	await waitFor(recorder, 'Redeem domains');
	await waitFor(recorder, 'SANDBOX');
	press('Down');
	await waitFor(recorder, '❯ Redeem domains');
	press('Enter');
	await waitFor(recorder, 'CN¥1,200');
	for (const key of ['Space', 'Down', 'Space', 'Down', 'Space']) {
		press(key);
		await sleep(150);
	}

	await waitFor(recorder, '3 selected');
	await sleep(500);
	const still = recorder.mark();
	press('C-c');
	await sleep(500);
	return {frames: [still], stills: {picker: still}};
}

/** Home → Renew: the renew picker over the seeded domains due for renewal, three of them selected. */
async function recordRenewPicker(home) {
	const env = [
		`ALIDOMAIN_HOME=${join(home, 'alidomain')}`,
		`HOME=${home}`,
		'CI=false',
		'FORCE_COLOR=1',
		'LANG=C.UTF-8',
		'TERM=xterm-256color',
	];
	tmux(
		'new-session',
		'-d',
		'-s',
		session,
		'-x',
		String(WIDTH),
		'-y',
		String(HEIGHT),
		`env ${env.join(' ')} ${process.execPath} ${CLI} --sandbox --sandbox-reset`,
	);
	const recorder = new Recorder();
	await waitFor(recorder, 'Renew domains');
	await waitFor(recorder, 'SANDBOX');
	press('Down');
	press('Down');
	await waitFor(recorder, '❯ Renew domains');
	press('Enter');
	await waitFor(recorder, 'premium');
	await waitFor(recorder, 'CN¥89');
	for (const key of ['Down', 'Down', 'Space', 'Down', 'Down', 'Space', 'Down', 'Space']) {
		press(key);
		await sleep(150);
	}

	await waitFor(recorder, '3 selected');
	await sleep(500);
	const still = recorder.mark();
	press('C-c');
	await sleep(500);
	return {frames: [still], stills: {'renew-picker': still}};
}

function toCast(frames) {
	const header = {
		version: 2,
		width: WIDTH,
		height: HEIGHT,
		env: {TERM: 'xterm-256color', SHELL: '/bin/sh'},
		title: 'alidomain --sandbox',
	};
	const lines = [JSON.stringify(header)];
	let clock = 0;
	let previous = frames[0]?.at ?? 0;
	for (const frame of frames) {
		clock += Math.min(frame.at - previous, MAX_IDLE_S);
		previous = frame.at;
		lines.push(JSON.stringify([Number(clock.toFixed(3)), 'o', `\u001B[?25l\u001B[H\u001B[2J${frame.text}`]));
	}

	return `${lines.join('\n')}\n`;
}

// One frame a second in, since a cast's first frame (time 0) is the empty screen before any output.
const stillCast = (frame) =>
	toCast([
		{at: 0, text: ''},
		{...frame, at: 1},
	]);

const require = createRequire(import.meta.url);

/**
 * svg-term draws with its own copy of React 16, but one of its helpers requires whatever React is installed at the
 * top (ours, 19); point that helper at svg-term's copy. Its style sheet is module state that keeps every earlier
 * drawing's animation, so each SVG is drawn by freshly loaded modules.
 */
function render(cast, options) {
	for (const key of Object.keys(require.cache)) {
		if (/[\\/]node_modules[\\/](svg-term|@stiligita)[\\/]/.test(key)) delete require.cache[key];
	}

	const own = createRequire(require.resolve('svg-term'));
	own('react');
	require.cache[require.resolve('react')] = require.cache[own.resolve('react')];
	const theme = {...require('svg-term/lib/default-theme'), fontFamily: FONTS};
	// Renderers that ignore CSS white-space would squeeze the padding inside a highlighted row.
	return require('svg-term')
		.render(cast, {...options, theme})
		.replace('<svg ', '<svg xml:space="preserve" ');
}

/** The screens leave the bottom of the terminal empty; draw only the rows used, and one blank below. */
const rowsOf = (frames) => Math.min(HEIGHT, Math.max(...frames.map((f) => f.rows)) + 1);

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first.');
const home = mkdtempSync(join(tmpdir(), 'alidomain-media-'));
const onlyPicker = process.argv[2] === 'picker' || process.argv[2] === 'renew-picker';
let result;
try {
	result =
		process.argv[2] === 'picker'
			? await recordPicker(home)
			: process.argv[2] === 'renew-picker'
				? await recordRenewPicker(home)
				: await record(home);
} finally {
	try {
		tmux('kill-server');
	} catch {
		// the session closed with the app
	}

	rmSync(home, {recursive: true, force: true});
}

const options = {cursor: false, paddingX: 12, paddingY: 12};
mkdirSync(OUT, {recursive: true});
const cast = toCast(result.frames);
if (!onlyPicker) {
	writeFileSync(join(OUT, 'demo.cast'), cast);
	writeFileSync(join(OUT, 'demo.svg'), render(cast, {...options, height: rowsOf(result.frames)}));
}

for (const [name, frame] of Object.entries(result.stills))
	writeFileSync(join(OUT, `${name}.svg`), render(stillCast(frame), {...options, at: 1000, height: rowsOf([frame])}));

for (const name of [
	...(onlyPicker ? [] : ['demo.cast', 'demo.svg']),
	...Object.keys(result.stills).map((n) => `${n}.svg`),
]) {
	console.log(`${join(OUT, name)}\t${(statSync(join(OUT, name)).size / 1024).toFixed(0)} KiB`);
}

if (!onlyPicker)
	console.log(`${result.frames.length} frames, ${JSON.parse(cast.trimEnd().split('\n').at(-1))[0].toFixed(1)} s`);
