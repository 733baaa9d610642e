// The pictures in media/ (the README's demo and stills) show today's app: each scene `npm run media` recorded
// (scripts/media-scenes.mjs) is played again against the built app in a real terminal, and at every checkpoint the
// screen is compared, line by line, with the text read back from the picture's SVG (scripts/media-text.mjs) — a
// still with its own file, every checkpoint of the demo with some frame of media/demo.svg. The clock's marks (dates,
// durations, spinners, batch names) are left out of the comparison; everything else, labels, money, the key bar,
// titles, must be the same. When the app is right and the picture old, `npm run media` draws it again.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {HEIGHT, HOME_PREFIX, play, SCENES, sceneEnv, WIDTH, type Step} from '../../scripts/media-scenes.mjs';
import {differences, svgFrames} from '../../scripts/media-text.mjs';
import {CLI, TEST_PACE, TEST_TMPDIR} from '../support/cli.js';
import {envPrefix, Tmux} from '../support/tmux.js';

const tmux = new Tmux('media');
const pictures = (name: string) => svgFrames(readFileSync(join('media', name), 'utf8'));
const RERECORD = 'if the app is right and the pictures old, draw them again: npm run media';

afterAll(() => {
	tmux.close();
});

/** "line 12  picture: …" / "app: …" for each line that differs. */
const lineReport = (diff: ReturnType<typeof differences>) =>
	diff.map((d) => `  line ${d.line}\n    picture: ${d.expected}\n    app:     ${d.actual}`).join('\n');

/** What is wrong with the app's screen at `step` against the pictures of `scene`; nothing when it matches. */
function compare(sceneName: string, step: Step, lines: string[], demo: string[][] | undefined): string[] {
	const problems: string[] = [];
	const where = `at "${step.checkpoint}" (scene ${sceneName})`;
	if (step.still) {
		const picture = pictures(`${step.still}.svg`).at(-1) ?? [];
		const diff = differences(picture, lines);
		if (diff.length > 0)
			problems.push(
				`media/${step.still}.svg differs from the app ${where} in ${diff.length} line(s):\n${lineReport(diff)}`,
			);
	}

	if (demo) {
		// The nearest frame: the one with the fewest lines that differ.
		const nearest = demo
			.map((frame, index) => ({index, diff: differences(frame, lines)}))
			.reduce((best, next) => (next.diff.length < best.diff.length ? next : best));
		if (nearest.diff.length > 0)
			problems.push(
				`media/${sceneName}.svg has no frame like the app ${where}; the nearest, frame ${nearest.index + 1} of ` +
					`${demo.length}, differs in ${nearest.diff.length} line(s):\n${lineReport(nearest.diff)}`,
			);
	}

	return problems;
}

describe('the pictures in media/ show what the app shows for the same steps', () => {
	it('every picture in media/ is one a scene draws', () => {
		const drawn = Object.entries(SCENES).flatMap(([name, scene]) => [
			...(scene.animated ? [`${name}.svg`] : []),
			...scene.steps.flatMap((step) => (step.still ? [`${step.still}.svg`] : [])),
		]);
		const inFolder = readdirSync('media').filter((file) => file.endsWith('.svg'));
		expect(inFolder.sort()).toEqual([...new Set(drawn)].sort());
	});

	for (const [name, scene] of Object.entries(SCENES)) {
		// Each scene in a terminal and a home of its own, so they run side by side.
		it.concurrent(
			`${name}: every checkpoint's screen is in its picture`,
			async () => {
				expect(existsSync(CLI), 'dist/cli.js is missing: run npm run build first').toBe(true);
				const home = mkdtempSync(join(tmpdir(), HOME_PREFIX));
				const demo = scene.animated ? pictures(`${name}.svg`) : undefined;
				const env = sceneEnv(home, {...TEST_PACE, TMPDIR: TEST_TMPDIR});
				tmux.open(name, `${envPrefix(env)} ${process.execPath} ${CLI} ${scene.args.join(' ')}`, {
					width: WIDTH,
					height: HEIGHT,
				});
				const problems: string[] = [];
				let checkpoints = 0;
				try {
					await play(
						scene,
						{
							screen: () => tmux.screen(name),
							press: (key) => tmux.press(name, key),
							type: (text) => tmux.press(name, '-l', text),
							paste: (text) => tmux.paste(name, text),
						},
						{
							timeoutMs: 15_000,
							onCheckpoint(step, lines, atRest) {
								checkpoints++;
								problems.push(...compare(name, step, lines, demo));
								// The steps after a screen that never came are no use: stop with what was found.
								if (!atRest)
									throw new Error(
										`the app never came to rest at "${step.checkpoint}" showing ${step.until}; if its wording ` +
											'changed on purpose, change that step in scripts/media-scenes.mjs too',
									);
							},
						},
					);
				} catch (error) {
					problems.push(String(error));
				} finally {
					try {
						tmux.run('kill-session', '-t', name);
					} catch {
						// The app has quit (the scene ends with Ctrl+C) and its session with it.
					}

					rmSync(home, {recursive: true, force: true});
				}

				expect(problems.join('\n\n'), `${problems.length} picture(s) unlike the app; ${RERECORD}`).toBe('');
				expect(checkpoints).toBe(scene.steps.filter((step) => step.checkpoint).length);
			},
			90_000,
		);
	}
});
