// The results of a batch as files a person keeps or feeds back in: CSV for spreadsheets (RFC 4180), JSON in the
// shape of `status --json`, and failed.txt, one failed domain per line, ready to paste into a new batch. Times are
// ISO 8601 with their offset (the server's task times in its own zone, UTC+8), never a bare local time.
import {serverTimeIso} from './server-time.js';
import type {DomainStatusRow, StateCounts, StatusBoard} from './status-board.js';
import type {Operation} from '../order/order-items.js';

export const CSV_COLUMNS = ['domain', 'task', 'state', 'tries', 'error', 'created', 'updated'] as const;

export interface ExportMeta {
	operation?: Operation;
	/** ISO 8601 date-time of the export, with its offset. */
	exportedAt?: string;
	counts?: StateCounts;
}

export interface ExportFiles {
	csv: string;
	json: string;
	failed: string;
}

/** Every row of a board, in row order, without copying them into an array first. */
export function* boardRows(board: StatusBoard): Generator<DomainStatusRow> {
	for (let i = 0; i < board.size; i++) yield board.row(i);
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | undefined): string {
	if (value === undefined) return '';
	const text = String(value);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: CRLF between records, a header line, fields quoted only when they must be. */
export function toCsv(rows: Iterable<DomainStatusRow>): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const r of rows) {
		lines.push(
			[r.name, r.taskNo, r.state, r.tryCount, r.error, serverTimeIso(r.createTime), serverTimeIso(r.updateTime)]
				.map(csvField)
				.join(','),
		);
	}
	return lines.join('\r\n') + '\r\n';
}

export interface JsonDomain {
	domain: string;
	unicode?: string;
	taskNo: string;
	status: DomainStatusRow['state'];
	tryCount: number;
	error?: string;
	createTime?: string;
	updateTime?: string;
}

/** The document `status --json` prints and results.json holds, before it is written out. */
export function jsonReport<M extends ExportMeta>(
	rows: Iterable<DomainStatusRow>,
	meta: M,
): M & {tasks: string[]; domains: JsonDomain[]} {
	const domains: JsonDomain[] = [];
	for (const r of rows) {
		domains.push({
			domain: r.name,
			...(r.unicode ? {unicode: r.unicode} : {}),
			taskNo: r.taskNo,
			status: r.state,
			tryCount: r.tryCount,
			...(r.error !== undefined ? {error: r.error} : {}),
			...(r.createTime !== undefined ? {createTime: serverTimeIso(r.createTime)} : {}),
			...(r.updateTime !== undefined ? {updateTime: serverTimeIso(r.updateTime)} : {}),
		});
	}
	const tasks = [...new Set(domains.map((d) => d.taskNo))];
	return {...meta, tasks, domains};
}

export function toJson(rows: Iterable<DomainStatusRow>, meta: ExportMeta = {}): string {
	return JSON.stringify(jsonReport(rows, meta), null, 2) + '\n';
}

/** The failed domains, one per line; empty when none failed. */
export function failedList(rows: Iterable<DomainStatusRow>): string {
	let text = '';
	for (const r of rows) if (r.state === 'failed') text += `${r.name}\n`;
	return text;
}

export function exportFiles(rows: () => Iterable<DomainStatusRow>, meta: ExportMeta = {}): ExportFiles {
	return {csv: toCsv(rows()), json: toJson(rows(), meta), failed: failedList(rows())};
}

/** The three files for everything on a board. */
export function exportBoard(board: StatusBoard, meta: Omit<ExportMeta, 'counts'> = {}): ExportFiles {
	return exportFiles(() => boardRows(board), {...meta, counts: board.counts()});
}
