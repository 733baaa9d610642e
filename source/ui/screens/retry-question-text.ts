// The words of RetryQuestion, in English and Chinese.
import {count, messages, plural} from '../../i18n/index.js';

export const text = messages({
	askPremium: {
		en: (names: readonly string[], cost: string) =>
			`${plural(names.length, 'Its', 'Their')} earlier order failed as premium: ${names.join(', ')}. Allow premium for ${plural(names.length, 'it', 'them')}? ${cost}`,
		zh: (names: readonly string[], cost: string) =>
			`${plural(names.length, '它', '它们')}之前因溢价而失败：${names.join('、')}。允许溢价域名吗？${cost}`,
	},
	askTrademark: {
		en: (names: readonly string[]) =>
			`${plural(names.length, 'Its', 'Their')} earlier order failed as ${plural(names.length, 'a trademark', 'trademarks')}: ${names.join(', ')}. Allow trademark names for ${plural(names.length, 'it', 'them')}?`,
		zh: (names: readonly string[]) =>
			`${plural(names.length, '它', '它们')}之前因商标而失败：${names.join('、')}。允许商标域名吗？`,
	},
	extraCost: {
		en: (money: string, years: number) => `It adds ${money} for ${count(years, ['year', 'years'], '')}.`,
		zh: (money: string, years: number) => `将增加 ${money}（${years} 年）。`,
	},
	extraUnknown: {en: 'The price is not known yet.', zh: '价格尚未知。'},
	askNo: {
		en: (n: number) => `No, leave ${plural(n, 'it', 'them')} out`,
		zh: (n: number) => `否，排除${plural(n, '它', '它们')}`,
	},
	askYes: {en: (n: number) => `Yes, allow ${plural(n, 'it', 'them')}`, zh: (n: number) => `是，允许这 ${n} 个域名`},
});
