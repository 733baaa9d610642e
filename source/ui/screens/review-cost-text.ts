// The words of ReviewCost, in English and Chinese.
import {type FailKind} from '../../core/pricing/estimate.js';
import {count, messages, plural} from '../../i18n/index.js';

export const text = messages({
	cost: {en: 'Estimated cost', zh: '预估费用'},
	balance: {en: 'Balance', zh: '账户余额'},
	boundWhy: {
		en: "An upper bound: each name at its suffix's standard price. A premium name fails unless premium is allowed, a taken one fails, and neither costs anything.",
		zh: '这是上限：每个域名按其后缀的标准价计。未允许溢价时溢价域名会失败，已被注册的域名也会失败，均不扣费。',
	},
	pricing: {
		en: (done: number, total: number, left: number | undefined) =>
			`pricing ${done}/${total}${left === undefined ? '' : `, about ${left} s left`}… (s stops)`,
		zh: (done: number, total: number, left: number | undefined) =>
			`正在询价 ${done}/${total}${left === undefined ? '' : `，约剩 ${left} 秒`}…（按 s 停止）`,
	},
	soFar: {en: (money: string) => `${money} so far; `, zh: (money: string) => `已知部分 ${money}；`},
	priceThem: {en: (n: number) => ` — press p to price ${plural(n, 'it', 'them')}`, zh: (_n: number) => '——按 p 询价'},
	and: {en: ', ', zh: '，'},
	reading: {en: 'reading…', zh: '读取中…'},
	left: {
		en: (balance: string, left: string) => `${balance} · ${left} left after this batch`,
		zh: (balance: string, left: string) => `${balance} · 本批之后剩余 ${left}`,
	},
	leftSoFar: {
		en: (balance: string, left: string) => `${balance} · ${left} left after what is priced so far`,
		zh: (balance: string, left: string) => `${balance} · 扣除已询价部分后剩余 ${left}`,
	},
	short: {
		en: (balance: string, short: string) => `${balance} · ${short} short`,
		zh: (balance: string, short: string) => `${balance} · 还差 ${short}`,
	},
	mismatch: {
		en: (balance: string, currency: string) => `${balance} (prices are in ${currency}: not compared)`,
		zh: (balance: string, currency: string) => `${balance}（价格以 ${currency} 计：未比较）`,
	},
	noPermission: {
		en: (permission: string, code: string) =>
			`unknown: no RAM permission ${permission} (${code}); sending is not blocked.`,
		zh: (permission: string, code: string) => `未知：此 AccessKey 缺少 RAM 权限 ${permission}（${code}）。仍可提交。`,
	},
	balanceError: {en: (error: string) => `unknown: ${error}`, zh: (error: string) => `未知：${error}`},
	willFail: {
		en: (parts: string, names: string) => `Will fail, not counted in the cost: ${parts}: ${names}`,
		zh: (parts: string, names: string) => `将会失败，未计入费用：${parts}：${names}`,
	},
	kinds: {
		en: (kind: FailKind, n: number) =>
			({
				premium: `${n} premium (allow premium in Options)`,
				trademark: `${n} trademark (allow trademark in Options)`,
				taken: `${n} taken`,
				unavailable: `${n} unavailable`,
			})[kind],
		zh: (kind: FailKind, n: number) =>
			({
				premium: `${n} 个溢价域名（可在选项中允许）`,
				trademark: `${n} 个商标域名（可在选项中允许）`,
				taken: `${n} 个已被注册`,
				unavailable: `${n} 个不可注册`,
			})[kind],
	},
	overBalance: {
		en: (fail: number, keep: number) =>
			`The total exceeds the balance: ${count(fail, ['domain', 'domains'], '')} would fail for lack of money. Press c to cut the list to the ${keep.toLocaleString('en-US')} the balance covers.`,
		zh: (fail: number, keep: number) =>
			`总额超过余额：${fail.toLocaleString('en-US')} 个域名会因余额不足而失败。按 c 把列表缩减为余额够支付的 ${keep.toLocaleString('en-US')} 个。`,
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
