// The review's money lines: the estimate (core/pricing/estimate.ts), the balance, what is left, and what will fail. They
// wrap rather than being cut: a warning about money must be read whole.
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {BalanceView} from '../../core/pricing/balance.js';
import type {BudgetCheck, Estimate, FailKind} from '../../core/pricing/estimate.js';
import {formatMoney} from '../../core/words/money.js';
import {shownDomain} from '../../core/names/domain-name.js';
import {getLang} from '../../i18n/index.js';
import {useTimeLeft} from '../hooks/use-time-left.js';
import {useTheme} from '../theme.js';
import type {PricingState} from '../state/wizard-state.js';
import {text} from './review-cost-text.js';

const LABEL_WIDTH = 16;

const Line = ({label, children}: {label: string; children: ReactNode}) => (
	<Box>
		<Box width={LABEL_WIDTH} flexShrink={0}>
			<Text bold>{label}</Text>
		</Box>
		<Box flexShrink={1}>
			<Text wrap="wrap">{children}</Text>
		</Box>
	</Box>
);

export type ReviewCostProps = {
	estimate: Estimate;
	budget: BudgetCheck;
	pricing: PricingState;
	balance: {status: 'idle' | 'loading' | 'done'; view?: BalanceView};
	maxSpend?: number;
	/** Shown while nothing is priced yet. */
	currency: string;
};

export const ReviewCost = ({estimate, budget, pricing, balance, maxSpend, currency}: ReviewCostProps) => {
	const left = useTimeLeft(pricing.done, pricing.total, pricing.status === 'running');
	const {symbols, colors} = useTheme();
	const lang = getLang();
	const cur = estimate.currency ?? (balance.view?.status === 'known' ? balance.view.balance.currency : currency);
	const money = (amount: number) => formatMoney(amount, cur, lang);
	const priced = estimate.lines.length;
	const running = pricing.status === 'running';

	let cost: string;
	if (running) {
		cost = `${priced > 0 ? text.soFar(money(estimate.total)) : ''}${text.pricing(pricing.done, pricing.total, left)}`;
	} else if (!estimate.complete) {
		cost = `${priced > 0 ? text.soFar(money(estimate.total)) : ''}${text.unknown(estimate.unpriced.length)}`;
	} else if (priced === 0) {
		cost = text.nothingPriced;
	} else {
		const line =
			estimate.operation !== 'redeem'
				? text.registerLine(money(estimate.total), priced, estimate.years)
				: text.redeemLine(money(estimate.total), priced);
		cost = estimate.upperBound ? text.atMost(line) : line;
	}

	const view = balance.view;
	let balanceText: string;
	if (balance.status !== 'done' || !view) {
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
