// The cost as every door says it (docs/architecture.md, "One order, every door"): the whole estimate when every name
// is priced ("at most" for a bound from the suffixes' prices); while some are not, what is known and what is not
// ("CNY 483.00 for 7 names; 293 not priced yet"), never a part quoted as the cost. costLine is the line after
// "Estimated cost" (the review, headless register/redeem/renew); costQuote the sentence a typed confirmation shows
// (the review, History's resubmit). Both read the estimate of the one prepared order (core/order/order-money.ts).
import {count, messages} from '../../i18n/index.js';
import type {DomainClient} from '../../api/client.js';
import {orderMoney, type OrderMoney, type OrderTerms} from '../order/order-money.js';
import {checkAvailability, type CheckOptions} from './availability.js';
import {readBalance, type BalanceView} from './balance.js';
import type {Estimate} from './estimate.js';
import {formatMoney} from '../words/money.js';

const text = messages({
	byYear: {
		en: (money: string, n: number, years: number) =>
			`${money} for ${count(n, ['domain', 'domains'], '')} × ${count(years, ['year', 'years'], '')}`,
		zh: (money: string, n: number, years: number) => `${money}（${n.toLocaleString('en-US')} 个域名 × ${years} 年）`,
	},
	redemption: {
		en: (money: string, n: number) => `${money}, the redemption fee of ${count(n, ['domain', 'domains'], '')}`,
		zh: (money: string, n: number) => `${money}（${n.toLocaleString('en-US')} 个域名的赎回费）`,
	},
	atMostLine: {en: (line: string) => `at most ${line}`, zh: (line: string) => `最多 ${line}`},
	partLine: {
		en: (money: string, priced: number, unpriced: number) =>
			`${money} for ${count(priced, ['name', 'names'], '')}; ${unpriced.toLocaleString('en-US')} not priced yet`,
		zh: (money: string, priced: number, unpriced: number) =>
			`已询价 ${priced.toLocaleString('en-US')} 个域名共 ${money}；${unpriced.toLocaleString('en-US')} 个尚未询价`,
	},
	noneLine: {
		en: (unpriced: number) => `not known yet: ${count(unpriced, ['name', 'names'], '')} not priced`,
		zh: (unpriced: number) => `尚未确定：${unpriced.toLocaleString('en-US')} 个域名尚未询价`,
	},
	freeLine: {en: 'nothing to pay for', zh: '无需付费'},
	whole: {en: (money: string) => `It costs about ${money}.`, zh: (money: string) => `预估费用约 ${money}。`},
	atMost: {en: (money: string) => `It costs at most ${money}.`, zh: (money: string) => `费用最多 ${money}。`},
	part: {en: (line: string) => `The cost is not known yet: ${line}.`, zh: (line: string) => `费用尚未确定：${line}。`},
	none: {
		en: (unpriced: number) => `The cost is not known yet: ${count(unpriced, ['name is', 'names are'], '')} not priced.`,
		zh: (unpriced: number) => `费用尚未确定：${unpriced.toLocaleString('en-US')} 个域名尚未询价。`,
	},
	free: {en: 'Nothing in it is charged.', zh: '其中没有需要付费的域名。'},
});

/** The line after "Estimated cost": `CNY 138.00 for 2 domains × 1 year`, `at most …`, `CNY 483.00 for 7 names; 293 not priced yet`. */
export function costLine(estimate: Estimate, fallbackCurrency: string, lang: 'en' | 'zh'): string {
	const money = formatMoney(estimate.total, estimate.currency ?? fallbackCurrency, lang);
	const priced = estimate.lines.length;
	if (!estimate.complete)
		return priced > 0
			? text.partLine(money, priced, estimate.unpriced.length)
			: text.noneLine(estimate.unpriced.length);
	if (priced === 0) return text.freeLine;
	const line =
		estimate.operation === 'redeem' ? text.redemption(money, priced) : text.byYear(money, priced, estimate.years);
	return estimate.upperBound ? text.atMostLine(line) : line;
}

/** The sentence a typed confirmation quotes: `It costs about CNY 138.00.`, or what is known and what is not. */
export function costQuote(estimate: Estimate, fallbackCurrency: string, lang: 'en' | 'zh'): string {
	const money = formatMoney(estimate.total, estimate.currency ?? fallbackCurrency, lang);
	const priced = estimate.lines.length;
	if (estimate.complete) return priced === 0 ? text.free : estimate.upperBound ? text.atMost(money) : text.whole(money);
	return priced > 0 ? text.part(costLine(estimate, fallbackCurrency, lang)) : text.none(estimate.unpriced.length);
}

/**
 * Prices an order and reads the balance, for a door that has no pricing of its own (History's "submit the
 * never-ordered"): every name is priced, so the quote is whole unless a price could not be read. The money is
 * derived by the same rule as every other door's (core/order/order-money.ts orderMoney).
 */
export async function quoteOrder(
	api: Pick<DomainClient, 'checkDomain' | 'queryAccountBalance'>,
	currency: CheckOptions['currency'],
	order: {terms: OrderTerms; domains: readonly string[]},
	signal?: AbortSignal,
): Promise<OrderMoney> {
	const balance = readBalance(api, signal).catch((error: unknown): BalanceView => ({
		status: 'error',
		error: error instanceof Error ? error.message : String(error),
	}));
	const results = await checkAvailability(api, order.domains, {
		currency,
		command: order.terms.operation === 'redeem' ? 'restore' : 'create',
		signal,
	});
	return orderMoney(order.terms, order.domains, {
		book: {checks: Object.fromEntries(results.map((r) => [r.name, r]))},
		balance: await balance,
	});
}
