import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {WatchBatch} from '../../../source/ui/flows/WatchBatch.js';
import {folderName} from '../../../source/store/exports.js';
import type {RetryIntent} from '../../../source/ui/app/watch-session.js';
import {renderWithInput, unstyled, waitFor, waitForContent} from '../../../source/ui/testing/index.js';
import {sandboxRuntime, TEST_STATUS_PACE, type TestRuntime} from '../../support/sandbox-runtime.js';

let t: TestRuntime | undefined;
afterEach(async () => {
	cleanup();
	await t?.sandbox.close();
	t = undefined;
});

const DOMAINS = ['watch-one.com', 'taken-watch.com', 'abc.com', 'watch-two.net'];

async function watchBatch(speed = 200) {
	t = await sandboxRuntime(speed);
	const {batchId, taskNos} = await t.submit(DOMAINS);
	const onLeave = vi.fn();
	const onRetryFailed = vi.fn<(intent: RetryIntent) => void>();
	const rendered = await renderWithInput(
		<WatchBatch
			runtime={t.runtime}
			dataDir={t.dataDir}
			target={{batchId, taskNos}}
			pollerOptions={TEST_STATUS_PACE}
			onLeave={onLeave}
			onRetryFailed={onRetryFailed}
		/>,
	);
	return {...rendered, t, batchId, taskNos, onLeave, onRetryFailed};
}

describe('WatchBatch', () => {
	it('watches a journaled batch to the end and records the final counts for history', async () => {
		const w = await watchBatch();
		const frame = await waitForContent(w.lastFrame, 'All 4 domains are final: 2 succeeded, 2 failed', 10_000);
		expect(frame).toContain('Register 4 domains · 2 tasks');
		await waitFor(
			() => w.t.runtime.journal.load(w.batchId).lastCounts !== undefined,
			() => 'no counts recorded',
		);
		expect(w.t.runtime.journal.load(w.batchId)).toMatchObject({
			state: 'finished',
			lastCounts: {waiting: 0, executing: 0, succeeded: 2, failed: 2},
		});
	});

	it("exports CSV, JSON and failed.txt into the batch's folder and says where", async () => {
		const w = await watchBatch();
		await waitForContent(w.lastFrame, 'All 4 domains are final', 10_000);
		w.stdin.write('e');
		const frame = await waitForContent(w.lastFrame, 'Exported 4 domains');
		// The batch's folder names its planned moment in local time with the offset (store/exports.ts).
		const dir = join(w.t.dataDir, 'exports', folderName(w.batchId)!);
		expect(folderName(w.batchId)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}[+-]\d{2}-\d{2}-/);
		expect(frame).toContain(join(dir, 'results.csv'));
		const csv = readFileSync(join(dir, 'results.csv'), 'utf8').trim().split(/\r?\n/);
		expect(csv[0]).toBe('domain,task,state,tries,error,created,updated');
		expect(csv).toHaveLength(5);
		expect(csv.find((line) => line.startsWith('taken-watch.com,'))).toMatch(/,failed,/);
		// Every time in the files is ISO 8601 with its offset: created and updated, the last two columns.
		for (const line of csv.slice(1))
			expect(line).toMatch(
				/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2},\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
			);
		const json = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as {
			counts: {succeeded: number; failed: number};
			domains: Array<{createTime?: string; updateTime?: string}>;
		};
		for (const d of json.domains)
			for (const t of [d.createTime, d.updateTime])
				expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
		expect(json.counts).toMatchObject({succeeded: 2, failed: 2});
		expect(json.domains).toHaveLength(4);
		expect(readFileSync(join(dir, 'failed.txt'), 'utf8').trim().split('\n').sort()).toEqual([
			'abc.com',
			'taken-watch.com',
		]);
	});

	it("hands the failed domains up with the batch's operation and options, and submits nothing", async () => {
		const w = await watchBatch();
		await waitForContent(w.lastFrame, 'All 4 domains are final', 10_000);
		const tasksBefore = w.t.sandbox.world.tasksForDomain('abc.com').length;
		w.stdin.write('r');
		await waitFor(
			() => w.onRetryFailed.mock.calls.length === 1,
			() => 'retry intent not sent',
		);
		const intent = w.onRetryFailed.mock.calls[0]![0];
		expect(intent).toMatchObject({
			operation: 'register',
			batchId: w.batchId,
			options: {years: 2, profileId: w.t.options.profileId, privacy: true, premium: false, trademark: false},
		});
		expect([...intent.domains].sort()).toEqual(['abc.com', 'taken-watch.com']);
		expect(w.t.sandbox.world.tasksForDomain('abc.com')).toHaveLength(tasksBefore);
		expect(existsSync(join(w.t.dataDir, 'exports'))).toBe(false);
	});

	it('records the counts seen so far when the user leaves midway', async () => {
		const w = await watchBatch(0.05);
		await waitFor(
			() => /[1-9]\d* calls? a refresh/.test(unstyled(w.lastFrame())),
			() => unstyled(w.lastFrame()),
			10_000,
		);
		w.stdin.write('q');
		await waitFor(
			() => w.onLeave.mock.calls.length === 1,
			() => 'did not leave',
		);
		const view = w.t.runtime.journal.load(w.batchId);
		expect(view.state).toBe('running');
		expect(view.lastCounts).toBeDefined();
		expect(view.lastCounts!.waiting + view.lastCounts!.executing).toBeGreaterThan(0);
	});

	it("keeps a batch's counts untouched when only some of its tasks are watched", async () => {
		t = await sandboxRuntime();
		const {batchId, taskNos} = await t.submit(DOMAINS);
		const rendered = await renderWithInput(
			<WatchBatch
				runtime={t.runtime}
				dataDir={t.dataDir}
				target={{batchId, taskNos: [taskNos[1]!]}}
				pollerOptions={TEST_STATUS_PACE}
				onLeave={() => {}}
			/>,
		);
		await waitForContent(rendered.lastFrame, 'All 2 domains are final', 10_000);
		rendered.unmount();
		expect(t.runtime.journal.load(batchId).lastCounts).toBeUndefined();
	});
});
