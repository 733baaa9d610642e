// The money of an order, worked out once for every door (docs/architecture.md, "One order, every door"): the
// estimate from the prices known so far, the balance, and how the two compare. Pure: a door that prices over time
// (the review, stoppable with `s`) derives it again from each new price book; a door that prices first (headless,
// History's resubmit) derives it once. Which estimate applies is decided here only: a registration without premium
// names allowed is bounded with one price per suffix (core/pricing/estimate.ts boundCost), anything else is the sum of
// its names' own prices.
import type {CheckResult} from '../pricing/availability.js';
import type {BalanceView} from '../pricing/balance.js';
import {boundCost, checkBudget, estimateCost, type BudgetCheck, type Estimate} from '../pricing/estimate.js';
import {suffixPricesFrom, suffixSamples, type SuffixPrices} from '../pricing/suffix-price.js';
import type {OrderInput} from '../submit/submit-path.js';
import type {Operation} from './order-items.js';

/** What the estimate depends on besides the names: the operation, the years, and the premium and trademark guards. */
export interface OrderTerms {
	operation: Operation;
	years: number;
	premium: boolean;
	trademark: boolean;
}

/**
 * The terms from an order's options, by one rule for every door (the wizard's options, a command's flags, a journaled
 * batch's recorded options): a redemption is one fee, never premium; only a registration has the trademark guard.
 */
export function orderTerms(
	operation: Operation,
	options: {years?: unknown; premium?: unknown; trademark?: unknown},
): OrderTerms {
	return {
		operation,
		years: operation !== 'redeem' && typeof options.years === 'number' ? options.years : 1,
		premium: operation !== 'redeem' && options.premium === true,
		trademark: operation === 'register' && options.trademark === true,
	};
}

export const termsOf = (input: OrderInput): OrderTerms =>
	orderTerms(
		input.operation,
		input.operation === 'register' ? input.register : input.operation === 'renew' ? input.renew : {},
	);

/** The prices known so far. */
export interface PriceBook {
	/** What CheckDomain (or a picker's fee, or a renewal lookup) said of single names. */
	checks?: Readonly<Record<string, CheckResult | undefined>>;
	/**
	 * A registration without premium: each suffix's standard price for the order's years. Absent, it is read from
	 * `checks` (a priced name that is not premium stands for its suffix).
	 */
	suffixPrices?: SuffixPrices;
}

export interface Prices {
	book?: PriceBook;
	/** Undefined while it is being read. */
	balance?: BalanceView;
	/** `--max-spend`. */
	maxSpend?: number;
}

export interface OrderMoney {
	/** Whole, a bound ("at most"), or partial while names are unpriced: core/pricing/cost-quote.ts says which. */
	estimate: Estimate;
	/** Undefined while it is being read. */
	balance?: BalanceView;
	budget: BudgetCheck;
}

export function orderEstimate(terms: OrderTerms, domains: readonly string[], book: PriceBook = {}): Estimate {
	const checks = book.checks ?? {};
	if (terms.operation === 'register' && !terms.premium) {
		return boundCost({
			domains,
			years: terms.years,
			trademark: terms.trademark,
			suffixPrices: book.suffixPrices ?? suffixPricesFrom(Object.values(checks), terms.years),
			checks,
		});
	}
	return estimateCost({...terms, domains, checks});
}

/**
 * What is still to be priced for the estimate to be whole, by the same rule orderEstimate applies: a few names of each
 * suffix not priced yet for a bound, otherwise every name without an answer (or whose check failed).
 */
export function namesToPrice(
	terms: OrderTerms,
	domains: readonly string[],
	checks: Readonly<Record<string, CheckResult | undefined>>,
): string[] {
	if (terms.operation === 'register' && !terms.premium) return suffixSamples(domains, checks);
	return domains.filter((name) => checks[name] === undefined || checks[name].availability === 'error');
}

export function orderMoney(terms: OrderTerms, domains: readonly string[], prices: Prices = {}): OrderMoney {
	const estimate = orderEstimate(terms, domains, prices.book);
	const known = prices.balance?.status === 'known' ? prices.balance.balance : undefined;
	return {estimate, balance: prices.balance, budget: checkBudget(estimate, known, prices.maxSpend)};
}

/**
 * Why the money stops an order, if it does: over --max-spend, --max-spend with names unpriced (it cannot be
 * honoured), or over the balance. Every door refuses the first two; headless refuses the third as well, while the
 * review shows it and offers to cut the list to what the balance pays for.
 */
export type MoneyBlock = 'over-max-spend' | 'max-spend-unknown' | 'over-balance';

export function moneyBlock(money: OrderMoney, maxSpend?: number): MoneyBlock | undefined {
	if (maxSpend !== undefined && money.budget.overMaxSpend) return 'over-max-spend';
	if (maxSpend !== undefined && !money.estimate.complete) return 'max-spend-unknown';
	if (money.budget.overBalance && money.balance?.status === 'known') return 'over-balance';
	return undefined;
}
