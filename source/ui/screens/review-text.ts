// The words of ReviewScreen, in English and Chinese.
import {count, messages} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

export const text = messages({
	registerTitle: {en: 'Register · Review', zh: '注册域名 · 确认'},
	redeemTitle: {en: 'Redeem · Review', zh: '赎回域名 · 确认'},
	renewTitle: {en: 'Renew · Review', zh: '续费域名 · 确认'},
	fromAccount: {en: 'all from the account', zh: '全部取自账号'},
	headline: {
		en: (title: string, domains: number, tasks: number, size: number) =>
			`${title} ${count(domains, ['domain', 'domains'], '')} in ${count(tasks, ['task', 'tasks'], '')} (up to ${size} a task)`,
		zh: (title: string, domains: number, tasks: number, size: number) =>
			`${title} ${domains.toLocaleString('en-US')} 个域名，分 ${tasks.toLocaleString('en-US')} 个任务（每个最多 ${size} 个）`,
	},
	domainsCount: {
		en: (n: number) => count(n, ['domain', 'domains'], ''),
		zh: (n: number) => `${n.toLocaleString('en-US')} 个域名`,
	},
	listed: {
		en: (what: string, first: string) => `${what}: ${first}`,
		zh: (what: string, first: string) => `${what}：${first}`,
	},
	account: {en: 'Account', zh: '账号'},
	sandbox: {en: '  SANDBOX', zh: '  沙箱'},
	costsMoney: {en: '  real account: this costs money', zh: '  真实账号：会产生费用'},
	domains: {en: 'Domains', zh: '域名'},
	none: {en: 'none', zh: '无'},
	leftOut: {en: 'Left out', zh: '已排除'},
	rejected: {en: 'Rejected lines', zh: '被拒绝的行'},
	rejectedLine: {
		en: (line: number, input: string, reason: string) => `line ${line} '${input}' (${reason})`,
		zh: (line: number, input: string, reason: string) => `第 ${line} 行 '${input}'（${reason}）`,
	},
	rejectedCount: {
		en: (n: number) => `${count(n, ['line is', 'lines are'], '')} not sent: `,
		zh: (n: number) => `${n.toLocaleString('en-US')} 行不会发送：`,
	},
	rejectedJoin: {en: '; ', zh: '；'},
	years: {en: 'Years', zh: '年限'},
	profile: {en: 'Profile', zh: '注册人模板'},
	dns: {en: 'DNS', zh: 'DNS'},
	alibabaDns: {en: 'Alibaba Cloud DNS', zh: '阿里云 DNS'},
	flags: {en: 'Flags', zh: '选项'},
	privacy: {
		en: (on: boolean) => `privacy proxy ${on ? 'on' : 'off'}`,
		zh: (on: boolean) => `隐私保护${on ? '开启' : '关闭'}`,
	},
	premium: {
		en: (on: boolean) => `premium ${on ? 'allowed' : 'not allowed'}`,
		zh: (on: boolean) => `溢价域名${on ? '允许' : '不允许'}`,
	},
	trademark: {
		en: (on: boolean) => `trademark ${on ? 'allowed' : 'not allowed'}`,
		zh: (on: boolean) => `商标域名${on ? '允许' : '不允许'}`,
	},
	expiries: {en: 'Expiries', zh: '到期时间'},
	typedByHand: {
		en: (n: number) => `${n} typed by hand, the rest from the account`,
		zh: (n: number) => `${n} 个手动输入，其余从账号读取`,
	},
	coupon: {en: 'Coupon', zh: '优惠券'},
	couponLine: {
		en: (coupon: string, promotion: string) => `${coupon} · promotion ${promotion}`,
		zh: (coupon: string, promotion: string) => `${coupon} · 促销活动 ${promotion}`,
	},
	expiriesDiffer: {
		en: (n: number, names: string) =>
			`${count(n, ['typed expiry is', 'typed expiries are'], '')} not the account's and will fail (${keyOf('useAccountExpiries')}: use the account's): ${names}`,
		zh: (n: number, names: string) =>
			`${n} 个手动输入的到期时间与账号不同，将会失败（按 ${keyOf('useAccountExpiries')} 改用账号的值）：${names}`,
	},
	pricingNow: {en: 'pricing…', zh: '询价中…'},
	overMaxSpend: {en: 'over --max-spend', zh: '超过 --max-spend'},
	notAllPriced: {en: `not every name is priced (${keyOf('price')})`, zh: `尚有域名未询价（按 ${keyOf('price')}）`},
	overBalanceToo: {
		en: (n: number) => ` The balance does not cover ${count(n, ['domain', 'domains'], '')}.`,
		zh: (n: number) => `余额不足以支付其中 ${n.toLocaleString('en-US')} 个域名。`,
	},
	back: {en: 'Back', zh: '返回'},
	backHint: {en: 'change something', zh: '修改设置'},
	submit: {en: (domains: string) => `Submit ${domains}`, zh: (domains: string) => `提交 ${domains}`},
	nothingToSubmit: {en: 'nothing to submit', zh: '没有可提交的'},
	checking: {en: 'checking…', zh: '检查中…'},
	toSandbox: {en: 'to the sandbox, nothing is charged', zh: '提交到沙箱，不产生费用'},
	paid: {en: 'paid: asks you to confirm', zh: '付费：需要你确认'},
	dryRun: {en: 'Save the request parameters to a file (dry run)', zh: '把请求参数保存到文件（演练，不提交）'},
	nothingToSave: {en: 'nothing to save', zh: '没有可保存的'},
	nothingSent: {en: 'nothing is sent', zh: '不发送任何请求'},
	confirmLong: {
		en: (n: number) => `Type ${n} or yes, then ${keyOf('confirmSubmit')}`,
		zh: (n: number) => `输入 ${n} 或 yes，再按 ${keyOf('confirmSubmit')}`,
	},
	typeToSubmit: {
		en: (n: number) => `Type ${n} or yes to submit; ${keyOf('cancelSubmit')} to go back.`,
		zh: (n: number) => `输入 ${n} 或 yes 提交；按 ${keyOf('cancelSubmit')} 返回。`,
	},
	checkingEarlier: {
		en: 'Checking the journal and the account for earlier orders of these domains…',
		zh: '正在检查日志和账号中这些域名之前的订单…',
	},
	checkFailed: {
		en: `Could not check for earlier orders (${keyOf('retryCheck')} to try again)`,
		zh: `无法检查之前的订单（按 ${keyOf('retryCheck')} 重试）`,
	},
	charged: {
		en: (domains: string, account: string) => `This orders ${domains} on ${account} and is charged to it.`,
		zh: (domains: string, account: string) => `这将在账号 ${account} 下订购 ${domains}，费用由该账号支付。`,
	},
	typePrompt: {en: (n: number) => `Type ${n} or yes to submit: `, zh: (n: number) => `输入 ${n} 或 yes 提交：`},
	cut: {
		en: (n: number, names: string, amount: string) =>
			`Left out ${count(n, ['domain', 'domains'], '')} the balance does not cover: ${names} (${amount}). Back in the list they can be added again.`,
		zh: (n: number, names: string, amount: string) =>
			`已去掉余额不够支付的 ${n.toLocaleString('en-US')} 个域名：${names}（${amount}）。可在列表中重新加入。`,
	},
	saved: {
		en: (path: string) => `Saved the exact requests to ${path}; nothing was sent.`,
		zh: (path: string) => `已把完整请求保存到 ${path}；未发送任何请求。`,
	},
});
