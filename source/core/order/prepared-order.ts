// The one prepared order (docs/architecture.md, "One path from every door"): every door — the wizard's review,
// headless `register` and `redeem`, a retry, and any operation added later — hands in what is to be ordered (typed
// names, a picker's selection, a retry's failures) with its options and the account, and gets back what will be sent
// and what will not, each with its reason, and what it costs against the balance (core/order/order-money.ts). The
// front ends only show it, ask, and send it with sendOrder. Prices arrive over time in the app: priceOrder derives the
// money again, pure, from each new price book, and the order itself stays as the server check left it.
// History's "submit the never-ordered" sends chunks an earlier prepared order already planned (core/submit/reopen-batch.ts).
//
// A new operation plugs in by adding its case to OrderInput and its item builder to orderItems (core/submit/submit-path.ts).
import type {AlreadyKind} from '../submit/already-ordered.js';
import type {BatchPlan} from '../submit/journal-rules.js';
import type {Voucher} from './order-items.js';
import type {ServerCheckProgress} from '../submit/server-check.js';
import {orderMoney, termsOf, type OrderMoney, type Prices} from './order-money.js';
import {
	alreadyOrdered,
	inputDomains,
	keepDomains,
	planOrder,
	type OrderInput,
	type OrderSession,
} from '../submit/submit-path.js';

export interface LeftOut {
	domain: string;
	reason: string;
	/** How far an earlier order of it went; absent when the door itself left it out (a refused lookup, say). */
	kind?: AlreadyKind;
	/** The task that holds it, when it is in flight. */
	taskNo?: string;
}

export interface PreparedOrder extends OrderMoney {
	/** What will be sent: the input with only the domains that go. */
	input: OrderInput;
	domains: string[];
	/** Not sent, each with why: ordered already, in flight, failed before for a reason that still holds, refused. */
	leftOut: LeftOut[];
	/** Not sent now: an earlier request for them is still undecided until `retryAt`. */
	heldBack: Array<{domain: string; reason: string; retryAt: number}>;
	/** Nothing to send because every domain was ordered by an earlier run: a success, not an error. */
	allDone: boolean;
	/** The batch as the journal will record it; absent when nothing is to be sent. */
	plan?: BatchPlan;
}

export interface PrepareOptions {
	batchSize: number;
	voucher: Voucher;
	/** Send domains whose earlier order failed for a reason that still holds (the door said so explicitly). */
	sendFailedAgain?: boolean;
	/** Domains the door already left out, with why; looked for in earlier orders too, whose reason then wins. */
	leftOut?: ReadonlyArray<{domain: string; reason: string}>;
	now?: () => number;
	/** The prices known so far, the balance and --max-spend: the order's estimate and budget come from them. */
	prices?: Prices;
	/** Ctrl+C: the server check stops reading, and the promise rejects with the signal's reason. */
	signal?: AbortSignal;
	onProgress?: (event: ServerCheckProgress) => void;
}

export async function prepareOrder(
	session: OrderSession,
	input: OrderInput,
	options: PrepareOptions,
): Promise<PreparedOrder> {
	const door = options.leftOut ?? [];
	const wanted = inputDomains(input);
	// The guards the new order keeps: a name refused as premium or trademark goes again only once it is allowed.
	const allowed =
		input.operation === 'register'
			? input.register
			: input.operation === 'renew'
				? {premium: input.renew.premium, trademark: false}
				: undefined;
	const found = await alreadyOrdered(session, input.operation, [...wanted, ...door.map((x) => x.domain)], {
		now: options.now,
		signal: options.signal,
		onProgress: options.onProgress,
		failedBefore: options.sendFailedAgain
			? undefined
			: {premium: allowed?.premium ?? false, trademark: allowed?.trademark ?? false},
	});
	const leftOut: LeftOut[] = door.map((x) => {
		const earlier = found.get(x.domain);
		return earlier ? {domain: x.domain, reason: earlier.reason, kind: earlier.kind, taskNo: earlier.taskNo} : {...x};
	});
	const heldBack: PreparedOrder['heldBack'] = [];
	for (const domain of wanted) {
		const x = found.get(domain);
		if (!x) continue;
		leftOut.push({domain, reason: x.reason, kind: x.kind, ...(x.taskNo ? {taskNo: x.taskNo} : {})});
		if (x.retryAt !== undefined) heldBack.push({domain, reason: x.reason, retryAt: x.retryAt});
	}
	const going = keepDomains(input, (d) => !found.has(d));
	const domains = inputDomains(going);
	const allDone = domains.length === 0 && leftOut.length > 0 && leftOut.every((x) => x.kind === 'done');
	const plan =
		domains.length > 0
			? planOrder(session, {...going, batchSize: options.batchSize, voucher: options.voucher})
			: undefined;
	return priceOrder({input: going, domains, leftOut, heldBack, allDone, plan}, options.prices);
}

/**
 * The same order with its money derived from `prices` (the prices known so far, the balance, --max-spend): every door
 * reads the estimate, the balance and the budget from here, and says the cost with core/pricing/cost-quote.ts.
 */
export function priceOrder<T extends Pick<PreparedOrder, 'input' | 'domains'>>(
	order: T,
	prices: Prices = {},
): T & OrderMoney {
	return {...order, ...orderMoney(termsOf(order.input), order.domains, prices)};
}
