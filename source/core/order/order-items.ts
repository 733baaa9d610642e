// Turns validated domains and the user's options into the exact request items of a batch, chunk by chunk.
// These items are what the journal records before anything is sent, and exactly what is sent.
import type {RequestOf} from '../../api/schema.js';

export type Operation = 'register' | 'redeem' | 'renew';

export interface RegisterOptions {
	profileId: number;
	years: number;
	/** Custom name servers; absent means Alibaba Cloud DNS. */
	dns?: [string, string];
	privacy: boolean;
	premium: boolean;
	trademark: boolean;
}

/** A renewal's choices: the years to add, and whether premium names may be renewed (2018-01-29 only). */
export interface RenewOptions {
	years: number;
	premium: boolean;
}

export interface Voucher {
	coupon?: string;
	promotion?: string;
}

export type ActivateItem = RequestOf<'SaveBatchTaskForCreatingOrderActivate'>['OrderActivateParam'][number];
export type RedeemItem = RequestOf<'SaveBatchTaskForCreatingOrderRedeem'>['OrderRedeemParam'][number];
export type RenewItem = RequestOf<'SaveBatchTaskForCreatingOrderRenew'>['OrderRenewParam'][number];

export function activateItem(domain: string, o: RegisterOptions): ActivateItem {
	return {
		DomainName: domain,
		RegistrantProfileId: o.profileId,
		SubscriptionDuration: o.years,
		AliyunDns: !o.dns,
		...(o.dns ? {Dns1: o.dns[0], Dns2: o.dns[1]} : {}),
		EnableDomainProxy: o.privacy,
		PermitPremiumActivation: o.premium,
		TrademarkDomainActivation: o.trademark,
	};
}

export function redeemItem(domain: string, expiryMs: number): RedeemItem {
	return {DomainName: domain, CurrentExpirationDate: expiryMs};
}

/** `expiryMs` is the account's own expiry for the domain (never typed): a wrong one fails that domain. */
export function renewItem(domain: string, expiryMs: number, o: RenewOptions): RenewItem {
	return {
		DomainName: domain,
		CurrentExpirationDate: expiryMs,
		SubscriptionDuration: o.years,
		...(o.premium ? {PermitPremiumRenew: true} : {}),
	};
}

export function voucherParams(v: Voucher): {
	CouponNo?: string;
	UseCoupon?: boolean;
	PromotionNo?: string;
	UsePromotion?: boolean;
} {
	return {
		...(v.coupon ? {CouponNo: v.coupon, UseCoupon: true} : {}),
		...(v.promotion ? {PromotionNo: v.promotion, UsePromotion: true} : {}),
	};
}

/** The TaskType Alibaba reports for each operation's tasks. */
export const TASK_TYPE: Record<Operation, string> = {
	register: 'ORDER_ACTIVATE',
	redeem: 'ORDER_REDEEM',
	renew: 'ORDER_RENEW',
};
