// The account's domains to renew: those the account says need renewal (QueryDomainList QueryType=1, DomainStatus 1)
// and those expiring within a window (ExpirationDate up to now + days), every page of both. A domain in its
// redemption period is not renewable (it is redeemed instead) and is left out. Each keeps the exact expiry the
// renewal must send as CurrentExpirationDate: expiries come from the account, never from what was typed.
import {readDomainPages, type DomainPagesApi, type DomainRow} from './domain-pages.js';
import {DOMAIN_STATUS} from '../../api/task-status.js';

export type RenewalListApi = DomainPagesApi;

/** The window a renewal list looks ahead by default, in days. */
export const DEFAULT_RENEWAL_WINDOW_DAYS = 30;
export const MAX_RENEWAL_WINDOW_DAYS = 3650;
const DAY_MS = 86_400_000;

export interface RenewalDomain {
	name: string;
	/** ExpirationDateLong: what CurrentExpirationDate must carry. */
	expiryMs: number;
	/** DomainStatus as the account gives it: '1' needs renewal, '3' normal (expiring within the window). */
	status: string;
	premium: boolean;
}

export interface RenewalRow extends RenewalDomain {
	/** Whole days until expiry; negative once it has expired (the renewal grace period). */
	daysLeft: number;
}

export async function listRenewalDomains(
	api: RenewalListApi,
	options: {withinDays?: number; now?: () => number; signal?: AbortSignal} = {},
): Promise<RenewalDomain[]> {
	const now = (options.now ?? Date.now)();
	const within = options.withinDays ?? DEFAULT_RENEWAL_WINDOW_DAYS;
	const [due, expiring] = await Promise.all([
		readDomainPages(api, {QueryType: DOMAIN_STATUS.RENEWAL_DUE}, {signal: options.signal}),
		readDomainPages(
			api,
			{EndExpirationDate: now + within * DAY_MS, OrderKeyType: 'ExpirationDate', OrderByType: 'ASC'},
			{signal: options.signal},
		),
	]);
	const seen = new Set<string>();
	const out: RenewalDomain[] = [];
	for (const row of [...due, ...expiring]) {
		const domain = renewalDomain(row);
		if (seen.has(domain.name) || domain.status === DOMAIN_STATUS.REDEMPTION) continue;
		seen.add(domain.name);
		out.push(domain);
	}
	return out;
}

export function renewalDomain(
	row: Pick<DomainRow, 'DomainName' | 'ExpirationDateLong' | 'DomainStatus' | 'Premium'>,
): RenewalDomain {
	return {
		name: row.DomainName.toLowerCase(),
		expiryMs: row.ExpirationDateLong!,
		status: row.DomainStatus ?? DOMAIN_STATUS.RENEWAL_DUE,
		premium: row.Premium === true,
	};
}

export function renewalRow(domain: RenewalDomain, nowMs: number): RenewalRow {
	return {...domain, daysLeft: Math.floor((domain.expiryMs - nowMs) / DAY_MS)};
}

/** Soonest expiry first, then by name. */
export function bySoonestExpiry(a: RenewalDomain, b: RenewalDomain): number {
	return a.expiryMs - b.expiryMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
