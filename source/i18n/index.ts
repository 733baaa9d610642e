// The interface language. One per process: chosen at start-up from --lang, else LC_ALL / LC_MESSAGES / LANG,
// before anything is shown. Messages live beside the code that shows them, each in both languages, so a string
// cannot be added in one language only (the types require both).
export type Lang = 'en' | 'zh';

let current: Lang = 'en';

export function setLang(lang: Lang): void {
	current = lang;
}

export function getLang(): Lang {
	return current;
}

/** `--lang` wins; otherwise a locale that starts with zh (zh_CN.UTF-8, zh_TW, zh) means Chinese. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
	if (flag === 'zh' || flag === 'en') return flag;
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

type Text = string | ((...args: never[]) => string);
type Entry<T extends Text> = {en: T; zh: T extends string ? string : T};

/**
 * Defines a group of messages. Reading a message gives it in the current language: a string, or a function of
 * the values it names.
 *
 *   const text = messages({saved: {en: 'Saved.', zh: '已保存。'}, count: {en: (n: number) => `${n} domains`, zh: (n: number) => `${n} 个域名`}});
 *   text.saved; text.count(3)
 */
export function messages<M extends Record<string, Entry<Text>>>(entries: M): {readonly [K in keyof M]: M[K]['en']} {
	const out = {} as {[K in keyof M]: M[K]['en']};
	for (const key of Object.keys(entries) as Array<keyof M>) {
		Object.defineProperty(out, key, {enumerable: true, get: () => entries[key]![current]});
	}
	return out;
}

const englishPlurals = new Intl.PluralRules('en-US');

/** The English word for `n` things, chosen by the language's plural rules: `domain` for 1, `domains` otherwise. */
export function plural(n: number, one: string, other: string): string {
	return englishPlurals.select(n) === 'one' ? one : other;
}

/** A count phrase in the current language: `1 domain`, `3 domains` / `3 个域名` (Chinese has no plural forms). */
export function count(n: number, en: [one: string, many: string], zh: string): string {
	return current === 'zh'
		? `${n.toLocaleString('en-US')} ${zh}`
		: `${n.toLocaleString('en-US')} ${plural(n, en[0], en[1])}`;
}
