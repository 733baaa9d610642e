// The built app in a real terminal (tmux), made narrower while it runs: the frame drawn after the resize is the one
// a terminal that size shows from the start, with no stale line from the wider frame left behind; Ctrl+L draws
// the screen again; and on quit the shell's screen comes back with one line saying what happened.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLI} from './cli-harness.js';

const socket = `alidomain-resize-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

async function waitForScreen(session: string, test: (text: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < deadline) {
		last = screen(session);
		if (test(last)) {
			return last;
		}

		// eslint-disable-next-line no-await-in-loop
		await sleep(50);
	}

	throw new Error(`Timed out waiting for ${what}. Screen:\n${last}`);
}

let home: string;

function launch(session: string, columns: number, rows: number, args: string): void {
	const env = `ALIDOMAIN_HOME=${join(home, 'alidomain')} HOME=${home} CI=false ALIDOMAIN_SETTLE_MS=0 LANG=C.UTF-8`;
	// The shell stays after the app ends, so what the app leaves behind can be read.
	tmux('new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), `env ${env} ${process.execPath} ${CLI} ${args}; echo "[exit $?]"; sleep 30`);
}

const lines = (text: string) => text.split('\n').map(line => line.trimEnd());

beforeAll(() => {
	if (!existsSync(CLI)) {
		throw new Error('dist/cli.js is missing: run npm run build first.');
	}

	home = mkdtempSync(join(tmpdir(), 'alidomain-resize-e2e-'));
});

afterAll(() => {
	try {
		tmux('kill-server');
	} catch {
		// Already gone.
	}
});

describe('a full-screen app in a real terminal', () => {
	it('leaves no stale line when the terminal goes from 120 to 80 columns, redraws on Ctrl+L, and leaves one line on quit', async () => {
		const ready = (text: string) => text.includes('The sandbox: nothing here') && text.includes('q quit');

		// What an 80×24 terminal shows from the start.
		launch('fresh', 80, 24, '--sandbox');
		const fresh = await waitForScreen('fresh', ready, 'home at 80 columns');
		tmux('kill-session', '-t', 'fresh');

		launch('wide', 120, 24, '--sandbox');
		const wide = await waitForScreen('wide', ready, 'home at 120 columns');
		expect(lines(wide)[0]!.length).toBeGreaterThan(80);
		tmux('resize-window', '-t', 'wide', '-x', '80', '-y', '24');
		const narrow = await waitForScreen('wide', text => lines(text)[0]!.length <= 80 && ready(text), 'the redraw at 80 columns');
		// Settle: the redraw comes a moment after the last resize event.
		await sleep(300);
		const after = screen('wide');
		expect(narrow).toBeTruthy();
		expect(lines(after)).toEqual(lines(fresh));
		expect(after.match(/alidomain → Home/g)).toHaveLength(1);

		// Ctrl+L clears and draws the same frame again.
		tmux('send-keys', '-t', 'wide', 'C-l');
		await sleep(300);
		expect(lines(screen('wide'))).toEqual(lines(fresh));

		// Quitting gives the shell's screen back: no frame left, one line saying what happened.
		tmux('send-keys', '-t', 'wide', 'q');
		const left = await waitForScreen('wide', text => text.includes('[exit 0]'), 'the app to end');
		expect(left).not.toContain('What would you like to do?');
		const said = lines(left).filter(line => line !== '' && !line.startsWith('[exit'));
		expect(said.join(' ')).toContain('alidomain: nothing was submitted.');
	});
});
