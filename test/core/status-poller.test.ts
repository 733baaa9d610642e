import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {ApiError, NetworkError} from '../../source/api/errors.js';
import {StatusBoard} from '../../source/core/status/status-board.js';
import {
	StatusPoller,
	waitUntilDone,
	type PollerOptions,
	type PollerState,
} from '../../source/core/status/status-poller.js';
import {FakeTaskApi} from './fake-task-api.js';

beforeEach(() => {
	vi.useFakeTimers({now: new Date('2026-01-01T00:00:00Z')});
});
afterEach(() => {
	vi.useRealTimers();
});

function poll(api: FakeTaskApi, options: Partial<PollerOptions> = {}) {
	const board = new StatusBoard();
	const tasks = [...api.tasks.keys()].map((taskNo) => ({taskNo, domains: api.domainsOf(taskNo)}));
	const poller = new StatusPoller({api, board, tasks, now: () => Date.now(), ...options});
	const states: PollerState[] = [];
	poller.subscribe((s) => states.push(s));
	return {board, poller, states};
}

/** Waits after each refresh, as the poller chose them. */
function gaps(states: PollerState[]): number[] {
	const out: number[] = [];
	let last: number | undefined;
	for (const s of states) {
		if (s.refreshing || s.lastRefreshAt === undefined || s.lastRefreshAt === last || s.nextRefreshAt === undefined)
			continue;
		last = s.lastRefreshAt;
		out.push(s.nextRefreshAt - s.lastRefreshAt);
	}
	return out;
}

const throttled = (retryAfterMs?: number) =>
	new ApiError(
		{Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', RequestId: 'REQ-THROTTLE'},
		400,
		retryAfterMs === undefined ? {} : {retryAfterMs},
	);

describe('StatusPoller', () => {
	it('lists submitted domains as waiting at once, then refreshes straight away', async () => {
		const api = FakeTaskApi.batch(2, 3);
		const {poller} = poll(api);
		expect(poller.getState().counts).toMatchObject({waiting: 6, total: 6});
		expect(api.calls).toHaveLength(0);
		api.set(1, 'T1');
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(api.calls.map((c) => c.TaskNo)).toEqual(['T1', 'T2']);
		expect(api.calls[0]).toMatchObject({PageNum: 1, PageSize: 1000});
		expect(poller.getState()).toMatchObject({
			counts: {waiting: 3, executing: 3},
			requestsLastRefresh: 2,
			totalRequests: 2,
			done: false,
		});
		poller.stop();
	});

	it('slows down while nothing changes and is fast again right after a change', async () => {
		const api = FakeTaskApi.batch(1, 4);
		const {poller, states} = poll(api, {minIntervalMs: 1000, maxIntervalMs: 20_000});
		poller.start();
		await vi.advanceTimersByTimeAsync(60_000);
		const quiet = gaps(states);
		expect(quiet.slice(0, 5)).toEqual([1000, 1500, 2250, 3375, 5063]);
		expect(Math.max(...quiet)).toBe(20_000);
		expect(quiet.at(-1)).toBe(20_000);

		api.set(1, 'T1', (_, i) => i === 0);
		states.length = 0;
		await vi.advanceTimersByTimeAsync(20_000);
		expect(gaps(states)[0]).toBe(1000);
		poller.stop();
	});

	it('refreshNow fetches at once and resets the pace', async () => {
		const api = FakeTaskApi.batch(1, 2);
		const {poller} = poll(api);
		poller.start();
		await vi.advanceTimersByTimeAsync(30_000);
		const before = api.calls.length;
		poller.refreshNow();
		await vi.advanceTimersByTimeAsync(0);
		expect(api.calls.length).toBe(before + 1);
		expect(poller.getState().nextRefreshAt! - poller.getState().lastRefreshAt!).toBe(1500);
		poller.stop();
	});

	it('never has two refreshes in flight, however long an answer takes', async () => {
		const api = FakeTaskApi.batch(3, 2);
		const {poller} = poll(api);
		api.hold = true;
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		poller.refreshNow();
		await vi.advanceTimersByTimeAsync(120_000);
		expect(api.calls).toHaveLength(1);
		expect(poller.getState().refreshing).toBe(true);
		for (let i = 0; i < 2; i++) {
			api.release();
			await vi.advanceTimersByTimeAsync(0);
		}
		expect(api.calls).toHaveLength(3);
		expect(api.maxInFlight).toBe(1);
		// The refreshNow pressed during the slow refresh runs right after it.
		api.release();
		await vi.advanceTimersByTimeAsync(0);
		expect(api.calls.length).toBeGreaterThan(3);
		expect(api.maxInFlight).toBe(1);
		poller.stop();
		api.hold = false;
		api.release();
	});

	it('keeps within its concurrency when allowed several requests at once', async () => {
		const api = FakeTaskApi.batch(8, 2);
		const {poller} = poll(api, {concurrency: 3});
		api.hold = true;
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(api.heldCount).toBe(3);
		api.hold = false;
		api.release();
		await vi.advanceTimersByTimeAsync(0);
		expect(api.calls).toHaveLength(8);
		expect(api.maxInFlight).toBe(3);
		poller.stop();
	});

	it('on throttling waits at least what the server asked, shows a notice with the retry time, and carries on', async () => {
		const api = FakeTaskApi.batch(1, 2);
		const {poller} = poll(api);
		api.failures.push(throttled(7000));
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		const s = poller.getState();
		expect(s.notice).toMatchObject({
			kind: 'throttled',
			code: 'Throttling.User',
			requestId: 'REQ-THROTTLE',
			message: 'Request was denied due to user flow control.',
		});
		expect(s.notice!.hint).toMatch(/slows down/);
		expect(s.notice!.retryAt - Date.now()).toBe(7000);
		expect(s.nextRefreshAt).toBe(s.notice!.retryAt);
		expect(s.done).toBe(false);

		await vi.advanceTimersByTimeAsync(6999);
		expect(api.calls).toHaveLength(1);
		api.set(2, 'T1');
		await vi.advanceTimersByTimeAsync(1);
		expect(api.calls).toHaveLength(2);
		expect(poller.getState().notice).toBeUndefined();
		expect(poller.getState().done).toBe(true);
	});

	it('backs off further on repeated network errors and never stops polling', async () => {
		const api = FakeTaskApi.batch(1, 2);
		const {poller, states} = poll(api, {maxIntervalMs: 30_000});
		for (let i = 0; i < 6; i++) api.failures.push(new NetworkError('reset', 'socket hang up'));
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(poller.getState().notice).toMatchObject({kind: 'network', message: 'socket hang up'});
		await vi.advanceTimersByTimeAsync(120_000);
		const waits = states.filter((s) => s.notice && !s.refreshing).map((s) => s.notice!.retryAt - s.lastRefreshAt!);
		expect([...new Set(waits)]).toEqual([2000, 4000, 8000, 16_000, 30_000]);
		expect(api.calls.length).toBeGreaterThan(6);
		expect(poller.getState().notice).toBeUndefined();
		expect(poller.running).toBe(true);
		poller.stop();
	});

	it.each([
		['SignatureDoesNotMatch', 403, 'auth'],
		['InvalidAccessKeyId.NotFound', 400, 'auth'],
		['Forbidden.RAM', 403, 'permission'],
		['InvalidTimeStamp.Expired', 400, 'clock'],
	])('stops at once on %s, never tries again, and keeps its code and hint', async (code, status) => {
		const api = FakeTaskApi.batch(2, 3);
		const {poller} = poll(api);
		api.failures.push(
			new ApiError({Code: code, Message: 'refused', RequestId: 'REQ-1'}, status, {
				ramAction: 'domain:QueryTaskDetailList',
			}),
		);
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		const state = poller.getState();
		expect(state.failure).toMatchObject({kind: 'error', code, requestId: 'REQ-1'});
		expect(state.failure!.hint).toBeTruthy();
		expect(state.fetched).toBe(false);
		expect(state.done).toBe(false);
		expect(poller.running).toBe(false);
		const calls = api.calls.length;
		await vi.advanceTimersByTimeAsync(600_000);
		expect(api.calls.length).toBe(calls);
		// Asked to start again, it stays stopped: the same request would be refused the same way.
		poller.start();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(api.calls.length).toBe(calls);
	});

	it('waitUntilDone rejects with the error itself', async () => {
		const api = FakeTaskApi.batch(1, 1);
		const {poller} = poll(api);
		const refused = new ApiError({Code: 'SignatureDoesNotMatch', Message: 'no'}, 403);
		api.failures.push(refused);
		const waiting = waitUntilDone(poller);
		const caught = waiting.catch((e: unknown) => e);
		await vi.advanceTimersByTimeAsync(0);
		expect(await caught).toBe(refused);
	});

	it('with failFast, a network error before every task was read ends polling; afterwards it only backs off', async () => {
		const api = FakeTaskApi.batch(1, 2);
		const down = poll(api, {failFast: true});
		api.failures.push(new NetworkError('refused', 'could not connect'));
		down.poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(down.poller.getState().failure).toMatchObject({kind: 'network'});
		expect(down.poller.getState().failure!.hint).toMatch(/network/i);
		expect(down.poller.running).toBe(false);

		const later = poll(api, {failFast: true});
		later.poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(later.poller.getState().fetched).toBe(true);
		api.failures.push(new NetworkError('refused', 'could not connect'));
		await vi.advanceTimersByTimeAsync(1000);
		expect(later.poller.getState().failure).toBeUndefined();
		expect(later.poller.getState().notice).toMatchObject({kind: 'network'});
		expect(later.poller.running).toBe(true);
		later.poller.stop();
	});

	it('ends on task numbers the server does not know, naming them', async () => {
		const api = FakeTaskApi.batch(1, 2);
		const board = new StatusBoard();
		const poller = new StatusPoller({
			api,
			board,
			tasks: [{taskNo: 'T1'}, {taskNo: 'nosuchtask'}, {taskNo: 'nor-this'}],
			now: () => Date.now(),
		});
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		const state = poller.getState();
		expect(state.failure).toMatchObject({kind: 'unknown-tasks', taskNos: ['nosuchtask', 'nor-this']});
		expect(state.failure!.message).toContain('nosuchtask, nor-this');
		expect(state.done).toBe(false);
		expect(poller.running).toBe(false);
	});

	it('never fetches a task again once all its domains are final', async () => {
		const api = FakeTaskApi.batch(3, 5);
		const {poller} = poll(api);
		api.set(2, 'T1');
		api.set(3, 'T2', (_, i) => i < 2, 'Purchase record exists');
		api.set(2, 'T2', (_, i) => i >= 2);
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(api.calls.map((c) => c.TaskNo)).toEqual(['T1', 'T2', 'T3']);
		await vi.advanceTimersByTimeAsync(300_000);
		const later = api.calls.slice(3).map((c) => c.TaskNo);
		expect(later.length).toBeGreaterThan(10);
		expect(new Set(later)).toEqual(new Set(['T3']));
		expect(poller.getState().counts).toMatchObject({succeeded: 8, failed: 2, waiting: 5});
		poller.stop();
	});

	it('stops polling when every domain is final', async () => {
		const api = FakeTaskApi.batch(2, 3);
		const {poller} = poll(api);
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		api.set(2, 'T1');
		api.set(3, 'T2', () => true, 'Premium name');
		await vi.advanceTimersByTimeAsync(5000);
		const state = poller.getState();
		expect(state).toMatchObject({done: true, etaMs: 0, counts: {succeeded: 3, failed: 3, finished: 6}});
		expect(state.nextRefreshAt).toBeUndefined();
		expect(poller.running).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
		const calls = api.calls.length;
		await vi.advanceTimersByTimeAsync(600_000);
		poller.start();
		poller.refreshNow();
		await vi.advanceTimersByTimeAsync(600_000);
		expect(api.calls.length).toBe(calls);
	});

	it('waitUntilDone starts the poller and resolves with the final state', async () => {
		const api = FakeTaskApi.batch(1, 2);
		const {poller} = poll(api);
		const seen: boolean[] = [];
		const finished = waitUntilDone(poller, (s) => seen.push(s.done));
		await vi.advanceTimersByTimeAsync(0);
		api.set(1, 'T1');
		await vi.advanceTimersByTimeAsync(2000);
		api.set(2, 'T1');
		await vi.advanceTimersByTimeAsync(10_000);
		const state = await finished;
		expect(state.done).toBe(true);
		expect(state.counts.succeeded).toBe(2);
		expect(seen.at(-1)).toBe(true);
		expect(seen.filter(Boolean)).toHaveLength(1);
	});

	it('learns the size of a task given only by number from TotalItemNum, reading a long task a page per visit', async () => {
		const api = FakeTaskApi.batch(1, 5);
		const board = new StatusBoard();
		const poller = new StatusPoller({api, board, tasks: [{taskNo: 'T1'}], now: () => Date.now(), pageSize: 2});
		expect(poller.getState().counts.total).toBe(0);
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(board.counts()).toMatchObject({total: 5, waiting: 5});
		api.set(2, 'T1');
		await vi.advanceTimersByTimeAsync(60_000);
		expect(api.calls.slice(0, 4).map((c) => c.PageNum)).toEqual([1, 2, 3, 1]);
		expect(poller.getState().done).toBe(true);
		expect(board.counts().succeeded).toBe(5);
	});

	it('estimates the time left from the pace so far', async () => {
		const api = FakeTaskApi.batch(1, 10);
		const {poller} = poll(api);
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(poller.getState().etaMs).toBeUndefined();
		api.set(2, 'T1', (_, i) => i < 5);
		await vi.advanceTimersByTimeAsync(1500);
		expect(poller.getState().etaMs).toBeGreaterThan(0);
		poller.stop();
	});
});

describe('requests per refresh', () => {
	async function perRefresh(tasks: number, size: number, refreshes: number) {
		const api = FakeTaskApi.batch(tasks, size);
		const {poller, states} = poll(api, {minIntervalMs: 1000, maxIntervalMs: 1000});
		poller.start();
		await vi.advanceTimersByTimeAsync(1000 * (refreshes - 1));
		poller.stop();
		const counts = states
			.filter((s) => !s.refreshing && s.lastRefreshAt !== undefined && s.nextRefreshAt !== undefined)
			.map((s) => s.requestsLastRefresh);
		return {api, counts, poller};
	}

	it('1,000 domains in 10 tasks: every task in one request each', async () => {
		const {api, counts} = await perRefresh(10, 100, 3);
		expect(counts).toEqual([10, 10, 10]);
		expect(new Set(api.calls.map((c) => c.TaskNo)).size).toBe(10);
	});

	it('100,000 domains in 1,000 tasks: at most 10 requests a refresh, every task visited in turn', async () => {
		const {api, counts, poller} = await perRefresh(1000, 100, 100);
		expect(counts).toHaveLength(100);
		expect(Math.max(...counts)).toBe(10);
		expect(poller.getState().totalRequests).toBe(1000);
		expect(new Set(api.calls.map((c) => c.TaskNo)).size).toBe(1000);
	});

	it('favours tasks that just changed, without starving the quiet ones', async () => {
		const api = FakeTaskApi.batch(100, 2);
		const {poller} = poll(api, {minIntervalMs: 1000, maxIntervalMs: 1000});
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		// Ten refreshes visit all 100 tasks once; T1 and T2 start moving meanwhile.
		api.set(1, 'T1', (_, i) => i === 0);
		api.set(1, 'T2', (_, i) => i === 0);
		for (let i = 0; i < 10; i++) await vi.advanceTimersByTimeAsync(1000);
		expect(new Set(api.calls.slice(0, 100).map((c) => c.TaskNo)).size).toBe(100);
		expect(api.calls.slice(100, 110).map((c) => c.TaskNo)).toEqual([
			'T1',
			'T2',
			'T3',
			'T4',
			'T5',
			'T6',
			'T7',
			'T8',
			'T9',
			'T10',
		]);
		// Seen moving: they come first, and the rest of the refresh goes to the tasks fetched longest ago.
		api.set(1, 'T1', (_, i) => i === 1);
		await vi.advanceTimersByTimeAsync(1000);
		expect(api.calls.slice(110, 120).map((c) => c.TaskNo)).toEqual([
			'T1',
			'T2',
			'T11',
			'T12',
			'T13',
			'T14',
			'T15',
			'T16',
			'T17',
			'T18',
		]);
		// T2 went quiet, T1 moved again.
		await vi.advanceTimersByTimeAsync(1000);
		expect(api.calls.slice(120, 130).map((c) => c.TaskNo)).toEqual([
			'T1',
			'T19',
			'T20',
			'T21',
			'T22',
			'T23',
			'T24',
			'T25',
			'T26',
			'T27',
		]);
		poller.stop();
	});
});
