// Where a domain stands after it expires, and how long it has left. Alibaba's published timeline (see
// docs/api.md, "Redemption"): a 30-day renewal grace period after expiry, then the redemption period — 29 days for
// gTLDs and new gTLDs, 14 for CNNIC names (.cn, .中国 and their second levels), 59 for .hk — then 5 days of
// pending delete, in which the domain can no longer be redeemed, and then the registry deletes it. Alibaba warns
// that the dates may be off by up to a day, so the last day is shown as such rather than trusted to the hour.
// The sandbox plays the registry by the same timeline, so what the picker says and what the sandbox does agree.

export const DAY_MS = 86_400_000;
export const GRACE_DAYS = 30;
export const PENDING_DELETE_DAYS = 5;

/** Days of redemption period after the grace period, by TLD (the part after the first label). */
export function redemptionDays(tld: string): number {
	const last = tld.slice(tld.lastIndexOf('.') + 1);
	if (last === 'cn' || last === 'xn--fiqs8s' || last === 'xn--fiqz9s') return 14;
	if (last === 'hk') return 59;
	return 29;
}

export type RedemptionPhase = 'grace' | 'redemption' | 'pending-delete' | 'deleted';

export interface RedemptionTimeline {
	phase: RedemptionPhase;
	/** The last instant a redeem can go through. */
	redeemByMs: number;
	/** When the registry deletes the domain. */
	deletedAtMs: number;
	/** Whole days left to redeem (0 on the last day, negative once it is too late). */
	daysLeft: number;
}

function tldOf(domain: string): string {
	const dot = domain.indexOf('.');
	return dot < 0 ? '' : domain.slice(dot + 1);
}

export function redemptionTimeline(domain: string, expiryMs: number, nowMs: number): RedemptionTimeline {
	const redemptionStart = expiryMs + GRACE_DAYS * DAY_MS;
	const redeemByMs = redemptionStart + redemptionDays(tldOf(domain)) * DAY_MS;
	const deletedAtMs = redeemByMs + PENDING_DELETE_DAYS * DAY_MS;
	const phase: RedemptionPhase =
		nowMs < redemptionStart
			? 'grace'
			: nowMs < redeemByMs
				? 'redemption'
				: nowMs < deletedAtMs
					? 'pending-delete'
					: 'deleted';
	return {phase, redeemByMs, deletedAtMs, daysLeft: Math.floor((redeemByMs - nowMs) / DAY_MS)};
}
