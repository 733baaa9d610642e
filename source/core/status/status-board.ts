// The live picture of a batch (docs/architecture.md, Watching a batch): per-domain states gathered from the detail
// pages of all its tasks. Sized for 100,000 domains redrawn every frame: each changed row costs O(1), counts are kept
// rather than recounted, and a filtered view is a list of row numbers, rebuilt only when something changed.
import {domainToASCII, domainToUnicode} from 'node:url';
import type {z} from 'zod';
import type {TaskDetail} from '../../api/schema.js';
import {DETAIL_STATUS} from '../../api/task-status.js';

export type TaskDetailRow = z.output<typeof TaskDetail>;

/** The states shown to the user and written to `--json`. */
export type DomainState = 'waiting' | 'executing' | 'succeeded' | 'failed';
/** In the order of QueryTaskDetailList's TaskStatusCode, so the code is the index. */
export const DOMAIN_STATES: readonly DomainState[] = ['waiting', 'executing', 'succeeded', 'failed'];

/** The API's status text → our state, both in TaskStatusCode order. */
const STATE_BY_TEXT: Readonly<Record<string, DomainState>> = Object.fromEntries(
	DETAIL_STATUS.map((status, code) => [status, DOMAIN_STATES[code]!]),
);

/** The state of a detail row; a code outside 0–3 falls back to the status text, then to 'waiting' (not final). */
export function stateOf(detail: Pick<TaskDetailRow, 'TaskStatusCode' | 'TaskStatus'>): DomainState {
	return DOMAIN_STATES[detail.TaskStatusCode] ?? STATE_BY_TEXT[detail.TaskStatus] ?? 'waiting';
}

export function isFinalState(state: DomainState): boolean {
	return state === 'succeeded' || state === 'failed';
}

export type StatusFilter = 'all' | 'in-progress' | 'succeeded' | 'failed';

export interface DomainStatusRow {
	/** ASCII, lowercase. */
	readonly name: string;
	/** When `name` is punycode. */
	readonly unicode?: string;
	readonly taskNo: string;
	readonly state: DomainState;
	readonly tryCount: number;
	/** Why it failed, or the last error of a domain still being retried; never set on a success. */
	readonly error?: string;
	/** When the task took the domain in (CreateTime), for exports. */
	readonly createTime?: string;
	readonly updateTime?: string;
}

export interface StateCounts {
	/** Includes domains a task is known to hold but no page has shown yet. */
	waiting: number;
	executing: number;
	succeeded: number;
	failed: number;
	/** succeeded + failed */
	finished: number;
	total: number;
}

export interface TaskProgress {
	taskNo: string;
	/** How many domains the task holds, once known (from the submit, or TotalItemNum). */
	expected?: number;
	seen: number;
	finished: number;
	final: boolean;
}

interface Task {
	taskNo: string;
	/** Its place in the board's task list, which rows refer to. */
	index: number;
	expected?: number;
	seen: number;
	finished: number;
	/** Domain name → row number. */
	rows: Map<string, number>;
}

/**
 * Strings that repeat across rows (error texts, times) kept once and referred to by number; 0 stands for none.
 * A status view of 100,000 domains holds a few hundred distinct ones.
 */
class StringTable {
	readonly #ids = new Map<string, number>();
	readonly #values: Array<string | undefined> = [undefined];

	id(value: string | undefined): number {
		if (value === undefined) return 0;
		let id = this.#ids.get(value);
		if (id === undefined) {
			id = this.#values.length;
			this.#values.push(value);
			this.#ids.set(value, id);
		}
		return id;
	}

	value(id: number): string | undefined {
		return this.#values[id];
	}
}

/** The array itself while `size` fits, else a copy twice as long. */
function grown<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, size: number): T {
	if (size < array.length) return array;
	const next = new (array.constructor as new (n: number) => T)(Math.max(size + 1, array.length * 2));
	next.set(array);
	return next;
}

const CODE: Readonly<Record<DomainState, number>> = {waiting: 0, executing: 1, succeeded: 2, failed: 3};
const FILTER_MASK: Readonly<Record<StatusFilter, number>> = {
	all: 0b1111,
	'in-progress': 0b0011,
	succeeded: 0b0100,
	failed: 0b1000,
};

// Rows are kept column by column (docs/performance.md): names in one array, the rest as numbers in typed arrays and
// repeated strings in a table, so 100,000 domains cost a few megabytes and no object each. A row object is built only
// when asked for, which is for the rows on screen.
export class StatusBoard {
	#names: string[] = [];
	/** Unicode forms of punycode names, by row number. */
	#unicode = new Map<number, string>();
	/** State code per row, so that filtering never builds a row. */
	#codes = new Uint8Array(1024);
	#taskOf = new Uint32Array(1024);
	#tries = new Uint16Array(1024);
	#errors = new Uint32Array(1024);
	#createTimes = new Uint32Array(1024);
	#updateTimes = new Uint32Array(1024);
	#strings = new StringTable();
	#taskList: Task[] = [];
	#tasks = new Map<string, Task>();
	#known = [0, 0, 0, 0];
	#total = 0;
	#version = 0;
	#view?: {key: string; version: number; indexes: Int32Array};
	#search?: {query: string; scanned: number; matches: number[]};

	/** Changes exactly when anything shown changes. */
	get version(): number {
		return this.#version;
	}

	/** Rows known so far; row numbers run from 0 to size - 1 in the order domains were first seen. */
	get size(): number {
		return this.#names.length;
	}

	/**
	 * Registers a task. With its domain names (known from the submit), they are listed as waiting straight away;
	 * with a count, the task is final only once that many domains have been seen.
	 */
	addTask(taskNo: string, domains: readonly string[] | number): void {
		const task = this.#task(taskNo);
		if (typeof domains === 'number') {
			this.setExpectedCount(taskNo, domains);
			return;
		}
		for (const name of domains) this.#upsert(taskNo, name, 'waiting', 0, undefined, undefined);
		this.setExpectedCount(taskNo, Math.max(task.expected ?? 0, new Set(domains.map(asciiName)).size));
	}

	/** TotalItemNum of the task's detail list. */
	setExpectedCount(taskNo: string, count: number): void {
		const task = this.#task(taskNo);
		if (task.expected === count) return;
		const before = Math.max(task.expected ?? 0, task.seen);
		task.expected = count;
		this.#total += Math.max(count, task.seen) - before;
		this.#version++;
	}

	/** Takes in rows of QueryTaskDetailList; returns how many rows changed. */
	ingest(details: Iterable<TaskDetailRow>): number {
		let changed = 0;
		for (const d of details) {
			const error = d.FailReason || d.ErrorMsg || undefined;
			const state = stateOf(d);
			if (
				this.#upsert(
					d.TaskNo,
					d.DomainName,
					state,
					d.TryCount ?? 0,
					state === 'succeeded' ? undefined : error,
					d.UpdateTime,
					d.CreateTime,
				)
			)
				changed++;
		}
		return changed;
	}

	row(index: number): DomainStatusRow {
		const name = this.#names[index];
		if (name === undefined) throw new RangeError(`no row ${index}; the board has ${this.#names.length}`);
		const row: {-readonly [K in keyof DomainStatusRow]: DomainStatusRow[K]} = {
			name,
			taskNo: this.#taskList[this.#taskOf[index]!]!.taskNo,
			state: DOMAIN_STATES[this.#codes[index]!]!,
			tryCount: this.#tries[index]!,
		};
		const unicode = this.#unicode.get(index);
		if (unicode !== undefined) row.unicode = unicode;
		const error = this.#strings.value(this.#errors[index]!);
		if (error !== undefined) row.error = error;
		const createTime = this.#strings.value(this.#createTimes[index]!);
		if (createTime !== undefined) row.createTime = createTime;
		const updateTime = this.#strings.value(this.#updateTimes[index]!);
		if (updateTime !== undefined) row.updateTime = updateTime;
		return row;
	}

	counts(): StateCounts {
		const [waiting, executing, succeeded, failed] = this.#known as [number, number, number, number];
		return {
			waiting: waiting + this.#total - this.#names.length,
			executing,
			succeeded,
			failed,
			finished: succeeded + failed,
			total: this.#total,
		};
	}

	/**
	 * Row numbers matching a filter and a name search (case-insensitive substring of the ASCII or Unicode name), in
	 * row order. The array is shared and must not be changed; it is rebuilt only after a change.
	 */
	view(filter: StatusFilter = 'all', search = ''): Int32Array {
		const query = search.trim().toLowerCase();
		const key = `${filter}\u0000${query}`;
		if (this.#view && this.#view.key === key && this.#view.version === this.#version) return this.#view.indexes;
		const mask = FILTER_MASK[filter];
		const codes = this.#codes;
		let indexes: Int32Array;
		if (query === '') {
			if (filter === 'all') {
				indexes = new Int32Array(this.#names.length);
				for (let i = 0; i < indexes.length; i++) indexes[i] = i;
			} else {
				indexes = new Int32Array(this.#names.length);
				let n = 0;
				for (let i = 0; i < this.#names.length; i++) if ((mask >> codes[i]!) & 1) indexes[n++] = i;
				indexes = indexes.slice(0, n);
			}
		} else {
			const matches = this.#searchMatches(query);
			indexes = new Int32Array(matches.length);
			let n = 0;
			for (const i of matches) if ((mask >> codes[i]!) & 1) indexes[n++] = i;
			indexes = indexes.slice(0, n);
		}
		this.#view = {key, version: this.#version, indexes};
		return indexes;
	}

	/** Names in a filter, in row order: for "retry failed" and exports. */
	names(filter: StatusFilter = 'all'): string[] {
		return Array.from(this.view(filter), (i) => this.#names[i]!);
	}

	isTaskFinal(taskNo: string): boolean {
		const task = this.#tasks.get(taskNo);
		return task !== undefined && isTaskDone(task);
	}

	tasks(): TaskProgress[] {
		return [...this.#tasks].map(([taskNo, t]) => ({
			taskNo,
			...(t.expected === undefined ? {} : {expected: t.expected}),
			seen: t.seen,
			finished: t.finished,
			final: isTaskDone(t),
		}));
	}

	/** Tasks still worth fetching: a final task never changes again. */
	unfinishedTasks(): string[] {
		return [...this.#tasks].filter(([, t]) => !isTaskDone(t)).map(([taskNo]) => taskNo);
	}

	/** Every task is final. */
	get done(): boolean {
		for (const task of this.#tasks.values()) if (!isTaskDone(task)) return false;
		return this.#tasks.size > 0;
	}

	#task(taskNo: string): Task {
		let task = this.#tasks.get(taskNo);
		if (!task) {
			task = {taskNo, index: this.#taskList.length, seen: 0, finished: 0, rows: new Map()};
			this.#tasks.set(taskNo, task);
			this.#taskList.push(task);
		}
		return task;
	}

	#upsert(
		taskNo: string,
		rawName: string,
		state: DomainState,
		tryCount: number,
		error: string | undefined,
		updateTime: string | undefined,
		createTime?: string,
	): boolean {
		const name = asciiName(rawName);
		const task = this.#task(taskNo);
		const index = task.rows.get(name);
		const code = CODE[state];
		const tries = Math.min(tryCount, 0xff_ff);
		const errorId = this.#strings.id(error);
		if (index === undefined) {
			const at = this.#names.length;
			this.#grow(at);
			this.#names.push(name);
			if (name.includes('xn--')) {
				const unicode = domainToUnicode(name);
				if (unicode) this.#unicode.set(at, unicode);
			}
			this.#taskOf[at] = task.index;
			this.#codes[at] = code;
			this.#tries[at] = tries;
			this.#errors[at] = errorId;
			this.#updateTimes[at] = this.#strings.id(updateTime);
			this.#createTimes[at] = this.#strings.id(createTime);
			task.rows.set(name, at);
			this.#known[code]!++;
			if (task.seen >= (task.expected ?? 0)) this.#total++;
			task.seen++;
			if (isFinalState(state)) task.finished++;
			this.#version++;
			return true;
		}
		if (createTime !== undefined && this.#createTimes[index] === 0)
			this.#createTimes[index] = this.#strings.id(createTime);
		const updateId = updateTime === undefined ? this.#updateTimes[index]! : this.#strings.id(updateTime);
		const before = this.#codes[index]!;
		if (
			before === code &&
			this.#tries[index] === tries &&
			this.#errors[index] === errorId &&
			this.#updateTimes[index] === updateId
		)
			return false;
		if (before !== code) {
			this.#known[before]!--;
			this.#known[code]!++;
			task.finished += Number(isFinalState(state)) - Number(isFinalState(DOMAIN_STATES[before]!));
			this.#codes[index] = code;
		}
		this.#tries[index] = tries;
		this.#errors[index] = errorId;
		this.#updateTimes[index] = updateId;
		this.#version++;
		return true;
	}

	#grow(size: number): void {
		this.#codes = grown(this.#codes, size);
		this.#taskOf = grown(this.#taskOf, size);
		this.#tries = grown(this.#tries, size);
		this.#errors = grown(this.#errors, size);
		this.#createTimes = grown(this.#createTimes, size);
		this.#updateTimes = grown(this.#updateTimes, size);
	}

	#searchMatches(query: string): number[] {
		if (!this.#search || this.#search.query !== query) this.#search = {query, scanned: 0, matches: []};
		const search = this.#search;
		// Names never change, so only rows added since the last search need a look.
		for (let i = search.scanned; i < this.#names.length; i++) {
			const unicode = this.#unicode.get(i);
			if (this.#names[i]!.includes(query) || (unicode !== undefined && unicode.includes(query))) search.matches.push(i);
		}
		search.scanned = this.#names.length;
		return search.matches;
	}
}

const PLAIN_LOWERCASE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

function isTaskDone(task: Task): boolean {
	return task.expected !== undefined && task.seen >= task.expected && task.finished === task.seen;
}

function asciiName(raw: string): string {
	if (PLAIN_LOWERCASE.test(raw)) return raw;
	let name = raw.trim().toLowerCase();
	if (name.endsWith('.')) name = name.slice(0, -1);
	if (/\P{ASCII}/u.test(name)) name = domainToASCII(name) || name;
	return name;
}

export interface ProgressSample {
	/** ms */
	time: number;
	finished: number;
}

/**
 * Milliseconds until `total` domains are finished, from the pace over the last `windowMs` (or over the whole history
 * when nothing finished in that window); undefined while there is no pace to go on.
 */
export function estimateRemaining(
	history: readonly ProgressSample[],
	total: number,
	windowMs = 60_000,
): number | undefined {
	const last = history[history.length - 1];
	if (!last) return undefined;
	if (last.finished >= total) return 0;
	let from = history.length - 1;
	while (from > 0 && last.time - history[from - 1]!.time <= windowMs) from--;
	const rate = pace(history[from]!, last) ?? pace(history[0]!, last);
	return rate === undefined ? undefined : Math.round((total - last.finished) / rate);
}

function pace(from: ProgressSample, to: ProgressSample): number | undefined {
	const elapsed = to.time - from.time;
	const done = to.finished - from.finished;
	return elapsed > 0 && done > 0 ? done / elapsed : undefined;
}
