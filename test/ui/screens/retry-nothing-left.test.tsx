// "Retry failed" whose question is answered no and so leaves nothing to send: the app goes back to the status view
// it came from and says why, instead of an empty review whose Esc walks back through empty steps.
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {RunningSandbox} from '../../../source/sandbox/server.js';
import {addToList, emptyList} from '../../../source/ui/state/wizard-list.js';
import {ARROW_DOWN, ENTER, ESC, waitFor} from '../../../source/ui/testing/index.js';
import {startApp, startTestSandbox, tempHome, withSandboxOf} from './wizard-harness.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startTestSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
afterEach(cleanup);

const priced = async (app: {frame: () => string}) =>
	waitFor(
		() => /left after this batch|short/.test(app.frame()) && !/pricing \d/.test(app.frame()),
		() => app.frame(),
	);

/** Registers the names, all of which fail, and waits for the status view to say so. */
const failedBatch = async (names: string[]) => {
	const list = addToList(emptyList(), names.join('\n'), 'register');
	const app = await startApp({
		...withSandboxOf(sandbox, tempHome()),
		start: {operation: 'register', prefill: {list, profileId: 'default', options: {years: 1}}},
	});
	await app.see('Register · Availability');
	await app.press(ENTER, 'Register · Review');
	await app.see('❯ Back');
	await priced(app);
	await app.press(ARROW_DOWN, `❯ Submit ${names.length} domains`);
	// The running title says 'Registering', the final one 'Register': both have the count.
	await app.press(ENTER, `${names.length} domains ·`);
	await app.see(`All ${names.length} domains are final: 0 succeeded, ${names.length} failed`);
	return app;
};

describe('retry failed, answered no', () => {
	it('with only premium and trademark names left, goes back to the status view and says why nothing was retried', async () => {
		const app = await failedBatch(['q8z.com', 'nike-fan-left.com', 'taken-left.com']);
		await app.press('r', 'Register · Review');
		let frame = await app.see('❯ No, leave them out');
		expect(frame).toContain('Left out 1 that cannot succeed: 1 taken');
		frame = await app.press(ENTER, 'Nothing left to retry');
		// The status view of the batch, not an empty review.
		expect(frame).toContain('3 domains · 1 task');
		expect(frame).not.toContain('Register 0 domains');
		expect(frame).not.toContain('Register · Review');
		expect(frame).toContain('Nothing left to retry: you left out the 2 premium or trademark names.');
		expect(frame).toContain('Press r to be asked again: q8z.com, nike-fan-left.com');
		expect(frame).toContain('Left out 1 that cannot succeed: 1 taken');
		await app.see('All 3 domains are final');
		// Nothing was sent again.
		for (const name of ['q8z.com', 'nike-fan-left.com', 'taken-left.com']) {
			expect(sandbox.world.tasksForDomain(name)).toHaveLength(1);
		}

		// r asks again, and Esc from the status view goes home, not back through empty steps.
		await app.press('r', '❯ No, leave them out');
		await app.press(ENTER, 'Nothing left to retry');
		frame = await app.press(ESC, 'watch and resume batches');
		expect(frame).not.toContain('Register 0 domains');
		expect(frame).not.toContain('Registrant profile');
		expect(frame).not.toContain('Nothing left to retry');
	});
});
