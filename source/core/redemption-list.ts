// The account's domains in their redemption period: QueryDomainList with QueryType=2, every page. The first page
// says how many pages there are; the rest are fetched a few at a time (bounded, so a big account does not trip the
// API's rate limit), and the list comes back in one piece or not at all — a picker that silently missed a page
// would let someone believe a domain was safe. Each domain keeps the exact expiry the redeem must send.
import type {DomainClient} from '../api/client.js';
import {redemptionTimeline, type RedemptionPhase} from '../api/redemption-period.js';
import {messages} from '../i18n/index.js';

const reasons = messages({
	pendingDelete: {en: 'pending delete: its redemption period is over, it can no longer be redeemed', zh: '待删除：赎回期已过，无法再赎回'},
	deleted: {en: 'deleted by the registry: its redemption period is over', zh: '已被注册局删除：赎回期已过'},
});

export type RedemptionListApi = Pick<DomainClient, 'queryDomainList'>;

export interface RedemptionDomain {
	name: string;
	/** ExpirationDateLong: what CurrentExpirationDate must carry. */
	expiryMs: number;
	/** DomainStatus as the account gives it ('2' = in its redemption period). */
	status: string;
}

export const REDEMPTION_PAGE_SIZE = 100;
/** No more than this many pages in flight at once. */
export const REDEMPTION_CONCURRENCY = 4;
/** A guard against an API that never stops paging: 1,000 pages of 100. */
const MAX_PAGES = 1000;

export async function listRedemptionDomains(
	api: RedemptionListApi,
	options: {concurrency?: number; pageSize?: number; signal?: AbortSignal; onProgress?: (read: number, total: number) => void} = {},
): Promise<RedemptionDomain[]> {
	const pageSize = options.pageSize ?? REDEMPTION_PAGE_SIZE;
	const fetchPage = async (page: number) => (await api.queryDomainList({PageNum: page, PageSize: pageSize, QueryType: '2'}, {signal: options.signal})).Data.Domain;
	const first = await api.queryDomainList({PageNum: 1, PageSize: pageSize, QueryType: '2'}, {signal: options.signal});
	const pages: Array<typeof first.Data.Domain> = [first.Data.Domain];
	const total = Math.min(first.TotalPageNum, MAX_PAGES);
	let read = first.Data.Domain.length;
	options.onProgress?.(read, first.TotalItemNum);
	let next = 2;
	const worker = async () => {
		while (next <= total) {
			const page = next++;
			pages[page - 1] = await fetchPage(page);
			read += pages[page - 1]!.length;
			options.onProgress?.(read, first.TotalItemNum);
		}
	};
	await Promise.all(Array.from({length: Math.max(0, Math.min(options.concurrency ?? REDEMPTION_CONCURRENCY, total - 1))}, worker));

	// A name can move between pages while they are read (a redeem finishing); the first sighting is kept.
	const seen = new Set<string>();
	const out: RedemptionDomain[] = [];
	for (const page of pages) {
		for (const d of page ?? []) {
			const name = d.DomainName.toLowerCase();
			if (d.ExpirationDateLong === undefined || seen.has(name)) continue;
			seen.add(name);
			out.push({name, expiryMs: d.ExpirationDateLong, status: d.DomainStatus ?? '2'});
		}
	}
	return out;
}

/** One domain as the picker and `domains --redemption` show it. */
export interface RedemptionRow extends RedemptionDomain {
	phase: RedemptionPhase;
	daysLeft: number;
	redeemByMs: number;
	deletedAtMs: number;
	/** Why it cannot be redeemed, when it cannot. */
	blocked?: 'pending-delete' | 'deleted';
}

export function redemptionRow(domain: RedemptionDomain, nowMs: number): RedemptionRow {
	const timeline = redemptionTimeline(domain.name, domain.expiryMs, nowMs);
	const row: RedemptionRow = {...domain, ...timeline};
	// The account's word that it is in redemption wins over a timeline that may be a day off at the start.
	if (timeline.phase === 'pending-delete' || timeline.phase === 'deleted') row.blocked = timeline.phase;
	return row;
}

/** Why a blocked domain cannot be redeemed, in words. */
export function blockedReason(blocked: NonNullable<RedemptionRow['blocked']>): string {
	return blocked === 'pending-delete' ? reasons.pendingDelete : reasons.deleted;
}

/** Soonest deadline first; what cannot be redeemed goes last, since nothing can be done about it here. */
export function byDaysLeft(a: RedemptionRow, b: RedemptionRow): number {
	return Number(a.blocked !== undefined) - Number(b.blocked !== undefined) || a.redeemByMs - b.redeemByMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The day an instant falls on in the machine's time zone: 2026-10-05. */
export function localDay(ms: number): string {
	const d = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
