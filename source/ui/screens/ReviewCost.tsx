// The review's money lines: the estimate (core/pricing/estimate.ts), the balance, what is left, and what will fail. They
// wrap rather than being cut: a warning about money must be read whole.
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {BalanceView} from '../../core/pricing/balance.js';
import {formatMoney, type BudgetCheck, type Estimate, type FailKind} from '../../core/pricing/estimate.js';
import {count, getLang, messages} from '../../i18n/index.js';
import {useTimeLeft} from '../hooks/use-time-left.js';
import {useTheme} from '../theme.js';
import type {PricingState} from '../state/wizard-state.js';

const text = messages({
	cost: {en: 'Estimated cost', zh: '预估费用'},
	balance: {en: 'Balance', zh: '账户余额'},
	registerLine: {
		en: (money: string, n: number, years: number) => `${money} for ${count(n, ['domain', 'domains'], '')} × ${count(years, ['year', 'years'], '')}`,
		zh: (money: string, n: number, years: number) => `${money}（${n.toLocaleString('en-US')} 个域名 × ${years} 年）`,
	},
	atMost: {en: (line: string) => `at most ${line}`, zh: (line: string) => `最多 ${line}`},
	boundWhy: {
		en: "An upper bound: each name at its suffix's standard price. A premium name fails unless premium is allowed, a taken one fails, and neither costs anything.",
		zh: '这是上限：每个域名按其后缀的标准价计。未允许溢价时溢价域名会失败，已被注册的域名也会失败，均不扣费。',
	},
	redeemLine: {
		en: (money: string, n: number) => `${money}: the redemption fee of ${count(n, ['domain', 'domains'], '')}`,
		zh: (money: string, n: number) => `${money}（${n.toLocaleString('en-US')} 个域名的赎回费）`,
	},
	pricing: {
		en: (done: number, total: number, left: number | undefined) => `pricing ${done}/${total}${left === undefined ? '' : `, about ${left} s left`}… (s stops)`,
		zh: (done: number, total: number, left: number | undefined) => `正在询价 ${done}/${total}${left === undefined ? '' : `，约剩 ${left} 秒`}…（按 s 停止）`,
	},
	soFar: {en: (money: string) => `${money} so far; `, zh: (money: string) => `已知部分 ${money}；`},
	unknown: {
		en: (n: number) => `unknown for ${count(n, ['name', 'names'], '')}: press p to price them`,
		zh: (n: number) => `${n.toLocaleString('en-US')} 个域名的费用未知：按 p 询价`,
	},
	and: {en: ', ', zh: '，'},
	nothingPriced: {en: 'nothing to pay for', zh: '无需付费'},
	reading: {en: 'reading…', zh: '读取中…'},
	left: {en: (balance: string, left: string) => `${balance} · ${left} left after this batch`, zh: (balance: string, left: string) => `${balance} · 本批之后剩余 ${left}`},
	leftSoFar: {en: (balance: string, left: string) => `${balance} · ${left} left after what is priced so far`, zh: (balance: string, left: string) => `${balance} · 扣除已询价部分后剩余 ${left}`},
	short: {en: (balance: string, short: string) => `${balance} · ${short} short`, zh: (balance: string, short: string) => `${balance} · 还差 ${short}`},
	mismatch: {en: (balance: string, currency: string) => `${balance} (prices are in ${currency}: not compared)`, zh: (balance: string, currency: string) => `${balance}（价格以 ${currency} 计：未比较）`},
	noPermission: {
		en: (permission: string, code: string) => `unknown: no RAM permission ${permission} (${code}); sending is not blocked.`,
		zh: (permission: string, code: string) => `未知：此 AccessKey 缺少 RAM 权限 ${permission}（${code}）。仍可提交。`,
	},
	balanceError: {en: (error: string) => `unknown: ${error}`, zh: (error: string) => `未知：${error}`},
	willFail: {
		en: (parts: string, names: string) => `Will fail, not counted in the cost: ${parts}: ${names}`,
		zh: (parts: string, names: string) => `将会失败，未计入费用：${parts}：${names}`,
	},
	kinds: {
		en: (kind: FailKind, n: number) => ({premium: `${n} premium (allow premium in Options)`, trademark: `${n} trademark (allow trademark in Options)`, taken: `${n} taken`, unavailable: `${n} unavailable`})[kind],
		zh: (kind: FailKind, n: number) => ({premium: `${n} 个溢价域名（可在选项中允许）`, trademark: `${n} 个商标域名（可在选项中允许）`, taken: `${n} 个已被注册`, unavailable: `${n} 个不可注册`})[kind],
	},
	overBalance: {
		en: (fail: number, keep: number) => `The total exceeds the balance: ${count(fail, ['domain', 'domains'], '')} would fail for lack of money. Press c to cut the list to the ${keep.toLocaleString('en-US')} the balance covers.`,
		zh: (fail: number, keep: number) => `总额超过余额：${fail.toLocaleString('en-US')} 个域名会因余额不足而失败。按 c 把列表缩减为余额够支付的 ${keep.toLocaleString('en-US')} 个。`,
	},
	overMax: {
		en: (max: string) => `The estimate exceeds --max-spend ${max}: Submit is refused. Cut the list or raise the limit.`,
		zh: (max: string) => `预估费用超过 --max-spend ${max}：不能提交。请缩减列表或提高上限。`,
	},
	maxNeedsPrices: {
		en: (max: string) => `--max-spend ${max} needs every name priced before Submit: press p.`,
		zh: (max: string) => `设置了 --max-spend ${max}，提交前须给每个域名询价：按 p。`,
	},
});

const LABEL_WIDTH = 16;

const Line = ({label, children}: {label: string; children: ReactNode}) => (
	<Box>
		<Box width={LABEL_WIDTH} flexShrink={0}><Text bold>{label}</Text></Box>
		<Box flexShrink={1}><Text wrap="wrap">{children}</Text></Box>
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
		const line = estimate.operation !== 'redeem' ? text.registerLine(money(estimate.total), priced, estimate.years) : text.redeemLine(money(estimate.total), priced);
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
				: (estimate.complete ? text.left : text.leftSoFar)(shown, formatMoney(budget.left ?? view.balance.amount, view.balance.currency, lang));
	} else if (view.status === 'no-permission') {
		balanceText = text.noPermission(view.permission, view.code);
	} else {
		balanceText = text.balanceError(view.error);
	}

	const failKinds = new Map<FailKind, number>();
	for (const f of estimate.willFail) failKinds.set(f.kind, (failKinds.get(f.kind) ?? 0) + 1);
	const failNames = estimate.willFail.slice(0, 3).map(f => f.domain).join(', ') + (estimate.willFail.length > 3 ? ', …' : '');
	const overMax = maxSpend !== undefined && budget.overMaxSpend;
	const maxNeedsPrices = maxSpend !== undefined && !overMax && !estimate.complete;

	return (
		<Box flexDirection="column">
			<Line label={text.cost}>{cost}</Line>
			{estimate.upperBound && estimate.complete && !running && priced > 0 && <Line label="">{<Text color={colors.muted}>{text.boundWhy}</Text>}</Line>}
			<Line label={text.balance}>
				<Text color={budget.overBalance ? colors.failure : view && view.status !== 'known' ? colors.warning : undefined}>{balanceText}</Text>
			</Line>
			{estimate.willFail.length > 0 && (
				<Text color={colors.warning} wrap="wrap">{`${symbols.warning} ${text.willFail([...failKinds].map(([kind, n]) => text.kinds(kind, n)).join(text.and), failNames)}`}</Text>
			)}
			{budget.overBalance && (
				<Text color={colors.failure} wrap="wrap">{`${symbols.warning} ${text.overBalance(budget.shortOf.length, estimate.lines.length - budget.shortOf.length)}`}</Text>
			)}
			{overMax && <Text color={colors.failure} wrap="wrap">{`${symbols.warning} ${text.overMax(money(maxSpend))}`}</Text>}
			{maxNeedsPrices && <Text color={colors.warning} wrap="wrap">{`${symbols.warning} ${text.maxNeedsPrices(money(maxSpend))}`}</Text>}
		</Box>
	);
};
