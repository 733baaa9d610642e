// The shape of source/ui, kept by a test: every screen draws through the one Frame, nothing else builds a header,
// key bar or help by hand, and no file is over 300 lines without saying why at its top.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';

const UI = join(process.cwd(), 'source/ui');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
	});
}

const files = filesUnder(UI).map(path => ({path: relative(UI, path), text: readFileSync(path, 'utf8')}));
// A screen is a file that exports a component named …Screen.
const screens = files.filter(file => /export const \w+Screen = /.test(file.text));

describe('source/ui', () => {
	it('has screens, and every one renders through Frame (directly or as ScreenFrame)', () => {
		expect(screens.length).toBeGreaterThanOrEqual(12);
		for (const screen of screens) {
			expect(/<(Screen)?Frame[\s>]/.test(screen.text), screen.path).toBe(true);
		}
	});

	it('draws the header, the key bar and the help only in Frame', () => {
		for (const file of files.filter(file => !['components/Frame.tsx', 'components/index.ts'].includes(file.path))) {
			expect(/<(Header|KeyBar|HelpOverlay)[\s/>]/.test(file.text), file.path).toBe(false);
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
