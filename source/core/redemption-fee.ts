// The redemption fee, as CheckDomain prices it with FeeCommand=restore (StaticPriceInfo, action "redeem"). The fee
// is a price per suffix, not per name, so one call per TLD prices a whole list; CheckDomain has no batch form and
// a documented limit of 10 calls a second, which this keeps to. A TLD whose call fails is simply left unpriced:
// the fee is shown "when known", and nothing is ordered on the strength of it.
import type {DomainClient} from '../api/client.js';

export type FeeApi = Pick<DomainClient, 'checkDomain'>;

export function tldOf(domain: string): string {
	const dot = domain.indexOf('.');
	return dot < 0 ? '' : domain.slice(dot + 1);
}

/** CNY fee per TLD, for the TLDs of `domains` that CheckDomain priced. */
export async function lookupRedemptionFees(
	api: FeeApi,
	domains: readonly string[],
	options: {qps?: number; signal?: AbortSignal; sleep?: (ms: number) => Promise<void>; onFee?: (tld: string, fee: number) => void} = {},
): Promise<Map<string, number>> {
	const sample = new Map<string, string>();
	for (const name of domains) if (!sample.has(tldOf(name))) sample.set(tldOf(name), name);
	const interval = 1000 / (options.qps ?? 10);
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const fees = new Map<string, number>();
	let first = true;
	for (const [tld, name] of sample) {
		if (options.signal?.aborted) break;
		if (!first) await sleep(interval);
		first = false;
		try {
			const answer = await api.checkDomain({DomainName: name, FeeCommand: 'restore'}, {signal: options.signal});
			const fee = answer.StaticPriceInfo?.PriceInfo.find((p) => p.action === 'redeem' || p.action === 'restore')?.money;
			if (fee !== undefined && Number.isFinite(fee)) {
				fees.set(tld, fee);
				options.onFee?.(tld, fee);
			}
		} catch {
			// Unpriced: the picker shows the fee as unknown for this TLD.
		}
	}
	return fees;
}
