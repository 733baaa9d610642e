// Runs the sandbox's tasks. Nothing runs on a timer: every request first advances the engine to the clock's now,
// replaying in time order whatever would have happened since the last request. So a fake clock drives it in tests,
// and a state file restored hours later picks up exactly where it would be.
//
// Each task works on a few of its domains at a time (more for bigger tasks). A domain's outcome is decided at the
// moment it finishes executing, in global time order, so money and quota run out in a deterministic order.

export type TaskKind = 'ORDER_ACTIVATE' | 'ORDER_REDEEM' | 'ORDER_RENEW';

/** TaskStatusCode of a detail: 0 waiting, 1 executing, 2 succeeded, 3 failed. */
export type DetailCode = 0 | 1 | 2 | 3;

export interface DetailRecord {
	no: string;
	domain: string;
	status: DetailCode;
	/** Attempts started so far. */
	tries: number;
	created: number;
	updated: number;
	errorMsg?: string;
	failReason?: string;
	instanceId?: string;
	/** Activate (and renew: years, premium): the order as submitted. */
	profileId?: number;
	years?: number;
	premium?: boolean;
	trademark?: boolean;
	proxy?: boolean;
	dns?: string[];
	/** Activate: submitted past the weekly registration limit. */
	overLimit?: boolean;
	/** Redeem and renew: the CurrentExpirationDate the caller sent. */
	expiry?: number;
}

export interface TaskRecord {
	no: string;
	kind: TaskKind;
	created: number;
	clientIp: string;
	accessKeyId: string;
	details: DetailRecord[];
	/** Index of the first detail never started. */
	next: number;
	/** Details waiting to be tried again, oldest first. */
	retries: number[];
	running: number;
	/** Details not yet final; 0 = the task is complete. */
	pending: number;
	/** When the first detail started; undefined while the task waits. */
	startedAt?: number;
	completedAt?: number;
}

export type Outcome =
	{kind: 'success'; instanceId?: string} | {kind: 'failure' | 'retry'; errorMsg: string; failReason: string};

/** Decides a detail's outcome when it finishes executing, and applies a success to the account. */
export type Decider = (task: TaskRecord, detail: DetailRecord, at: number) => Outcome;

export interface Pace {
	/** From submit until the task starts its first domains. */
	pickupMs: number;
	/** One attempt at one domain, before jitter. */
	attemptMs: number;
	/** Jitter added to each attempt: 0 to this, fixed per detail. */
	jitterMs: number;
	/** From a transient failure until the domain is ready to be tried again. */
	retryDelayMs: number;
}

/**
 * At speed 1 a 5-domain task finishes in about 8 s and a 1,000-domain task in about 50 s; `speed` divides every
 * delay.
 */
export function paceFor(speed: number): Pace {
	const s = speed > 0 && Number.isFinite(speed) ? speed : 1;
	return {pickupMs: 1000 / s, attemptMs: 2000 / s, jitterMs: 1000 / s, retryDelayMs: 1500 / s};
}

/** How many of its domains a task works on at once. */
export function slotsFor(size: number): number {
	return Math.min(64, Math.max(2, Math.ceil(size / 20)));
}

const EventType = {Start: 0, Finish: 1, RetryReady: 2} as const;
type EventType = (typeof EventType)[keyof typeof EventType];

/** [time, sequence, type, task number, detail index]: a tuple so that a snapshot of thousands stays small. */
type EngineEvent = [at: number, seq: number, type: EventType, taskNo: string, index: number];

export interface EngineSnapshot {
	tasks: TaskRecord[];
	events: EngineEvent[];
	seq: number;
}

export class TaskEngine {
	private readonly tasks = new Map<string, TaskRecord>();
	/** Creation order; QueryTaskList reads it backwards. */
	private readonly ordered: TaskRecord[] = [];
	private readonly active = new Set<TaskRecord>();
	private readonly byDomain = new Map<string, string[]>();
	/** Non-final details per domain, for TaskIsBeingProcessed. */
	private readonly inFlight = new Map<string, number>();
	private readonly events = new EventHeap();
	private seq = 0;

	constructor(
		private readonly pace: Pace,
		private readonly decide: Decider,
		snapshot?: EngineSnapshot,
	) {
		if (snapshot) this.restore(snapshot);
	}

	get allTasks(): readonly TaskRecord[] {
		return this.ordered;
	}

	get activeCount(): number {
		return this.active.size;
	}

	task(taskNo: string): TaskRecord | undefined {
		return this.tasks.get(taskNo);
	}

	tasksForDomain(domain: string): string[] {
		return [...(this.byDomain.get(domain) ?? [])];
	}

	isInFlight(domain: string): boolean {
		return (this.inFlight.get(domain) ?? 0) > 0;
	}

	add(task: TaskRecord): void {
		this.index(task);
		if (task.pending > 0) this.push(task.created + this.pace.pickupMs, EventType.Start, task.no, -1);
	}

	/** Plays every event due by `now`; true if anything changed. */
	advance(now: number): boolean {
		let changed = false;
		for (let event = this.events.peek(); event && event[0] <= now; event = this.events.peek()) {
			this.events.pop();
			changed = true;
			const [at, , type, taskNo, index] = event;
			const task = this.tasks.get(taskNo);
			if (!task) continue;
			if (type === EventType.Finish) this.finish(task, index, at);
			else if (type === EventType.RetryReady) task.retries.push(index);
			this.fill(task, at);
		}
		return changed;
	}

	/** A copy, so that the caller may serialise it later while the engine runs on. */
	snapshot(): EngineSnapshot {
		return {tasks: this.ordered.map(copyTask), events: this.events.items().map((e) => [...e]), seq: this.seq};
	}

	private restore(snapshot: EngineSnapshot): void {
		this.seq = snapshot.seq;
		for (const task of snapshot.tasks) this.index(copyTask(task));
		for (const event of snapshot.events) this.events.push([...event]);
	}

	private index(task: TaskRecord): void {
		this.tasks.set(task.no, task);
		this.ordered.push(task);
		if (task.pending > 0) this.active.add(task);
		for (const detail of task.details) {
			const list = this.byDomain.get(detail.domain);
			if (list === undefined) this.byDomain.set(detail.domain, [task.no]);
			else if (list[list.length - 1] !== task.no) list.push(task.no);
			if (detail.status < 2) this.inFlight.set(detail.domain, (this.inFlight.get(detail.domain) ?? 0) + 1);
		}
	}

	private fill(task: TaskRecord, at: number): void {
		const slots = slotsFor(task.details.length);
		while (task.running < slots && (task.retries.length > 0 || task.next < task.details.length)) {
			const index = task.retries.length > 0 ? task.retries.shift()! : task.next++;
			const detail = task.details[index]!;
			detail.status = 1;
			detail.tries++;
			detail.updated = at;
			task.running++;
			task.startedAt ??= at;
			this.push(at + this.attemptMs(detail), EventType.Finish, task.no, index);
		}
	}

	private finish(task: TaskRecord, index: number, at: number): void {
		const detail = task.details[index]!;
		const outcome = this.decide(task, detail, at);
		task.running--;
		detail.updated = at;
		if (outcome.kind === 'retry') {
			detail.status = 0;
			detail.errorMsg = outcome.errorMsg;
			detail.failReason = outcome.failReason;
			this.push(at + this.pace.retryDelayMs, EventType.RetryReady, task.no, index);
			return;
		}
		if (outcome.kind === 'success') {
			detail.status = 2;
			detail.errorMsg = undefined;
			detail.failReason = undefined;
			detail.instanceId = outcome.instanceId ?? detail.instanceId;
		} else {
			detail.status = 3;
			detail.errorMsg = outcome.errorMsg;
			detail.failReason = outcome.failReason;
		}
		const left = (this.inFlight.get(detail.domain) ?? 1) - 1;
		if (left > 0) this.inFlight.set(detail.domain, left);
		else this.inFlight.delete(detail.domain);
		task.pending--;
		if (task.pending === 0) {
			task.completedAt = at;
			this.active.delete(task);
		}
	}

	private attemptMs(detail: DetailRecord): number {
		return this.pace.attemptMs + (hash(detail.no + '#' + detail.tries) / 0x1_0000_0000) * this.pace.jitterMs;
	}

	private push(at: number, type: EventType, taskNo: string, index: number): void {
		this.events.push([Math.round(at), this.seq++, type, taskNo, index]);
	}
}

function copyTask(task: TaskRecord): TaskRecord {
	return {...task, retries: [...task.retries], details: task.details.map((d) => ({...d}))};
}

/** FNV-1a: a fixed, cheap jitter per detail, so runs repeat exactly. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A binary min-heap ordered by time, then by the order events were scheduled. */
class EventHeap {
	private readonly heap: EngineEvent[] = [];

	items(): EngineEvent[] {
		return [...this.heap];
	}

	peek(): EngineEvent | undefined {
		return this.heap[0];
	}

	push(event: EngineEvent): void {
		const heap = this.heap;
		heap.push(event);
		let i = heap.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!before(heap[i]!, heap[parent]!)) break;
			[heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
			i = parent;
		}
	}

	pop(): EngineEvent | undefined {
		const heap = this.heap;
		const top = heap[0];
		const last = heap.pop();
		if (heap.length > 0 && last) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let least = i;
				if (l < heap.length && before(heap[l]!, heap[least]!)) least = l;
				if (r < heap.length && before(heap[r]!, heap[least]!)) least = r;
				if (least === i) break;
				[heap[i], heap[least]] = [heap[least]!, heap[i]!];
				i = least;
			}
		}
		return top;
	}
}

function before(a: EngineEvent, b: EngineEvent): boolean {
	return a[0] !== b[0] ? a[0] < b[0] : a[1] < b[1];
}
