// Every key of one terminal read counts, and a paste is never lost: keys that arrive together (key repeat, fast
// typing) move as far as they would one by one, and a paste lands in the input or is answered with where to paste.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {RunningSandbox} from '../../../source/sandbox/server.js';
import {addToList, emptyList} from '../../../source/ui/state/wizard-list.js';
import {ARROW_DOWN, BACKSPACE, ENTER, PASTE, TAB, waitFor} from '../../../source/ui/testing/index.js';
import {noCredentials, startApp, startTestSandbox, tempHome, withSandboxOf} from './wizard-harness.js';

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
		expect(frame).toContain('Alibaba Cloud DNS');
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
		let frame = await app.press('xyz', 'Tab goes back to typing');
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
