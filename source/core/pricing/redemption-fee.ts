// The redemption fee, as CheckDomain prices it with FeeCommand=restore (StaticPriceInfo, action "redeem"). The fee
// is a price per suffix, not per name, so one call per TLD prices a whole list. The calls go several at once at
// the account's pace, which the API client keeps (source/api/rate-limit.ts), shared with every other caller. A TLD
// whose call fails is simply left unpriced: the fee is shown "when known", and nothing is ordered on it.
import type {DomainClient} from '../../api/client.js';
import {DEFAULT_IN_FLIGHT, forEachInFlight} from './in-flight.js';

export type FeeApi = Pick<DomainClient, 'checkDomain'>;

export function tldOf(domain: string): string {
	const dot = domain.indexOf('.');
	return dot < 0 ? '' : domain.slice(dot + 1);
}

/** CNY fee per TLD, for the TLDs of `domains` that CheckDomain priced. */
export async function lookupRedemptionFees(
	api: FeeApi,
	domains: readonly string[],
	options: {signal?: AbortSignal; inFlight?: number; onFee?: (tld: string, fee: number) => void} = {},
): Promise<Map<string, number>> {
	const sample = new Map<string, string>();
	for (const name of domains) if (!sample.has(tldOf(name))) sample.set(tldOf(name), name);
	const fees = new Map<string, number>();
	await forEachInFlight(
		[...sample],
		options.inFlight ?? DEFAULT_IN_FLIGHT,
		async ([tld, name]) => {
			try {
				const answer = await api.checkDomain({DomainName: name, FeeCommand: 'restore'}, {queueSignal: options.signal});
				const fee = answer.StaticPriceInfo?.PriceInfo.find(
					(p) => p.action === 'redeem' || p.action === 'restore',
				)?.money;
				if (fee !== undefined && Number.isFinite(fee)) {
					fees.set(tld, fee);
					options.onFee?.(tld, fee);
				}
			} catch {
				// Unpriced: the picker shows the fee as unknown for this TLD.
			}
		},
		options.signal,
	);
	return fees;
}
