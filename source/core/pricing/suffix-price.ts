// One price per suffix for the bound of a registration (core/pricing/estimate.ts boundCost): what `years` years of a name
// that is not premium cost there. A few names of the list are asked for each suffix, in one batch where the
// account has the batch price API; the first that is not premium gives the suffix's standard price. When every
// name asked is premium, the dearest price seen stands in: a premium name fails without permission and costs
// nothing, so any price at least the standard one still bounds the batch from above.
import {checkAvailability, type AvailabilityApi, type CheckResult} from './availability.js';
import {tldOf} from './redemption-fee.js';

/** Names asked per suffix, at most. */
const SAMPLES = 3;

export type SuffixPrices = Record<string, {amount: number; currency: string} | undefined>;

export async function priceSuffixes(
	api: AvailabilityApi,
	domains: readonly string[],
	options: {years: number; currency?: 'CNY' | 'USD'; signal?: AbortSignal},
): Promise<SuffixPrices> {
	const results = await checkAvailability(api, suffixSamples(domains, {}), {
		years: options.years,
		currency: options.currency,
		signal: options.signal,
	});
	return pickPrices(results, (r) => r.periodPrice, options.currency);
}

/** The names to ask for the suffixes whose standard price no answer in `checks` gives yet: a few of each. */
export function suffixSamples(
	domains: readonly string[],
	checks: Readonly<Record<string, CheckResult | undefined>>,
): string[] {
	const known = new Set(
		Object.values(checks).flatMap((r) =>
			r && r.availability !== 'premium' && r.yearlyPrice !== undefined ? [tldOf(r.name)] : [],
		),
	);
	const samples = new Map<string, string[]>();
	for (const name of domains) {
		const suffix = tldOf(name);
		const list = samples.get(suffix) ?? [];
		const asked = checks[name] !== undefined && checks[name]!.availability !== 'error';
		if (!known.has(suffix) && !asked && list.length < SAMPLES) samples.set(suffix, [...list, name]);
	}
	return [...samples.values()].flat();
}

/** Suffix prices for `years` from names already priced (one year each), as the review has them. */
export function suffixPricesFrom(checks: Iterable<CheckResult | undefined>, years: number): SuffixPrices {
	const priced = [...checks].filter((r): r is CheckResult => r !== undefined);
	return pickPrices(priced, (r) => (r.yearlyPrice === undefined ? undefined : r.yearlyPrice * years));
}

function pickPrices(
	results: readonly CheckResult[],
	amountOf: (r: CheckResult) => number | undefined,
	currency?: string,
): SuffixPrices {
	const bySuffix = new Map<string, CheckResult[]>();
	for (const r of results)
		if (amountOf(r) !== undefined) bySuffix.set(tldOf(r.name), [...(bySuffix.get(tldOf(r.name)) ?? []), r]);
	const prices: SuffixPrices = {};
	for (const [suffix, priced] of bySuffix) {
		const standard =
			priced.find((r) => r.availability !== 'premium') ?? [...priced].sort((a, b) => amountOf(b)! - amountOf(a)!)[0]!;
		prices[suffix] = {amount: amountOf(standard)!, currency: standard.currency ?? currency ?? 'CNY'};
	}
	return prices;
}
