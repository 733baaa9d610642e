// Messages that name a key take it from the key table (`keyOf` in ui/input/key-bindings.ts), so "press Enter"
// cannot drift from what Enter does. This reads every message table under source/ui (each `messages({...})`) and
// fails on a key named in words; the table's own words and the input layer are the only places keys are spelled.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {setLang} from '../../../source/i18n/index.js';
import {keyOf} from '../../../source/ui/input/key-bindings.js';
import {domainListText} from '../../../source/ui/screens/domain-list-text.js';

const UI = join(process.cwd(), 'source/ui');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
	});
}

/** Keys named in the words of a message table: in quotes or a template, outside a `${…}` and a comment. */
export const keysInWords = (code: string): string[] => {
	const start = code.indexOf('messages({');
	if (start === -1) {
		return [];
	}

	let table = code
		.slice(start)
		.split('\n')
		.filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
		.join('\n');
	// What a `${…}` holds is code (keyOf('back')), not words: it stands as one value. Innermost first, so a template
	// inside one (`${plural(n, 'it', `all ${n}`)}`) goes whole.
	for (let before = ''; before !== table;) {
		before = table;
		table = table.replaceAll(/\$\{[^{}]*\}/g, '«»');
	}

	// "Enter" before what to type ("Enter the AccessKey ID", "Enter ${what}") is the verb, not the key.
	const words = [...table.matchAll(/`[^`]*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g)].map((match) => match[0]);
	// A letter key: "press x", "按 x", "(r to try again)", "o opens", "(p)".
	const letter =
		/(?:press |Press |按 ?)([a-z/?])(?![\w-])|(?<=^|[\s(（;])([a-z/?])(?= to | on the | opens| checks| stops| selects|[)）:])/g;
	return words.flatMap((text) => [
		...[...text.matchAll(/\b(Enter|Esc|Tab|Space|F1|Ctrl\+[A-Z])\b(?! the\b| your\b| a\b| «»)/g)].map(
			(match) => `${match[1]} in ${text}`,
		),
		...[...text.slice(1, -1).matchAll(letter)].map((match) => `${match[1] ?? match[2]} in ${text}`),
	]);
};

describe('key words in messages', () => {
	const files = filesUnder(UI)
		.filter((path) => !path.includes('/input/') && !path.includes('/testing/'))
		.map((path) => ({path: relative(UI, path), text: readFileSync(path, 'utf8')}));

	it('no message table under source/ui names a key in words', () => {
		const tables = files.filter((file) => file.text.includes('messages({'));
		expect(tables.length).toBeGreaterThanOrEqual(15);
		for (const file of tables) {
			expect(keysInWords(file.text), file.path).toEqual([]);
		}
	});

	it('finds a key named in words, in quotes or in a template', () => {
		expect(keysInWords(`const t = messages({a: {en: 'Press Enter to go on', zh: '按 Esc 返回'}});`)).toEqual([
			"Enter in 'Press Enter to go on'",
			"Esc in '按 Esc 返回'",
		]);
		const accounts = 'No accounts: press a to add one, or s to use the sandbox (r to retry)';
		expect(keysInWords(`const t = messages({a: {en: '${accounts}'}});`)).toEqual(
			['a', 's', 'r'].map((key) => `${key} in '${accounts}'`),
		);
		expect(keysInWords("const t = messages({a: {zh: '按 o 打开最新的；（按 p）'}});")).toEqual([
			"o in '按 o 打开最新的；（按 p）'",
			"p in '按 o 打开最新的；（按 p）'",
		]);
		expect(keysInWords("const t = messages({a: {en: `${keyOf('back')} goes back; Tab lists`}});")).toEqual([
			'Tab in `«» goes back; Tab lists`',
		]);
	});

	it('a message names the key the table gives the binding', () => {
		for (const lang of ['en', 'zh'] as const) {
			setLang(lang);
			expect(domainListText.ctrlO).toContain(keyOf('loadFile'));
			expect(domainListText.listHasKeys).toContain(keyOf('toInput'));
		}

		setLang('en');
	});
});
