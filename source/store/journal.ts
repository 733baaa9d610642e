// The submission journal on disk (docs/never-order-twice.md): per batch, `<id>.plan.json` written atomically before
// anything is sent and never replaced, and `<id>.events.jsonl`, one synced line per event, the first of them
// `created`. A crash at any instant leaves a readable journal: the plan is whole or absent, and a torn event line is
// skipped. What cannot be read is an error naming the file and what to do, never an empty journal; events that are
// gone (deleted, emptied, zeroed) make every chunk of the batch "outcome unknown", never "planned".
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {
	foldEvents,
	newestFirst,
	summarize,
	type BatchPlan,
	type BatchSummary,
	type BatchView,
	type ChunkEvent,
} from '../core/submit/journal-rules.js';
import {appendLineDurable, createFileAtomic, ensureDir, tightenDir} from '../files/atomic-file.js';
import {locateJsonError, placeOf} from '../files/damaged-file.js';
import {messages} from '../i18n/index.js';

const PLAN = '.plan.json';
const EVENTS = '.events.jsonl';
/** Tasks known to be finished, with the domains each did not fail: they need not be fetched again. */
const FINISHED_TASKS = 'finished-tasks.jsonl';

const text = messages({
	folder: {
		en: (dir: string, code: string) =>
			`Cannot read the journal folder ${dir} (${code}). Nothing is submitted while it cannot be read: give this user read and write access to it, or point ALIDOMAIN_HOME at the right data folder.`,
		zh: (dir: string, code: string) =>
			`无法读取记录文件夹 ${dir}（${code}）。在能读取之前不会提交任何内容：请让当前用户可以读写它，或把 ALIDOMAIN_HOME 指向正确的数据文件夹。`,
	},
	file: {
		en: (file: string, code: string) =>
			`Cannot read the journal file ${file} (${code}). Give this user read access to it; nothing is submitted until it can be read.`,
		zh: (file: string, code: string) =>
			`无法读取记录文件 ${file}（${code}）。请让当前用户可以读取它；在能读取之前不会提交任何内容。`,
	},
	damaged: {
		en: (file: string, where: string) =>
			`The journal file ${file} is damaged (${where}). Restore it from a backup, or move it out of the journal folder if you are sure of that batch; nothing is submitted until then.`,
		zh: (file: string, where: string) =>
			`记录文件 ${file} 已损坏（${where}）。请从备份恢复，或在确认该批次无误后把它移出记录文件夹；在此之前不会提交任何内容。`,
	},
	at: {
		en: (line: number, column: number) => `line ${line}, column ${column}`,
		zh: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
	},
	notPlan: {en: 'not a batch plan', zh: '不是批次计划'},
});

export interface LoadedBatch extends BatchView {
	events: ChunkEvent[];
	/** False when the events file is missing or lost its `created` event: a chunk with no event of its own is then unknown. */
	eventsReadable: boolean;
}

export class BadBatchIdError extends Error {
	override readonly name = 'BadBatchIdError';
}

/** A journal file or folder that cannot be read or parsed. The message names it, never quotes its content. */
export class JournalError extends Error {
	override readonly name = 'JournalError';
	constructor(
		message: string,
		readonly path: string,
	) {
		super(message);
	}
}

/** Where the JSON goes wrong, as line and column; the parser's own message would quote the content. */
function jsonErrorPlace(content: string): string {
	const place = locateJsonError(content) ?? placeOf(content, content.length);
	return text.at(place.line, place.column);
}

function readError(path: string, error: unknown, folder = false): JournalError {
	const code = (error as NodeJS.ErrnoException).code ?? 'error';
	return new JournalError(folder ? text.folder(path, code) : text.file(path, code), path);
}

export class Journal {
	constructor(readonly dir: string) {}

	/** Written before anything of the batch is sent; a plan with the same id is never replaced. */
	createBatch(plan: BatchPlan): void {
		this.ensureDir();
		createFileAtomic(this.file(plan.id, PLAN), JSON.stringify(plan));
		appendLineDurable(
			this.file(plan.id, EVENTS),
			JSON.stringify({type: 'created', at: plan.createdAt} satisfies ChunkEvent),
		);
	}

	append(batchId: string, event: ChunkEvent): void {
		const plan = this.file(batchId, PLAN);
		// An event without its plan could never be read back: better to fail loudly before sending.
		if (!existsSync(plan)) throw new Error(`no batch '${batchId}' in the journal at ${this.dir}`);
		appendLineDurable(this.file(batchId, EVENTS), JSON.stringify(event));
	}

	has(batchId: string): boolean {
		return isBatchId(batchId) && existsSync(join(this.dir, batchId + PLAN));
	}

	plan(batchId: string): BatchPlan {
		const path = this.file(batchId, PLAN);
		let content: string;
		try {
			content = readFileSync(path, 'utf8');
		} catch (error) {
			throw readError(path, error);
		}
		let plan: unknown;
		try {
			plan = JSON.parse(content);
		} catch {
			throw new JournalError(text.damaged(path, jsonErrorPlace(content)), path);
		}
		if (!isPlan(plan)) throw new JournalError(text.damaged(path, text.notPlan), path);
		return plan;
	}

	events(batchId: string): ChunkEvent[] {
		return this.#events(batchId).events;
	}

	/** The batch's events; `readable` is false when the file is gone or its first event, `created`, cannot be read. */
	#events(batchId: string): {events: ChunkEvent[]; readable: boolean} {
		const path = this.file(batchId, EVENTS);
		let content: string;
		try {
			content = readFileSync(path, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {events: [], readable: false};
			throw readError(path, error);
		}
		const events: ChunkEvent[] = [];
		for (const line of content.split('\n')) {
			if (!line) continue;
			let event: unknown;
			try {
				event = JSON.parse(line);
			} catch {
				// A torn line from a crash mid-append: everything before it stands, and appends after it start afresh.
				continue;
			}
			if (typeof event === 'object' && event !== null && typeof (event as {type?: unknown}).type === 'string')
				events.push(event as ChunkEvent);
		}
		// Every batch's events start with `created`: without it, events before the first readable one are lost.
		return {events, readable: events.some((e) => e.type === 'created')};
	}

	/**
	 * The batch with every chunk's state folded from its events. A `sending` with no outcome reads as unknown
	 * unless `processAlive` says this very process is still waiting for the answer.
	 */
	load(batchId: string, processAlive = false): LoadedBatch {
		const plan = this.plan(batchId);
		const {events, readable} = this.#events(batchId);
		return {...foldEvents(plan, events, processAlive, readable), events, eventsReadable: readable};
	}

	/**
	 * Batch ids, newest first by creation time. Ids carry only the second they were made in, so two batches of the
	 * same second are told apart by their plans' createdAt; an unreadable plan goes last.
	 */
	batchIds(): string[] {
		let names: string[];
		try {
			names = readdirSync(this.dir);
		} catch (error) {
			// No folder yet: nothing was ever submitted from this data folder. Anything else is an error.
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
			throw readError(this.dir, error, true);
		}
		return names
			.filter((n) => n.endsWith(PLAN))
			.map((n) => n.slice(0, -PLAN.length))
			.filter(isBatchId)
			.map((id) => ({id, createdAt: this.#createdAt(id)}))
			.sort(newestFirst)
			.map((b) => b.id);
	}

	#createdAt(batchId: string): number {
		try {
			return this.plan(batchId).createdAt;
		} catch {
			return 0;
		}
	}

	/** Every batch newest first by creation time, with its state; a batch that cannot be read is an error. */
	list(): BatchSummary[] {
		const {batches, problems} = this.listAll();
		if (problems[0]) throw problems[0];
		return batches;
	}

	/** Every batch that can be read, newest first, and an error for each one that cannot: for screens that show both. */
	listAll(): {batches: BatchSummary[]; problems: JournalError[]} {
		const batches: BatchSummary[] = [];
		const problems: JournalError[] = [];
		for (const id of this.batchIds()) {
			try {
				batches.push(summarize(this.load(id)));
			} catch (error) {
				if (!(error instanceof JournalError)) throw error;
				problems.push(error);
			}
		}
		return {batches: batches.sort((a, b) => newestFirst(a.plan, b.plan)), problems};
	}

	/** Tasks known finished, each with the domains it did not fail; a line that cannot be read is just not known. */
	finishedTasks(): Map<string, string[]> {
		const out = new Map<string, string[]>();
		let content: string;
		try {
			content = readFileSync(join(this.dir, FINISHED_TASKS), 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return out;
			throw readError(join(this.dir, FINISHED_TASKS), error);
		}
		for (const line of content.split('\n')) {
			try {
				const entry = JSON.parse(line) as {taskNo?: unknown; notFailed?: unknown};
				if (
					typeof entry.taskNo === 'string' &&
					Array.isArray(entry.notFailed) &&
					entry.notFailed.every((d) => typeof d === 'string')
				) {
					out.set(entry.taskNo, entry.notFailed as string[]);
				}
			} catch {
				// A torn or damaged line: that task is fetched again, which costs a request and nothing else.
			}
		}
		return out;
	}

	recordFinished(taskNo: string, notFailed: string[]): void {
		this.ensureDir();
		appendLineDurable(join(this.dir, FINISHED_TASKS), JSON.stringify({taskNo, notFailed}));
	}

	/** Every TaskNo the journal has recorded, so reconciliation never claims another chunk's task. */
	knownTaskNos(): Set<string> {
		const out = new Set<string>();
		for (const id of this.batchIds()) {
			for (const e of this.events(id)) {
				if ((e.type === 'submitted' || e.type === 'reconciled') && e.taskNo) out.add(e.taskNo);
			}
		}
		return out;
	}

	private file(batchId: string, suffix: string): string {
		if (!isBatchId(batchId)) throw new BadBatchIdError(`'${batchId}' is not a batch id`);
		return join(this.dir, batchId + suffix);
	}

	// The plans hold account ids and every domain of a batch: only the user should list them.
	// A link planted as the journal folder is refused, never followed (docs/files.md).
	private ensureDir(): void {
		ensureDir(this.dir);
		tightenDir(this.dir);
	}
}

function isPlan(value: unknown): value is BatchPlan {
	const plan = value as Partial<BatchPlan> | null;
	return (
		typeof plan === 'object' &&
		plan !== null &&
		typeof plan.id === 'string' &&
		typeof plan.createdAt === 'number' &&
		(plan.operation === 'register' || plan.operation === 'redeem' || plan.operation === 'renew') &&
		typeof plan.account?.accessKeyId === 'string' &&
		typeof plan.account.endpoint === 'string' &&
		Array.isArray(plan.chunks) &&
		plan.chunks.every((c) => Array.isArray(c?.domains) && Array.isArray(c.items))
	);
}

/** Ids become file names: letters, digits, dot, dash and underscore, and never a path. */
function isBatchId(id: string): boolean {
	return /^[\w-][\w.-]{0,127}$/.test(id) && !id.includes('..');
}
