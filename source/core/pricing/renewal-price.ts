// What renewing costs a year, as CheckDomain prices it with FeeCommand=renew (StaticPriceInfo, action "renew",
// `period` in months). A normal name renews at its suffix's price, so one call prices every name that ends the same
// way; a premium name has its own price and is asked for by name. The calls go several at once at the account's
// pace, which the API client keeps (source/api/rate-limit.ts). A call that fails leaves its names unpriced: the price is shown
// "when known", and the estimate lists them as unpriced, never guessed (docs/architecture.md "The estimate").
import type {DomainClient} from '../../api/client.js';
import type {CheckResult} from './availability.js';
import {feeCurrency} from './fee-currency.js';
import {DEFAULT_IN_FLIGHT, forEachInFlight} from './in-flight.js';
import {tldOf} from './redemption-fee.js';

export type RenewalPriceApi = Pick<DomainClient, 'checkDomain'>;

/** Yearly renewal price per domain name, for the names CheckDomain priced. */
export async function lookupRenewalPrices(
	api: RenewalPriceApi,
	domains: ReadonlyArray<{name: string; premium?: boolean}>,
	/** `currency`: asked as FeeCurrency, the account's currency (docs/api.md "Prices"); absent, the API's default. */
	options: {
		currency?: 'CNY' | 'USD';
		signal?: AbortSignal;
		inFlight?: number;
		onPrice?: (name: string, yearly: number) => void;
	} = {},
): Promise<Map<string, number>> {
	const groups = new Map<string, string[]>();
	for (const d of domains) {
		const key = d.premium ? `=${d.name}` : tldOf(d.name);
		groups.set(key, [...(groups.get(key) ?? []), d.name]);
	}
	const prices = new Map<string, number>();
	await forEachInFlight(
		[...groups.values()],
		options.inFlight ?? DEFAULT_IN_FLIGHT,
		async (names) => {
			try {
				const answer = await api.checkDomain(
					{DomainName: names[0]!, FeeCommand: 'renew', FeePeriod: 1, ...feeCurrency(options.currency)},
					{queueSignal: options.signal},
				);
				const info = answer.StaticPriceInfo?.PriceInfo.find((p) => p.action === 'renew');
				if (!info || !Number.isFinite(info.money)) return;
				const yearly = info.money / Math.max(1, Math.round((info.period ?? 12) / 12));
				for (const name of names) {
					prices.set(name, yearly);
					options.onPrice?.(name, yearly);
				}
			} catch {
				// Unpriced: shown as unknown, and the estimate says so.
			}
		},
		options.signal,
	);
	return prices;
}

/**
 * The estimate's view of a renewal list (core/pricing/estimate.ts): each priced name at its yearly price, a premium one
 * marked so that renewing it without permission counts as failing; a name without a price stays unpriced.
 */
export function renewalChecks(
	domains: ReadonlyArray<{name: string; premium?: boolean}>,
	prices: ReadonlyMap<string, number>,
	currency = 'CNY',
): Record<string, CheckResult> {
	const checks: Record<string, CheckResult> = {};
	for (const d of domains) {
		const yearly = prices.get(d.name);
		if (yearly === undefined) continue;
		checks[d.name] = {name: d.name, availability: d.premium ? 'premium' : 'available', yearlyPrice: yearly, currency};
	}
	return checks;
}
