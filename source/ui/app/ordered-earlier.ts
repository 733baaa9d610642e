// The never-order-twice check as the pickers use it: which listed domains an earlier batch of this account has
// ordered (or may have), with the reason, so the picker says so before anything is chosen. It only informs: the
// review makes the same check through the prepared order before anything is sent (docs/never-order-twice.md).
import type {Operation} from '../../core/order/order-items.js';
import {alreadyOrdered} from '../../core/submit/submit-path.js';
import type {Runtime} from '../../runtime.js';

/** The reason per domain found ordered; nothing when none was, or when the check could not be made. */
export const orderedEarlier = (
	runtime: Runtime,
	operation: Operation,
	names: readonly string[],
): Promise<ReadonlyMap<string, string> | undefined> =>
	alreadyOrdered(runtime, operation, names).then(
		(found) => (found.size > 0 ? new Map([...found].map(([name, {reason}]) => [name, reason])) : undefined),
		() => undefined,
	);
