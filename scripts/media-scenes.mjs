// The steps behind every picture in media/, in one place: `npm run media` (scripts/media.mjs) plays them to record
// the pictures, and test/e2e/media.test.ts plays the same steps against the built app and compares each checkpoint's
// screen with the picture (scripts/media-text.mjs), so a picture that no longer shows the app fails a test.
//
// A scene is one run of `alidomain` in a terminal of WIDTH×HEIGHT cells, from a fresh home and a fresh sandbox. Its
// steps send keys, type or paste, then wait for a text; a checkpoint step also waits for the screen to be at rest
// (no spinner, nothing but the clock changing for a moment) and names the picture it is: a still (`still`) and, in
// the demo scene, a frame of media/demo.svg. `pause` is for people watching the recording; the test skips it.
import {comparable, screenLines} from './media-text.mjs';

export const WIDTH = 100;
export const HEIGHT = 30;

/** The temporary home of a scene's run is made with this prefix; the pictures show paths under it. */
export const HOME_PREFIX = 'alidomain-media-';

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

/**
 * The variables of a scene's run: the home, an interactive terminal with colours (CI=false keeps the app
 * interactive; colour detection reads any CI variable as "no colours", so ask for them), English, and UTC for any
 * time on screen. `extra` adds to them (the test runs the sandbox's tasks faster).
 */
export function sceneEnv(home, extra = {}) {
	return {
		ALIDOMAIN_HOME: `${home}/alidomain`,
		HOME: home,
		CI: 'false',
		FORCE_COLOR: '1',
		LANG: 'C.UTF-8',
		TERM: 'xterm-256color',
		TZ: 'UTC',
		...extra,
	};
}

const ARGS = ['--sandbox', '--sandbox-reset'];

/** Each scene: the app's arguments, its steps, and whether its frames make the animated media/demo.svg. */
export const SCENES = {
	// Home → Register: a typed name and a pasted list, availability, profile, options, review, submit, the status
	// to the end, the export.
	demo: {
		args: ARGS,
		animated: true,
		steps: [
			{until: 'Register domains', checkpoint: 'home', still: 'home', pause: 1200},
			{press: ['Enter'], until: 'Type a domain', pause: 600},
			{type: 'brand-new.app', pause: 300},
			{press: ['Enter'], until: '1 domain ·', pause: 700},
			// The typed one and the pasted ones but bad_name.com.
			{paste: `${PASTE.join('\n')}\n`, until: '8 domains ·', checkpoint: 'editor', still: 'editor', pause: 2500},
			{press: ['Enter'], until: 'Press c to', checkpoint: 'availability', pause: 1000},
			{press: ['c'], until: '100%', checkpoint: 'availability checked', pause: 2500},
			{press: ['Enter'], until: 'which profile', checkpoint: 'profile', pause: 1500},
			{press: ['Enter'], until: 'Domains per task', checkpoint: 'options', pause: 1500},
			// The balance is read alongside the journal check that brings the menu: wait for both.
			{press: ['Enter'], until: /left after this batch[^]*❯ Back/, checkpoint: 'review', pause: 1500},
			{press: ['Down'], until: '❯ Submit', checkpoint: 'review, Submit chosen', still: 'review', pause: 1200},
			{
				press: ['Enter'],
				until: 'All 8 domains are final',
				timeoutMs: 120_000,
				checkpoint: 'status',
				still: 'status',
				pause: 1500,
			},
			{press: ['e'], until: 'Exported', checkpoint: 'exported', pause: 2500},
			{press: ['C-c'], pause: 500},
		],
	},
	// Home → Redeem: the picker over the seeded redemption-period domains, three of them selected.
	picker: {
		args: ARGS,
		steps: [
			{until: 'Redeem domains'},
			{press: ['Down'], until: '❯ Redeem domains'},
			{press: ['Enter'], until: '1,200'},
			{press: ['Space'], until: '1 selected'},
			{press: ['Down', 'Space'], until: '2 selected'},
			{press: ['Down', 'Space'], until: '3 selected', checkpoint: 'picker', still: 'picker', pause: 500},
			{press: ['C-c'], pause: 500},
		],
	},
	// Home → Renew: the renew picker over the seeded domains due for renewal, three of them selected.
	'renew-picker': {
		args: ARGS,
		steps: [
			{until: 'Renew domains'},
			{press: ['Down', 'Down'], until: '❯ Renew domains'},
			{press: ['Enter'], until: 'premium'},
			{press: ['Down', 'Down', 'Space'], until: '1 selected'},
			{press: ['Down', 'Down', 'Space'], until: '2 selected'},
			{press: ['Down', 'Space'], until: '3 selected', checkpoint: 'renew picker', still: 'renew-picker', pause: 500},
			{press: ['C-c'], pause: 500},
		],
	},
};

const SPINNER = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a checkpoint's screen must stay the same (but for the clock) before it counts as at rest. */
const REST_MS = 300;

/**
 * Waits for a step's text; for a checkpoint, also for the screen to be at rest. Resolves to the screen's lines and
 * whether it got there in time: a checkpoint that does not is given back as it was at the end, so the caller can say
 * how it differs from the picture; any other step throws with the last screen seen.
 */
async function waitFor(terminal, step, timeoutMs) {
	const deadline = Date.now() + (timeoutMs ?? step.timeoutMs ?? 30_000);
	let same = '';
	let since = Date.now();
	for (;;) {
		const lines = screenLines(terminal.screen());
		const text = lines.join('\n');
		const shown = typeof step.until === 'string' ? text.includes(step.until) : step.until.test(text);
		const key = lines.map(comparable).join('\n');
		if (key !== same) {
			same = key;
			since = Date.now();
		}

		if (shown && !step.checkpoint) return {lines, ok: true};
		if (shown && !SPINNER.test(text) && Date.now() - since >= REST_MS) return {lines, ok: true};
		if (Date.now() > deadline) {
			if (step.checkpoint) return {lines, ok: false};
			throw new Error(`the screen never showed ${JSON.stringify(String(step.until))}:\n${text}`);
		}

		await sleep(50);
	}
}

/**
 * Plays `scene` on `terminal` ({screen(), press(key), type(text), paste(text)}).
 * `onCheckpoint(step, lines, atRest)` is called at each checkpoint, with `atRest` false when the wait ran out; with
 * `pauses`, each step's pause is waited out. `timeoutMs` replaces every step's own time limit for its text.
 */
export async function play(scene, terminal, {onCheckpoint = () => {}, pauses = false, timeoutMs} = {}) {
	for (const step of scene.steps) {
		if (step.press) {
			for (const key of step.press) {
				terminal.press(key);
				// Keys one by one, as a person presses them (a terminal read holds one key).
				if (step.press.length > 1) await sleep(pauses ? 150 : 50);
			}
		}

		if (step.type) await terminal.type(step.type);
		if (step.paste) terminal.paste(step.paste);
		if (step.until) {
			const {lines, ok} = await waitFor(terminal, step, timeoutMs);
			if (step.checkpoint) await onCheckpoint(step, lines, ok);
		}

		if (pauses && step.pause) await sleep(step.pause);
	}
}
