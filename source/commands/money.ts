// Headless register/redeem before anything is sent: price the batch, read the balance, and refuse a batch the
// balance or --max-spend cannot pay for. Without premium names allowed a registration is bounded from above with
// one price per suffix (core/pricing/estimate.ts boundCost), in seconds whatever the list's length; with premium allowed
// every name is priced, because a premium price changes the money. The estimate, the balance and what blocks the
// batch are the prepared order's (core/order/order-money.ts, core/order/prepared-order.ts priceOrder), said with the
// review's words (core/pricing/cost-quote.ts costLine); this file only reads the prices and says the result.
import {checkAvailability} from '../core/pricing/availability.js';
import {readBalance, balanceJson, type BalanceView} from '../core/pricing/balance.js';
import {estimateJson, type BudgetCheck, type Estimate} from '../core/pricing/estimate.js';
import {formatMoney} from '../core/words/money.js';
import {costLine} from '../core/pricing/cost-quote.js';
import {moneyBlock, termsOf, type PriceBook} from '../core/order/order-money.js';
import {priceOrder, type PreparedOrder} from '../core/order/prepared-order.js';
import {secondsLeft} from '../core/pricing/in-flight.js';
import {priceSuffixes} from '../core/pricing/suffix-price.js';
import {batchPriceUsable} from '../core/pricing/batch-price.js';
import {lookupRenewalPrices, renewalChecks} from '../core/pricing/renewal-price.js';
import {count, getLang, messages, plural} from '../i18n/index.js';
import type {Runtime} from '../runtime.js';
import type {CommandIo} from '../cli/command-io.js';
import {EXIT} from '../cli/exit-codes.js';
import {dryRunRecord} from '../core/order/dry-run.js';
import type {BatchPlan} from '../core/submit/journal-rules.js';
import {writeDryRun} from '../store/dry-runs.js';
import {appPaths} from '../store/paths.js';
import {printLines} from './output.js';
import {tldOf} from '../core/pricing/redemption-fee.js';

const failKinds = messages({
	premium: {en: 'premium', zh: '溢价'},
	trademark: {en: 'trademark', zh: '商标'},
	taken: {en: 'taken', zh: '已被注册'},
	unavailable: {en: 'unavailable', zh: '不可注册'},
});

const text = messages({
	failing: {
		en: (domain: string, kind: string) => `${domain} (${kind})`,
		zh: (domain: string, kind: string) => `${domain}（${kind}）`,
	},
	join: {en: ', ', zh: '、'},
	dryRun: {en: 'Dry run: nothing was sent.', zh: '演练：未发送任何请求。'},
	plan: {en: (summary: string) => `Plan: ${summary}`, zh: (summary: string) => `计划：${summary}`},
	requestsAt: {en: (path: string) => `Requests: ${path}`, zh: (path: string) => `请求：${path}`},
	wouldRefuse: {en: (why: string) => `Without --dry-run: ${why}`, zh: (why: string) => `若不加 --dry-run：${why}`},
	pricing: {
		en: (n: number) => `Pricing each of ${count(n, ['name', 'names'], '')}…`,
		zh: (n: number) => `正在给 ${n.toLocaleString('en-US')} 个域名逐一询价……`,
	},
	pricingSuffixes: {
		en: (n: number) => `Pricing ${count(n, ['suffix', 'suffixes'], '')} for an upper bound of the cost…`,
		zh: (n: number) => `正在为 ${n.toLocaleString('en-US')} 个后缀询价，得出费用上限……`,
	},
	pricingRenewal: {
		en: (n: number) => `Pricing a year of renewal for ${count(n, ['suffix', 'suffixes'], '')}…`,
		zh: (n: number) => `正在查询 ${n.toLocaleString('en-US')} 个后缀的每年续费价格……`,
	},
	pricingFees: {
		en: (n: number) => `Pricing the redemption fee of ${count(n, ['suffix', 'suffixes'], '')}…`,
		zh: (n: number) => `正在查询 ${n.toLocaleString('en-US')} 个后缀的赎回费……`,
	},
	priced: {
		en: (done: number, total: number, left: number | undefined) =>
			`  priced ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}${left === undefined ? '' : `, about ${left} s left`}`,
		zh: (done: number, total: number, left: number | undefined) =>
			`  已询价 ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}${left === undefined ? '' : `，约剩 ${left} 秒`}`,
	},
	cost: {en: (line: string) => `Estimated cost: ${line}`, zh: (line: string) => `预估费用：${line}`},
	boundWhy: {
		en: "  an upper bound: each name at its suffix's standard price; without --premium a premium name fails, and a taken one fails, costing nothing",
		zh: '  这是上限：每个域名按其后缀的标准价计；未加 --premium 时溢价域名会失败，已被注册的域名也会失败，均不扣费',
	},
	willFail: {
		en: (n: number, names: string) =>
			`  ${n.toLocaleString('en-US')} ${plural(n, 'will fail and is', 'will fail and are')} not counted: ${names}`,
		zh: (n: number, names: string) => `  ${n} 个将会失败，未计入：${names}`,
	},
	notEstimated: {en: 'Estimated cost: not worked out (--no-estimate).', zh: '预估费用：未计算（--no-estimate）。'},
	balance: {
		en: (money: string, left: string) => `Balance: ${money}, ${left} left after this batch`,
		zh: (money: string, left: string) => `账户余额：${money}，本批之后剩余 ${left}`,
	},
	balanceShort: {
		en: (money: string, short: string) => `Balance: ${money}, ${short} short`,
		zh: (money: string, short: string) => `账户余额：${money}，还差 ${short}`,
	},
	balanceOnly: {en: (money: string) => `Balance: ${money}`, zh: (money: string) => `账户余额：${money}`},
	noPermission: {
		en: (permission: string, code: string) =>
			`Balance: unknown, this AccessKey lacks the RAM permission ${permission} (${code}); not checked against the estimate.`,
		zh: (permission: string, code: string) =>
			`账户余额：未知，此 AccessKey 缺少 RAM 权限 ${permission}（${code}）；未与预估费用比较。`,
	},
	balanceError: {
		en: (error: string) => `Balance: unknown (${error}); not checked against the estimate.`,
		zh: (error: string) => `账户余额：未知（${error}）；未与预估费用比较。`,
	},
	overBalanceBound: {
		en: (total: string, balance: string) =>
			`Refused: the estimate, at most ${total}, exceeds the balance ${balance}; at standard prices not every domain could be paid for. Nothing was sent. Top up the account or send fewer domains.`,
		zh: (total: string, balance: string) =>
			`已拒绝：预估费用上限 ${total} 超过余额 ${balance}；按标准价无法支付全部域名。未发送任何请求。请充值或减少域名。`,
	},
	overBalance: {
		en: (total: string, balance: string, n: number) =>
			`Refused: the estimate ${total} exceeds the balance ${balance}; ${count(n, ['domain', 'domains'], '')} would fail for lack of money. Nothing was sent. Top up the account or send fewer domains.`,
		zh: (total: string, balance: string, n: number) =>
			`已拒绝：预估费用 ${total} 超过余额 ${balance}；${n} 个域名会因余额不足而失败。未发送任何请求。请充值或减少域名。`,
	},
	atMost: {en: (money: string) => `(at most ${money})`, zh: (money: string) => `（最多 ${money}）`},
	overMax: {
		en: (total: string, max: string) => `Refused: the estimate ${total} exceeds --max-spend ${max}. Nothing was sent.`,
		zh: (total: string, max: string) => `已拒绝：预估费用 ${total} 超过 --max-spend ${max}。未发送任何请求。`,
	},
	maxUnknown: {
		en: (n: number) =>
			`Refused: ${count(n, ['name', 'names'], '')} could not be priced, so --max-spend cannot be honoured. Nothing was sent. Run again later.`,
		zh: (n: number) => `已拒绝：${n} 个域名无法询价，无法保证 --max-spend。未发送任何请求。请稍后再试。`,
	},
});

export interface MoneyCheck {
	/** The prepared order with its money: the estimate (when worked out), the balance and the budget. */
	order: PreparedOrder;
	estimate?: Estimate;
	balance: BalanceView;
	budget?: BudgetCheck;
	/** Lines for the user (standard error, or standard output for a dry run). */
	lines: string[];
	/** Why the batch must not be sent, when it must not. */
	refusal?: string;
	json: Record<string, unknown>;
}

/**
 * The prices an order needs, read from the API: per suffix for a bound or a renewal, per name otherwise. What is
 * done with them is core's (core/order/order-money.ts); this only asks, and says how far it got.
 */
async function readPrices(
	runtime: Runtime,
	order: PreparedOrder,
	balance: Promise<BalanceView>,
	options: {
		maxSpend?: number;
		progress: (line: string) => void;
		signal?: AbortSignal;
		premiumNames?: readonly string[];
	},
): Promise<PriceBook> {
	const {domains} = order;
	const terms = termsOf(order.input);
	const priceEach = async (restore: boolean, batchOnly = false) => {
		const n = domains.length;
		const step = Math.max(50, Math.ceil(n / 10));
		const started = Date.now();
		const results = await checkAvailability(runtime.client, domains, {
			currency: runtime.currency,
			command: restore ? 'restore' : 'create',
			batchOnly,
			signal: options.signal,
			onResult: (_r, done, total) => {
				if (done % step === 0 && done < total)
					options.progress(text.priced(done, total, secondsLeft(done, total, started, Date.now())));
			},
		});
		return Object.fromEntries(results.map((r) => [r.name, r]));
	};
	const suffixes = new Set(domains.map(tldOf)).size;
	if (terms.operation === 'renew') {
		// A renewal is priced per suffix (a premium name by itself) with FeeCommand=renew: core/pricing/renewal-price.ts.
		options.progress(text.pricingRenewal(suffixes));
		const premium = new Set(options.premiumNames ?? []);
		const names = domains.map((name) => ({name, premium: premium.has(name)}));
		const prices = await lookupRenewalPrices(runtime.client, names, {currency: runtime.currency});
		return {checks: renewalChecks(names, prices, runtime.currency)};
	}
	if (terms.operation === 'register' && !terms.premium) {
		options.progress(text.pricingSuffixes(suffixes));
		const suffixPrices = await priceSuffixes(runtime.client, domains, {years: terms.years, currency: runtime.currency});
		// A bound over the balance or --max-spend may still be a batch that fits: its taken, premium and trademark
		// names fail at no cost. Where the account has the batch price API, the names' own prices settle it in
		// seconds (names it does not answer keep their suffix's price: still a bound); with CheckDomain alone the
		// bound decides.
		const bound = priceOrder(order, {book: {suffixPrices}, balance: await balance, maxSpend: options.maxSpend});
		if ((bound.budget.overBalance || bound.budget.overMaxSpend) && batchPriceUsable(runtime.client)) {
			options.progress(text.pricing(domains.length));
			return {suffixPrices, checks: await priceEach(false, true)};
		}
		return {suffixPrices};
	}
	const restore = terms.operation === 'redeem';
	options.progress(restore ? text.pricingFees(suffixes) : text.pricing(domains.length));
	return {checks: await priceEach(restore)};
}

export async function checkMoney(
	runtime: Runtime,
	prepared: PreparedOrder,
	/** `premiumNames`: renew only, the account's premium domains among them (priced by name, PermitPremiumRenew). */
	options: {
		estimate: boolean;
		maxSpend?: number;
		progress: (line: string) => void;
		signal?: AbortSignal;
		premiumNames?: readonly string[];
	},
): Promise<MoneyCheck> {
	const lang = getLang();
	const balancePromise = readBalance(runtime.client);
	const estimated = options.estimate && prepared.domains.length > 0;
	const book = estimated ? await readPrices(runtime, prepared, balancePromise, options) : undefined;
	const balance = await balancePromise;
	// The money of the one prepared order, from what was just read: the same rule the review and History use.
	const order = priceOrder(prepared, {book, balance, maxSpend: options.maxSpend});
	const estimate = estimated ? order.estimate : undefined;
	const budget = estimated ? order.budget : undefined;
	const known = balance.status === 'known' ? balance.balance : undefined;
	const currency = estimate?.currency ?? known?.currency ?? runtime.currency ?? 'CNY';
	const money = (amount: number, cur = currency) => formatMoney(amount, cur, lang);

	const lines: string[] = [];
	if (estimate) {
		lines.push(text.cost(costLine(estimate, currency, lang)));
		if (estimate.upperBound && estimate.complete && estimate.lines.length > 0) lines.push(text.boundWhy);
		if (estimate.willFail.length > 0) {
			const names =
				estimate.willFail
					.slice(0, 5)
					.map((f) => text.failing(f.domain, failKinds[f.kind]))
					.join(text.join) + (estimate.willFail.length > 5 ? `${text.join}…` : '');
			lines.push(text.willFail(estimate.willFail.length, names));
		}
	} else {
		lines.push(text.notEstimated);
	}
	if (balance.status === 'known') {
		const shown = money(balance.balance.amount, balance.balance.currency);
		const left = budget?.currencyMismatch ? undefined : budget?.left;
		lines.push(
			left === undefined
				? text.balanceOnly(shown)
				: left < 0
					? text.balanceShort(shown, money(-left))
					: text.balance(shown, money(left)),
		);
	} else if (balance.status === 'no-permission') {
		lines.push(text.noPermission(balance.permission, balance.code));
	} else {
		lines.push(text.balanceError(balance.error));
	}

	let refusal: string | undefined;
	const block = estimate ? moneyBlock(order, options.maxSpend) : undefined;
	if (estimate && budget && block) {
		const total = estimate.upperBound ? text.atMost(money(estimate.total)) : money(estimate.total);
		const shownBalance = known ? money(known.amount, known.currency) : '';
		refusal =
			block === 'over-max-spend'
				? text.overMax(total, money(options.maxSpend!))
				: block === 'max-spend-unknown'
					? text.maxUnknown(estimate.unpriced.length)
					: estimate.upperBound
						? text.overBalanceBound(money(estimate.total), shownBalance)
						: text.overBalance(money(estimate.total), shownBalance, budget.shortOf.length);
	}
	const json = {
		estimate: estimate ? estimateJson(estimate) : null,
		balance: balanceJson(balance),
		...(budget && !budget.currencyMismatch && budget.left !== undefined
			? {left: budget.left, shortOf: budget.shortOf}
			: {}),
		...(options.maxSpend !== undefined ? {maxSpend: options.maxSpend} : {}),
	};
	return {order, estimate, balance, budget, lines, refusal, json};
}

/**
 * `--dry-run`: the exact requests, the estimate and the balance written to a file (atomically), and the plan, the
 * estimate, the balance and that file's path printed (or emitted with --json). Nothing is sent or journaled.
 */
export function writeDryRunReport(
	io: CommandIo,
	runtime: Runtime,
	plan: BatchPlan,
	money: MoneyCheck,
	out: {report: Record<string, unknown>; summary: string; json: boolean},
): number {
	const record = dryRunRecord(plan, {
		endpoint: runtime.endpoint,
		account: runtime.accountLabel,
		version: runtime.client.version,
		estimate: money.estimate,
		balance: money.balance,
	});
	const path = writeDryRun(appPaths(io.env).dataDir, plan, record);
	if (out.json) {
		const tasks = plan.chunks.map((c) => ({taskNo: null, domains: c.domains}));
		io.stdout.write(
			JSON.stringify(
				{
					...out.report,
					dryRun: true,
					tasks,
					requestsFile: path,
					...(money.refusal ? {wouldBeRefused: money.refusal} : {}),
				},
				null,
				2,
			) + '\n',
		);
	} else {
		printLines(io.stdout, [
			text.dryRun,
			text.plan(out.summary),
			...money.lines,
			...(money.refusal ? [text.wouldRefuse(money.refusal)] : []),
			text.requestsAt(path),
		]);
	}
	return EXIT.ok;
}
