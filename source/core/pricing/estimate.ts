// What a batch will cost, worked out once and shown everywhere (review, confirmation, headless text, --json, dry
// run): per domain, one year's price × years for a registration or a renewal, the redemption fee for a redemption. A name that
// is known to fail (premium or trademark without permission, taken, unavailable) is counted as failing, never
// priced, so the figure never includes an order that cannot happen. Names without a price are listed, not guessed.
// See docs/architecture.md "The estimate and the balance".
import type {CheckResult} from './availability.js';
import type {Operation} from '../order/order-items.js';
import {tldOf} from './redemption-fee.js';

export type FailKind = 'premium' | 'trademark' | 'taken' | 'unavailable';

export interface EstimateInput {
	operation: Operation;
	/** The domains that will be sent, in the order they will be sent. */
	domains: readonly string[];
	/** Registration or renewal years (ignored for a redemption). */
	years: number;
	/** PermitPremiumActivation (PermitPremiumRenew for a renewal) and TrademarkDomainActivation. */
	premium: boolean;
	trademark: boolean;
	/** What CheckDomain said of each name: availability and price (register) or the fee (redeem). */
	checks: Readonly<Record<string, CheckResult | undefined>>;
}

export interface Estimate {
	operation: Operation;
	years: number;
	/** Of the prices; undefined while nothing is priced. */
	currency?: string;
	/** Sum of `lines`, rounded to cents. */
	total: number;
	/** The domains that will be charged and what each costs, in sending order. */
	lines: Array<{domain: string; amount: number}>;
	/** Not checked, or the check failed: their cost is unknown. */
	unpriced: string[];
	/** Known to fail: not charged, and not in the total. */
	willFail: Array<{domain: string; kind: FailKind}>;
	/** Every domain to send is priced or known to fail. */
	complete: boolean;
	/**
	 * The total is a bound from above, not a sum of names' prices (boundCost): every name counted at its suffix's
	 * standard price. A complete bound may be quoted as "at most" the total.
	 */
	upperBound: boolean;
}

const cents = (amount: number) => Math.round(amount * 100);

export function estimateCost(input: EstimateInput): Estimate {
	const years = input.operation === 'redeem' ? 1 : input.years;
	const lines: Estimate['lines'] = [];
	const unpriced: string[] = [];
	const willFail: Estimate['willFail'] = [];
	let currency: string | undefined;
	let total = 0;
	for (const domain of input.domains) {
		const check = input.checks[domain];
		const fails =
			check && input.operation === 'register'
				? failureOf(check, input)
				: check && input.operation === 'renew'
					? renewalFailure(check, input)
					: undefined;
		if (fails) {
			willFail.push({domain, kind: fails});
			continue;
		}
		const price = input.operation === 'redeem' ? check?.fee : check?.yearlyPrice;
		if (check === undefined || check.availability === 'error' || price === undefined) {
			unpriced.push(domain);
			continue;
		}
		const amount = cents(price) * years;
		currency ??= check.currency;
		total += amount;
		lines.push({domain, amount: amount / 100});
	}
	return {
		operation: input.operation,
		years,
		currency,
		total: total / 100,
		lines,
		unpriced,
		willFail,
		complete: unpriced.length === 0,
		upperBound: false,
	};
}

/** A renewal of the account's own domain fails only as a premium name renewed without permission. */
function renewalFailure(check: CheckResult, input: EstimateInput): FailKind | undefined {
	return check.availability === 'premium' && !input.premium ? 'premium' : undefined;
}

export interface BoundInput {
	/** The domains that will be sent, in sending order. */
	domains: readonly string[];
	years: number;
	trademark: boolean;
	/** What `years` years of a name that is not premium cost, per suffix; absent when the suffix is not priced. */
	suffixPrices: Readonly<Record<string, {amount: number; currency: string} | undefined>>;
	/** What is already known of single names (the availability check): those known to fail are not counted. */
	checks?: Readonly<Record<string, CheckResult | undefined>>;
}

/**
 * A registration without premium names allowed, bounded from above with one price per suffix: a name that is not
 * premium costs its suffix's standard price, a premium one fails without PermitPremiumActivation, and a taken one
 * fails and costs nothing. So no batch costs more than the sum of its names' suffix prices, and the balance and
 * --max-spend can be checked against that in seconds, whatever the list's length (docs/architecture.md "The
 * estimate and the balance").
 */
export function boundCost(input: BoundInput): Estimate {
	const lines: Estimate['lines'] = [];
	const unpriced: string[] = [];
	const willFail: Estimate['willFail'] = [];
	let currency: string | undefined;
	let total = 0;
	const rules = {operation: 'register' as const, years: input.years, premium: false, trademark: input.trademark};
	for (const domain of input.domains) {
		const check = input.checks?.[domain];
		const fails = check ? failureOf(check, {...rules, domains: [], checks: {}}) : undefined;
		if (fails) {
			willFail.push({domain, kind: fails});
			continue;
		}
		const price = input.suffixPrices[tldOf(domain)];
		if (price === undefined) {
			unpriced.push(domain);
			continue;
		}
		const amount = cents(price.amount);
		currency ??= price.currency;
		total += amount;
		lines.push({domain, amount: amount / 100});
	}
	// Every name answered for itself: the bound is then the sum of their prices, no longer only a bound.
	const upperBound = !input.domains.every(
		(domain) => input.checks?.[domain] !== undefined && input.checks[domain]!.availability !== 'error',
	);
	return {
		operation: 'register',
		years: input.years,
		currency,
		total: total / 100,
		lines,
		unpriced,
		willFail,
		complete: unpriced.length === 0,
		upperBound,
	};
}

function failureOf(check: CheckResult, input: EstimateInput): FailKind | undefined {
	switch (check.availability) {
		case 'taken':
			return 'taken';
		case 'unavailable':
			return 'unavailable';
		case 'premium':
			if (!input.premium) return 'premium';
			break;
		default:
			break;
	}
	return check.trademark && !input.trademark ? 'trademark' : undefined;
}

export interface Balance {
	amount: number;
	currency: string;
}

export interface BudgetCheck {
	/** What is left after the batch; negative when it does not fit. Undefined without a comparable balance. */
	left?: number;
	/** The balance and the prices are in different currencies: not compared. */
	currencyMismatch: boolean;
	overBalance: boolean;
	/**
	 * The domains the balance does not cover, charged in sending order as the registry does: each domain is paid
	 * for while the money lasts, so a dear one may fail and a cheaper one after it still go through.
	 */
	shortOf: string[];
	overMaxSpend: boolean;
}

export function checkBudget(estimate: Estimate, balance: Balance | undefined, maxSpend?: number): BudgetCheck {
	const overMaxSpend = maxSpend !== undefined && cents(estimate.total) > cents(maxSpend);
	const comparable =
		balance !== undefined && (estimate.currency === undefined || estimate.currency === balance.currency);
	if (!comparable) return {currencyMismatch: balance !== undefined, overBalance: false, shortOf: [], overMaxSpend};
	let remaining = cents(balance.amount);
	const shortOf: string[] = [];
	for (const line of estimate.lines) {
		const amount = cents(line.amount);
		if (remaining >= amount) remaining -= amount;
		else shortOf.push(line.domain);
	}
	return {
		left: (cents(balance.amount) - cents(estimate.total)) / 100,
		currencyMismatch: false,
		overBalance: shortOf.length > 0,
		shortOf,
		overMaxSpend,
	};
}

/** `--max-spend AMOUNT`: a positive number with at most two decimals. */
export function parseAmount(raw: string): {ok: true; value: number} | {ok: false} {
	const text = raw.trim().replace(/,/g, '');
	if (!/^\d+(\.\d{1,2})?$/.test(text)) return {ok: false};
	const value = Number(text);
	return value > 0 && Number.isFinite(value) ? {ok: true, value} : {ok: false};
}

/** The estimate as `--json` and the dry run carry it. */
export function estimateJson(estimate: Estimate) {
	return {
		currency: estimate.currency ?? null,
		total: estimate.total,
		years: estimate.years,
		priced: estimate.lines.length,
		unpriced: estimate.unpriced,
		willFail: estimate.willFail,
		complete: estimate.complete,
		upperBound: estimate.upperBound,
		perDomain: estimate.lines,
	};
}
