// Whole yuan for the pickers' price columns, in the interface language's style (`CN¥1,200` / `¥1,200`).
import {getLang} from '../i18n/index.js';

// Making a number format is costly next to using one; one per language serves every row of every frame.
const cnyFormats = new Map<string, Intl.NumberFormat>();

export const formatCny = (amount: number): string => {
	const locale = getLang() === 'zh' ? 'zh-CN' : 'en-US';
	let format = cnyFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, {style: 'currency', currency: 'CNY', maximumFractionDigits: 0});
		cnyFormats.set(locale, format);
	}

	return format.format(amount);
};
