import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {count, detectLang, getLang, messages, setLang} from '../../source/i18n/index.js';

afterEach(() => setLang('en'));

describe('interface language', () => {
	it('takes --lang first, then a zh locale, else English', () => {
		expect(detectLang('zh', {LANG: 'en_US.UTF-8'})).toBe('zh');
		expect(detectLang('en', {LANG: 'zh_CN.UTF-8'})).toBe('en');
		expect(detectLang(undefined, {LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US'})).toBe('zh');
		expect(detectLang(undefined, {LANG: 'zh_CN.UTF-8'})).toBe('zh');
		expect(detectLang(undefined, {LANG: 'C.UTF-8'})).toBe('en');
		expect(detectLang(undefined, {})).toBe('en');
	});

	it('reads each message in the current language, plain or with values', () => {
		const text = messages({
			saved: {en: 'Saved.', zh: '已保存。'},
			domains: {en: (n: number) => `${n} domains`, zh: (n: number) => `${n} 个域名`},
		});
		expect(text.saved).toBe('Saved.');
		expect(text.domains(2)).toBe('2 domains');
		setLang('zh');
		expect(getLang()).toBe('zh');
		expect(text.saved).toBe('已保存。');
		expect(text.domains(2)).toBe('2 个域名');
		expect(count(1, ['domain', 'domains'], '个域名')).toBe('1 个域名');
		setLang('en');
		expect(count(1, ['domain', 'domains'], '个域名')).toBe('1 domain');
		expect(count(1200, ['domain', 'domains'], '个域名')).toBe('1,200 domains');
	});
});

describe('plurals come from the plural rules, never by hand', () => {
	// Every count phrase goes through count()/plural() (Intl.PluralRules): a "(s)" in a message, or a hand-made
	// `n === 1 ? '' : 's'`, is how "1 domains" and "task(s)" got into the output before (issue 21).
	const sources = (dir: string): string[] =>
		readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return sources(path);
			return /\.tsx?$/.test(entry.name) ? [path] : [];
		});

	it('no message says "(s)" and no code picks an English plural ending by comparing with 1', () => {
		const found: string[] = [];
		for (const file of sources('source')) {
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, index) => {
					if (/^\s*(\/\/|\*)/.test(line)) return;
					if (/[A-Za-z]\(s\)[\s:.'`]/.test(line) || /=== 1 \? '[^']*' : '[^']*s'/.test(line))
						found.push(`${file}:${index + 1}: ${line.trim()}`);
				});
		}
		expect(found).toEqual([]);
	});
});
