// The line the app leaves on exit, and home's unfinished batches, against a real journal and the sandbox.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {exitSummary, resumeCommand, touchedBatch} from '../../../source/ui/app/exit-summary.js';
import {ENTER, waitFor} from '../../../source/ui/testing/index.js';
import {sandboxRuntime, type TestRuntime} from '../../support/sandbox-runtime.js';
import {startApp, tempHome} from '../screens/wizard-harness.js';

let t: TestRuntime | undefined;
afterEach(async () => {
	cleanup();
	await t?.sandbox.close();
	t = undefined;
});

const MINUTE = 60_000;

describe('the exit line', () => {
	it('names the batch touched this session, its counts and the command that reopens it', async () => {
		t = await sandboxRuntime();
		const before = Date.now() - MINUTE;
		expect(exitSummary(touchedBatch(t.runtime.journal, before))).toBe('alidomain: nothing was submitted.');
		const {batchId, taskNos} = await t.submit(['exit-a.com', 'exit-b.com', 'exit-c.com'], 2);
		t.runtime.journal.append(batchId, {
			type: 'counts',
			at: Date.now(),
			counts: {waiting: 0, executing: 1, succeeded: 1, failed: 1},
		});
		const batch = touchedBatch(t.runtime.journal, before)!;
		expect(batch.id).toBe(batchId);
		expect(exitSummary(batch, ' --sandbox')).toBe(
			`alidomain: batch ${batchId} (register 3 domains, 2 tasks) running: 1 succeeded, 1 failed, 1 in progress. Resume: alidomain status ${taskNos.join(' ')} --sandbox`,
		);
		// Finished: nothing is left to resume, so the line says how to see it again instead.
		t.runtime.journal.append(batchId, {
			type: 'counts',
			at: Date.now(),
			counts: {waiting: 0, executing: 0, succeeded: 2, failed: 1},
		});
		const finished = exitSummary(touchedBatch(t.runtime.journal, before)!, ' --sandbox');
		expect(finished).toBe(
			`alidomain: batch ${batchId} (register 3 domains, 2 tasks) finished: 2 succeeded, 1 failed. See it again: alidomain status ${taskNos.join(' ')} --sandbox`,
		);
		expect(finished).not.toContain('Resume');
		// A batch of an earlier session is not this session's news, unless the app was opened to watch it.
		expect(touchedBatch(t.runtime.journal, Date.now() + MINUTE)).toBeUndefined();
		expect(touchedBatch(t.runtime.journal, Date.now() + MINUTE, batchId)?.id).toBe(batchId);
	});

	it('sends a batch whose outcome is unknown to history, which checks it before anything is sent again', async () => {
		t = await sandboxRuntime();
		const id = t.plan(['unsure-a.com'], 1);
		t.runtime.journal.append(id, {type: 'sending', chunk: 0, at: Date.now()});
		const batch = touchedBatch(t.runtime.journal, Date.now() - MINUTE)!;
		expect(batch.state).toBe('outcome unknown');
		expect(resumeCommand(batch, '')).toBe('alidomain history');
	});
});

describe('home', () => {
	it('lists unfinished batches and opens the newest with o', async () => {
		t = await sandboxRuntime();
		const id = t.plan(['home-unsure.com'], 1, Date.now() - MINUTE);
		t.runtime.journal.append(id, {type: 'sending', chunk: 0, at: Date.now() - MINUTE});
		t.plan(['home-not-sent.com'], 1);
		const runtime = t.runtime;
		const app = await startApp({home: tempHome(), createRuntime: async () => runtime});
		const frame = await app.see('Unfinished: 1 batch; o opens the newest');
		// When it was planned, in local time with the zone named (ui/format-time.ts).
		expect(frame).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC[+-]?[\d:]*\s+register 1 domain\s+outcome unknown/);
		expect(frame).not.toContain('not submitted');
		expect(frame.split('\n').at(-1)).toContain('o open unfinished');
		await app.press('o', 'was never created');
		app.stdin.write(ENTER);
		await waitFor(
			() => app.frame().length > 0,
			() => app.frame(),
		);
	});
});
