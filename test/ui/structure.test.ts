// The shape of source/ui, kept by a test: every screen draws through the one Frame, nothing else builds a header,
// key bar or help by hand, no screen compares raw key letters (it asks the key table), and no file is over 300
// lines without saying why at its top.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';

const UI = join(process.cwd(), 'source/ui');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
	});
}

const files = filesUnder(UI).map((path) => ({path: relative(UI, path), text: readFileSync(path, 'utf8')}));
// A screen is a file that exports a component named …Screen.
const screens = files.filter((file) => /export const \w+Screen = /.test(file.text));

/**
 * Comparisons of a key with a raw character: `key.text === 'x'`, `key.name === 'o'`, `case 'x':`, `switch (key.text)`.
 * Which key means what is the key table's (ui/input/key-bindings.ts, `matches`), read nowhere else.
 */
export const rawKeyComparisons = (code: string): string[] =>
	[
		...code.matchAll(
			/\.(?:text|name)\s*[!=]==?\s*'(?:[^'\\]|\\.)'|'(?:[^'\\]|\\.)'\s*[!=]==?\s*\w+\.(?:text|name)\b|\bcase\s+'(?:[^'\\]|\\.)'\s*:|\bswitch\s*\(\s*\w+\.(?:text|name)\s*\)/g,
		),
	].map((match) => match[0]);

describe('source/ui', () => {
	it('has screens, and every one renders through Frame (directly or as ScreenFrame)', () => {
		expect(screens.length).toBeGreaterThanOrEqual(12);
		for (const screen of screens) {
			expect(/<(Screen)?Frame[\s>]/.test(screen.text), screen.path).toBe(true);
		}
	});

	it('draws the header, the key bar and the help only in Frame', () => {
		for (const file of files.filter((file) => !['components/Frame.tsx', 'components/index.ts'].includes(file.path))) {
			expect(/<(Header|KeyBar|HelpOverlay)[\s/>]/.test(file.text), file.path).toBe(false);
		}
	});

	it('finds raw key comparisons, and only those', () => {
		const code =
			"if (key.text === 'x') {}\nif (key.name !== 'o') {}\nif (' ' === key.text) {}\nswitch (key.text) {\ncase 'q': {}\n}\nif (key.text === '\\\\') {}\n" +
			"if (key.text !== undefined) {}\nif (key.name === 'delete') {}\nif (matches('addAccount', key)) {}\nif (value === '') {}";
		expect(rawKeyComparisons(code)).toEqual([
			".text === 'x'",
			".name !== 'o'",
			"' ' === key.text",
			'switch (key.text)',
			"case 'q':",
			".text === '\\\\'",
		]);
	});

	it('has no raw key letters outside the input layer: screens, components and hooks ask the key table', () => {
		const outsideInput = files.filter((file) => !file.path.startsWith('input/'));
		expect(outsideInput.filter((file) => file.path.startsWith('screens/')).length).toBeGreaterThanOrEqual(12);
		for (const file of outsideInput) {
			expect(rawKeyComparisons(file.text), file.path).toEqual([]);
		}
	});

	it('has no file over 300 lines without a reason at its top', () => {
		for (const file of files) {
			const lines = file.text.split('\n').length;
			if (lines > 300) {
				const top = file.text.split('\n').slice(0, 10).join('\n');
				expect(top, `${file.path}: ${lines} lines`).toMatch(/longer than 300 lines/i);
			}
		}
	});
});
