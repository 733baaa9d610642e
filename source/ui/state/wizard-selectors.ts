// What is read from the wizard's state rather than kept in it: the domains the review will send, and what they
// cost — the review's prepared order with its money (core/order/order-money.ts), derived again from the prices known
// so far (the availability check's, the picker's and the review's own) each time one arrives.
import {isUnavailable, type CheckResult} from '../../core/pricing/availability.js';
import type {Estimate} from '../../core/pricing/estimate.js';
import {orderMoney, orderTerms, type OrderMoney, type OrderTerms} from '../../core/order/order-money.js';
import {renewalChecks} from '../../core/pricing/renewal-price.js';
import {feeOf as pickerFee} from './domain-picker.js';
import type {WizardState} from './wizard-state.js';

export {isUnavailable};

/** What the review will send, domain by domain: the list (register) or the looked-up expiries (redeem). */
export function domainsToSend(state: WizardState): Array<{name: string; expiryMs?: number}> {
	const excluded = new Set(state.review.excluded.map((x) => x.domain));
	if (state.operation === 'register') {
		return state.list.entries.filter((entry) => !excluded.has(entry.name)).map((entry) => ({name: entry.name}));
	}

	const listed = new Set(state.list.entries.map((entry) => entry.name));
	return state.expiry.ready
		.filter((ready) => listed.has(ready.name) && !excluded.has(ready.name))
		.map((ready) => ({name: ready.name, expiryMs: state.expiry.typed[ready.name] ?? ready.expiryMs}));
}

/**
 * Redeem: each domain to send with where its expiry came from. `typed` counts a value typed by hand (on the list or on
 * the expiry step); `differs` is a typed value that is not the account's, which makes the redemption fail unless the
 * typed one is right.
 */
export function expiryRows(
	state: WizardState,
): Array<{name: string; expiryMs: number; accountMs: number; typed: boolean; differs: boolean}> {
	const listed = new Set(state.list.entries.map((entry) => entry.name));
	return state.expiry.ready
		.filter((ready) => listed.has(ready.name))
		.map((ready) => {
			const typedHere = state.expiry.typed[ready.name];
			const expiryMs = typedHere ?? ready.expiryMs;
			return {
				name: ready.name,
				expiryMs,
				accountMs: ready.accountMs,
				typed: typedHere !== undefined || ready.source === 'typed',
				differs: expiryMs !== ready.accountMs,
			};
		});
}

/** What CheckDomain said of each name: the availability check's answers, then the review's own pricing. */
export function checksOf(state: WizardState): Record<string, CheckResult> {
	if (state.operation === 'register') {
		return {...state.availability.results, ...state.pricing.results};
	}

	if (state.operation === 'renew') {
		// The picker priced a year of each name (per suffix, a premium name by itself); a premium name renewed without
		// permission will fail (core/pricing/estimate.ts).
		const domains = state.expiry.ready.map((ready) => ({name: ready.name, premium: ready.premium}));
		const prices = new Map<string, number>();
		for (const {name} of domains) {
			const price = pickerFee(state.renewal.picker, name) ?? state.pricing.results[name]?.yearlyPrice;
			if (price !== undefined) prices.set(name, price);
		}

		return renewalChecks(domains, prices);
	}

	// The picker already priced each suffix (the redemption fee is per suffix): the review uses those fees as they are.
	const fromPicker: Record<string, CheckResult> = {};
	for (const {name} of domainsToSend(state)) {
		const fee = pickerFee(state.redemption.picker, name);
		if (fee !== undefined) {
			fromPicker[name] = {name, availability: 'available', fee, currency: 'CNY'};
		}
	}

	return {...fromPicker, ...state.pricing.results};
}

/** The terms the estimate follows, as the options are now: the years, and the premium and trademark guards. */
export const termsOfState = (state: WizardState): OrderTerms => orderTerms(state.operation, state.options);

/**
 * The review's order: what it sends, what it left out, and its money from core (the estimate from the prices known so
 * far, the balance, and how they compare with --max-spend) — the same rule headless and History's resubmit use.
 */
export function reviewOrder(state: WizardState): OrderMoney & {domains: string[]} {
	const domains = domainsToSend(state).map((d) => d.name);
	return {
		domains,
		...orderMoney(termsOfState(state), domains, {
			book: {checks: checksOf(state)},
			balance: state.balance.status === 'done' ? state.balance.view : undefined,
			maxSpend: state.maxSpend,
		}),
	};
}

/** The batch's estimate (the review's order's), for the dry run's record. */
export function estimateOf(state: WizardState): Estimate {
	return reviewOrder(state).estimate;
}
