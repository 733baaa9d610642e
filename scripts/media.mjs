// npm run media: builds the app, then records real sessions of it against a fresh built-in sandbox, in tmux, and
// writes every picture in media/: the animated media/demo.svg (and its recording, media/demo.cast, asciicast v2) and
// the stills the README shows. The steps are scripts/media-scenes.mjs, which test/e2e/media.test.ts plays again to
// check that the pictures still show the app. `npm run media -- picker renew-picker` records only the scenes named.
// Needs what `npm ci` installs, and tmux.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {stripVTControlCharacters as stripAnsi} from 'node:util';
import {HEIGHT, HOME_PREFIX, play, SCENES, sceneEnv, WIDTH} from './media-scenes.mjs';
import {screenLines, svgFrames} from './media-text.mjs';

const FRAME_MS = 100;
// Longer pauses are cut to this, so the recording keeps moving.
const MAX_IDLE_S = 1.6;
const CLI = join(process.cwd(), 'dist/cli.js');
const OUT = 'media';
// Common monospace fonts whose box-drawing and block characters fill the cell, so bars and frames line up.
const FONTS = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";

const socket = `alidomain-media-${process.pid}`;
const session = 'media';
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
}

/** One scene, recorded: its frames, and the frame of each still it names. */
async function record(name, scene, home) {
	const env = Object.entries(sceneEnv(home)).map(([key, value]) => `${key}=${value}`);
	tmux(
		'new-session',
		'-d',
		'-s',
		session,
		'-x',
		String(WIDTH),
		'-y',
		String(HEIGHT),
		`env ${env.join(' ')} ${process.execPath} ${CLI} ${scene.args.join(' ')}`,
	);
	const recorder = new Recorder();
	recorder.start();
	const stills = {};
	const terminal = {
		screen() {
			recorder.sample();
			return recorder.frames.at(-1)?.plain ?? '';
		},
		press: (key) => tmux('send-keys', '-t', session, key),
		async type(text) {
			for (const char of text) {
				tmux('send-keys', '-t', session, '-l', char);
				await sleep(70);
			}
		},
		paste(text) {
			const file = join(home, 'paste.txt');
			writeFileSync(file, text);
			tmux('load-buffer', '-b', 'media', file);
			tmux('paste-buffer', '-p', '-d', '-b', 'media', '-t', session);
		},
	};
	try {
		await play(scene, terminal, {
			pauses: true,
			onCheckpoint(step, lines, atRest) {
				if (!atRest)
					throw new Error(
						`${name}: "${step.checkpoint}" never came to rest showing ${step.until}:\n${lines.join('\n')}`,
					);
				// The frame the checkpoint saw: the last one sampled.
				if (step.still) stills[step.still] = recorder.frames.at(-1);
			},
		});
	} finally {
		recorder.stop();
		try {
			tmux('kill-server');
		} catch {
			// the session closed with the app
		}
	}

	return {frames: recorder.frames, stills};
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

/**
 * The test reads the pictures' text back from the SVG (scripts/media-text.mjs); check here, once, that it reads
 * exactly what was drawn, so a test failure always means the app changed, never the reading.
 */
function checkReadBack(file, svg, frames) {
	const drawn = frames.map((f) => screenLines(f.plain)).filter((lines) => lines.length > 0);
	const read = svgFrames(svg).filter((lines) => lines.length > 0);
	const same = drawn.length === read.length && drawn.every((lines, i) => lines.join('\n') === read[i].join('\n'));
	if (!same) throw new Error(`${file}: the text read back from the SVG is not the text drawn (svg-term changed?)`);
}

/** The screens leave the bottom of the terminal empty; draw only the rows used, and one blank below. */
const rowsOf = (frames) => Math.min(HEIGHT, Math.max(...frames.map((f) => f.rows)) + 1);

const started = Date.now();
const names = process.argv.slice(2);
for (const name of names) if (!SCENES[name]) throw new Error(`no scene ${name}; the scenes: ${Object.keys(SCENES)}`);

execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'inherit'});
mkdirSync(OUT, {recursive: true});
const written = [];
const options = {cursor: false, paddingX: 12, paddingY: 12};
for (const [name, scene] of Object.entries(SCENES)) {
	if (names.length > 0 && !names.includes(name)) continue;
	const home = mkdtempSync(join(tmpdir(), HOME_PREFIX));
	let result;
	try {
		result = await record(name, scene, home);
	} finally {
		rmSync(home, {recursive: true, force: true});
	}

	if (scene.animated) {
		const cast = toCast(result.frames);
		const svg = render(cast, {...options, height: rowsOf(result.frames)});
		checkReadBack(`${name}.svg`, svg, result.frames);
		writeFileSync(join(OUT, `${name}.cast`), cast);
		writeFileSync(join(OUT, `${name}.svg`), svg);
		const seconds = JSON.parse(cast.trimEnd().split('\n').at(-1))[0];
		written.push(`${name}.cast`, `${name}.svg\t${result.frames.length} frames, ${seconds.toFixed(1)} s`);
	}

	for (const [still, frame] of Object.entries(result.stills)) {
		const svg = render(stillCast(frame), {...options, at: 1000, height: rowsOf([frame])});
		checkReadBack(`${still}.svg`, svg, [frame]);
		writeFileSync(join(OUT, `${still}.svg`), svg);
		written.push(`${still}.svg`);
	}
}

for (const line of written) {
	const [file, note] = line.split('\t');
	const size = `${(statSync(join(OUT, file)).size / 1024).toFixed(0)} KiB`;
	console.log([join(OUT, file), size, note].filter(Boolean).join('\t'));
}

console.log(`recorded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
