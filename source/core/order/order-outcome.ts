// How a headless order ends, decided once in core so the command only prints it and maps it to its exit code
// (cli/exit-codes.ts, README "Exit codes"): nothing to send because nothing needed doing (an empty list, every domain
// done before: a success), or because the rest failed before for a reason that still holds (finished, some failed),
// or held back until an earlier request is decided, or because listed names were left out (in flight in another task,
// refused by the account); after sending, an error for a refused, unknown, stopped or unchecked chunk. The redeem door's
// expiry rule lives here too: the account's expiry is sent unless the typed one is asked for
// (docs/never-order-twice.md, "Failed before").
import type {SubmitSummary} from '../submit/submit-batch.js';
import type {PreparedOrder} from './prepared-order.js';

export type Outcome = 'ok' | 'error' | 'held-back' | 'some-failed' | 'left-out';

export interface UnsentOutcome {
	outcome: Outcome;
	/**
	 * Why nothing is sent: all done before; the rest done or failed before; held back; still in flight in another
	 * task; refused by the account (a listed name); or nothing was asked for that is missing (an empty list, or with
	 * --all-… none the account can take now).
	 */
	why: 'all-done' | 'settled' | 'held-back' | 'in-flight' | 'refused' | 'nothing';
	/** Left out as ordered by an earlier run, and as failed before for a reason that still holds. */
	done: number;
	failedBefore: number;
	/** In flight in another task (or undecided), and refused by the account, among the names listed. */
	pending: number;
	refused: number;
	/** The tasks that hold the names in flight, to watch. */
	taskNos: string[];
}

/** Names left out because an earlier order of them failed for a reason that still holds (--send-failed-again). */
export const failedBefore = (order: Pick<PreparedOrder, 'leftOut'>) =>
	order.leftOut.filter((x) => x.kind === 'failed').length;

/**
 * An order with nothing to send, by one rule (README, "Exit codes"): nothing wrong and nothing needed doing — an
 * empty list, or every name done before — is a success (0); the rest failed before for a reason that still holds ends
 * as its batch did (3); held back until an earlier request is decided (4); names the user expected to be ordered left
 * out — in flight in another task, or refused by the account — are a distinct end (5). `listed`: the names came from
 * a list the user gave (not --all-in-redemption or --all-expiring, where a domain the account cannot take now was
 * never asked for).
 */
export function unsentOutcome(order: PreparedOrder, listed = true): UnsentOutcome {
	const {leftOut} = order;
	const failed = failedBefore(order);
	const done = leftOut.filter((x) => x.kind === 'done').length;
	const pending = leftOut.filter((x) => x.kind === 'in-flight' || x.kind === 'unsure').length;
	const refused = listed ? leftOut.filter((x) => x.kind === undefined).length : 0;
	const taskNos = [...new Set(leftOut.flatMap((x) => (x.taskNo ? [x.taskNo] : [])))];
	const end = (outcome: Outcome, why: UnsentOutcome['why']): UnsentOutcome => ({
		outcome,
		why,
		done,
		failedBefore: failed,
		pending,
		refused,
		taskNos,
	});
	if (order.heldBack.length > 0) return end('held-back', 'held-back');
	if (order.allDone) return end('ok', 'all-done');
	if (pending > 0) return end('left-out', 'in-flight');
	if (refused > 0) return end('left-out', 'refused');
	if (failed > 0) return end('some-failed', 'settled');
	return end('ok', 'nothing');
}

/** After the requests were sent (before any watching): what the command exits with. */
export function sentOutcome(order: Pick<PreparedOrder, 'heldBack'>, summary: SubmitSummary): Outcome {
	if (summary.rejected.length > 0 || summary.unknown.length > 0 || summary.stopped || summary.checkFailed)
		return 'error';
	// Every domain was found on the server already (another run holds them) and nothing new was sent: left out.
	if (summary.submitted.length === 0 && summary.leftOut.length > 0) return 'left-out';
	return order.heldBack.length > 0 ? 'held-back' : 'ok';
}
