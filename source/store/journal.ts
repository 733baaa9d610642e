// The submission journal on disk (DESIGN §4): per batch, `<id>.plan.json` written atomically before anything is
// sent, and `<id>.events.jsonl`, one synced line per event. A crash at any instant leaves a readable journal:
// the plan is whole or absent, and a torn last event line is skipped.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {foldEvents, type BatchPlan, type BatchView, type ChunkEvent} from '../core/journal-rules.js';
import {appendLineDurable, writeFileAtomic} from './atomic-file.js';

const PLAN = '.plan.json';
const EVENTS = '.events.jsonl';

export class Journal {
	constructor(readonly dir: string) {}

	createBatch(plan: BatchPlan): void {
		if (!/^[\w.-]+$/.test(plan.id)) throw new Error(`bad batch id '${plan.id}'`);
		writeFileAtomic(join(this.dir, plan.id + PLAN), JSON.stringify(plan));
	}

	append(batchId: string, event: ChunkEvent): void {
		appendLineDurable(join(this.dir, batchId + EVENTS), JSON.stringify(event));
	}

	has(batchId: string): boolean {
		return existsSync(join(this.dir, batchId + PLAN));
	}

	plan(batchId: string): BatchPlan {
		return JSON.parse(readFileSync(join(this.dir, batchId + PLAN), 'utf8')) as BatchPlan;
	}

	events(batchId: string): ChunkEvent[] {
		let text: string;
		try {
			text = readFileSync(join(this.dir, batchId + EVENTS), 'utf8');
		} catch {
			return [];
		}
		const events: ChunkEvent[] = [];
		for (const line of text.split('\n')) {
			if (!line) continue;
			try {
				events.push(JSON.parse(line) as ChunkEvent);
			} catch {
				// A torn line from a crash mid-append: everything before it stands.
			}
		}
		return events;
	}

	/** The batch with every chunk's state folded from its events. */
	load(batchId: string, processAlive = false): BatchView {
		return foldEvents(this.plan(batchId), this.events(batchId), processAlive);
	}

	/** Batch ids, newest first (ids start with their creation time). */
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
			.sort()
			.reverse();
	}

	list(): BatchView[] {
		return this.batchIds().flatMap((id) => {
			try {
				return [this.load(id)];
			} catch {
				return [];
			}
		});
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
}
