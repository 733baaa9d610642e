// The built app in a real terminal (tmux), made narrower while it runs: the frame drawn after the resize is the one
// a terminal that size shows from the start, with no stale line from the wider frame left behind; Ctrl+L draws
// the screen again; and on quit the shell's screen comes back with one line saying what happened.
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseEnv, CLI} from '../support/cli.js';
import {envPrefix, sleep, Tmux} from '../support/tmux.js';

const tmux = new Tmux('resize');
let home: string;

function launch(session: string, width: number, height: number, args: string): void {
	const env = envPrefix(baseEnv(home, {CI: 'false', ALIDOMAIN_SETTLE_MS: '0'}));
	// The shell stays after the app ends, so what the app leaves behind can be read.
	tmux.open(session, `${env} ${process.execPath} ${CLI} ${args}; echo "[exit $?]"; sleep 30`, {width, height});
}

const lines = (text: string) => text.split('\n').map((line) => line.trimEnd());

// Home, connected: the sandbox's note is the last thing drawn.
const READY = /The sandbox: nothing here[\s\S]*q quit/;

beforeAll(() => {
	if (!existsSync(CLI)) {
		throw new Error('dist/cli.js is missing: run npm run build first.');
	}

	home = mkdtempSync(join(tmpdir(), 'alidomain-resize-e2e-'));
});

afterAll(() => {
	tmux.close();
});

describe('a full-screen app in a real terminal', () => {
	it('leaves no stale line when the terminal goes from 120 to 80 columns, redraws on Ctrl+L, and leaves one line on quit', async () => {
		// What an 80×24 terminal shows from the start.
		launch('fresh', 80, 24, '--sandbox');
		const fresh = await tmux.waitForScreen('fresh', READY);
		tmux.run('kill-session', '-t', 'fresh');

		launch('wide', 120, 24, '--sandbox');
		const wide = await tmux.waitForScreen('wide', READY);
		expect(lines(wide)[0]!.length).toBeGreaterThan(80);
		tmux.run('resize-window', '-t', 'wide', '-x', '80', '-y', '24');
		// The redraw comes a moment after the last resize event.
		await sleep(500);
		const after = tmux.screen('wide');
		expect(lines(after)).toEqual(lines(fresh));
		expect(after.match(/alidomain → Home/g)).toHaveLength(1);

		// Ctrl+L clears and draws the same frame again.
		tmux.press('wide', 'C-l');
		await sleep(300);
		expect(lines(tmux.screen('wide'))).toEqual(lines(fresh));

		// Quitting gives the shell's screen back: no frame left, one line saying what happened.
		tmux.press('wide', 'q');
		const left = await tmux.waitForScreen('wide', '[exit 0]');
		expect(left).not.toContain('What would you like to do?');
		const said = lines(left).filter((line) => line !== '' && !line.startsWith('[exit'));
		expect(said).toEqual(['alidomain: nothing was submitted.']);
	});
});
