// The words of RedemptionPickerScreen, in English and Chinese.
import {count, messages} from '../../i18n/index.js';

export const text = messages({
	title: {en: 'Redeem · Domains in redemption', zh: '赎回域名 · 赎回期域名'},
	loading: {en: 'Looking up the domains in their redemption period…', zh: '正在查询处于赎回期的域名…'},
	loadingProgress: {
		en: (read: number, total: number) =>
			`Looking up the domains in their redemption period… ${read.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`,
		zh: (read: number, total: number) =>
			`正在查询处于赎回期的域名… ${read.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`,
	},
	failed: {en: 'Could not look up the domains in their redemption period.', zh: '无法查询处于赎回期的域名。'},
	none: {en: 'No domain of this account is in its redemption period.', zh: '此账号没有处于赎回期的域名。'},
	noneHint: {
		en: 'Press t to type or paste names anyway; they are checked against the account.',
		zh: '仍可按 t 输入或粘贴域名；它们会与账号核对。',
	},
	inRedemption: {
		en: (n: number) => `${count(n, ['domain', 'domains'], '个域名')} in redemption`,
		zh: (n: number) => `${count(n, ['domain', 'domains'], '个域名')}处于赎回期`,
	},
	selected: {
		en: (n: number) => `${n.toLocaleString('en-US')} selected`,
		zh: (n: number) => `已选 ${n.toLocaleString('en-US')} 个`,
	},
	fee: {en: (money: string) => `fee ${money}`, zh: (money: string) => `费用 ${money}`},
	unpriced: {en: (n: number) => ` + ${n} unpriced`, zh: (n: number) => ` + ${n} 个未知价格`},
	shown: {
		en: (n: number, filter: string) => `${n.toLocaleString('en-US')} match '${filter}'`,
		zh: (n: number, filter: string) => `${n.toLocaleString('en-US')} 个匹配“${filter}”`,
	},
	domain: {en: 'Domain', zh: '域名'},
	expiredOn: {en: 'Expired on', zh: '到期日'},
	daysLeft: {en: 'Days left', zh: '剩余天数'},
	feeColumn: {en: 'Fee', zh: '费用'},
	days: {
		en: (n: number) => (n === 0 ? 'last day' : count(n, ['day', 'days'], '')),
		zh: (n: number) => (n === 0 ? '最后一天' : `${n} 天`),
	},
	pendingDelete: {en: 'pending delete', zh: '待删除'},
	deleted: {en: 'deleted', zh: '已删除'},
	cannotSelect: {
		en: (name: string) => `${name} is pending delete: its redemption period is over and it can no longer be redeemed.`,
		zh: (name: string) => `${name} 处于待删除状态：赎回期已过，无法再赎回。`,
	},
	alreadyOrdered: {
		en: (name: string, why: string) => `${name}: ${why}.`,
		zh: (name: string, why: string) => `${name}：${why}。`,
	},
	ordered: {en: 'ordered already', zh: '已下单'},
	nothingSelected: {
		en: 'Nothing selected: Space selects a domain, a selects all; or t to type names.',
		zh: '尚未选择：按空格选择域名，按 a 全选；或按 t 输入域名。',
	},
	filter: {en: 'Filter: ', zh: '筛选：'},
	filterPlaceholder: {en: 'part of a name', zh: '域名的一部分'},
	noMatch: {en: 'No domain matches the filter.', zh: '没有匹配筛选的域名。'},
	domainsNoun: {en: 'domains', zh: '域名'},
	sort: {en: (by: string) => `sort ${by}`, zh: (by: string) => `${by}排序`},
	byName: {en: 'by name', zh: '按名称'},
	byDays: {en: 'by days', zh: '按天数'},
	continueLong: {
		en: 'Go on with the selected domains and their expiries from the account',
		zh: '用所选域名及账号中的到期时间继续',
	},
});
