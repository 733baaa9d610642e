// The submission journal on disk (docs/never-order-twice.md): per batch, `<id>.plan.json` written atomically before
// anything is sent and never replaced, and `<id>.events.jsonl`, one synced line per event. A crash at any instant
// leaves a readable journal: the plan is whole or absent, and a torn last event line is skipped.
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {foldEvents, newestFirst, summarize, type BatchPlan, type BatchSummary, type BatchView, type ChunkEvent} from '../core/journal-rules.js';
import {appendLineDurable, createFileAtomic} from './atomic-file.js';

const PLAN = '.plan.json';
const EVENTS = '.events.jsonl';

export interface LoadedBatch extends BatchView {
	events: ChunkEvent[];
}

export class BadBatchIdError extends Error {
	override readonly name = 'BadBatchIdError';
}

export class Journal {
	constructor(readonly dir: string) {}

	/** Written before anything of the batch is sent; a plan with the same id is never replaced. */
	createBatch(plan: BatchPlan): void {
		this.ensureDir();
		createFileAtomic(this.file(plan.id, PLAN), JSON.stringify(plan));
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
		return JSON.parse(readFileSync(this.file(batchId, PLAN), 'utf8')) as BatchPlan;
	}

	events(batchId: string): ChunkEvent[] {
		let text: string;
		try {
			text = readFileSync(this.file(batchId, EVENTS), 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
			throw error;
		}
		const events: ChunkEvent[] = [];
		for (const line of text.split('\n')) {
			if (!line) continue;
			let event: unknown;
			try {
				event = JSON.parse(line);
			} catch {
				// A torn line from a crash mid-append: everything before it stands, and appends after it start afresh.
				continue;
			}
			if (typeof event === 'object' && event !== null && typeof (event as {type?: unknown}).type === 'string') events.push(event as ChunkEvent);
		}
		return events;
	}

	/**
	 * The batch with every chunk's state folded from its events. A `sending` with no outcome reads as unknown
	 * unless `processAlive` says this very process is still waiting for the answer.
	 */
	load(batchId: string, processAlive = false): LoadedBatch {
		const events = this.events(batchId);
		return {...foldEvents(this.plan(batchId), events, processAlive), events};
	}

	/**
	 * Batch ids, newest first by creation time. Ids carry only the second they were made in, so two batches of the
	 * same second are told apart by their plans' createdAt; an unreadable plan goes last.
	 */
	batchIds(): string[] {
		let names: string[];
		try {
			names = readdirSync(this.dir);
		} catch {
			return [];
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

	/** Every batch newest first by creation time, with its state; a plan that cannot be read is left out. */
	list(): BatchSummary[] {
		return this.batchIds()
			.flatMap((id) => {
				try {
					return [summarize(foldEvents(this.plan(id), this.events(id)))];
				} catch {
					return [];
				}
			})
			.sort((a, b) => newestFirst(a.plan, b.plan));
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
	private ensureDir(): void {
		mkdirSync(this.dir, {recursive: true, mode: 0o700});
		try {
			chmodSync(this.dir, 0o700);
		} catch {
			// A folder we may not change (shared on purpose): the files in it are 0600 all the same.
		}
	}
}

/** Ids become file names: letters, digits, dot, dash and underscore, and never a path. */
function isBatchId(id: string): boolean {
	return /^[\w-][\w.-]{0,127}$/.test(id) && !id.includes('..');
}
