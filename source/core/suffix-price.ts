// One price per suffix for the bound of a registration (core/estimate.ts boundCost): what `years` years of a name
// that is not premium cost there. A few names of the list are asked for each suffix, in one batch where the
// account has the batch price API; the first that is not premium gives the suffix's standard price. When every
// name asked is premium, the dearest price seen stands in: a premium name fails without permission and costs
// nothing, so any price at least the standard one still bounds the batch from above.
import {checkAvailability, type AvailabilityApi} from './availability.js';
import {tldOf} from './redemption-fee.js';

/** Names asked per suffix, at most. */
const SAMPLES = 3;

export type SuffixPrices = Record<string, {amount: number; currency: string} | undefined>;

export async function priceSuffixes(
	api: AvailabilityApi,
	domains: readonly string[],
	options: {years: number; currency?: 'CNY' | 'USD'; signal?: AbortSignal},
): Promise<SuffixPrices> {
	const samples = new Map<string, string[]>();
	for (const name of domains) {
		const list = samples.get(tldOf(name)) ?? [];
		if (list.length < SAMPLES) samples.set(tldOf(name), [...list, name]);
	}
	const results = await checkAvailability(api, [...samples.values()].flat(), {years: options.years, currency: options.currency, signal: options.signal});
	const prices: SuffixPrices = {};
	for (const [suffix, names] of samples) {
		const priced = results.filter((r) => names.includes(r.name) && r.periodPrice !== undefined);
		const standard = priced.find((r) => r.availability !== 'premium') ?? priced.sort((a, b) => b.periodPrice! - a.periodPrice!)[0];
		prices[suffix] = standard ? {amount: standard.periodPrice!, currency: standard.currency ?? options.currency ?? 'CNY'} : undefined;
	}
	return prices;
}
