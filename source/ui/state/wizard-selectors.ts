// What is read from the wizard's state rather than kept in it: the domains the review will send, and the cost
// the availability check's prices add up to.
import {isUnavailable} from '../../core/availability.js';
import type {WizardState} from './wizard-state.js';

export {isUnavailable};

/** What the review will send, domain by domain: the list (register) or the looked-up expiries (redeem). */
export function domainsToSend(state: WizardState): Array<{name: string; expiryMs?: number}> {
	const excluded = new Set(state.review.excluded.map(x => x.domain));
	if (state.operation === 'register') {
		return state.list.entries.filter(entry => !excluded.has(entry.name)).map(entry => ({name: entry.name}));
	}

	const listed = new Set(state.list.entries.map(entry => entry.name));
	return state.expiry.ready
		.filter(ready => listed.has(ready.name) && !excluded.has(ready.name))
		.map(ready => ({name: ready.name, expiryMs: state.expiry.typed[ready.name] ?? ready.expiryMs}));
}

/** Estimated cost from the availability check, when every domain to send has a known price. */
/**
 * The cost of what the availability check priced, and the premium names that will fail because premium is not
 * allowed: they are left out of the total and named on the review screen, so the figure never counts an order
 * that cannot happen.
 */
export function estimatedCost(state: WizardState): {total: number; priced: number; of: number; premiumRefused: string[]} | undefined {
	if (state.operation !== 'register') {
		return undefined;
	}

	const domains = domainsToSend(state);
	let total = 0;
	let priced = 0;
	const premiumRefused: string[] = [];
	for (const {name} of domains) {
		const result = state.availability.results[name];
		if (result?.availability === 'premium' && !state.options.premium) {
			premiumRefused.push(name);
			continue;
		}

		const price = result?.availability === 'premium' ? result.price : result?.regularPrice;
		if (price !== undefined) {
			total += price;
			priced++;
		}
	}

	return priced === 0 && premiumRefused.length === 0 ? undefined : {total, priced, of: domains.length, premiumRefused};
}
