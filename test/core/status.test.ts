import {domainToASCII} from 'node:url';
import {describe, expect, it} from 'vitest';
import {
	DOMAIN_STATES,
	StatusBoard,
	estimateRemaining,
	stateOf,
	type TaskDetailRow,
} from '../../source/core/status/status-board.js';

const TEXT = ['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS', 'EXECUTE_FAILURE'];

function detail(taskNo: string, domain: string, code: number, extra: Partial<TaskDetailRow> = {}): TaskDetailRow {
	return {TaskNo: taskNo, DomainName: domain, TaskStatusCode: code, TaskStatus: TEXT[code] ?? 'UNKNOWN', ...extra};
}

function namesIn(board: StatusBoard, ...args: Parameters<StatusBoard['view']>): string[] {
	return Array.from(board.view(...args), (i) => board.row(i).name);
}

describe('state names', () => {
	it('map TaskStatusCode 0–3 to the states the user sees', () => {
		expect(DOMAIN_STATES).toEqual(['waiting', 'executing', 'succeeded', 'failed']);
		expect(DOMAIN_STATES.map((_, code) => stateOf({TaskStatusCode: code, TaskStatus: TEXT[code]!}))).toEqual(
			DOMAIN_STATES,
		);
	});

	it('fall back to the status text for an unknown code, and to waiting (not final) for an unknown text', () => {
		expect(stateOf({TaskStatusCode: 9, TaskStatus: 'EXECUTE_FAILURE'})).toBe('failed');
		expect(stateOf({TaskStatusCode: 9, TaskStatus: 'SOMETHING_NEW'})).toBe('waiting');
	});
});

describe('watching a submitted batch', () => {
	it('lists the submitted domains as waiting before the first page arrives', () => {
		const board = new StatusBoard();
		board.addTask('T1', ['alpha.com', 'beta.com']);
		board.addTask('T2', ['gamma.com']);
		expect(board.counts()).toEqual({waiting: 3, executing: 0, succeeded: 0, failed: 0, finished: 0, total: 3});
		expect(namesIn(board)).toEqual(['alpha.com', 'beta.com', 'gamma.com']);
		expect(board.unfinishedTasks()).toEqual(['T1', 'T2']);
		expect(board.done).toBe(false);
	});

	it('moves counts as domains progress, and finishes a task when all its domains are final', () => {
		const board = new StatusBoard();
		board.addTask('T1', ['alpha.com', 'beta.com']);
		board.addTask('T2', ['gamma.com']);

		board.ingest([detail('T1', 'alpha.com', 1), detail('T1', 'beta.com', 0), detail('T2', 'gamma.com', 1)]);
		expect(board.counts()).toMatchObject({waiting: 1, executing: 2, finished: 0});

		board.ingest([
			detail('T1', 'alpha.com', 2),
			detail('T1', 'beta.com', 3, {FailReason: 'Purchase record exists for the domain name in Aliyun', TryCount: 3}),
		]);
		expect(board.counts()).toEqual({waiting: 0, executing: 1, succeeded: 1, failed: 1, finished: 2, total: 3});
		expect(board.isTaskFinal('T1')).toBe(true);
		expect(board.isTaskFinal('T2')).toBe(false);
		expect(board.unfinishedTasks()).toEqual(['T2']);

		board.ingest([detail('T2', 'gamma.com', 2, {ErrorMsg: 'The operation is successful.'})]);
		expect(board.done).toBe(true);
		expect(board.row(2)).toEqual({name: 'gamma.com', taskNo: 'T2', state: 'succeeded', tryCount: 0});
	});

	it('shows the failure reason and the tries, and no error text on a success', () => {
		const board = new StatusBoard();
		board.ingest([
			detail('T1', 'taken-shop.com', 3, {ErrorMsg: 'failed', FailReason: 'Purchase record exists', TryCount: 2}),
			detail('T1', 'retrying.com', 1, {ErrorMsg: 'registry busy', TryCount: 1}),
			detail('T1', 'fine.com', 2, {ErrorMsg: 'The operation is successful.'}),
		]);
		expect(board.row(0)).toMatchObject({state: 'failed', error: 'Purchase record exists', tryCount: 2});
		expect(board.row(1)).toMatchObject({state: 'executing', error: 'registry busy', tryCount: 1});
		expect(board.row(2).error).toBeUndefined();
		board.ingest([detail('T1', 'retrying.com', 2, {ErrorMsg: 'The operation is successful.', TryCount: 2})]);
		expect(board.row(1).error).toBeUndefined();
	});

	it('matches reported names to submitted ones whatever their case, trailing dot or script', () => {
		const punycode = domainToASCII('bücher.de');
		const board = new StatusBoard();
		board.addTask('T1', ['shop.com', punycode]);
		board.ingest([detail('T1', 'SHOP.COM.', 2), detail('T1', 'bücher.de', 2)]);
		expect(board.size).toBe(2);
		expect(board.isTaskFinal('T1')).toBe(true);
		expect(board.row(1)).toMatchObject({name: punycode, unicode: 'bücher.de'});
	});

	it('keeps a domain that is in two tasks (a retry after a failure) as two rows', () => {
		const board = new StatusBoard();
		board.ingest([detail('T1', 'shop.com', 3), detail('T2', 'shop.com', 2)]);
		expect(board.counts()).toMatchObject({failed: 1, succeeded: 1, total: 2});
	});
});

describe('tasks watched by number only (alidomain status TASKNO)', () => {
	it('are not final until their domain count is known and that many domains are final', () => {
		const board = new StatusBoard();
		board.ingest([detail('T9', 'a.com', 2), detail('T9', 'b.com', 2)]);
		expect(board.isTaskFinal('T9')).toBe(false);
		board.setExpectedCount('T9', 3);
		expect(board.isTaskFinal('T9')).toBe(false);
		expect(board.counts()).toEqual({waiting: 1, executing: 0, succeeded: 2, failed: 0, finished: 2, total: 3});
		board.ingest([detail('T9', 'c.com', 3)]);
		expect(board.isTaskFinal('T9')).toBe(true);
		expect(board.tasks()).toEqual([{taskNo: 'T9', expected: 3, seen: 3, finished: 3, final: true}]);
	});

	it('can be registered with a count before any page', () => {
		const board = new StatusBoard();
		board.addTask('T9', 2);
		expect(board.counts()).toMatchObject({waiting: 2, total: 2});
		expect(board.size).toBe(0);
	});
});

describe('the version counter', () => {
	it('changes only when something shown changes', () => {
		const board = new StatusBoard();
		board.addTask('T1', ['a.com']);
		const afterAdd = board.version;
		expect(board.ingest([detail('T1', 'a.com', 0)])).toBe(0);
		expect(board.version).toBe(afterAdd);
		expect(board.ingest([detail('T1', 'a.com', 1, {UpdateTime: '2026-01-02 03:04:05'})])).toBe(1);
		const afterChange = board.version;
		expect(afterChange).not.toBe(afterAdd);
		board.ingest([detail('T1', 'a.com', 1, {UpdateTime: '2026-01-02 03:04:05'})]);
		board.setExpectedCount('T1', 1);
		expect(board.version).toBe(afterChange);
		board.ingest([detail('T1', 'a.com', 1, {UpdateTime: '2026-01-02 03:04:05', TryCount: 1})]);
		expect(board.version).not.toBe(afterChange);
	});
});

describe('filtering and searching the list', () => {
	function boardOf(states: Array<[string, number]>): StatusBoard {
		const board = new StatusBoard();
		board.ingest(states.map(([name, code]) => detail('T1', name, code)));
		return board;
	}

	it('shows all, in progress (waiting or executing), succeeded or failed, in submission order', () => {
		const board = boardOf([
			['a-wait.com', 0],
			['b-run.com', 1],
			['c-ok.com', 2],
			['d-fail.com', 3],
			['e-ok.net', 2],
		]);
		expect(namesIn(board, 'all')).toEqual(['a-wait.com', 'b-run.com', 'c-ok.com', 'd-fail.com', 'e-ok.net']);
		expect(namesIn(board, 'in-progress')).toEqual(['a-wait.com', 'b-run.com']);
		expect(namesIn(board, 'succeeded')).toEqual(['c-ok.com', 'e-ok.net']);
		expect(namesIn(board, 'failed')).toEqual(['d-fail.com']);
		expect(board.names('failed')).toEqual(['d-fail.com']);
	});

	it('searches names case-insensitively, in punycode or Unicode, combined with a filter', () => {
		const board = boardOf([
			['shop-one.com', 2],
			['Shop-two.net', 3],
			['other.com', 2],
			['bücher.de', 2],
		]);
		expect(namesIn(board, 'all', 'SHOP')).toEqual(['shop-one.com', 'shop-two.net']);
		expect(namesIn(board, 'succeeded', 'shop')).toEqual(['shop-one.com']);
		expect(namesIn(board, 'all', 'büch')).toEqual([domainToASCII('bücher.de')]);
		expect(namesIn(board, 'all', '.com')).toEqual(['shop-one.com', 'other.com']);
		expect(namesIn(board, 'all', 'nothing-like-it')).toEqual([]);
	});

	it('keeps a search up to date as rows arrive and change', () => {
		const board = boardOf([['shop-one.com', 1]]);
		expect(namesIn(board, 'in-progress', 'shop')).toEqual(['shop-one.com']);
		board.ingest([detail('T1', 'shop-one.com', 2), detail('T1', 'shop-two.com', 1)]);
		expect(namesIn(board, 'in-progress', 'shop')).toEqual(['shop-two.com']);
		expect(namesIn(board, 'succeeded', 'shop')).toEqual(['shop-one.com']);
	});

	it('hands back the same index list while nothing changed, so a frame costs no copying', () => {
		const board = boardOf([
			['a.com', 3],
			['b.com', 2],
		]);
		const first = board.view('failed');
		expect(board.view('failed')).toBe(first);
		board.ingest([detail('T1', 'b.com', 3)]);
		const second = board.view('failed');
		expect(second).not.toBe(first);
		expect(Array.from(second)).toEqual([0, 1]);
	});

	it('holds 100,000 domains across 100 tasks with exact counts and filters', () => {
		const board = new StatusBoard();
		const tasks = Array.from({length: 100}, (_, t) => `T${t}`);
		for (const [t, taskNo] of tasks.entries())
			board.addTask(
				taskNo,
				Array.from({length: 1000}, (_, i) => `launch-${t * 1000 + i}.com`),
			);
		const rows: TaskDetailRow[] = [];
		for (const [t, taskNo] of tasks.entries())
			for (let i = 0; i < 1000; i++)
				rows.push(detail(taskNo, `launch-${t * 1000 + i}.com`, (t * 1000 + i) % 7 === 0 ? 3 : 2));
		board.ingest(rows);
		const failed = Math.ceil(100_000 / 7);
		expect(board.counts()).toEqual({
			waiting: 0,
			executing: 0,
			succeeded: 100_000 - failed,
			failed,
			finished: 100_000,
			total: 100_000,
		});
		expect(board.view('failed').length).toBe(failed);
		expect(board.view('all', 'launch-9999').length).toBe(11);
		expect(board.done).toBe(true);
	});
});

describe('estimating the time left', () => {
	it('is unknown before anything has finished', () => {
		expect(estimateRemaining([], 100)).toBeUndefined();
		expect(
			estimateRemaining(
				[
					{time: 0, finished: 0},
					{time: 5_000, finished: 0},
				],
				100,
			),
		).toBeUndefined();
	});

	it('follows the recent pace', () => {
		// 40 in the last 10 seconds is 4 per second; 60 left → 15 seconds.
		expect(
			estimateRemaining(
				[
					{time: 0, finished: 0},
					{time: 5_000, finished: 20},
					{time: 10_000, finished: 40},
				],
				100,
			),
		).toBe(15_000);
	});

	it('looks only at the last window when the pace changed', () => {
		const history = [
			{time: 0, finished: 0},
			{time: 100_000, finished: 10},
			{time: 110_000, finished: 60},
		];
		// Within the last 60 s: 50 in 10 s → 5 per second; 40 left → 8 s.
		expect(estimateRemaining(history, 100)).toBe(8_000);
		// A wider window takes in the slow start: 60 in 110 s.
		expect(estimateRemaining(history, 100, 200_000)).toBe(Math.round(40 / (60 / 110_000)));
	});

	it('falls back to the whole history while the last window shows no progress, and is zero when all are done', () => {
		expect(
			estimateRemaining(
				[
					{time: 0, finished: 0},
					{time: 10_000, finished: 50},
					{time: 200_000, finished: 50},
				],
				100,
			),
		).toBe(200_000);
		expect(
			estimateRemaining(
				[
					{time: 0, finished: 0},
					{time: 10_000, finished: 100},
				],
				100,
			),
		).toBe(0);
	});
});
