// The account's domains in their redemption period: QueryDomainList with QueryType=2, every page, in one piece or
// not at all (core/account/domain-pages.ts). Each domain keeps the exact expiry the redeem must send.
import {readDomainPages, type DomainPagesApi, type DomainPagesOptions} from './domain-pages.js';
import {redemptionTimeline, type RedemptionPhase} from '../../api/redemption-period.js';
import {messages} from '../../i18n/index.js';
import {DOMAIN_STATUS} from '../../api/task-status.js';

const reasons = messages({
	pendingDelete: {
		en: 'pending delete: its redemption period is over, it can no longer be redeemed',
		zh: '待删除：赎回期已过，无法再赎回',
	},
	deleted: {en: 'deleted by the registry: its redemption period is over', zh: '已被注册局删除：赎回期已过'},
});

export type RedemptionListApi = DomainPagesApi;

export interface RedemptionDomain {
	name: string;
	/** ExpirationDateLong: what CurrentExpirationDate must carry. */
	expiryMs: number;
	/** DomainStatus as the account gives it ('2' = in its redemption period). */
	status: string;
}

/** Every domain of the account in its redemption period, with the expiry a redeem must send. */
export async function listRedemptionDomains(
	api: RedemptionListApi,
	options: DomainPagesOptions = {},
): Promise<RedemptionDomain[]> {
	const rows = await readDomainPages(api, {QueryType: DOMAIN_STATUS.REDEMPTION}, options);
	return rows.map((d) => ({
		name: d.DomainName.toLowerCase(),
		expiryMs: d.ExpirationDateLong!,
		status: d.DomainStatus ?? DOMAIN_STATUS.REDEMPTION,
	}));
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
	return (
		Number(a.blocked !== undefined) - Number(b.blocked !== undefined) ||
		a.redeemByMs - b.redeemByMs ||
		(a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
	);
}

/** The day an instant falls on in the machine's time zone: 2026-10-05. */
export function localDay(ms: number): string {
	const d = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
