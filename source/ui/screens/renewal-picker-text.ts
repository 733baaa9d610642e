// The words of RenewalPickerScreen, in English and Chinese.
import {MAX_RENEWAL_WINDOW_DAYS} from '../../core/account/renewal-list.js';
import {count, messages, plural} from '../../i18n/index.js';

export const text = messages({
	title: {
		en: (days: number) => `Renew · Due or expiring within ${count(days, ['day', 'days'], '')}`,
		zh: (days: number) => `续费域名 · 需要续费或 ${days} 天内到期`,
	},
	loading: {en: 'Looking up the domains to renew…', zh: '正在查询需要续费的域名…'},
	failed: {en: 'Could not look up the domains to renew.', zh: '无法查询需要续费的域名。'},
	none: {
		en: (days: number) =>
			`No domain of this account needs renewal or expires within ${count(days, ['day', 'days'], '')}.`,
		zh: (days: number) => `此账号没有需要续费或 ${days} 天内到期的域名。`,
	},
	noneHint: {
		en: 'Press w for a longer window, or t to type or paste names.',
		zh: '按 w 换更长的期限，或按 t 输入或粘贴域名。',
	},
	toRenew: {
		en: (n: number) => `${count(n, ['domain', 'domains'], '')} to renew`,
		zh: (n: number) => `${count(n, ['domain', 'domains'], '个域名')}待续费`,
	},
	selected: {
		en: (n: number) => `${n.toLocaleString('en-US')} selected`,
		zh: (n: number) => `已选 ${n.toLocaleString('en-US')} 个`,
	},
	perYear: {en: (money: string) => `${money} a year`, zh: (money: string) => `每年 ${money}`},
	unpriced: {en: (n: number) => ` + ${n} unpriced`, zh: (n: number) => ` + ${n} 个未知价格`},
	shown: {
		en: (n: number, filter: string) => `${n.toLocaleString('en-US')} match '${filter}'`,
		zh: (n: number, filter: string) => `${n.toLocaleString('en-US')} 个匹配“${filter}”`,
	},
	domain: {en: 'Domain', zh: '域名'},
	expires: {en: 'Expires', zh: '到期日'},
	daysLeft: {en: 'Days left', zh: '剩余天数'},
	price: {en: 'Per year', zh: '每年'},
	days: {
		en: (n: number) =>
			n < 0 ? `${-n} ${plural(-n, 'day', 'days')} ago` : n === 0 ? 'today' : `${n} ${plural(n, 'day', 'days')}`,
		zh: (n: number) => (n < 0 ? `已过期 ${-n} 天` : n === 0 ? '今天' : `${n} 天`),
	},
	premium: {en: 'premium', zh: '溢价'},
	ordered: {en: 'ordered already', zh: '已下单'},
	alreadyOrdered: {
		en: (name: string, why: string) => `${name}: ${why}.`,
		zh: (name: string, why: string) => `${name}：${why}。`,
	},
	premiumNote: {
		en: (name: string) =>
			`${name} is premium: it renews at its premium price, and only with "Allow premium" on in the options.`,
		zh: (name: string) => `${name} 是溢价域名：按溢价价格续费，且须在选项中打开“允许溢价域名”。`,
	},
	nothingSelected: {
		en: 'Nothing selected: Space selects a domain, a selects all; or t to type names.',
		zh: '尚未选择：按空格选择域名，按 a 全选；或按 t 输入域名。',
	},
	filter: {en: 'Filter: ', zh: '筛选：'},
	filterPlaceholder: {en: 'part of a name', zh: '域名的一部分'},
	window: {en: 'Expiring within (days): ', zh: '到期期限（天）：'},
	windowPlaceholder: {
		en: `0–${MAX_RENEWAL_WINDOW_DAYS}, Enter looks up, Esc cancels`,
		zh: `0–${MAX_RENEWAL_WINDOW_DAYS}，Enter 查询，Esc 取消`,
	},
	badWindow: {
		en: `The window is a whole number of days from 0 to ${MAX_RENEWAL_WINDOW_DAYS}.`,
		zh: `期限须是 0 到 ${MAX_RENEWAL_WINDOW_DAYS} 之间的整数天数。`,
	},
	noMatch: {en: 'No domain matches the filter.', zh: '没有匹配筛选的域名。'},
	domainsNoun: {en: 'domains', zh: '域名'},
	sort: {en: (by: string) => `sort ${by}`, zh: (by: string) => `${by}排序`},
	byName: {en: 'by name', zh: '按名称'},
	byDays: {en: 'by expiry', zh: '按到期日'},
	continueLong: {
		en: 'Go on with the selected domains and their expiries from the account',
		zh: '用所选域名及账号中的到期时间继续',
	},
});
