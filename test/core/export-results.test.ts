import {describe, expect, it} from 'vitest';
import {boardRows, csvField, exportBoard, failedList, toCsv, toJson} from '../../source/core/status/export-results.js';
import {isoWithOffset, serverTimeIso} from '../../source/core/status/server-time.js';
import {StatusBoard, type TaskDetailRow} from '../../source/core/status/status-board.js';

const TEXT = ['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS', 'EXECUTE_FAILURE'];
const detail = (taskNo: string, domain: string, code: number, extra: Partial<TaskDetailRow> = {}): TaskDetailRow => ({
	TaskNo: taskNo,
	DomainName: domain,
	TaskStatusCode: code,
	TaskStatus: TEXT[code]!,
	CreateTime: '2026-01-01 10:00:00',
	UpdateTime: '2026-01-01 10:02:00',
	...extra,
});

function sampleBoard(): StatusBoard {
	const board = new StatusBoard();
	board.addTask('T1', ['shop.com', 'taken-shop.com', 'xn--bcher-kva.de']);
	board.addTask('T2', ['later.net']);
	board.ingest([
		detail('T1', 'shop.com', 2, {TryCount: 1}),
		detail('T1', 'taken-shop.com', 3, {
			TryCount: 3,
			FailReason: 'Purchase record exists, "already" taken,\nsee console',
		}),
		detail('T1', 'xn--bcher-kva.de', 3, {TryCount: 1, ErrorMsg: 'Premium domain'}),
	]);
	return board;
}

describe('CSV', () => {
	it('quotes only fields with a comma, a quote or a line break, doubling the quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(undefined)).toBe('');
		expect(csvField(3)).toBe('3');
	});

	it('has a header and one CRLF-ended record per domain', () => {
		const csv = toCsv(boardRows(sampleBoard()));
		expect(csv.split('\r\n')).toEqual([
			'domain,task,state,tries,error,created,updated',
			'shop.com,T1,succeeded,1,,2026-01-01T10:00:00+08:00,2026-01-01T10:02:00+08:00',
			'taken-shop.com,T1,failed,3,"Purchase record exists, ""already"" taken,\nsee console",2026-01-01T10:00:00+08:00,2026-01-01T10:02:00+08:00',
			'xn--bcher-kva.de,T1,failed,1,Premium domain,2026-01-01T10:00:00+08:00,2026-01-01T10:02:00+08:00',
			'later.net,T2,waiting,0,,,',
			'',
		]);
	});
});

describe('JSON', () => {
	it('lists the domains in the shape of status --json, with counts and tasks', () => {
		const board = sampleBoard();
		const json = JSON.parse(exportBoard(board, {operation: 'register', exportedAt: '2026-01-01T10:05:00.000Z'}).json);
		expect(json).toMatchObject({
			operation: 'register',
			exportedAt: '2026-01-01T10:05:00.000Z',
			tasks: ['T1', 'T2'],
			counts: {succeeded: 1, failed: 2, waiting: 1, total: 4},
		});
		expect(json.domains[0]).toEqual({
			domain: 'shop.com',
			taskNo: 'T1',
			status: 'succeeded',
			tryCount: 1,
			createTime: '2026-01-01T10:00:00+08:00',
			updateTime: '2026-01-01T10:02:00+08:00',
		});
		expect(json.domains[2]).toMatchObject({
			domain: 'xn--bcher-kva.de',
			unicode: 'bücher.de',
			status: 'failed',
			error: 'Premium domain',
		});
		expect(json.domains[3]).toEqual({domain: 'later.net', taskNo: 'T2', status: 'waiting', tryCount: 0});
	});

	it('round-trips error text with quotes and line breaks', () => {
		const text = toJson(boardRows(sampleBoard()));
		expect(JSON.parse(text).domains[1].error).toBe('Purchase record exists, "already" taken,\nsee console');
	});
});

describe('times', () => {
	it("carry their offset in every file: the server's zone (UTC+8) for task times, the same moment as the screen", () => {
		const [row] = JSON.parse(toJson(boardRows(sampleBoard()))).domains as Array<{createTime: string}>;
		expect(Date.parse(row!.createTime)).toBe(Date.UTC(2026, 0, 1, 2, 0, 0));
		expect(isoWithOffset(Date.UTC(2026, 0, 1, 2, 0, 0), 8 * 60)).toBe('2026-01-01T10:00:00+08:00');
		expect(isoWithOffset(Date.UTC(2026, 0, 1, 2, 0, 0), -(3 * 60 + 30))).toBe('2025-12-31T22:30:00-03:30');
		expect(isoWithOffset(Date.UTC(2026, 0, 1, 2, 0, 0), 0)).toBe('2026-01-01T02:00:00+00:00');
		expect(serverTimeIso('not a time')).toBe('not a time');
	});
});

describe('failed.txt', () => {
	it('holds the failed domains, one per line, and nothing else', () => {
		expect(failedList(boardRows(sampleBoard()))).toBe('taken-shop.com\nxn--bcher-kva.de\n');
	});

	it('is empty when nothing failed', () => {
		const board = new StatusBoard();
		board.ingest([detail('T1', 'ok.com', 2)]);
		expect(failedList(boardRows(board))).toBe('');
	});
});
