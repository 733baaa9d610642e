// Every amount of money the app shows, on screen and in headless output, goes through this one formatter, so the
// picker, the review and the commands cannot drift apart again (docs/architecture.md, "The estimate and the balance"). The currency is
// always said as its code (`CNY 1,200.00`, `USD 1,234.50`), in both languages: a bare `¥` means yuan or yen and
// `$` means any dollar, and an account on the international site is billed in USD.
import {getLang, type Lang} from '../../i18n/index.js';

export type MoneyStyle = {
	/** Whole units, for columns of list prices (the pickers' fee columns): `CNY 1,200`. The currency is still said. */
	whole?: boolean;
};

// Making a number format is costly next to using one; one per language, currency and style serves every row.
const formats = new Map<string, Intl.NumberFormat>();

function formatOf(currency: string, lang: Lang, whole: boolean): Intl.NumberFormat {
	const key = `${lang} ${currency} ${whole}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
			style: 'currency',
			currency,
			currencyDisplay: 'code',
			...(whole ? {minimumFractionDigits: 0, maximumFractionDigits: 0} : {}),
		});
		formats.set(key, format);
	}

	return format;
}

/** An amount for people: `CNY 241,183.00`, `USD 1,234.50`; with `whole`, `CNY 1,200`. */
export function formatMoney(amount: number, currency: string, lang: Lang = getLang(), style: MoneyStyle = {}): string {
	const whole = style.whole === true;
	try {
		// The terminal shows a no-break space as a space; plain text is easier to search and to test.
		return formatOf(currency, lang, whole)
			.format(amount)
			.replace(/\u00a0/g, ' ');
	} catch {
		// A currency code Intl does not know: the code as the API gave it, then the number, grouped.
		const digits = whole ? 0 : 2;
		return `${currency} ${amount.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits})}`;
	}
}
