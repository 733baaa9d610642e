// The built CLI in a real terminal (tmux): the wizard from home to a submitted batch, with typed and pasted input,
// for a registration and for a redemption of seeded domains, against the in-process sandbox.
import {existsSync, mkdtempSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {baseEnv, CLI} from '../support/cli.js';
import {envPrefix, sleep, Tmux} from '../support/tmux.js';

const tmux = new Tmux('wizard');

/** Keys, then the text that shows they were taken. */
async function keys(session: string, expected: string, ...names: string[]): Promise<string> {
	tmux.press(session, ...names);
	return tmux.waitForScreen(session, expected, {timeoutMs: 15_000});
}

/** A paste, sent bracketed since the app asked the terminal for that. */
async function paste(session: string, text: string, expected: string): Promise<string> {
	tmux.paste(session, text);
	return tmux.waitForScreen(session, expected, {timeoutMs: 15_000});
}

const waitForScreen = (session: string, text: string) => tmux.waitForScreen(session, text, {timeoutMs: 15_000});

let home: string;

function launch(session: string, args: string): void {
	const env = envPrefix(baseEnv(home, {CI: 'false', ALIDOMAIN_SETTLE_MS: '0'}));
	tmux.open(session, `${env} ${process.execPath} ${CLI} ${args}`, {width: 100, height: 30});
}

beforeAll(() => {
	if (!existsSync(CLI)) {
		throw new Error('dist/cli.js is missing: run npm run build first.');
	}

	home = mkdtempSync(join(tmpdir(), 'alidomain-wizard-e2e-'));
});

afterAll(() => {
	tmux.close();
});

describe('wizard in a real terminal', () => {
	it('registers 5 domains from typed and pasted input through review to the status view', async () => {
		const session = 'register';
		launch(session, '--sandbox');
		await waitForScreen(session, 'Register domains');
		await waitForScreen(session, 'SANDBOX');
		await keys(session, 'Type a domain', 'Enter');
		tmux.press(session, '-l', 'typed-first-shop.com');
		await keys(session, '1 domain ·', 'Enter');
		tmux.press(session, '-l', 'typed-second-shop.net');
		await keys(session, '2 domains', 'Enter');
		let frame = await paste(
			session,
			'pasted-one.com\npasted-two.org\nhttp//oops\npasted-three.net\ntyped-first-shop.com\n',
			'5 domains',
		);
		expect(frame).toContain('1 rejected line');
		expect(frame).toContain('1 duplicate dropped');
		// The paste added names; it did not go on to the next step.
		expect(frame).toContain('Register · Domains');
		await keys(session, 'Register · Availability', 'Enter');
		await keys(session, 'Register · Registrant profile', 'Enter');
		await waitForScreen(session, '(default)');
		await keys(session, 'Register · Options', 'Enter');
		await keys(session, 'Register · Review', 'Enter');
		frame = await waitForScreen(session, '❯ Back');
		expect(frame).toContain('Register 5 domains in 1 task');
		// The review prices the list itself (the availability check was skipped); Submit waits for it.
		frame = await waitForScreen(session, 'CNY 371.00 for 5 domains × 1 year');
		expect(frame).toMatch(/Balance\s+CNY [\d,]+\.00 · CNY [\d,]+\.00 left after this batch/);
		await keys(session, '❯ Submit 5 domains', 'Down');
		frame = await keys(session, 'Registering 5 domains', 'Enter');
		expect(frame).toContain('pasted-three.net');
		tmux.press(session, 'C-c');
	});

	it('redeems seeded domains in their redemption period through review to the status view', async () => {
		const session = 'redeem';
		launch(session, 'redeem --sandbox');
		await waitForScreen(session, 'in redemption');
		await keys(session, 'Type a domain', 't');
		tmux.press(session, '-l', 'forgot-to-renew.com');
		await keys(session, '1 domain ·', 'Enter');
		await paste(session, 'night-market.com\n', '2 domains');
		await keys(session, 'Redeem · Expiry dates', 'Enter');
		const frame = await waitForScreen(session, '2 of 2 can be redeemed');
		expect(frame).toMatch(/night-market\.com\s+\d{4}-\d{2}-\d{2}/);
		await keys(session, 'Redeem · Options', 'Enter');
		await keys(session, 'Redeem · Review', 'Enter');
		await waitForScreen(session, '❯ Back');
		await waitForScreen(session, 'CNY 2,400.00, the redemption fee of 2 domains');
		await keys(session, '❯ Submit 2 domains', 'Down');
		expect(await keys(session, 'Redeeming 2 domains', 'Enter')).toContain('forgot-to-renew.com');
		tmux.press(session, 'C-c');
	});

	it('a pasted list survives the process being killed: the next start offers it back as a draft', async () => {
		const session = 'draft-killed';
		launch(session, 'register --sandbox');
		await waitForScreen(session, 'Register · Domains');
		const names = Array.from({length: 300}, (_, i) => `draft-kept-${i}.com`);
		await paste(session, names.join('\n') + '\nshop.bar.net\n', '300 domains');
		// Saved as the list is edited, after a short pause; then the process dies without a chance to save.
		const draft = join(home, 'alidomain', 'data', 'drafts', 'register.json');
		const deadline = Date.now() + 5000;
		while (!existsSync(draft) && Date.now() < deadline) {
			await sleep(50);
		}

		const pid = Number(tmux.run('display-message', '-p', '-t', session, '#{pane_pid}').trim());
		process.kill(pid, 'SIGKILL');
		await sleep(300);
		expect(statSync(draft).mode & 0o777).toBe(0o600);

		const again = 'draft-again';
		launch(again, 'register --sandbox');
		const frame = await waitForScreen(again, 'Draft restored: 300 domains · 1 rejected line, saved');
		expect(frame).toContain('300 domains · 1 rejected line');
		expect(frame).toContain('draft-kept-0.com');
		expect(frame).toContain('Ctrl+X discards it');
		tmux.press(again, 'C-c');
	});

	it('Home → Redeem shows the seeded redemption-period domains without typing anything, selects three and redeems them', async () => {
		const session = 'picker';
		launch(session, '--sandbox');
		await waitForScreen(session, 'Redeem domains');
		await waitForScreen(session, 'SANDBOX');
		await keys(session, '❯ Redeem domains', 'Down');
		let frame = await keys(session, 'in redemption', 'Enter');
		frame = await waitForScreen(session, 'CNY 1,200');
		// Soonest deadline first: the three on their last days lead the list.
		expect(frame).toMatch(/❯ ○ coffee-club\.io\s+\d{4}-\d{2}-\d{2}\s+last day\s+CNY 1,200/);
		expect(frame).toMatch(/launch-party\.net\s+\d{4}-\d{2}-\d{2}\s+1 day/);
		await keys(session, '1 selected', 'Space');
		await keys(session, '❯ ○ launch-party.net', 'Down');
		await keys(session, '2 selected', 'Space');
		await keys(session, '❯ ○ river-town.cn', 'Down');
		frame = await keys(session, '3 selected', 'Space');
		expect(frame).toContain('fee CNY 3,600.00');
		await keys(session, 'Redeem · Options', 'Enter');
		await keys(session, 'Redeem · Review', 'Enter');
		frame = await waitForScreen(session, '❯ Back');
		expect(frame).toContain('Redeem 3 domains in 1 task');
		expect(frame).toContain('coffee-club.io, launch-party.net, river-town.cn');
		await keys(session, '❯ Submit 3 domains', 'Down');
		await keys(session, 'Redeeming 3 domains', 'Enter');
		frame = await tmux.waitForScreen(session, 'All 3 domains are final', {timeoutMs: 60_000});
		expect(frame).toContain('3 succeeded');
		tmux.press(session, 'C-c');
	});
});
