// Internationalised names that imitate other names. Decided with the Unicode data Node already carries (the
// Script and Extended_Pictographic properties in regular expressions, script names from Intl.DisplayNames), not a
// table of our own.
//
// Both findings are refusals, not warnings: a label that mixes scripts (`аpple` with a Cyrillic `а`) is the
// classic look-alike of another name, and registries following ICANN's IDN guidelines refuse it at registration,
// after the order was placed; emoji are not valid in IDNA2008 and the registries of nearly every suffix refuse them.
// A careful registrar stops both before anything is paid for, with the character that gave it away.
//
// The mixes a label may have are those of Unicode's "highly restrictive" level (UTS #39): one script, or Latin with
// Han and the Japanese kana, with Han and Bopomofo, or with Han and Hangul. Digits and the hyphen belong to no
// script. A whole label in one other script that only looks Latin (all Cyrillic `рауpаl`) is not caught here: it
// needs a table of confusable letters, and such labels are legitimate names in their own script.
import {getLang} from '../../i18n/index.js';

// The scripts a domain label is likely to use; a letter in none of them counts as "another script".
const SCRIPTS = [
	'Latn',
	'Cyrl',
	'Grek',
	'Armn',
	'Geor',
	'Hebr',
	'Arab',
	'Syrc',
	'Thaa',
	'Deva',
	'Beng',
	'Guru',
	'Gujr',
	'Orya',
	'Taml',
	'Telu',
	'Knda',
	'Mlym',
	'Sinh',
	'Thai',
	'Laoo',
	'Tibt',
	'Mymr',
	'Khmr',
	'Mong',
	'Ethi',
	'Cher',
	'Hani',
	'Hira',
	'Kana',
	'Bopo',
	'Hang',
] as const;
const SCRIPT_TESTS = SCRIPTS.map((code) => [code, new RegExp(`\\p{Script=${code}}`, 'u')] as const);
const NO_SCRIPT = /[\p{Script=Zyyy}\p{Script=Zinh}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const ALLOWED_MIXES: ReadonlyArray<ReadonlySet<string>> = [
	new Set(['Latn', 'Hani', 'Hira', 'Kana']),
	new Set(['Latn', 'Hani', 'Bopo']),
	new Set(['Latn', 'Hani', 'Hang']),
];

export type ScriptProblem =
	| {kind: 'emoji'; label: string; codePoint: string}
	| {kind: 'mixed'; label: string; scripts: string[]; codePoint: string; script: string};

/** The first look-alike problem in a name given in Unicode, or undefined. Script names are in the interface language. */
export function findScriptProblem(unicodeName: string): ScriptProblem | undefined {
	for (const label of unicodeName.split('.')) {
		const emoji = EMOJI.exec(label);
		if (emoji) return {kind: 'emoji', label, codePoint: codePointOf(emoji[0])};
		const seen: Array<{code: string; char: string}> = [];
		for (const char of label) {
			if (char <= '\x7f' && !/[a-z]/i.test(char)) continue;
			if (NO_SCRIPT.test(char)) continue;
			const code = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? 'Zzzz';
			if (!seen.some((s) => s.code === code)) seen.push({code, char});
		}
		if (seen.length < 2) continue;
		const codes = seen.map((s) => s.code);
		if (ALLOWED_MIXES.some((mix) => codes.every((c) => mix.has(c)))) continue;
		// Most used first; the script used least names the imitating letter (the Cyrillic `а` among Latin ones).
		const counts = new Map(codes.map((code) => [code, [...label].filter((c) => scriptOf(c) === code).length]));
		const ordered = seen.slice().sort((a, b) => counts.get(b.code)! - counts.get(a.code)!);
		const odd = ordered.at(-1)!;
		return {
			kind: 'mixed',
			label,
			scripts: ordered.map((s) => scriptName(s.code)),
			codePoint: codePointOf(odd.char),
			script: scriptName(odd.code),
		};
	}
	return undefined;
}

function scriptOf(char: string): string | undefined {
	if (NO_SCRIPT.test(char)) return undefined;
	return SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? 'Zzzz';
}

const names = new Map<string, Intl.DisplayNames>();

function scriptName(code: string): string {
	const lang = getLang();
	let display = names.get(lang);
	if (!display) {
		display = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], {type: 'script'});
		names.set(lang, display);
	}
	return code === 'Zzzz' ? (lang === 'zh' ? '其他文字' : 'another script') : (display.of(code) ?? code);
}

function codePointOf(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
