import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {activateItem} from '../../../source/core/order/order-items.js';
import {createBatchPlan} from '../../../source/core/order/batch-plan.js';
import {StatusPoller, waitUntilDone} from '../../../source/core/status/status-poller.js';
import {boardFor} from '../../../source/core/status/watch-target.js';
import {HistoryScreen} from '../../../source/ui/screens/history/HistoryScreen.js';
import {
	ARROW_DOWN,
	ENTER,
	ESC,
	renderWithInput,
	TAB,
	unstyled,
	waitFor,
	waitForContent,
} from '../../../source/ui/testing/index.js';
import {sandboxRuntime, TEST_STATUS_PACE, type TestRuntime} from '../../support/sandbox-runtime.js';
import {keyBarOf} from './wizard-harness.js';

let t: TestRuntime | undefined;
afterEach(async () => {
	cleanup();
	await t?.sandbox.close();
	t = undefined;
});

const MINUTE = 60_000;

async function show(setup: (t: TestRuntime) => Promise<void> | void = () => {}) {
	t = await sandboxRuntime();
	await setup(t);
	const onLeave = vi.fn();
	const rendered = await renderWithInput(
		<HistoryScreen runtime={t.runtime} dataDir={t.dataDir} pollerOptions={TEST_STATUS_PACE} onLeave={onLeave} />,
	);
	const press = async (input: string, expected: string, timeoutMs?: number) => {
		rendered.stdin.write(input);
		return waitForContent(rendered.lastFrame, expected, timeoutMs);
	};
	return {...rendered, t, onLeave, press, frame: () => unstyled(rendered.lastFrame())};
}

const lineWith = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';

describe('HistoryScreen', () => {
	it('lists the batches newest first with operation, domains, tasks, last counts and state', async () => {
		const h = await show(async (t) => {
			const done = await t.submit(['hist-a.com', 'hist-b.com', 'taken-hist.com'], 2);
			t.runtime.journal.append(done.batchId, {
				type: 'counts',
				at: Date.now(),
				counts: {waiting: 0, executing: 0, succeeded: 2, failed: 1},
			});
			const unknown = t.plan(['lost-x.com'], 2, Date.now() + 1000);
			t.runtime.journal.append(unknown, {type: 'sending', chunk: 0, at: Date.now() - 2 * MINUTE});
			t.plan(['never-x.com', 'never-y.com'], 1, Date.now() + 2000);
		});
		const frame = await waitForContent(h.lastFrame, 'finished');
		const rows = frame.split('\n').filter((line) => /register/.test(line));
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatch(/register\s+2\s+0\s+not watched yet\s+not submitted/);
		expect(rows[1]).toMatch(/register\s+1\s+0\s+not watched yet\s+outcome unknown/);
		expect(rows[2]).toMatch(/register\s+3\s+2\s+2 ok, 1 failed\s+finished/);
		expect(frame).toContain('Enter open');
		await h.press('?', 'Leave history');
		h.stdin.write(ESC);
		await waitFor(
			() => !h.frame().includes('Leave history'),
			() => h.frame(),
		);
		h.stdin.write(ESC);
		await waitFor(
			() => h.onLeave.mock.calls.length === 1,
			() => 'Esc did not leave',
		);
	});

	it('opens a batch in the status view, and shows its counts when back', async () => {
		const h = await show(async (t) => {
			await t.submit(['open-a.com', 'taken-open.com'], 1);
		});
		// History reads the running batch from the server as it opens: its row says "not watched yet" or what was read.
		await waitFor(
			() => /register\s+2\s+2/.test(h.frame()),
			() => h.frame(),
		);
		await h.press(ENTER, 'All 2 domains are final: 1 succeeded, 1 failed', 10_000);
		const frame = await h.press('q', 'Batches on this computer');
		expect(lineWith(frame, 'register')).toMatch(/1 ok, 1 failed\s+finished/);
	});

	it('checks an outcome-unknown batch when opened, and sends never-created requests only after a yes', async () => {
		let lostTask = '';
		const h = await show(async (t) => {
			const id = t.plan(['lost-a.com', 'lost-b.com', 'crash-a.com'], 2);
			// Request 1 reached the server but its answer was lost; request 2 was never sent before a crash.
			const answer = await t.runtime.client.saveBatchTaskForCreatingOrderActivate({
				OrderActivateParam: ['lost-a.com', 'lost-b.com'].map((d) => activateItem(d, t.options)),
			});
			lostTask = answer.TaskNo;
			t.runtime.journal.append(id, {type: 'sending', chunk: 0, at: Date.now() - 2 * MINUTE});
			t.runtime.journal.append(id, {type: 'unknown', chunk: 0, at: Date.now() - 2 * MINUTE, error: 'socket hang up'});
			t.runtime.journal.append(id, {type: 'sending', chunk: 1, at: Date.now() - 2 * MINUTE});
		});
		await waitForContent(h.lastFrame, 'outcome unknown');
		let frame = await h.press(ENTER, 'Back to history', 10_000);
		expect(frame).toContain(`Task 1 (2 domains) reached the server as task ${lostTask}.`);
		expect(frame).toContain('Task 2 (1 domain) was never created');
		expect(frame).toContain('1 domain in 1 task was never ordered');
		expect(frame).toMatch(/Watch 1 task\b/);
		expect(h.t.runtime.journal.load(h.t.runtime.journal.batchIds()[0]!).chunks.map((c) => c.state)).toEqual([
			'submitted',
			'absent',
		]);

		// No is the default answer, and it sends nothing.
		await h.press(ARROW_DOWN, 'Submit the 1 domain that was never ordered');
		frame = await h.press(ENTER, 'No, leave them unsent');
		expect(frame).toContain('Submit 1 domain in 1 task to the sandbox');
		await h.press(ENTER, 'Back to history');
		expect(h.t.sandbox.world.tasksForDomain('crash-a.com')).toHaveLength(0);

		await h.press(ARROW_DOWN, 'Submit the 1 domain that');
		await h.press(ENTER, 'No, leave them unsent');
		await h.press(ARROW_DOWN, 'Yes, submit 1 domain');
		frame = await h.press(ENTER, 'Submitted: task', 10_000);
		expect(frame).toContain('Every task of the batch is accounted for: 2 tasks.');
		expect(h.t.sandbox.world.tasksForDomain('crash-a.com')).toHaveLength(1);
		expect(h.t.sandbox.world.tasksForDomain('lost-a.com')).toHaveLength(1);

		await h.press(ENTER, 'All 3 domains are final', 10_000);
	});

	it("on a paid account, the key bar of the typed question says Enter confirms and Esc goes back, not a list's keys", async () => {
		const h = await show(async (t) => {
			const id = t.plan(['typed-a.com'], 1);
			// Sent but never created before a crash: the check offers to send it, and a paid account types the answer.
			t.runtime.journal.append(id, {type: 'sending', chunk: 0, at: Date.now() - 2 * MINUTE});
			t.runtime.sandbox = false;
		});
		await waitForContent(h.lastFrame, 'outcome unknown');
		await h.press(ENTER, '❯ Submit the 1 domain that was never ordered', 10_000);
		await h.press(ENTER, 'Type 1 or yes to submit (Esc goes back)', 10_000);
		const barNow = () => keyBarOf(h.frame().split('\n'));
		await waitFor(
			() => barNow().text.includes('Enter confirm'),
			() => `the bar does not fit the typed question: ${barNow().text}`,
		);
		let bar = barNow();
		expect(bar.text).toContain('Esc back');
		expect(bar.text).not.toContain('choose');
		expect(bar.text).not.toContain('move');
		// `?` is text in the field: the bar offers F1 for help.
		expect(bar.keys.has('F1')).toBe(true);

		// Back at the report, the bar is a list's again.
		await h.press(ESC, 'Back to history');
		await waitFor(
			() => !barNow().text.includes('confirm'),
			() => `the typed question's keys stayed: ${barNow().text}`,
		);
		bar = barNow();
		expect(bar.text).toContain('Enter choose');
		expect(h.t.sandbox.world.tasksForDomain('typed-a.com')).toHaveLength(0);
	});

	it("lists the account's tasks on the server, console-made ones too, and opens one", async () => {
		let consoleTask = '';
		const h = await show(async (t) => {
			await t.submit(['mine-a.com'], 1);
			const answer = await t.runtime.client.saveBatchTaskForCreatingOrderActivate({
				OrderActivateParam: ['console-a.com', 'console-b.com'].map((d) => activateItem(d, t.options)),
			});
			consoleTask = answer.TaskNo;
		});
		// The last column is cut to the terminal's width.
		const shown = consoleTask.slice(0, 20);
		let frame = await h.press(TAB, shown);
		expect(frame).toContain('Tasks on the server');
		expect(lineWith(frame, shown)).toMatch(/register\s+2\s+/);
		expect(lineWith(frame, shown)).toMatch(/complete|executing|waiting/);
		expect(frame.split('\n').filter((line) => / yes +\S+$/.test(line))).toHaveLength(1);
		expect(frame.split('\n').filter((line) => / no +\S+$/.test(line))).toHaveLength(1);
		// Newest first: the console task is at the top, highlighted.
		expect(lineWith(frame, shown).startsWith('❯')).toBe(true);
		frame = await h.press(ENTER, 'All 2 domains are final', 10_000);
		expect(frame).toContain('Register 2 domains · 1 task');
		expect(frame).toContain('console-a.com');
		await h.press('q', 'Tasks on the server');
	});

	it('opens tasks by a typed task number', async () => {
		let taskNo = '';
		const h = await show(async (t) => {
			const answer = await t.runtime.client.saveBatchTaskForCreatingOrderActivate({
				OrderActivateParam: [activateItem('typed-a.com', t.options)],
			});
			taskNo = answer.TaskNo;
		});
		await h.press('t', 'Task number:');
		for (const ch of taskNo) h.stdin.write(ch);
		await waitForContent(h.lastFrame, taskNo);
		const frame = await h.press(ENTER, 'The domain is final', 10_000);
		expect(frame).toContain('typed-a.com');
		await h.press('q', 'Batches on this computer');
		await h.press('t', 'Task number:');
		await h.press(ESC, 'Enter open');
	});

	it('names a batch it cannot read, by file and line, instead of a shorter list or "No batches yet"', async () => {
		const h = await show(async (t) => {
			t.plan(['fine-a.com'], 1);
			writeFileSync(
				join(t.runtime.journal.dir, '20260101T000000-deadbeef.plan.json'),
				'{"id": "20260101T000000-deadbeef", "secret": LTAI',
			);
		});
		const frame = await waitForContent(h.lastFrame, 'is damaged');
		expect(frame.replace(/\s+/g, ' ')).toMatch(
			/20260101T000000-deadbeef\.plan\.json is damaged \(line 1, column \d+\)/,
		);
		expect(frame).not.toContain('LTAI');
		expect(frame).not.toContain('No batches yet');
		expect(lineWith(frame, 'register')).toMatch(/register\s+1\s+/);
	});

	it('reads a batch nobody watched from the server as it opens, so one that finished unwatched shows finished', async () => {
		let batchId = '';
		const h = await show(async (t) => {
			const sent = await t.submit(['unwatched-a.com', 'taken-unwatched.com'], 1);
			batchId = sent.batchId;
			// The tasks finish with no status view open: nothing records it in the journal.
			const {board, tasks} = boardFor(t.runtime.journal, batchId, sent.taskNos);
			await waitUntilDone(new StatusPoller({api: t.runtime.client, board, tasks, ...TEST_STATUS_PACE}));
			expect(t.runtime.journal.load(batchId).state).toBe('running');
		});
		const frame = await waitForContent(h.lastFrame, 'finished');
		expect(lineWith(frame, 'register')).toMatch(/1 ok, 1 failed\s+finished/);
		expect(h.t.runtime.journal.load(batchId).state).toBe('finished');
	});

	it('reads the running batches again on r', async () => {
		const h = await show();
		await waitForContent(h.lastFrame, 'No batches yet');
		// Submitted after history opened, and finished on the server since: r lists it and reads it.
		const sent = await h.t.submit(['later-a.com'], 1);
		const {board, tasks} = boardFor(h.t.runtime.journal, sent.batchId, sent.taskNos);
		await waitUntilDone(new StatusPoller({api: h.t.runtime.client, board, tasks, ...TEST_STATUS_PACE}));
		const frame = await h.press('r', 'finished');
		expect(lineWith(frame, 'register')).toMatch(/1 ok, 0 failed\s+finished/);
	});

	it('names the endpoint of each batch when they went to more than one, without cutting the state at 80 columns', async () => {
		const h = await show(async (t) => {
			const done = await t.submit(['here-a.com'], 1);
			t.runtime.journal.append(done.batchId, {
				type: 'counts',
				at: Date.now(),
				counts: {waiting: 0, executing: 0, succeeded: 1, failed: 0},
			});
			t.runtime.journal.createBatch(
				createBatchPlan({
					operation: 'register',
					items: [{domain: 'there-a.com', item: activateItem('there-a.com', t.options)}],
					batchSize: 1,
					options: {...t.options},
					account: {label: 'prod', accessKeyId: 'LTAIexample', endpoint: 'https://domain.aliyuncs.com', sandbox: false},
					now: Date.now() + 1000,
				}),
			);
		});
		h.resize(80, 24);
		await waitFor(
			() =>
				h.frame().includes('Endpoi') &&
				h
					.frame()
					.split('\n')
					.every((line) => line.length <= 80),
			() => h.frame(),
		);
		const frame = h.frame();
		// The state whole; the counts and where each batch went share what is left, cut with "…" at 80 columns.
		expect(lineWith(frame, 'When')).toMatch(/ State +\S/);
		expect(lineWith(frame, 'finished')).toMatch(/ finished +1/);
		expect(lineWith(frame, 'not submitted')).toMatch(/ not submitted +d/);
		h.resize(120, 24);
		await waitFor(
			() => /1 ok, 0 failed\s+finished\s+127\.0\.0\.1:\d+$/.test(lineWith(h.frame(), 'finished')),
			() => h.frame(),
		);
		expect(lineWith(h.frame(), 'When')).toMatch(/Last counts\s+State\s+Endpoint$/);
		expect(lineWith(h.frame(), 'not submitted')).toMatch(/not watched yet\s+not submitted\s+domain\.aliyuncs\.com$/);
	});
});
