// "Retry failed" that learns from why each domain failed (the task detail's ErrorMsg, in English or Chinese):
// - permanent: taken, already bought, unsupported or invalid, not redeemable or renewable: sending it again fails again, so it is
//   left out with the reason;
// - fixable: premium or trademark not allowed, balance, a wrong redeem expiry: it comes back with the fix (the
//   account's expiry looked up again, or the balance to top up first); premium and trademark are a spending guard,
//   never loosened by the retry itself: the names are listed in `ask`, and the review asks before allowing them
//   (default no);
// - transient: registry timeouts, throttling, and anything not recognised: it is retried as it was.
// One function decides; the screens only show what it decided.
import type {Operation} from './order-items.js';

export type FailureCause =
	| 'taken'
	| 'owned'
	| 'unsupported'
	| 'not-redeemable'
	| 'not-renewable'
	| 'premium'
	| 'trademark'
	| 'balance'
	| 'expiry'
	| 'transient';

export type FailureKind = 'permanent' | 'fixable' | 'transient';

export const KIND_OF: Readonly<Record<FailureCause, FailureKind>> = {
	taken: 'permanent',
	owned: 'permanent',
	unsupported: 'permanent',
	'not-redeemable': 'permanent',
	'not-renewable': 'permanent',
	premium: 'fixable',
	trademark: 'fixable',
	balance: 'fixable',
	expiry: 'fixable',
	transient: 'transient',
};

// First match wins: a premium or trademark refusal also says the name "cannot be registered".
const PATTERNS: ReadonlyArray<[FailureCause, RegExp]> = [
	['premium', /premium|溢价/i],
	['trademark', /trademark|商标/i],
	['balance', /balance|余额/i],
	['expiry', /expiration date|CurrentExpirationDate|到期时间/i],
	['owned', /purchase record|购买记录/i],
	['taken', /already (been )?registered|not available|\bin use\b|已被注册|不可注册|已被使用/i],
	['unsupported', /suffix|naming rules|name is invalid|后缀|命名规则|域名无效/i],
	['not-renewable', /cannot be renewed|renewal period is too long|无法续费|续费年限过长/i],
	['not-redeemable', /redemption period|cannot be redeemed|does not exist|赎回期|无法赎回|不存在|不在此账号/i],
];

export function classifyFailure(error: string | undefined): FailureCause {
	if (error) for (const [cause, pattern] of PATTERNS) if (pattern.test(error)) return cause;
	return 'transient';
}

export interface RetryPlan {
	/** Domains to send again (fixable and transient), in the order given. */
	retry: string[];
	/** Permanent failures, left out. */
	leftOut: Array<{domain: string; cause: FailureCause; error?: string}>;
	/** Domains per cause, for every cause seen. */
	causes: Partial<Record<FailureCause, string[]>>;
	/** Register and renew: names refused as premium (register: or trademark); the review asks, default no, before
	 * allowing them. */
	ask: {premium: string[]; trademark: string[]};
	/** Redeem and renew: look every expiry up in the account again, never resend one typed by hand. */
	useAccountExpiry: boolean;
	/** Some failed for lack of money: the balance must be topped up before the retry is submitted. */
	needsBalance: boolean;
}

export function planRetry(operation: Operation, failures: ReadonlyArray<{domain: string; error?: string}>): RetryPlan {
	const plan: RetryPlan = {
		retry: [],
		leftOut: [],
		causes: {},
		ask: {premium: [], trademark: []},
		useAccountExpiry: operation !== 'register',
		needsBalance: false,
	};
	for (const {domain, error} of failures) {
		const cause = classifyFailure(error);
		(plan.causes[cause] ??= []).push(domain);
		if (KIND_OF[cause] === 'permanent') {
			plan.leftOut.push({domain, cause, ...(error === undefined ? {} : {error})});
			continue;
		}
		plan.retry.push(domain);
		if (operation !== 'redeem' && cause === 'premium') plan.ask.premium.push(domain);
		if (operation === 'register' && cause === 'trademark') plan.ask.trademark.push(domain);
		if (cause === 'balance') plan.needsBalance = true;
	}
	return plan;
}
