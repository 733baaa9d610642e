// The journal's half of "never order a domain twice" (docs/never-order-twice.md): before a new batch is planned,
// every domain that an earlier batch of this account (same AccessKey ID, same canonical endpoint) has ordered, or may
// have ordered, is found and left out with the reason. Earlier chunks with an unknown outcome are reconciled first;
// a domain whose earlier order failed may go again. A chunk still undecided holds its domains back until `retryAt`.
// This is a preview for the review; the server check right before each chunk is sent is the guard.
import type {DomainClient} from '../../api/client.js';
import type {Operation} from '../order/order-items.js';
import {reconcileJournaledChunk, type ReconcileApi} from './reconcile.js';
import {sentDomainsOf, type BatchPlan, type ChunkEvent, type ChunkView} from './journal-rules.js';
import {sameAccount, type AccountIdentity} from './endpoint-key.js';
import {messages} from '../../i18n/index.js';
import {DETAIL_STATUS_CODE} from '../../api/task-status.js';
import {classifyFailure, KIND_OF, type FailureCause} from '../order/retry-plan.js';

const text = messages({
	mayHave: {
		en: (batchId: string, why: string) => `an earlier submit (batch ${batchId}) may have ordered it: ${why}`,
		zh: (batchId: string, why: string) => `之前的一次提交（批次 ${batchId}）可能已下单：${why}`,
	},
	registered: {
		en: (taskNo: string) => `already registered by task ${taskNo}`,
		zh: (taskNo: string) => `已由任务 ${taskNo} 注册`,
	},
	redeemed: {
		en: (taskNo: string) => `already redeemed by task ${taskNo}`,
		zh: (taskNo: string) => `已由任务 ${taskNo} 赎回`,
	},
	failed: {
		en: (taskNo: string, why: string) => `its order failed in task ${taskNo} (${why}) and would fail again`,
		zh: (taskNo: string, why: string) => `它在任务 ${taskNo} 中下单失败（${why}），再次发送也会失败`,
	},
	renewed: {
		en: (taskNo: string) => `already renewed by task ${taskNo}`,
		zh: (taskNo: string) => `已由任务 ${taskNo} 续费`,
	},
	inFlight: {
		en: (taskNo: string) => `already in flight in task ${taskNo}`,
		zh: (taskNo: string) => `任务 ${taskNo} 正在处理它`,
	},
});

export interface JournalReader {
	batchIds(): string[];
	load(batchId: string): {plan: BatchPlan; chunks: ChunkView[]};
	append(batchId: string, event: ChunkEvent): void;
	knownTaskNos(): Set<string>;
}

export interface AlreadyOrderedOptions {
	operation: Operation;
	accessKeyId: string;
	endpoint: string;
	/** The Alibaba account of the key, when known: batches of any key of that account count. */
	identity?: AccountIdentity;
	now: () => number;
	settleMs: number;
	/**
	 * Leave out a domain whose earlier order failed for a reason that still holds (core/order/retry-plan.ts: taken, already
	 * owned, unsupported, not redeemable; premium or trademark while the new order still does not allow it), with
	 * that reason. Absent: a failed domain may always go again.
	 */
	failedBefore?: {premium: boolean; trademark: boolean};
}

/**
 * `done`: an earlier task succeeded with it; `in-flight`: a task still holds it; `unsure`: a submit may have;
 * `failed`: an earlier task failed with it for a reason that still holds (`cause`).
 */
export type AlreadyKind = 'done' | 'in-flight' | 'unsure' | 'failed';

/**
 * Why a domain is left out; `retryAt` (ms) when it is only held back until an earlier chunk is decided; `kind` how far
 * the earlier order went (a rerun where every domain is `done` is a success).
 */
export interface Exclusion {
	reason: string;
	retryAt?: number;
	kind: AlreadyKind;
	cause?: FailureCause;
	/** The task that holds it, for one in flight: what `alidomain status` watches. */
	taskNo?: string;
}

export async function findAlreadyOrdered(
	api: ReconcileApi & Pick<DomainClient, 'queryTaskDetailList'>,
	journal: JournalReader,
	domains: readonly string[],
	options: AlreadyOrderedOptions,
): Promise<Map<string, Exclusion>> {
	const wanted = new Set(domains);
	const reasons = new Map<string, Exclusion>();
	// A failure is only a reason when no later order of the domain went further.
	const failed = new Map<string, Exclusion>();
	for (const batchId of journal.batchIds()) {
		const {plan, chunks} = journal.load(batchId);
		if (
			plan.operation !== options.operation ||
			!sameAccount(plan.account, options.accessKeyId, options.endpoint, options.identity)
		)
			continue;
		for (const view of chunks) {
			if (view.state === 'skipped') continue;
			const overlap = sentDomainsOf(plan, view).filter((d) => wanted.has(d) && !reasons.has(d));
			if (overlap.length === 0) continue;
			let taskNo = view.taskNo;
			if (view.state === 'sending' || view.state === 'unknown') {
				const result = await reconcileJournaledChunk(api, plan, view, journal.knownTaskNos(), {
					now: options.now,
					settleMs: options.settleMs,
				});
				if (result.result === 'unsure') {
					// Decided once the settle window after its request has passed (or, if the server could not be read, soon).
					const retryAt = Math.max((view.sentAt ?? plan.createdAt) + options.settleMs, options.now() + 5_000);
					for (const d of overlap)
						reasons.set(d, {reason: text.mayHave(batchId, result.reason), retryAt, kind: 'unsure'});
					continue;
				}
				journal.append(batchId, {
					type: 'reconciled',
					chunk: view.index,
					at: options.now(),
					taskNo: result.result === 'found' ? result.taskNo : null,
					how: result.how,
				});
				if (result.result === 'absent') continue;
				taskNo = result.taskNo;
			} else if (view.state !== 'submitted') {
				continue; // planned, rejected or absent: nothing was ordered
			}
			const statuses = await taskStatuses(api, taskNo!);
			for (const d of overlap) {
				const {code, error} = statuses.get(d) ?? {};
				if (code === DETAIL_STATUS_CODE.FAILURE) {
					const cause = classifyFailure(error);
					if (options.failedBefore && stillFails(cause, options.failedBefore))
						failed.set(d, {reason: text.failed(taskNo!, error ?? cause), kind: 'failed', cause});
					continue; // otherwise: may be ordered again
				}
				failed.delete(d);
				if (code === DETAIL_STATUS_CODE.SUCCESS)
					reasons.set(d, {
						reason: {register: text.registered, redeem: text.redeemed, renew: text.renewed}[options.operation](taskNo!),
						kind: 'done',
					});
				else reasons.set(d, {reason: text.inFlight(taskNo!), kind: 'in-flight', taskNo: taskNo!});
			}
		}
	}
	for (const [d, x] of failed) if (!reasons.has(d)) reasons.set(d, x);
	return reasons;
}

/** A failure sending the domain again would repeat: a permanent one, or a guard the new order still keeps. */
function stillFails(cause: FailureCause, allowed: {premium: boolean; trademark: boolean}): boolean {
	if (cause === 'premium') return !allowed.premium;
	if (cause === 'trademark') return !allowed.trademark;
	return KIND_OF[cause] === 'permanent';
}

async function taskStatuses(
	api: Pick<DomainClient, 'queryTaskDetailList'>,
	taskNo: string,
): Promise<Map<string, {code: number; error?: string}>> {
	const out = new Map<string, {code: number; error?: string}>();
	for (let page = 1; ; page++) {
		const answer = await api.queryTaskDetailList({TaskNo: taskNo, PageNum: page, PageSize: 1000});
		for (const d of answer.Data.TaskDetail)
			out.set(d.DomainName.toLowerCase(), {code: d.TaskStatusCode, error: d.ErrorMsg ?? d.FailReason});
		if (page >= answer.TotalPageNum || answer.Data.TaskDetail.length === 0) return out;
	}
}
