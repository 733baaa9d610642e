// Reopening a journaled batch whose submit did not finish (docs/never-order-twice.md). Checking is separate from
// sending: the check reconciles only the chunks whose outcome is unknown and never sends anything; sending the chunks
// that were never created is a second step the user confirms.
//
// Both go through submitBatch, shown only the chunks they may touch: given the whole batch, submitBatch would also
// send the chunks still planned.
import type {ChunkState} from './journal-rules.js';
import type {ReconcileResult} from './reconcile.js';
import {submitBatch, type JournalPort, type SubmitApi, type SubmitOptions, type SubmitSummary} from './submit-batch.js';

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

export type ReopenOptions = Pick<SubmitOptions, 'now' | 'sleep' | 'settleMs'>;

const UNSETTLED: readonly ChunkState[] = ['sending', 'unknown'];
const NOT_SENT: readonly ChunkState[] = ['absent', 'planned'];

export async function checkBatch(api: SubmitApi, journal: JournalPort, batchId: string, options: ReopenOptions): Promise<BatchCheck> {
	const findings: ChunkFinding[] = [];
	const {plan} = journal.load(batchId);
	await submitBatch(api, onlyChunks(journal, UNSETTLED), batchId, {
		...options,
		resubmitAbsent: false,
		onProgress(event) {
			if (event.type === 'reconciled') findings.push({chunk: event.chunk, domains: plan.chunks[event.chunk]!.domains.length, result: event.result});
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

/** Sends the chunks that were never created or never sent; the caller has the user's yes. */
export async function sendNeverSent(api: SubmitApi, journal: JournalPort, batchId: string, options: ReopenOptions): Promise<SubmitSummary> {
	return submitBatch(api, onlyChunks(journal, NOT_SENT), batchId, {...options, resubmitAbsent: true});
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

/** Whether opening the batch should check it first: some chunk's outcome is unknown, or it was never sent. */
export function needsCheck(chunks: ReadonlyArray<{state: ChunkState}>): boolean {
	return chunks.some((c) => UNSETTLED.includes(c.state) || NOT_SENT.includes(c.state));
}
