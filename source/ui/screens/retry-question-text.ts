// The words of RetryQuestion, in English and Chinese.
import {count, messages, plural} from '../../i18n/index.js';

export const text = messages({
	askPremium: {
		en: (names: string, cost: string) =>
			`Their earlier order failed as premium: ${names}. Allow premium for them? ${cost}`,
		zh: (names: string, cost: string) => `它们之前因溢价而失败：${names}。允许溢价域名吗？${cost}`,
	},
	askTrademark: {
		en: (names: string) => `Their earlier order failed as trademarks: ${names}. Allow trademark names for them?`,
		zh: (names: string) => `它们之前因商标而失败：${names}。允许商标域名吗？`,
	},
	extraCost: {
		en: (money: string, years: number) => `It adds ${money} for ${count(years, ['year', 'years'], '')}.`,
		zh: (money: string, years: number) => `将增加 ${money}（${years} 年）。`,
	},
	extraUnknown: {en: 'Their price is not known yet.', zh: '价格尚未知。'},
	askNo: {en: 'No, leave them out', zh: '否，排除它们'},
	askYes: {en: (n: number) => `Yes, allow ${plural(n, 'it', 'them')}`, zh: (n: number) => `是，允许这 ${n} 个域名`},
});
