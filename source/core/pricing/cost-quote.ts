// The cost as a confirmation quotes it, the same at every door (docs/architecture.md, "One order, every door"): the
// whole estimate when every name is priced ("at most" for a bound from the suffixes' prices); while some are not,
// what is known and what is not ("CNY 483.00 for 7 names; 293 not priced yet"), never a part quoted as the cost.
import {count, messages} from '../../i18n/index.js';
import type {DomainClient} from '../../api/client.js';
import {checkAvailability, type CheckOptions} from './availability.js';
import {readBalance, type BalanceView} from './balance.js';
import {estimateCost, type Estimate, type EstimateInput} from './estimate.js';
import {formatMoney} from '../words/money.js';

const text = messages({
	whole: {en: (money: string) => `It costs about ${money}.`, zh: (money: string) => `预估费用约 ${money}。`},
	atMost: {en: (money: string) => `It costs at most ${money}.`, zh: (money: string) => `费用最多 ${money}。`},
	part: {
		en: (money: string, priced: number, unpriced: number) =>
			`The cost is not known yet: ${money} for ${count(priced, ['name', 'names'], '')}; ${unpriced.toLocaleString('en-US')} not priced yet.`,
		zh: (money: string, priced: number, unpriced: number) =>
			`费用尚未确定：已询价 ${priced.toLocaleString('en-US')} 个域名共 ${money}；${unpriced.toLocaleString('en-US')} 个尚未询价。`,
	},
	none: {
		en: (unpriced: number) => `The cost is not known yet: ${count(unpriced, ['name is', 'names are'], '')} not priced.`,
		zh: (unpriced: number) => `费用尚未确定：${unpriced.toLocaleString('en-US')} 个域名尚未询价。`,
	},
	free: {en: 'Nothing in it is charged.', zh: '其中没有需要付费的域名。'},
});

export function costQuote(estimate: Estimate, fallbackCurrency: string, lang: 'en' | 'zh'): string {
	const money = formatMoney(estimate.total, estimate.currency ?? fallbackCurrency, lang);
	const priced = estimate.lines.length;
	if (estimate.complete) return priced === 0 ? text.free : estimate.upperBound ? text.atMost(money) : text.whole(money);
	return priced > 0 ? text.part(money, priced, estimate.unpriced.length) : text.none(estimate.unpriced.length);
}

export interface OrderQuote {
	estimate: Estimate;
	balance: BalanceView;
}

/**
 * Prices an order and reads the balance, for a door that has no pricing of its own (History's "submit the
 * never-ordered"): every name is priced, so the quote is whole unless a price could not be read.
 */
export async function quoteOrder(
	api: Pick<DomainClient, 'checkDomain' | 'queryAccountBalance'>,
	currency: CheckOptions['currency'],
	order: Omit<EstimateInput, 'checks'>,
	signal?: AbortSignal,
): Promise<OrderQuote> {
	const balance = readBalance(api, signal).catch((error: unknown): BalanceView => ({
		status: 'error',
		error: error instanceof Error ? error.message : String(error),
	}));
	const results = await checkAvailability(api, order.domains, {
		currency,
		command: order.operation === 'redeem' ? 'restore' : 'create',
		signal,
	});
	return {
		estimate: estimateCost({...order, checks: Object.fromEntries(results.map((r) => [r.name, r]))}),
		balance: await balance,
	};
}
