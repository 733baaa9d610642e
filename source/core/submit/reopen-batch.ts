// Reopening a journaled batch whose submit did not finish (docs/never-order-twice.md). Checking is separate from
// sending: the check reconciles only the chunks whose outcome is unknown and never sends anything; sending the chunks
// that were never created is a second step the user confirms.
//
// Both go through the one submit path (sendOrder: lock, server check, send, record), shown only the chunks they may
// touch: given the whole batch, it would also send the chunks still planned. The server check before each chunk
// looks at every task of the account, not only this batch's, so a rerun that ordered them already is seen.
import type {ChunkState} from './journal-rules.js';
import type {ReconcileResult} from './reconcile.js';
import type {SubmitSummary} from './submit-batch.js';
import {sendOrder, type OrderSession, type SendOptions} from './submit-path.js';

export interface ChunkFinding {
	chunk: number;
	domains: number;
	result: ReconcileResult;
}

export interface BatchCheck {
	findings: ChunkFinding[];
	/** Task numbers the batch has now, in chunk order. */
	taskNos: string[];
	/** Chunks proved never created, or never sent at all: these may be sent, once the user agrees. */
	neverSent: number[];
	neverSentDomains: number;
	/** Chunks still unsure: nothing may send them yet. */
	unsure: number;
}

export type ReopenOptions = Pick<SendOptions, 'now' | 'sleep' | 'onProgress' | 'signal'>;

const UNSETTLED: readonly ChunkState[] = ['sending', 'unknown'];
const NOT_SENT: readonly ChunkState[] = ['absent', 'planned'];

export async function checkBatch(
	session: OrderSession,
	batchId: string,
	options: ReopenOptions = {},
): Promise<BatchCheck> {
	const findings: ChunkFinding[] = [];
	const {journal} = session;
	const {plan} = journal.load(batchId);
	await sendOrder(session, batchId, {
		...options,
		only: UNSETTLED,
		resubmitAbsent: false,
		onProgress(event) {
			if (event.type === 'reconciled')
				findings.push({chunk: event.chunk, domains: plan.chunks[event.chunk]!.domains.length, result: event.result});
			options.onProgress?.(event);
		},
	});
	const {chunks} = journal.load(batchId);
	const neverSent = chunks.filter((c) => NOT_SENT.includes(c.state)).map((c) => c.index);
	return {
		findings,
		taskNos: chunks.flatMap((c) => (c.taskNo ? [c.taskNo] : [])),
		neverSent,
		neverSentDomains: neverSent.reduce((n, index) => n + plan.chunks[index]!.domains.length, 0),
		unsure: chunks.filter((c) => UNSETTLED.includes(c.state)).length,
	};
}

/**
 * Sends the chunks that were never created or never sent; the caller has the user's yes. Domains that a task on the
 * server holds by now (a rerun, another process, the console) are left out with that task's number.
 */
export async function sendNeverSent(
	session: OrderSession,
	batchId: string,
	options: ReopenOptions = {},
): Promise<SubmitSummary> {
	return sendOrder(session, batchId, {...options, only: NOT_SENT, resubmitAbsent: true});
}

/** Whether opening the batch should check it first: some chunk's outcome is unknown, or it was never sent. */
export function needsCheck(chunks: ReadonlyArray<{state: ChunkState}>): boolean {
	return chunks.some((c) => UNSETTLED.includes(c.state) || NOT_SENT.includes(c.state));
}
