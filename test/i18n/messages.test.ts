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
