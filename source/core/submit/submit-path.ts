// The one way anything is ordered (docs/never-order-twice.md). The wizard, headless register and redeem, History's
// "submit the never-ordered" and the status view's retry (which goes back through the wizard's review) all come here:
//
//   alreadyOrdered  what earlier batches of this account ordered or may have ordered (a preview for the review)
//   planOrder       the exact items of each chunk, written to the journal before anything is sent
//   sendOrder       lock the account → per chunk: check the server, send, record → unlock
//
// The lock is held from the first server check until the last answer is recorded, so two processes never check and
// send for the same account at once.
import type {DomainClient} from '../../api/client.js';
import {findAlreadyOrdered, type Exclusion, type JournalReader} from './already-ordered.js';
import {createBatchPlan, type PlannedItem} from '../order/batch-plan.js';
import {sameAccount, type AccountIdentity} from './endpoint-key.js';
import type {BatchPlan, BatchSummary, ChunkState} from './journal-rules.js';
import {
	activateItem,
	redeemItem,
	renewItem,
	type Operation,
	type RegisterOptions,
	type RenewOptions,
	type Voucher,
} from '../order/order-items.js';
import {
	DEFAULT_LOOK_BACK_MS,
	ServerCheck,
	type FinishedTasks,
	type ServerCheckApi,
	type ServerCheckProgress,
} from './server-check.js';
import {messages} from '../../i18n/index.js';
import {submitBatch, type JournalPort, type SubmitApi, type ChunkProgress, type SubmitSummary} from './submit-batch.js';

/** Who holds an account's submit lock. */
export interface LockHolder {
	pid: number;
	since: number;
	host: string;
	/** Why it cannot be taken over, and how to end it (suspended, another namespace or computer). */
	note?: string;
}

export interface HeldLock {
	holder: LockHolder;
	/** Throws when the lock is no longer this run's; called right before each request leaves. */
	confirm(): void;
	release(): Promise<void>;
}

/** The cross-process lock for one account at one server; the store implements it. */
export interface SubmitLock {
	/** Waits while another process holds it; `onWait` is told who (undefined: not known yet), each time that changes. */
	acquire(options: {
		onWait?: (holder: LockHolder | undefined) => void;
		onLost?: (error: Error) => void;
		signal?: AbortSignal;
	}): Promise<HeldLock>;
}

export interface OrderJournal extends JournalPort, JournalReader, FinishedTasks {
	createBatch(plan: BatchPlan): void;
	has(batchId: string): boolean;
	list(): BatchSummary[];
}

/** What the submit path needs of a session: the account's client, its journal and lock, and where it points. */
export interface OrderSession {
	client: SubmitApi & ServerCheckApi & Pick<DomainClient, 'accessKeyId' | 'queryTaskDetailList'>;
	journal: OrderJournal;
	lock: SubmitLock;
	accountLabel: string;
	endpoint: string;
	sandbox: boolean;
	settleMs: number;
	/** The Alibaba account the key belongs to (asked once per key, STS): batches of any key of it count as its own. */
	identity?: () => Promise<AccountIdentity>;
}

/** The one progress event type of a submit, for every door: the lock, the server check, and each chunk's steps. */
export type OrderProgress =
	ChunkProgress | ServerCheckProgress | {type: 'lock-wait'; holder?: LockHolder} | {type: 'lock-held'};

export interface SendOptions {
	now?: () => number;
	sleep?: (ms: number) => Promise<void>;
	signal?: AbortSignal;
	onProgress?: (event: OrderProgress) => void;
	/** Send chunks reconciliation proved never created (the user has agreed to submit). Default true. */
	resubmitAbsent?: boolean;
	/** Touch only the chunks in these states (History checks unsure chunks, then sends the never-sent ones). */
	only?: readonly ChunkState[];
	throttleRetries?: number;
}

const text = messages({
	onServer: {
		en: (taskNo: string) => `already in task ${taskNo} on the server`,
		zh: (taskNo: string) => `服务器上的任务 ${taskNo} 已包含它`,
	},
	doneOnServer: {
		en: (operation: Operation, taskNo: string) =>
			`already ${{register: 'registered', redeem: 'redeemed', renew: 'renewed'}[operation]} by task ${taskNo} (found on the server)`,
		zh: (operation: Operation, taskNo: string) =>
			`已由任务 ${taskNo} ${{register: '注册', redeem: '赎回', renew: '续费'}[operation]}（在服务器上查到）`,
	},
});

/**
 * What the review shows as left out before anything is paid for: earlier batches' domains (ordered, in flight, or
 * undecided, with when to look again), then a server check of the rest, which also finds tasks this journal does
 * not know. sendOrder checks again, under the lock, right before each chunk.
 */
export async function alreadyOrdered(
	session: OrderSession,
	operation: Operation,
	domains: readonly string[],
	options: {
		now?: () => number;
		onProgress?: (event: ServerCheckProgress) => void;
		signal?: AbortSignal;
		failedBefore?: {premium: boolean; trademark: boolean};
	} = {},
): Promise<Map<string, Exclusion>> {
	const now = options.now ?? Date.now;
	const identity = await session.identity?.();
	const found = await findAlreadyOrdered(session.client, session.journal, domains, {
		operation,
		accessKeyId: session.client.accessKeyId,
		endpoint: session.endpoint,
		identity,
		now,
		settleMs: session.settleMs,
		failedBefore: options.failedBefore,
	});
	const rest = domains.filter((d) => !found.has(d));
	if (rest.length === 0) return found;
	options.signal?.throwIfAborted();
	const check = new ServerCheck(session.client, session.journal, {
		operation,
		since: lookBackFrom(session, operation, now(), identity),
		now,
		onProgress: options.onProgress,
	});
	// Without the journal's record (a new data folder, a lost journal) the server still tells a finished task from one
	// in flight: a rerun whose names all succeeded there is "all done", as with the journal (docs/never-order-twice.md).
	for (const [domain, taskNo] of await check.find(rest, options.signal))
		found.set(
			domain,
			check.isComplete(taskNo)
				? {reason: text.doneOnServer(operation, taskNo), kind: 'done'}
				: {reason: text.onServer(taskNo), kind: 'in-flight', taskNo},
		);
	return found;
}

/** What is to be ordered, per operation: a new operation adds its case here and its item builder below. */
export type OrderInput =
	| {operation: 'register'; names: readonly string[]; register: RegisterOptions}
	| {operation: 'redeem'; entries: ReadonlyArray<{name: string; expiryMs: number}>}
	| {operation: 'renew'; entries: ReadonlyArray<{name: string; expiryMs: number}>; renew: RenewOptions};

/** The domains of an order, in its order. */
export function inputDomains(input: OrderInput): string[] {
	return input.operation === 'register' ? [...input.names] : input.entries.map((e) => e.name);
}

/** The same order with only the domains `keep` holds. */
export function keepDomains(input: OrderInput, keep: (domain: string) => boolean): OrderInput {
	return input.operation === 'register'
		? {...input, names: input.names.filter(keep)}
		: {...input, entries: input.entries.filter((e) => keep(e.name))};
}

/** The exact request items, domain by domain: one item builder per operation. */
export function orderItems(input: OrderInput): PlannedItem[] {
	switch (input.operation) {
		case 'register':
			return input.names.map((name) => ({domain: name, item: activateItem(name, input.register)}));
		case 'redeem':
			return input.entries.map(({name, expiryMs}) => ({domain: name, item: redeemItem(name, expiryMs)}));
		case 'renew':
			return input.entries.map(({name, expiryMs}) => ({domain: name, item: renewItem(name, expiryMs, input.renew)}));
	}
}

/** The batch as the journal records it; nothing is written until sendOrder. */
export function planOrder(
	session: Pick<OrderSession, 'accountLabel' | 'endpoint' | 'sandbox'> & {client: {accessKeyId: string}},
	input: OrderInput & {batchSize: number; voucher: Voucher},
): BatchPlan {
	return createBatchPlan({
		operation: input.operation,
		items: orderItems(input),
		batchSize: input.batchSize,
		options: {
			...(input.operation === 'register' ? input.register : input.operation === 'renew' ? input.renew : {}),
			...input.voucher,
		},
		account: {
			label: session.accountLabel,
			accessKeyId: session.client.accessKeyId,
			endpoint: session.endpoint,
			sandbox: session.sandbox,
		},
	});
}

/**
 * Sends a batch (a new plan is journaled first): takes the account's lock, then for each chunk checks the server and
 * sends what no task holds yet, recording every step, then lets the lock go. A lock lost mid-way (another process
 * took it over) stops the sending before the next chunk.
 */
export async function sendOrder(
	session: OrderSession,
	batch: BatchPlan | string,
	options: SendOptions = {},
): Promise<SubmitSummary> {
	const now = options.now ?? Date.now;
	const emit = options.onProgress ?? (() => {});
	const batchId = typeof batch === 'string' ? batch : batch.id;
	const lost = new AbortController();
	const stop = options.signal ? AbortSignal.any([options.signal, lost.signal]) : lost.signal;
	const stopped: SubmitSummary = {submitted: [], unknown: [], rejected: [], absent: [], leftOut: [], stopped: true};
	// Stopped before the lock was ours (Ctrl+C while another submit held it): nothing was sent, nothing is written.
	if (options.signal?.aborted) return stopped;
	let held: HeldLock;
	try {
		held = await session.lock.acquire({
			onWait: (holder) => emit({type: 'lock-wait', holder}),
			onLost: (error) => lost.abort(error),
			signal: options.signal,
		});
	} catch (error) {
		if (options.signal?.aborted) return stopped;
		throw error;
	}
	try {
		emit({type: 'lock-held'});
		const identity = await session.identity?.();
		// Written under the lock, so no other process's check runs between the plan and its first chunk. The plan
		// records the Alibaba account, so a batch made with another key of it counts as the account's.
		if (typeof batch !== 'string' && !session.journal.has(batch.id))
			session.journal.createBatch(identity ? {...batch, account: {...batch.account, ...identity}} : batch);
		const plan = session.journal.load(batchId).plan;
		const check = new ServerCheck(session.client, session.journal, {
			operation: plan.operation,
			since: lookBackFrom(session, plan.operation, now(), identity),
			now,
			onProgress: emit,
		});
		const journal = options.only ? onlyChunks(session.journal, options.only) : session.journal;
		return await submitBatch(session.client, journal, batchId, {
			now,
			sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
			resubmitAbsent: options.resubmitAbsent ?? true,
			settleMs: session.settleMs,
			signal: stop,
			throttleRetries: options.throttleRetries,
			check,
			confirmLock: () => held.confirm(),
			onProgress: emit,
		});
	} finally {
		await held.release();
	}
}

/** The oldest open batch of this account, or a day back, whichever is older: the server check's window. */
function lookBackFrom(session: OrderSession, operation: Operation, now: number, identity?: AccountIdentity): number {
	let since = now - DEFAULT_LOOK_BACK_MS;
	for (const batch of session.journal.list()) {
		if (
			batch.operation !== operation ||
			batch.state === 'finished' ||
			!sameAccount(batch.plan.account, session.client.accessKeyId, session.endpoint, identity)
		)
			continue;
		since = Math.min(since, batch.createdAt);
	}
	return since;
}

function onlyChunks(journal: JournalPort, states: readonly ChunkState[]): JournalPort {
	return {
		append: (batchId, event) => journal.append(batchId, event),
		knownTaskNos: () => journal.knownTaskNos(),
		load(batchId) {
			const view = journal.load(batchId);
			return {...view, chunks: view.chunks.filter((c) => states.includes(c.state))};
		},
	};
}
