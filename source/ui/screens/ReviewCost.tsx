// The review's money lines, read from the review's order (core/order/order-money.ts): the estimate in the words every
// door uses (core/pricing/cost-quote.ts costLine), the balance, what is left, and what will fail. They wrap rather than
// being cut: a warning about money must be read whole.
import {Box, Text} from 'ink';
import type {FailKind} from '../../core/pricing/estimate.js';
import {formatMoney} from '../../core/words/money.js';
import {shownDomain} from '../../core/names/domain-name.js';
import type {OrderMoney} from '../../core/order/order-money.js';
import {costLine} from '../../core/pricing/cost-quote.js';
import {getLang} from '../../i18n/index.js';
import {useTimeLeft} from '../hooks/use-time-left.js';
import {useTheme} from '../theme.js';
import type {PricingState} from '../state/wizard-state.js';
import {text} from './review-cost-text.js';
import {ReviewRow as Line} from './ReviewRow.js';

export type ReviewCostProps = {
	/** The review's order's money: the estimate so far, the balance (undefined while read) and the budget. */
	order: OrderMoney;
	pricing: PricingState;
	maxSpend?: number;
	/** Shown while nothing is priced yet. */
	currency: string;
};

export const ReviewCost = ({order, pricing, maxSpend, currency}: ReviewCostProps) => {
	const {estimate, budget} = order;
	const left = useTimeLeft(pricing.done, pricing.total, pricing.status === 'running');
	const {symbols, colors} = useTheme();
	const lang = getLang();
	const cur = estimate.currency ?? (order.balance?.status === 'known' ? order.balance.balance.currency : currency);
	const money = (amount: number) => formatMoney(amount, cur, lang);
	const priced = estimate.lines.length;
	const running = pricing.status === 'running';

	// While pricing runs the part so far is named as such; otherwise the line every door shows.
	const cost = running
		? `${priced > 0 ? text.soFar(money(estimate.total)) : ''}${text.pricing(pricing.done, pricing.total, left)}`
		: `${costLine(estimate, cur, lang)}${estimate.complete ? '' : text.priceThem(estimate.unpriced.length)}`;

	const view = order.balance;
	let balanceText: string;
	if (!view) {
		balanceText = text.reading;
	} else if (view.status === 'known') {
		const shown = formatMoney(view.balance.amount, view.balance.currency, lang);
		balanceText = budget.currencyMismatch
			? text.mismatch(shown, cur)
			: budget.left !== undefined && budget.left < 0
				? text.short(shown, formatMoney(-budget.left, view.balance.currency, lang))
				: (estimate.complete ? text.left : text.leftSoFar)(
						shown,
						formatMoney(budget.left ?? view.balance.amount, view.balance.currency, lang),
					);
	} else if (view.status === 'no-permission') {
		balanceText = text.noPermission(view.permission, view.code);
	} else {
		balanceText = text.balanceError(view.error);
	}

	const failKinds = new Map<FailKind, number>();
	for (const f of estimate.willFail) failKinds.set(f.kind, (failKinds.get(f.kind) ?? 0) + 1);
	const failNames =
		estimate.willFail
			.slice(0, 3)
			// As the editor shows it: a Chinese name reads as itself, not as its xn-- form.
			.map((f) => shownDomain(f.domain))
			.join(', ') + (estimate.willFail.length > 3 ? ', …' : '');
	const overMax = maxSpend !== undefined && budget.overMaxSpend;
	const maxNeedsPrices = maxSpend !== undefined && !overMax && !estimate.complete;

	return (
		<Box flexDirection="column">
			<Line label={text.cost}>{cost}</Line>
			{estimate.upperBound && estimate.complete && !running && priced > 0 && (
				<Line label="">{<Text color={colors.muted}>{text.boundWhy}</Text>}</Line>
			)}
			<Line label={text.balance}>
				<Text
					color={budget.overBalance ? colors.failure : view && view.status !== 'known' ? colors.warning : undefined}
				>
					{balanceText}
				</Text>
			</Line>
			{estimate.willFail.length > 0 && (
				<Text
					color={colors.warning}
					wrap="wrap"
				>{`${symbols.warning} ${text.willFail([...failKinds].map(([kind, n]) => text.kinds(kind, n)).join(text.and), failNames)}`}</Text>
			)}
			{budget.overBalance && (
				<Text
					color={colors.failure}
					wrap="wrap"
				>{`${symbols.warning} ${text.overBalance(budget.shortOf.length, estimate.lines.length - budget.shortOf.length)}`}</Text>
			)}
			{overMax && (
				<Text color={colors.failure} wrap="wrap">{`${symbols.warning} ${text.overMax(money(maxSpend))}`}</Text>
			)}
			{maxNeedsPrices && (
				<Text color={colors.warning} wrap="wrap">{`${symbols.warning} ${text.maxNeedsPrices(money(maxSpend))}`}</Text>
			)}
		</Box>
	);
};
