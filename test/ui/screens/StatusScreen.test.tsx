import {cleanup} from 'ink-testing-library';
import {localTimeWithZone} from '../../../source/ui/format-time.js';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {StatusBoard, type TaskDetailRow} from '../../../source/core/status/status-board.js';
import {StatusPoller, type PollerState} from '../../../source/core/status/status-poller.js';
import type {PollerLike} from '../../../source/ui/hooks/use-status-poller.js';
import {StatusScreen, type StatusScreenProps} from '../../../source/ui/screens/StatusScreen.js';
import {END, ENTER, ESC, renderWithInput, unstyled, waitFor, waitForContent} from '../../../source/ui/testing/index.js';
import {FakeTaskApi} from '../../core/fake-task-api.js';

afterEach(cleanup);

const TEXT = ['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS', 'EXECUTE_FAILURE'];
const detail = (taskNo: string, domain: string, code: number, extra: Partial<TaskDetailRow> = {}): TaskDetailRow => ({
	TaskNo: taskNo,
	DomainName: domain,
	TaskStatusCode: code,
	TaskStatus: TEXT[code]!,
	...extra,
});

/** A poller the test drives by hand. */
class HandPoller implements PollerLike {
	state: PollerState;
	started = 0;
	stopped = 0;
	readonly #listeners = new Set<(s: PollerState) => void>();

	constructor(readonly board: StatusBoard) {
		this.state = {
			counts: board.counts(),
			done: false,
			refreshing: false,
			startedAt: Date.now() - 65_000,
			fetched: true,
			requestsLastRefresh: 2,
			totalRequests: 2,
			lastRefreshAt: Date.now(),
			nextRefreshAt: Date.now() + 3000,
		};
	}

	start() {
		this.started++;
	}

	stop() {
		this.stopped++;
	}

	refreshNow() {}

	subscribe(listener: (s: PollerState) => void) {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	getState() {
		return this.state;
	}

	emit(patch: Partial<PollerState> = {}) {
		this.state = {...this.state, counts: this.board.counts(), ...patch};
		for (const listener of this.#listeners) listener(this.state);
	}
}

function sampleBoard(): StatusBoard {
	const board = new StatusBoard();
	board.addTask('T1', ['shop-one.com', 'taken-shop.com', 'abc.com']);
	board.addTask('T2', ['blog-two.net']);
	board.ingest([
		detail('T1', 'shop-one.com', 2, {
			TryCount: 1,
			CreateTime: '2026-01-01 10:00:00',
			UpdateTime: '2026-01-01 10:01:00',
		}),
		detail('T1', 'taken-shop.com', 3, {
			TryCount: 3,
			FailReason: 'Purchase record exists for the domain name in Aliyun',
			CreateTime: '2026-01-01 10:00:00',
		}),
		detail('T1', 'abc.com', 3, {TryCount: 1, ErrorMsg: 'Premium domain: PermitPremiumActivation is required'}),
		detail('T2', 'blog-two.net', 1, {TryCount: 1}),
	]);
	return board;
}

async function show(props: Partial<StatusScreenProps> = {}, board = sampleBoard()) {
	const poller = new HandPoller(board);
	const onLeave = vi.fn();
	const rendered = await renderWithInput(
		<StatusScreen
			poller={poller}
			board={board}
			title={{operation: 'register', account: 'demo', endpoint: 'http://127.0.0.1:4000', sandbox: true, tasks: 2}}
			onLeave={onLeave}
			{...props}
		/>,
	);
	const frame = () => unstyled(rendered.lastFrame());
	const press = async (input: string, expected: string) => {
		rendered.stdin.write(input);
		return waitForContent(rendered.lastFrame, expected);
	};
	return {...rendered, poller, board, onLeave, frame, press};
}

const listed = (frame: string) =>
	['shop-one.com', 'taken-shop.com', 'abc.com', 'blog-two.net'].filter((name) =>
		frame.split('\n').some((line) => line.includes(` ${name} `)),
	);

describe('StatusScreen', () => {
	it('shows the batch, the progress, the counts and every domain with its state, tries and error', async () => {
		const {frame, poller} = await show();
		const f = frame();
		expect(poller.started).toBe(1);
		// Still running: the title says what is being done; once every domain is final it names the operation.
		expect(f).toMatch(/Registering 4 domains · 2 tasks|Register 4 domains · 2 tasks/);
		expect(f.includes('are final')).toBe(f.includes('Register 4 domains'));
		expect(f).toContain('account demo');
		expect(f).toContain('SANDBOX');
		expect(f).toContain('elapsed 1m 05s');
		expect(f).toContain('3/4');
		expect(f).toContain('75%');
		expect(f).toContain('○ 0 waiting · ● 1 executing · ✔ 1 succeeded · ✖ 2 failed');
		// A failure's fix in plain words (core/words/reason-words.ts); the server's text is in the details.
		expect(f).toMatch(/✖ failed\s+taken-shop\.com\s+3 already bought/);
		expect(f).toMatch(/✖ failed\s+abc\.com\s+1 premium name: allow premium in Options/);
		expect(f).toMatch(/✔ succeeded\s+shop-one\.com\s+1/);
		expect(f).toMatch(/● executing\s+blog-two\.net/);
		expect(f).toContain('domains 1–4 of 4');
		// The selected row's error in full, under the list.
		expect(f).toContain('shop-one.com: no error');
		expect(f).toContain('retry 2 failed');
	});

	it('cuts long errors to the terminal width and shows the selected one in full below', async () => {
		const board = sampleBoard();
		const long = `Registry refused: ${'x'.repeat(150)} END`;
		board.ingest([detail('T1', 'shop-one.com', 3, {FailReason: long})]);
		const {frame} = await show({}, board);
		const lines = frame().split('\n');
		const row = lines.find((line) => line.includes(' shop-one.com '))!;
		expect(row.length).toBeLessThanOrEqual(100);
		expect(row).toContain('…');
		expect(lines.join('')).toContain('END');
	});

	it('f cycles the filter: failed, in progress, succeeded, all', async () => {
		const {press} = await show();
		let f = await press('f', 'filter failed');
		expect(listed(f)).toEqual(['taken-shop.com', 'abc.com']);
		f = await press('f', 'filter in progress');
		expect(listed(f)).toEqual(['blog-two.net']);
		f = await press('f', 'filter succeeded');
		expect(listed(f)).toEqual(['shop-one.com']);
		f = await press('f', 'filter all');
		expect(listed(f)).toHaveLength(4);
	});

	it('/ searches by name; Enter keeps the search, Esc clears it', async () => {
		const {press, stdin, lastFrame, onLeave} = await show();
		await press('/', 'Enter to keep');
		stdin.write('shop');
		let f = await waitForContent(lastFrame, 'domains 1–2 of 2');
		expect(listed(f)).toEqual(['shop-one.com', 'taken-shop.com']);
		f = await press(ENTER, 'search "shop" (Esc clears)');
		expect(listed(f)).toEqual(['shop-one.com', 'taken-shop.com']);
		// f still works on the searched list.
		f = await press('f', 'filter failed');
		expect(listed(f)).toEqual(['taken-shop.com']);
		f = await press(ESC, 'no search');
		expect(listed(f)).toEqual(['taken-shop.com', 'abc.com']);
		expect(onLeave).not.toHaveBeenCalled();
	});

	it('Esc in the search field clears it, and letters typed there are not commands', async () => {
		const {press, stdin, lastFrame, onLeave} = await show();
		await press('/', 'Enter to keep');
		stdin.write('qfer');
		await waitForContent(lastFrame, 'No domain matches "qfer"');
		expect(onLeave).not.toHaveBeenCalled();
		const f = await press(ESC, 'no search');
		expect(f).toContain('filter all');
		expect(listed(f)).toHaveLength(4);
	});

	it('Enter shows every field of the selected domain, and Esc goes back to the list', async () => {
		const {press} = await show();
		await press('\u001B[B', '❯ ✖ failed');
		let f = await press(ENTER, 'Esc to go back');
		expect(f).toContain('taken-shop.com');
		expect(f).toMatch(/Task\s+T1/);
		expect(f).toMatch(/Tries\s+3/);
		// The server's time (UTC+8) in local time, the zone named.
		expect(f).toContain(`Created  ${localTimeWithZone(Date.UTC(2026, 0, 1, 2, 0))}`.replace('Created  ', ''));
		expect(f).toMatch(/Created\s+2026-01-01 \d\d:00 UTC/);
		expect(f).toContain('Purchase record exists for the domain name in Aliyun');
		expect(f).toMatch(/Why, and the fix[\s│]+already bought/);
		expect(f).not.toContain('blog-two.net');
		f = await press(ESC, 'blog-two.net');
		expect(f).not.toContain('Esc to go back');
	});

	it('shows throttling as a notice with a countdown, and keeps watching', async () => {
		const {poller, lastFrame, frame, onLeave} = await show();
		poller.emit({
			notice: {
				kind: 'throttled',
				message: 'Request was denied due to user flow control.',
				code: 'Throttling.User',
				requestId: 'REQ-42',
				hint: 'Too many requests: alidomain slows down and tries again.',
				retryAt: Date.now() + 7000,
			},
		});
		const f = await waitForContent(lastFrame, 'Throttled');
		const seconds = Number(/retrying in (\d+)s/.exec(f)?.[1]);
		expect(seconds).toBeGreaterThanOrEqual(5);
		expect(seconds).toBeLessThanOrEqual(7);
		expect(f).toContain('Throttling.User: Request was denied');
		expect(f).toContain('request id REQ-42');
		expect(f).toContain('taken-shop.com');
		poller.emit({notice: undefined});
		await waitFor(
			() => !frame().includes('Throttled'),
			() => frame(),
		);
		expect(onLeave).not.toHaveBeenCalled();
		expect(poller.stopped).toBe(0);
	});

	it('shows a network error as a notice with a countdown', async () => {
		const {poller, lastFrame} = await show();
		poller.emit({
			notice: {
				kind: 'network',
				message: 'connect ECONNREFUSED 127.0.0.1:4000',
				hint: 'Check the network connection; alidomain keeps trying.',
				retryAt: Date.now() + 4000,
			},
		});
		const f = await waitForContent(lastFrame, 'Network error');
		expect(f).toMatch(/retrying in [2-4]s/);
		expect(f).toContain('ECONNREFUSED');
		expect(f).toContain('keeps trying');
	});

	it('says when every domain is final', async () => {
		const {poller, board, lastFrame} = await show();
		board.ingest([detail('T2', 'blog-two.net', 2, {TryCount: 1})]);
		poller.emit({done: true, etaMs: 0, nextRefreshAt: undefined});
		const f = await waitForContent(lastFrame, 'All 4 domains are final: 2 succeeded, 2 failed');
		// Failures head the line with the warning sign, never the success tick.
		expect(f).toContain('⚠ All 4 domains are final');
		expect(f).not.toContain('✔ All');
		expect(f).toContain('100%');
		expect(f).toContain('finished in');
	});

	it('e exports and shows the paths written', async () => {
		const onExport = vi.fn(async () => [
			'/data/exports/b1/results.csv',
			'/data/exports/b1/results.json',
			'/data/exports/b1/failed.txt',
		]);
		const {press} = await show({onExport});
		const f = await press('e', 'failed.txt');
		expect(onExport).toHaveBeenCalledTimes(1);
		expect(f).toContain('Exported 4 domains');
		expect(f).toContain('/data/exports/b1/results.csv');
		expect(f).toContain('/data/exports/b1/results.json');
	});

	it('e reports a failed export without leaving', async () => {
		const {press, onLeave} = await show({onExport: () => Promise.reject(new Error('disk full'))});
		await press('e', 'Export failed: disk full');
		expect(onLeave).not.toHaveBeenCalled();
	});

	it('r hands the failed domains to the retry flow', async () => {
		const onRetryFailed = vi.fn();
		const {stdin} = await show({onRetryFailed});
		stdin.write('r');
		await waitFor(
			() => onRetryFailed.mock.calls.length > 0,
			() => 'retry was not asked for',
		);
		expect(onRetryFailed).toHaveBeenCalledWith(['taken-shop.com', 'abc.com']);
	});

	it('r says why there is nothing to retry while no domain has failed', async () => {
		const board = new StatusBoard();
		board.addTask('T1', ['a.com', 'b.com']);
		const onRetryFailed = vi.fn();
		const {press, frame} = await show({onRetryFailed}, board);
		expect(frame()).toContain('retry failed (none)');
		await press('r', 'Nothing to retry: no domain has failed.');
		expect(onRetryFailed).not.toHaveBeenCalled();
	});

	it('q leaves and stops polling', async () => {
		const {stdin, onLeave, poller} = await show();
		stdin.write('q');
		await waitFor(
			() => onLeave.mock.calls.length > 0,
			() => 'did not leave',
		);
		expect(poller.stopped).toBeGreaterThanOrEqual(1);
	});

	it('Esc leaves when there is no search to clear', async () => {
		const {stdin, onLeave} = await show();
		stdin.write(ESC);
		await waitFor(
			() => onLeave.mock.calls.length > 0,
			() => 'did not leave',
		);
	});

	it('? shows the keys', async () => {
		const {press} = await show();
		const f = await press('?', ': keys');
		expect(f).toContain('Write results.csv, results.json and failed.txt');
		expect(f).toContain('Stop watching; resume later from history');
		await press(ESC, 'blog-two.net');
	});

	it('shows a window of 100,000 domains and moves to the end', async () => {
		const board = new StatusBoard();
		board.addTask(
			'T1',
			Array.from({length: 100_000}, (_, i) => `name-${i + 1}.com`),
		);
		const {press, frame} = await show({}, board);
		expect(frame()).toContain('of 100,000');
		expect(frame()).not.toContain('name-500.com');
		const f = await press(END, '–100,000 of 100,000');
		expect(f).toMatch(/❯ ○ waiting\s+name-100000\.com/);
		// The position line names the first row shown: as many rows as the list has room for, up to the last.
		const first = Number(/domains ([\d,]+)–100,000 of 100,000/.exec(f)![1]!.replaceAll(',', ''));
		expect(f).toContain(`name-${first}.com `);
		expect(f).not.toContain(`name-${first - 1}.com `);
		expect(f).not.toContain('name-1.com ');
	});
});

describe('StatusScreen with a real poller', () => {
	it('follows a batch to the end', async () => {
		const api = FakeTaskApi.batch(3, 4);
		const board = new StatusBoard();
		const poller = new StatusPoller({
			api,
			board,
			tasks: [...api.tasks.keys()].map((taskNo) => ({taskNo, domains: api.domainsOf(taskNo)})),
			minIntervalMs: 5,
			maxIntervalMs: 20,
		});
		const onLeave = vi.fn();
		const {lastFrame} = await renderWithInput(
			<StatusScreen
				poller={poller}
				board={board}
				title={{
					operation: 'redeem',
					account: 'demo',
					endpoint: 'https://domain.aliyuncs.com',
					sandbox: false,
					tasks: 3,
				}}
				onLeave={onLeave}
			/>,
		);
		expect(unstyled(lastFrame())).toContain('Redeeming 12 domains · 3 tasks');
		expect(unstyled(lastFrame())).not.toContain('SANDBOX');
		await waitFor(
			() => api.calls.length >= 3,
			() => 'no requests',
		);
		api.set(1, undefined);
		await waitForContent(lastFrame, '12 executing');
		api.set(2, undefined, (_, i) => i % 2 === 0);
		api.set(3, undefined, (_, i) => i % 2 === 1, 'Not in the redemption period');
		const f = await waitForContent(lastFrame, 'All 12 domains are final: 6 succeeded, 6 failed');
		expect(f).toContain('not redeemable: not in its redemption period');
		const calls = api.calls.length;
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(api.calls.length).toBe(calls);
	});
});

describe('StatusScreen when the tasks cannot be read', () => {
	const title = {
		operation: 'register' as const,
		account: 'shop',
		endpoint: 'https://domain.aliyuncs.com',
		sandbox: false,
		tasks: 2,
	};

	it('shows the code, message, hint and request id instead of counts, exports nothing, and leaves as failed', async () => {
		const {ApiError} = await import('../../../source/api/errors.js');
		const api = FakeTaskApi.batch(2, 3);
		api.failures.push(
			new ApiError(
				{
					Code: 'SignatureDoesNotMatch',
					Message: 'Specified signature is not matched with our calculation.',
					RequestId: 'REQ-42',
				},
				403,
			),
		);
		const board = new StatusBoard();
		const poller = new StatusPoller({
			api,
			board,
			tasks: [...api.tasks.keys()].map((taskNo) => ({taskNo, domains: api.domainsOf(taskNo)})),
			minIntervalMs: 5,
		});
		const onLeave = vi.fn();
		const onExport = vi.fn(() => ['x']);
		const {lastFrame, stdin} = await renderWithInput(
			<StatusScreen poller={poller} board={board} title={title} onLeave={onLeave} onExport={onExport} />,
		);
		const f = await waitForContent(lastFrame, 'Could not read the tasks from the server');
		expect(f).toContain('SignatureDoesNotMatch: Specified signature is not matched');
		expect(f).toContain('What to do: The AccessKey secret is wrong');
		expect(f).toContain('Request id REQ-42');
		expect(f).not.toMatch(/waiting|succeeded|d1-0\.com/);
		const calls = api.calls.length;
		stdin.write('e');
		stdin.write('r');
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(onExport).not.toHaveBeenCalled();
		expect(api.calls.length).toBe(calls);
		stdin.write('q');
		await waitFor(
			() => onLeave.mock.calls.length > 0,
			() => 'did not leave',
		);
		expect(onLeave).toHaveBeenCalledWith(true);
	});

	it('names task numbers the server does not know', async () => {
		const api = FakeTaskApi.batch(1, 1);
		const board = new StatusBoard();
		const poller = new StatusPoller({api, board, tasks: [{taskNo: 'nosuchtask'}]});
		const {lastFrame} = await renderWithInput(
			<StatusScreen poller={poller} board={board} title={{...title, tasks: 1}} onLeave={vi.fn()} />,
		);
		const f = await waitForContent(lastFrame, 'Unknown task numbers');
		expect(f).toContain('The server knows no task nosuchtask.');
		expect(f).not.toContain('final');
	});

	it('says it is reading instead of counts until the first answer, and exports nothing before it', async () => {
		const api = FakeTaskApi.batch(1, 2);
		api.hold = true;
		const board = new StatusBoard();
		const poller = new StatusPoller({api, board, tasks: [{taskNo: 'T1', domains: api.domainsOf('T1')}]});
		const onExport = vi.fn(() => ['x']);
		const {lastFrame, stdin} = await renderWithInput(
			<StatusScreen poller={poller} board={board} title={{...title, tasks: 1}} onLeave={vi.fn()} onExport={onExport} />,
		);
		const f = await waitForContent(lastFrame, 'Reading 1 task from the server');
		expect(f).not.toMatch(/\d+ waiting ·/);
		stdin.write('e');
		await waitForContent(lastFrame, 'Nothing to export yet');
		expect(onExport).not.toHaveBeenCalled();
		await waitFor(
			() => api.heldCount > 0,
			() => 'no request',
		);
		api.hold = false;
		api.release();
		await waitForContent(lastFrame, '2 waiting ·');
		poller.stop();
	});

	it('takes the whole view when a read before the first answer must be retried', async () => {
		const {NetworkError} = await import('../../../source/api/errors.js');
		const api = FakeTaskApi.batch(1, 2);
		api.failures.push(
			new NetworkError('refused', 'could not connect to https://domain.aliyuncs.com (connection refused)'),
		);
		const board = new StatusBoard();
		const poller = new StatusPoller({
			api,
			board,
			tasks: [{taskNo: 'T1', domains: api.domainsOf('T1')}],
			minIntervalMs: 60_000,
		});
		const {lastFrame} = await renderWithInput(
			<StatusScreen poller={poller} board={board} title={{...title, tasks: 1}} onLeave={vi.fn()} />,
		);
		const f = await waitForContent(lastFrame, 'Network error');
		expect(f).toContain('Reading 1 task from the server');
		expect(f).not.toMatch(/d1-0\.com|waiting/);
		poller.stop();
	});
});
