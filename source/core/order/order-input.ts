// What a door without screens hands to the prepared order (core/order/prepared-order.ts): typed names, or the
// account's own lists, turned into an OrderInput with the account's expiries, and what was left out on the way with
// its reason (docs/architecture.md, "One order, every door"). The wizard gathers the same step by step, with one
// loader per step (ui/app/), over the same account lookups (core/account/).
import type {DomainClient} from '../../api/client.js';
import {blockedReason, byDaysLeft, listRedemptionDomains, redemptionRow} from '../account/redemption-list.js';
import {lookupRedeemExpiries} from '../account/redemption-lookup.js';
import {bySoonestExpiry, listRenewalDomains} from '../account/renewal-list.js';
import {lookupRenewals} from '../account/renewal-lookup.js';
import type {OrderInput} from '../submit/submit-path.js';
import type {RegisterOptions, RenewOptions} from './order-items.js';

export type InputRequest =
	| {operation: 'register'; names: readonly string[]; register: RegisterOptions}
	/** `all`: every domain the account lists in its redemption period; else the typed lines, expiries optional. */
	| {
			operation: 'redeem';
			all: boolean;
			entries: ReadonlyArray<{name: string; expiryMs?: number}>;
			keepTypedExpiry: boolean;
	  }
	/** `all`: every domain due for renewal or expiring within `withinDays`; else the typed names. */
	| {operation: 'renew'; all: boolean; names: readonly string[]; withinDays?: number; renew: RenewOptions};

export interface GatheredInput {
	input: OrderInput;
	/** Left out before the order was prepared: a refused lookup, a blocked redemption, a name not the account's. */
	leftOut: Array<{domain: string; reason: string}>;
	/** What a lookup noticed about a name (`name: notice`), to say before anything else. */
	notices: string[];
	/** Redeem: the domains whose typed expiry differed from the account's and was not sent. */
	replacedExpiry: string[];
	/** Renew: the account's premium domains among them, which are priced by name. */
	premiumNames: string[];
}

type AccountApi = Parameters<typeof listRenewalDomains>[0] &
	Parameters<typeof lookupRenewals>[0] &
	Parameters<typeof listRedemptionDomains>[0] &
	Parameters<typeof lookupRedeemExpiries>[0];

export async function gatherOrderInput(api: AccountApi | DomainClient, request: InputRequest): Promise<GatheredInput> {
	const gathered: GatheredInput = {input: undefined!, leftOut: [], notices: [], replacedExpiry: [], premiumNames: []};
	if (request.operation === 'register') {
		gathered.input = {operation: 'register', names: request.names, register: request.register};
	} else if (request.operation === 'renew') {
		// Either way with the account's own expiries: a renew list is names only.
		const known = (await listRenewalDomains(api, {withinDays: request.withinDays})).sort(bySoonestExpiry);
		const lookup = request.all ? {ready: known, refused: []} : await lookupRenewals(api, request.names, {known});
		for (const r of lookup.refused) gathered.leftOut.push({domain: r.name, reason: r.reason});
		gathered.premiumNames = lookup.ready.filter((r) => r.premium).map((r) => r.name);
		gathered.input = {
			operation: 'renew',
			entries: lookup.ready.map((r) => ({name: r.name, expiryMs: r.expiryMs})),
			renew: request.renew,
		};
	} else if (request.all) {
		const now = Date.now();
		const rows = (await listRedemptionDomains(api)).map((d) => redemptionRow(d, now)).sort(byDaysLeft);
		for (const r of rows) if (r.blocked) gathered.leftOut.push({domain: r.name, reason: blockedReason(r.blocked)});
		gathered.input = {
			operation: 'redeem',
			entries: rows.filter((r) => !r.blocked).map((r) => ({name: r.name, expiryMs: r.expiryMs})),
		};
	} else {
		const lookup = await lookupRedeemExpiries(api, request.entries);
		gathered.notices = lookup.notices.map((n) => `${n.name}: ${n.notice}`);
		const expiries = expiriesToSend(lookup.ready, request.keepTypedExpiry);
		gathered.replacedExpiry = expiries.replaced;
		// A domain redeemed by an earlier run has left its redemption period, so the lookup refuses it; the prepared
		// order looks for it in earlier orders too, and then says why, and that it is done.
		for (const r of lookup.refused) gathered.leftOut.push({domain: r.name, reason: r.reason});
		gathered.input = {operation: 'redeem', entries: expiries.entries};
	}
	return gathered;
}

/**
 * Redeem: the account's expiry for each domain, unless asked for the typed one (`--keep-typed-expiry`); a typed
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
