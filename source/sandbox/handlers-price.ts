// QueryDomainRealTimePrice: prices and availability of many names in one call, by the same registry rules as
// CheckDomain. Its item limit and rate limit are not published; the sandbox models the ones below, marked
// UNCONFIRMED in docs/api.md "Batch prices", and refuses beyond them as the gateway refuses a parameter or a pace.
import {z} from 'zod';
import {PriceItem, type RequestOf, type ResponseOf} from '../api/schema.js';
import {admitCall, type CheckWindows} from './handlers-account.js';
import {
	FAILURES,
	isPremiumLabel,
	isSupportedTld,
	isTakenLabel,
	isValidName,
	premiumPrice,
	REDEMPTION_FEE,
	splitName,
	tldPrice,
	trademarkIn,
} from './registry-rules.js';
import {SandboxError} from './sandbox-error.js';
import {inLang} from './texts-zh.js';
import type {CallContext, WorldState} from './world-state.js';

/** Items one call may carry (modelled, UNCONFIRMED). */
export const PRICE_ITEMS_MAX = 100;
/** Calls a second per AccessKey (modelled, UNCONFIRMED). */
export const PRICE_QPS = 10;

type PriceRow = NonNullable<ResponseOf<'QueryDomainRealTimePrice'>['Module']>['DomainPrices'][number];

const Items = z.array(PriceItem);

export function queryDomainRealTimePrice(
	state: WorldState,
	windows: CheckWindows,
	params: RequestOf<'QueryDomainRealTimePrice'>,
	ctx: CallContext,
): ResponseOf<'QueryDomainRealTimePrice'> {
	admitCall(windows, `QueryDomainRealTimePrice:${state.accountId}`, state.now, PRICE_QPS);
	const items = readItems(params.DomainItem);
	if (items.length > PRICE_ITEMS_MAX)
		throw new SandboxError(
			'InvalidParameter',
			`The specified parameter "DomainItem" is not valid: at most ${PRICE_ITEMS_MAX} items are allowed in one request.`,
		);
	const rows = items.map((item) => priceOf(state, item, params));
	return {RequestId: ctx.requestId, Success: true, Synchro: true, HttpStatusCode: 200, Module: {DomainPrices: rows}};
}

function readItems(text: string) {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	const parsed = Items.safeParse(json);
	if (!parsed.success || parsed.data.length === 0)
		throw new SandboxError('InvalidParameter', 'The specified parameter "DomainItem" is not valid.');
	return parsed.data;
}

function priceOf(
	state: WorldState,
	item: z.output<typeof PriceItem>,
	params: RequestOf<'QueryDomainRealTimePrice'>,
): PriceRow {
	const name = item.DomainName.trim().toLowerCase();
	const years = item.Period ?? 1;
	const base = {Action: item.Action, DomainName: name, Currency: params.Currency, Period: years};
	const {label, tld} = splitName(name);
	if (!isValidName(name) || !isSupportedTld(tld))
		return {
			...base,
			Avail: -1,
			Premium: false,
			Reason: inLang('The domain name suffix is not supported.', params.Lang),
		};
	const premium = isPremiumLabel(label);
	const yearly = premium ? premiumPrice(label) : tldPrice(tld)!;
	const action = item.Action.toLowerCase();
	let price: number;
	if (action === 'activate' || action === 'create' || action === 'renew') price = yearly * years;
	else if (action === 'redeem' || action === 'restore') price = REDEMPTION_FEE;
	else if (action === 'transfer') price = yearly;
	else
		throw new SandboxError(
			'InvalidParameter',
			`The specified parameter "DomainItem.Action" is not valid: ${item.Action}.`,
		);
	const taken = state.owned.has(name) || isTakenLabel(label);
	const word = taken ? undefined : trademarkIn(label);
	const reason = taken ? 'In use' : word !== undefined ? FAILURES.trademark(word).failReason : '';
	return {...base, Avail: taken ? 0 : 1, Premium: premium, Price: price, Reason: inLang(reason, params.Lang)};
}
