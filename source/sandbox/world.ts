// The sandbox's world: the account (profiles, owned domains, balance), its tasks, and the registry. The HTTP
// server checks signatures and parameters, then hands each call to `handle`; everything here is synchronous and
// driven by the injected clock, so tests need no network and no real time.
import {isSubmit, type OperationName, type RequestOf, type ResponseOf} from '../api/schema.js';
import {getCallerIdentity, newAccountId} from './handlers-identity.js';
import {
	checkDomain,
	queryAccountBalance,
	queryDomainByDomainName,
	queryDomainList,
	queryRegistrantProfiles,
	type CheckWindows,
} from './handlers-account.js';
import {queryDomainRealTimePrice} from './handlers-price.js';
import {decideOutcome, submitActivate, submitRedeem, submitRenew} from './handlers-submit.js';
import {queryTaskDetailList, queryTaskInfoHistory, queryTaskList} from './handlers-tasks.js';
import {SANDBOX_USER_ID} from './domain-attributes.js';
import {DEFAULT_BALANCE} from './registry-rules.js';
import {SandboxError} from './sandbox-error.js';
import {LARGE_BALANCE, seedAccount, type OwnedRecord, type ProfileRecord, type SeedSize} from './seed.js';
import {paceFor, TaskEngine, type Decider, type EngineSnapshot, type Pace} from './task-engine.js';
import {registrationsInWeek, type CallContext, type WorldState} from './world-state.js';

export {SandboxError} from './sandbox-error.js';

/** The account of a state file saved before worlds kept their own: the one account every sandbox was then. */
const LEGACY_ACCOUNT_ID = SANDBOX_USER_ID;

export interface WorldOptions {
	now?: () => number;
	/** 1 = demo pace; higher is faster (every delay is divided by it). */
	speed?: number;
	/** Starting balance in CNY; ignored when restoring a snapshot. */
	balance?: number;
	/** Which account a fresh world starts with (docs/sandbox.md); ignored when restoring a snapshot. */
	seed?: SeedSize;
	/** QueryTaskList's time bounds read as dates only (docs/sandbox.md, by-day mode). */
	byDay?: boolean;
}

export const SNAPSHOT_VERSION = 1;

export interface WorldSnapshot {
	version: typeof SNAPSHOT_VERSION;
	/** The Alibaba account this world is (STS GetCallerIdentity); absent in files from before it was kept. */
	accountId?: string;
	balance: number;
	serial: number;
	profiles: ProfileRecord[];
	owned: OwnedRecord[];
	weekly: [number, number][];
	engine: EngineSnapshot;
}

type Handler<A extends OperationName> = (world: SandboxWorld, params: RequestOf<A>, ctx: CallContext) => ResponseOf<A>;

const HANDLERS: {[A in OperationName]: Handler<A>} = {
	SaveBatchTaskForCreatingOrderActivate: (w, p, c) => submitActivate(w.state, p, c),
	SaveBatchTaskForCreatingOrderRedeem: (w, p, c) => submitRedeem(w.state, p, c),
	SaveBatchTaskForCreatingOrderRenew: (w, p, c) => submitRenew(w.state, p, c),
	QueryTaskDetailList: (w, p, c) => queryTaskDetailList(w.state, p, c),
	QueryTaskList: (w, p, c) => queryTaskList(w.state, p, c),
	QueryTaskInfoHistory: (w, p, c) => queryTaskInfoHistory(w.state, p, c),
	QueryRegistrantProfiles: (w, p, c) => queryRegistrantProfiles(w.state, p, c),
	QueryDomainList: (w, p, c) => queryDomainList(w.state, p, c),
	QueryDomainByDomainName: (w, p, c) => queryDomainByDomainName(w.state, p, c),
	CheckDomain: (w, p, c) => checkDomain(w.state, w.checkWindows, p, c),
	QueryDomainRealTimePrice: (w, p, c) => queryDomainRealTimePrice(w.state, w.checkWindows, p, c),
	QueryAccountBalance: (w, _p, c) => queryAccountBalance(w.state, c),
	GetCallerIdentity: (w, _p, c) => getCallerIdentity(w.state, c),
};

export class SandboxWorld {
	/** @internal read by the handlers */
	state: WorldState;
	/** @internal The rate windows of CheckDomain and QueryDomainRealTimePrice; not persisted, like a gateway's counters. */
	readonly checkWindows: CheckWindows = new Map();
	private readonly now: () => number;
	private readonly pace: Pace;
	private readonly byDay: boolean;
	#mutations = 0;
	private readonly listeners: (() => void)[] = [];

	constructor(options: WorldOptions = {}, snapshot?: WorldSnapshot) {
		this.now = options.now ?? Date.now;
		this.pace = paceFor(options.speed ?? 1);
		this.byDay = options.byDay ?? false;
		const now = this.now();
		if (snapshot) {
			this.state = this.fromSnapshot(snapshot);
		} else {
			const seed = seedAccount(now, options.seed);
			this.state = {
				now,
				byDay: this.byDay,
				accountId: newAccountId(),
				balance: options.balance ?? (options.seed === 'large' ? LARGE_BALANCE : DEFAULT_BALANCE),
				serial: seed.owned.length,
				profiles: seed.profiles,
				owned: new Map(seed.owned.map((d) => [d.name, d])),
				ownedVersion: 0,
				weekly: [],
				engine: new TaskEngine(this.pace, this.decide),
			};
		}
	}

	/** Replaces the whole world with a saved one (another process sharing the state file saved it). */
	restore(snapshot: WorldSnapshot): void {
		this.state = this.fromSnapshot(snapshot);
		this.emitChange();
	}

	/** Counts requests that changed the account (submits); a saved world must include every one. */
	get mutations(): number {
		return this.#mutations;
	}

	private readonly decide: Decider = (task, detail, at) => decideOutcome(this.state, task, detail, at);

	private fromSnapshot(snapshot: WorldSnapshot): WorldState {
		if (snapshot.version !== SNAPSHOT_VERSION)
			throw new Error(`Unsupported sandbox state version ${String(snapshot.version)}.`);
		if (!isSnapshotShaped(snapshot))
			throw new Error('The sandbox state is incomplete; move the state file away to start afresh.');
		return {
			now: Math.max(this.now(), this.state?.now ?? 0),
			byDay: this.byDay,
			accountId: typeof snapshot.accountId === 'string' ? snapshot.accountId : LEGACY_ACCOUNT_ID,
			balance: snapshot.balance,
			serial: snapshot.serial,
			profiles: snapshot.profiles.map((p) => ({...p})),
			owned: new Map(snapshot.owned.map((d) => [d.name, {...d}])),
			ownedVersion: 0,
			weekly: snapshot.weekly.map(([at, n]) => [at, n]),
			engine: new TaskEngine(this.pace, this.decide, snapshot.engine),
		};
	}

	/** Params already validated and typed by operations[action].request.parse(...). Throws SandboxError for request-level errors. */
	handle<A extends OperationName>(action: A, params: RequestOf<A>, ctx: CallContext): ResponseOf<A> {
		const handler = HANDLERS[action] as Handler<A> | undefined;
		if (!handler) throw new SandboxError('InvalidAction.NotFound');
		let changed = this.advance();
		try {
			const response = handler(this, params, ctx);
			if (isSubmit(action)) {
				changed = true;
				this.#mutations++;
			}
			return response;
		} finally {
			if (changed) this.emitChange();
		}
	}

	/** Plays the tasks forward to the clock's now; true if anything changed. */
	advance(): boolean {
		this.advanceClock();
		return this.state.engine.advance(this.state.now);
	}

	// A clock that steps back (a test rewinding, an NTP correction) must not replay time backwards.
	private advanceClock(): void {
		const now = this.now();
		if (now > this.state.now) this.state.now = now;
	}

	/** JSON-serialisable; `new SandboxWorld(options, snapshot)` restores it. */
	snapshot(): WorldSnapshot {
		const s = this.state;
		return {
			version: SNAPSHOT_VERSION,
			accountId: s.accountId,
			balance: s.balance,
			serial: s.serial,
			profiles: s.profiles.map((p) => ({...p})),
			owned: [...s.owned.values()].map((d) => ({...d})),
			weekly: s.weekly.map(([at, n]) => [at, n]),
			engine: s.engine.snapshot(),
		};
	}

	/** Called after any mutation: a submit, or tasks moving on. */
	onChange(listener: () => void): void {
		this.listeners.push(listener);
	}

	/** TaskNos of every task ever created that contains the domain. */
	tasksForDomain(domain: string): string[] {
		return this.state.engine.tasksForDomain(domain.trim().toLowerCase());
	}

	get registrationsThisWeek(): number {
		this.advanceClock();
		return registrationsInWeek(this.state);
	}

	/** The Alibaba account this world is. */
	get accountId(): string {
		return this.state.accountId;
	}

	/** CNY left in the account. */
	get balance(): number {
		return this.state.balance;
	}

	/** Tasks with domains not yet final. */
	get activeTaskCount(): number {
		return this.state.engine.activeCount;
	}

	private emitChange(): void {
		for (const listener of this.listeners) listener();
	}
}

function isSnapshotShaped(s: WorldSnapshot): boolean {
	return (
		typeof s.balance === 'number' &&
		typeof s.serial === 'number' &&
		Array.isArray(s.profiles) &&
		Array.isArray(s.owned) &&
		Array.isArray(s.weekly) &&
		typeof s.engine === 'object' &&
		s.engine !== null &&
		Array.isArray(s.engine.tasks) &&
		Array.isArray(s.engine.events)
	);
}
