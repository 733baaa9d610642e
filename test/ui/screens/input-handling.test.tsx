// Every key of one terminal read counts, and a paste is never lost: keys that arrive together (key repeat, fast
// typing) move as far as they would one by one, and a paste lands in the input or is answered with where to paste.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {RunningSandbox} from '../../../source/sandbox/server.js';
import {activateItem} from '../../../source/core/order/order-items.js';
import {AccountStore} from '../../../source/store/accounts.js';
import {HistoryScreen} from '../../../source/ui/screens/history/HistoryScreen.js';
import {sandboxRuntime, TEST_STATUS_PACE} from '../../support/sandbox-runtime.js';
import {addToList, emptyList} from '../../../source/ui/state/wizard-list.js';
import {
	ARROW_DOWN,
	ARROW_UP,
	BACKSPACE,
	ENTER,
	PASTE,
	renderWithInput,
	TAB,
	waitFor,
	waitForContent,
} from '../../../source/ui/testing/index.js';
import {
	noCredentials,
	runtimeFor,
	sandboxClient,
	startApp,
	startTestSandbox,
	tempHome,
	withSandboxOf,
} from './wizard-harness.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startTestSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
afterEach(cleanup);

const withSandbox = (home = tempHome()) => withSandboxOf(sandbox, home);

const focusedLine = (frame: string) => frame.split('\n').find((line) => line.includes('❯')) ?? '';

describe('keys that arrive in one read', () => {
	it('on Options, Down Down moves two fields and the Space that follows toggles the field it reached', async () => {
		const list = addToList(emptyList(), 'one-read.com', 'register');
		const app = await startApp({
			...withSandbox(),
			start: {operation: 'register', prefill: {list, profileId: 'default'}},
		});
		await app.see('Register · Availability');
		let frame = await app.press(ENTER, 'Register · Options');
		expect(frame).toMatch(/Privacy proxy\s+● on/);
		// Years → DNS → Privacy proxy, then Space: privacy turns off, DNS stays Alibaba Cloud DNS.
		app.stdin.write(`${ARROW_DOWN}${ARROW_DOWN} `);
		await waitFor(
			() => /Privacy proxy\s+○ off/.test(app.frame()),
			() => app.frame(),
		);
		frame = app.frame();
		expect(focusedLine(frame)).toContain('Privacy proxy');
		expect(frame).toMatch(/DNS\s+● Alibaba Cloud DNS\s+○ custom name servers/);
		expect(frame).not.toContain('DNS 1');
	});

	it('on Add AccessKey, three Downs in one read reach the site and a Space then switches it', async () => {
		const app = await startApp({home: tempHome(), createRuntime: noCredentials});
		await app.see('Add an AccessKey');
		await app.press(ARROW_DOWN, '❯ Add an AccessKey');
		await app.press(ENTER, 'Account name');
		app.stdin.write(`${ARROW_DOWN}${ARROW_DOWN}${ARROW_DOWN} `);
		await waitFor(
			() => focusedLine(app.frame()).includes('● International'),
			() => app.frame(),
		);
		const frame = app.frame();
		expect(focusedLine(frame)).toContain('Site');
		// The space reached no text field on the way.
		expect(frame).not.toMatch(/AccessKey (ID|secret)\s+\S*•/);
	});
});

describe('the domain editor while the list has focus', () => {
	const openEditor = async () => {
		const app = await startApp({...withSandbox(), start: {operation: 'register'}});
		await app.see('Type a domain');
		return app;
	};

	it('takes a pasted 300-line list into the list, says so, and gives the keys back to the input', async () => {
		const app = await openEditor();
		await app.press(PASTE('first-one.com\nsecond-two.com'), '2 domains');
		await app.press(TAB, 'd/Del delete');
		const lines = Array.from({length: 300}, (_, i) => `pasted-${i}.com`).join('\n');
		const frame = await app.press(PASTE(lines), '302 domains');
		expect(frame).toContain('Pasted 300 lines into the list');
		// The input has the keys again: a typed name is added on Enter.
		app.stdin.write('typed-after.com');
		await app.press(ENTER, '303 domains');
	});

	it('says where typing goes instead of swallowing it, and says what d deleted', async () => {
		const app = await openEditor();
		await app.press(PASTE('a-one.com\nb-two.com'), '2 domains');
		await app.press(TAB, 'd/Del delete');
		let frame = await app.press('xyz', 'Tab/Esc goes back to typing');
		expect(frame).toContain('2 domains');
		frame = await app.press('d', 'Deleted a-one.com');
		expect(frame).toContain('1 domain ·');
	});
});

describe('a paste where nothing takes text', () => {
	it('is answered in place of the key bar with where to paste, and the next key brings the bar back', async () => {
		const app = await startApp(withSandbox());
		await app.see('What would you like to do?');
		let frame = await app.press(PASTE('pasted-on-home.com\nsecond.com'), 'Paste not used here');
		expect(frame).toContain('paste where a cursor shows');
		expect(frame).not.toContain('Enter select');
		frame = await app.press(ARROW_DOWN, 'Enter select');
		expect(frame).not.toContain('Paste not used here');
	});
});

describe('notes that have done their job go', () => {
	it('Options: the problem with a field goes once that field is changed', async () => {
		const list = addToList(emptyList(), 'years-fix.com', 'register');
		const app = await startApp({
			...withSandbox(),
			start: {operation: 'register', prefill: {list, profileId: 'default'}},
		});
		await app.see('Register · Availability');
		await app.press(ENTER, 'Register · Options');
		app.stdin.write('1');
		await app.see('11');
		await app.press(ENTER, 'Years:');
		const frame = await app.press(BACKSPACE, 'Register · Options');
		await waitFor(
			() => !app.frame().includes('Years:'),
			() => app.frame(),
		);
		expect(frame).toBeTruthy();
	});

	it('the editor: "Draft restored" goes once the list is changed', async () => {
		const home = tempHome();
		mkdirSync(join(home, 'alidomain', 'data', 'drafts'), {recursive: true});
		writeFileSync(
			join(home, 'alidomain', 'data', 'drafts', 'register.json'),
			JSON.stringify({operation: 'register', savedAt: Date.now(), text: 'kept-one.com\nkept-two.com'}),
		);
		const app = await startApp({...withSandbox(home), start: {operation: 'register'}});
		await app.see('Draft restored');
		app.stdin.write('third-one.com');
		const frame = await app.press(ENTER, '3 domains');
		expect(frame).not.toContain('Draft restored');
		expect(frame).toContain('kept-one.com');
	});
});

/**
 * Keys in one read move as far as one by one: from the focused line `before`, one Down alone reaches `one`; Up
 * comes back; then Down Down in one read must reach a third line, one Up from which is `one` again.
 */
async function twoDownsInOneRead(app: {
	frame: () => string;
	press: (keys: string, text: string) => Promise<string>;
	stdin: {write: (data: string) => unknown};
}) {
	const before = focusedLine(app.frame());
	await app.press(ARROW_DOWN, '❯');
	await waitFor(
		() => focusedLine(app.frame()) !== before,
		() => app.frame(),
	);
	const one = focusedLine(app.frame());
	app.stdin.write(ARROW_UP);
	await waitFor(
		() => focusedLine(app.frame()) === before,
		() => app.frame(),
	);
	app.stdin.write(ARROW_DOWN + ARROW_DOWN);
	await waitFor(
		() => ![before, one].includes(focusedLine(app.frame())),
		() => app.frame(),
	);
	const two = focusedLine(app.frame());
	app.stdin.write(ARROW_UP);
	await waitFor(
		() => focusedLine(app.frame()) !== two,
		() => app.frame(),
	);
	expect(focusedLine(app.frame())).toBe(one);
	return two;
}

describe('keys that arrive in one read, on the other screens', () => {
	it('Profile: Down Down moves two profiles', async () => {
		const list = addToList(emptyList(), 'profile-read.com', 'register');
		const app = await startApp({...withSandbox(), start: {operation: 'register', prefill: {list}}});
		await app.see('Register · Availability');
		await app.press(ENTER, '(default)');
		expect(await twoDownsInOneRead(app)).toMatch(/^❯/);
	});

	it('Accounts: Down Down moves two accounts', async () => {
		const home = tempHome();
		const store = new AccountStore({cwd: join(home, 'alidomain', 'config')});
		for (const name of ['first', 'second', 'third']) {
			store.add({name, accessKeyId: `LTAI${name}`, accessKeySecret: 'secret', site: 'cn', addedAt: Date.now()});
		}

		const app = await startApp(withSandbox(home));
		await app.see('What would you like to do?');
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, '❯ Accounts');
		await app.press(ENTER, 'Stored accounts');
		expect(await twoDownsInOneRead(app)).toContain('third');
	});

	it('Expiry: Down Down moves two rows, and e, a typed expiry and Enter in one read set that row', async () => {
		const list = addToList(emptyList(), 'forgot-to-renew.com\nlaunch-party.net\nteam-wiki.net', 'redeem');
		const app = await startApp({...withSandbox(), start: {operation: 'redeem', prefill: {list}}});
		await app.see('3 of 3 can be redeemed');
		const third = await twoDownsInOneRead(app);
		app.stdin.write(ARROW_DOWN);
		await waitFor(
			() => focusedLine(app.frame()) === third,
			() => app.frame(),
		);
		const name = /❯\s+\S+\s+(\S+)/u.exec(third)?.[1] ?? '';
		expect(name).toMatch(/\./);
		app.stdin.write('e1735689600000\r');
		await waitFor(
			() => focusedLine(app.frame()).includes('1735689600000'),
			() => app.frame(),
		);
		expect(focusedLine(app.frame())).toContain(name);
	});

	it('Expiry: a pasted expiry lands in the field', async () => {
		const list = addToList(emptyList(), 'paper-kite.org', 'redeem');
		const app = await startApp({...withSandbox(), start: {operation: 'redeem', prefill: {list}}});
		await app.see('1 of 1 can be redeemed');
		await app.press('e', 'use this expiry');
		await app.press(PASTE('1735689600000\n'), '1735689600000');
		const frame = await app.press(ENTER, '1735689600000 typed');
		expect(focusedLine(frame)).toContain('paper-kite.org');
	});

	it("Review: the typed count and Enter in one read submit, and a pasted 'yes' is taken", async () => {
		for (const [name, typed] of [
			['review-read-one.com', (n: number) => `${n}\r`],
			['review-read-two.com', () => `${PASTE('yes')}\r`],
		] as const) {
			const list = addToList(emptyList(), name, 'register');
			const home = tempHome();
			// A real account (the sandbox asks no typed count): the app talks to the sandbox all the same.
			const app = await startApp({
				home,
				createRuntime: async () => runtimeFor(sandboxClient(sandbox), home, {accountLabel: 'work', sandbox: false}),
				start: {operation: 'register', prefill: {list, profileId: 'default', options: {years: 1}}},
			});
			await app.see('Register · Availability');
			// The options came with the start: Enter goes on to the review.
			await app.press(ENTER, 'Register · Review');
			await app.see('❯ Back');
			await waitFor(
				() => /left after this batch|short/.test(app.frame()) && !/pricing \d/.test(app.frame()),
				() => app.frame(),
			);
			await app.press(ARROW_DOWN, '❯ Submit 1 domain');
			await app.press(ENTER, 'Type 1 or yes to submit');
			await app.press(typed(1), '1 domain ·');
			cleanup();
		}
	});
});

describe('a paste on a picker', () => {
	it('opens the typed list with the pasted names in it, on the redeem and the renew picker', async () => {
		for (const [item, names] of [
			['❯ Redeem domains', 'team-wiki.net\nlaunch-party.net\n'],
			['❯ Renew domains', 'grace-period.net\nzen.io\n'],
		] as const) {
			const app = await startApp(withSandbox());
			await app.see('What would you like to do?');
			await app.press(item === '❯ Redeem domains' ? ARROW_DOWN : ARROW_DOWN + ARROW_DOWN, item);
			await app.press(ENTER, item === '❯ Redeem domains' ? 'domains in redemption' : 'domains to renew');
			const frame = await app.press(PASTE(names), '2 domains');
			for (const name of names.trim().split('\n')) {
				expect(frame).toContain(name);
			}

			expect(frame).not.toContain('Paste not used here');
			cleanup();
		}
	});
});

describe('History: keys in one read', () => {
	it('t, a task number and Enter in one read open the task', async () => {
		const t = await sandboxRuntime();
		try {
			const answer = await t.runtime.client.saveBatchTaskForCreatingOrderActivate({
				OrderActivateParam: [activateItem('one-read-task.com', t.options)],
			});
			const rendered = await renderWithInput(
				<HistoryScreen runtime={t.runtime} dataDir={t.dataDir} pollerOptions={TEST_STATUS_PACE} onLeave={() => {}} />,
			);
			await waitForContent(rendered.lastFrame, 'Enter open');
			rendered.stdin.write(`t${answer.TaskNo}\r`);
			const frame = await waitForContent(rendered.lastFrame, 'one-read-task.com', 10_000);
			expect(frame).toContain('1 domain');
		} finally {
			await t.sandbox.close();
		}
	});
});
