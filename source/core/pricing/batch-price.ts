// Many names priced per call with QueryDomainRealTimePrice (docs/api.md "Batch prices"). Its item limit and its RAM
// action are not published, so the calls start small and grow while they are accepted; a refusal of the size
// halves it and is remembered as the limit. An account the operation is refused to (the endpoint lacks it, or RAM
// does not grant it) is remembered too, for the life of the process, and its names go to CheckDomain instead.
import type {DomainClient} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import type {PriceItemShape, ResponseOf} from '../../api/schema.js';

export type PriceRow = NonNullable<ResponseOf<'QueryDomainRealTimePrice'>['Module']>['DomainPrices'][number];
export type BatchPriceApi = Partial<Pick<DomainClient, 'queryDomainRealTimePrice' | 'accessKeyId' | 'endpoint'>>;

/** The answers that say "not for this account": fall back to CheckDomain and do not ask again. */
const REFUSALS = new Set(['InvalidAction.NotFound', 'Forbidden.RAM', 'NoPermission']);
const FIRST_SIZE = 20;
const MAX_SIZE = 1000;
/** Calls in flight at once; the client's limiter paces them. */
const IN_FLIGHT = 4;

interface Learnt {
	/** The code the account was refused with. */
	refused?: string;
	/** Items per call now. */
	size: number;
	/** The most items a call may carry, once a larger one was refused. */
	max?: number;
}

const byAccount = new Map<string, Learnt>();
const byClient = new WeakMap<object, Learnt>();

function learntFor(api: BatchPriceApi): Learnt {
	const fresh = (): Learnt => ({size: FIRST_SIZE});
	if (!api.accessKeyId) {
		let learnt = byClient.get(api);
		if (!learnt) byClient.set(api, (learnt = fresh()));
		return learnt;
	}
	const key = `${api.accessKeyId}@${api.endpoint ?? ''}`;
	let learnt = byAccount.get(key);
	if (!learnt) byAccount.set(key, (learnt = fresh()));
	return learnt;
}

/** The batch API can be tried for this account: the client has it and it was not refused before. */
export function batchPriceUsable(api: BatchPriceApi): boolean {
	return api.queryDomainRealTimePrice !== undefined && learntFor(api).refused === undefined;
}

/** The code the batch API was refused with for this account, if it was. */
export function batchPriceRefusal(api: BatchPriceApi): string | undefined {
	return learntFor(api).refused;
}

/** A refusal of the number of items: InvalidParameter naming the item list. */
function tooMany(code: string, message: string): boolean {
	return code === 'InvalidParameter' && /DomainItem|items?\b/i.test(message);
}

/**
 * Prices `items` and hands each answered row to `onRows` as it comes; returns the items the batch API did not
 * price (refused, failed, or left out of an answer), for CheckDomain.
 */
export async function priceInBatches(
	api: BatchPriceApi,
	items: readonly PriceItemShape[],
	currency: 'CNY' | 'USD',
	options: {signal?: AbortSignal; onRows: (rows: PriceRow[]) => void},
): Promise<PriceItemShape[]> {
	const learnt = learntFor(api);
	const queue = [...items];
	const rest: PriceItemShape[] = [];
	const call = api.queryDomainRealTimePrice;
	if (!call) return queue;
	/** One call over the next items: what it taught. */
	const step = async (): Promise<'answered' | 'refused' | 'shrunk' | 'failed'> => {
		const size = learnt.size;
		const chunk = queue.splice(0, size);
		let code: string;
		let message = '';
		try {
			// Stopping leaves unsent calls unsent; one already sent is answered and its prices kept.
			const answer = await call({Currency: currency, DomainItem: JSON.stringify(chunk)}, {queueSignal: options.signal});
			if (answer.Success !== false) {
				const rows = answer.Module?.DomainPrices ?? [];
				const answered = new Set(rows.map((r) => r.DomainName.toLowerCase()));
				rest.push(...chunk.filter((item) => !answered.has(item.DomainName.toLowerCase())));
				options.onRows(rows);
				if (learnt.size === size) learnt.size = Math.min(size * 2, learnt.max ?? MAX_SIZE);
				return 'answered';
			}
			code = answer.ErrorCode ?? 'Failed';
			message = answer.ErrorMsg ?? '';
		} catch (error) {
			if (!(error instanceof ApiError)) {
				rest.push(...chunk);
				return 'failed';
			}
			code = error.code;
			message = error.apiMessage;
		}
		if (REFUSALS.has(code)) {
			learnt.refused = code;
			rest.push(...chunk);
			return 'refused';
		}
		if (tooMany(code, message) && chunk.length > 1) {
			// Learnt: this many is too many. The items go back, to be asked again with half as many.
			learnt.max = Math.max(1, Math.min(learnt.max ?? MAX_SIZE, Math.floor(chunk.length / 2)));
			learnt.size = Math.min(learnt.size, learnt.max);
			queue.unshift(...chunk);
			return 'shrunk';
		}
		rest.push(...chunk);
		return 'failed';
	};
	const more = () => queue.length > 0 && !options.signal?.aborted && learnt.refused === undefined;
	// One call at a time until one is answered: whether the API is there, and how many it takes, is learnt before
	// several are sent.
	for (let outcome: string = 'shrunk'; more() && outcome !== 'answered';) outcome = await step();
	await Promise.all(
		Array.from({length: IN_FLIGHT}, async () => {
			while (more()) await step();
		}),
	);
	return [...rest, ...queue];
}
