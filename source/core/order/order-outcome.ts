// How a headless order ends, decided once in core so the command only prints it and maps it to its exit code
// (cli/exit-codes.ts, README "Exit codes"): nothing to send because every domain was done before (a success), or
// because the rest failed before for a reason that still holds (finished, some failed), or held back until an earlier
// request is decided; after sending, an error for a refused, unknown, stopped or unchecked chunk. The redeem door's
// expiry rule lives here too: the account's expiry is sent unless the typed one is asked for
// (docs/never-order-twice.md, "Failed before").
import type {SubmitSummary} from '../submit/submit-batch.js';
import type {PreparedOrder} from './prepared-order.js';

export type Outcome = 'ok' | 'error' | 'held-back' | 'some-failed';

export interface UnsentOutcome {
	outcome: Outcome;
	/** Why nothing is sent: all done before, the rest done or failed before, or nothing to send at all. */
	why: 'all-done' | 'settled' | 'nothing';
	/** Left out as ordered by an earlier run, and as failed before for a reason that still holds. */
	done: number;
	failedBefore: number;
}

/** Names left out because an earlier order of them failed for a reason that still holds (--send-failed-again). */
export const failedBefore = (order: Pick<PreparedOrder, 'leftOut'>) =>
	order.leftOut.filter((x) => x.kind === 'failed').length;

/** An order with nothing to send: a rerun after everything went through is a success, not an error. */
export function unsentOutcome(order: PreparedOrder): UnsentOutcome {
	const failed = failedBefore(order);
	const settled = order.leftOut.length > 0 && order.leftOut.every((x) => x.kind === 'done' || x.kind === 'failed');
	const why = order.allDone ? 'all-done' : settled ? 'settled' : 'nothing';
	const outcome: Outcome = order.allDone
		? 'ok'
		: order.heldBack.length > 0
			? 'held-back'
			: settled
				? 'some-failed'
				: 'error';
	return {outcome, why, done: order.leftOut.length - failed, failedBefore: failed};
}

/** After the requests were sent (before any watching): what the command exits with. */
export function sentOutcome(order: Pick<PreparedOrder, 'heldBack'>, summary: SubmitSummary): Outcome {
	if (summary.rejected.length > 0 || summary.unknown.length > 0 || summary.stopped || summary.checkFailed)
		return 'error';
	// Every domain was found on the server already and nothing new was sent: not a success of this run.
	if (summary.submitted.length === 0 && summary.leftOut.length > 0) return 'error';
	return order.heldBack.length > 0 ? 'held-back' : 'ok';
}

/**
 * Headless redeem: the account's expiry for each domain, unless --keep-typed-expiry asks for the typed one; a typed
 * expiry known to differ from the account's would only fail. `replaced` names the domains whose typed expiry was not sent.
 */
export function expiriesToSend(
	ready: ReadonlyArray<{name: string; expiryMs: number; accountMs: number}>,
	keepTyped: boolean,
): {entries: Array<{name: string; expiryMs: number}>; replaced: string[]} {
	return {
		entries: ready.map((r) => ({name: r.name, expiryMs: keepTyped ? r.expiryMs : r.accountMs})),
		replaced: keepTyped ? [] : ready.filter((r) => r.expiryMs !== r.accountMs).map((r) => r.name),
	};
}
