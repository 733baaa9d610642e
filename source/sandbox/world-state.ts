// The data every handler reads and changes, kept in one plain object so handlers stay free functions and a
// snapshot is a copy of it.
import type {ProfileRecord, OwnedRecord} from './seed.js';
import type {TaskEngine} from './task-engine.js';

export interface WorldState {
	/** The clock at the start of the current request. */
	now: number;
	/** QueryTaskList reads its time bounds as dates only (UTC+8), the strictest reading of its documentation. */
	byDay?: boolean;
	/** The Alibaba account (STS AccountId): each world is its own account, kept in its state file. */
	accountId: string;
	balance: number;
	profiles: ProfileRecord[];
	/** Owned domains by name, in the order they joined the account. */
	owned: Map<string, OwnedRecord>;
	/** Bumped on every change to `owned`, so sorted views can be cached. */
	ownedVersion: number;
	engine: TaskEngine;
	/** [submit time, domains] of registration submits in the last seven days, oldest first. */
	weekly: [number, number][];
	/** Serial numbers for detail numbers and instance ids. */
	serial: number;
}

export interface CallContext {
	accessKeyId: string;
	/** The RAM user's name when the key is a RAM user's rather than the account's own. */
	ramUser?: string;
	clientIp: string;
	requestId: string;
}

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function registrationsInWeek(state: WorldState): number {
	const since = state.now - WEEK_MS;
	while (state.weekly.length > 0 && state.weekly[0]![0] <= since) state.weekly.shift();
	let sum = 0;
	for (const [, count] of state.weekly) sum += count;
	return sum;
}

export interface Page {
	start: number;
	end: number;
	TotalItemNum: number;
	CurrentPageNum: number;
	TotalPageNum: number;
	PageSize: number;
	PrePage: boolean;
	NextPage: boolean;
}

/** Alibaba's page-number paging: pages start at 1; a page past the end is empty but still answers. */
export function pageOf(total: number, pageNum: number, pageSize: number): Page {
	const size = Math.max(1, pageSize);
	const num = Math.max(1, pageNum);
	const totalPages = Math.ceil(total / size);
	const start = Math.min(total, (num - 1) * size);
	return {
		start,
		end: Math.min(total, start + size),
		TotalItemNum: total,
		CurrentPageNum: num,
		TotalPageNum: totalPages,
		PageSize: size,
		PrePage: num > 1,
		NextPage: num < totalPages,
	};
}

export function pageFields(page: Page): Omit<Page, 'start' | 'end'> {
	const {start: _start, end: _end, ...fields} = page;
	return fields;
}
