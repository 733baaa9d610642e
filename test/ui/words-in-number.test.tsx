// One domain through every screen of a register, in English: each count of one is said in the singular, and no
// "(s)" stands in for a plural (issue 21). The wrong-number finder is the headless test's (test/support/words.ts).
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {setLang} from '../../source/i18n/index.js';
import {SANDBOX_CREDENTIALS, type RunningSandbox} from '../../source/sandbox/server.js';
import {ARROW_DOWN, ENTER, ESC} from '../../source/ui/testing/index.js';
import {wrongNumber} from '../support/words.js';
import {runtimeFor, startApp, startTestSandbox, tempHome} from './screens/wizard-harness.js';

let sandbox: RunningSandbox;
beforeEach(async () => {
	sandbox = await startTestSandbox();
});
afterEach(async () => {
	cleanup();
	setLang('en');
	await sandbox.close();
});

describe('one of everything on the screens', () => {
	it('one domain, one rejected line, one task: every frame from home to history says them in the singular', async () => {
		setLang('en');
		const home = tempHome();
		const client = createDomainClient({
			credentials: SANDBOX_CREDENTIALS,
			endpoint: sandbox.url,
			lang: 'en',
			retry: {retries: 0},
		});
		const app = await startApp({home, createRuntime: async () => runtimeFor(client, home, {lang: 'en'})});
		const frames: Array<[string, string]> = [];
		const keep = (step: string, frame: string) => {
			frames.push([step, frame]);
			return frame;
		};

		keep('home', await app.see('What would you like to do?'));
		keep('list', await app.press(ENTER, 'Register · Domains'));
		app.stdin.write('single-shop.com');
		await app.see('single-shop.com');
		keep('list one', await app.press(ENTER, '1 domain'));
		app.stdin.write('not_valid');
		await app.see('not_valid');
		keep('list rejected', await app.press(ENTER, '1 rejected line'));
		keep('availability', await app.press(ENTER, 'Register · Availability'));
		keep('checked', await app.press('c', '1/1 checked'));
		keep('profile', await app.press(ENTER, 'Register · Registrant profile'));
		await app.see('(default)');
		keep('options', await app.press(ENTER, 'Register · Options'));
		keep('review', await app.press(ENTER, 'Register · Review'));
		await app.see('❯ Back');
		expect(app.frame()).toContain('for 1 domain × 1 year');
		keep('review submit', await app.press(ARROW_DOWN, '❯ Submit 1 domain'));
		keep('status', await app.press(ENTER, '1 domain · 1 task'));
		keep('final', await app.see('The domain is final: 1 succeeded, 0 failed'));
		keep('home again', await app.press(ESC, 'What would you like to do?'));
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, '❯ History');
		keep('history', await app.press(ENTER, 'Batches on this computer'));

		for (const [step, frame] of frames) expect({step, wrong: wrongNumber(frame)}).toEqual({step, wrong: []});
	});
});
