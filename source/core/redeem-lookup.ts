// Finds the expiry to send for each domain to redeem (DESIGN §1): the account's redemption-period list first
// (QueryDomainList, QueryType=2), then QueryDomainByDomainName for the rest. Domains that are not in their
// redemption period are refused with the reason, before anything is sent.
import type {DomainClient} from '../api/client.js';
import {ApiError} from '../api/errors.js';

export type LookupApi = Pick<DomainClient, 'queryDomainList' | 'queryDomainByDomainName'>;

export interface RedeemCandidate {
	name: string;
	/** Typed by the user; wins over the looked-up value, with a notice when they differ. */
	expiryMs?: number;
}

export interface RedeemLookup {
	ready: Array<{name: string; expiryMs: number; source: 'typed' | 'account'}>;
	refused: Array<{name: string; reason: string}>;
	notices: Array<{name: string; notice: string}>;
}

const STATUS_TEXT: Record<string, string> = {'1': 'it needs renewal, not redemption', '3': 'it is not expired'};

export async function lookupRedeemExpiries(api: LookupApi, candidates: readonly RedeemCandidate[], concurrency = 5): Promise<RedeemLookup> {
	const inRedemption = await listRedemptionPeriod(api);
	const out: RedeemLookup = {ready: [], refused: [], notices: []};
	const rest: RedeemCandidate[] = [];
	for (const c of candidates) {
		const known = inRedemption.get(c.name);
		if (known === undefined) rest.push(c);
		else accept(c, known);
	}
	let next = 0;
	const worker = async () => {
		while (next < rest.length) {
			const c = rest[next++]!;
			try {
				const d = await api.queryDomainByDomainName({DomainName: c.name});
				if (d.DomainStatus === '2' && d.ExpirationDateLong !== undefined) accept(c, d.ExpirationDateLong);
				else out.refused.push({name: c.name, reason: `not in its redemption period: ${STATUS_TEXT[d.DomainStatus ?? ''] ?? `status ${d.DomainStatus ?? 'unknown'}`}`});
			} catch (error) {
				if (error instanceof ApiError && error.code === 'DomainNotExist') out.refused.push({name: c.name, reason: 'not a domain of this account'});
				else throw error;
			}
		}
	};
	await Promise.all(Array.from({length: Math.min(concurrency, rest.length)}, worker));
	const order = new Map(candidates.map((c, i) => [c.name, i]));
	out.ready.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
	out.refused.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
	return out;

	function accept(c: RedeemCandidate, accountExpiry: number) {
		if (c.expiryMs !== undefined && c.expiryMs !== accountExpiry) {
			out.notices.push({name: c.name, notice: `the typed expiry ${c.expiryMs} differs from the account's ${accountExpiry}; the redemption will fail unless the typed one is right`});
		}
		out.ready.push({name: c.name, expiryMs: c.expiryMs ?? accountExpiry, source: c.expiryMs === undefined ? 'account' : 'typed'});
	}
}

async function listRedemptionPeriod(api: LookupApi): Promise<Map<string, number>> {
	const found = new Map<string, number>();
	for (let page = 1; page <= 1000; page++) {
		const answer = await api.queryDomainList({PageNum: page, PageSize: 100, QueryType: '2'});
		for (const d of answer.Data.Domain) if (d.ExpirationDateLong !== undefined) found.set(d.DomainName.toLowerCase(), d.ExpirationDateLong);
		if (page >= answer.TotalPageNum || answer.Data.Domain.length === 0) break;
	}
	return found;
}
