import {describe, expect, it} from 'vitest';
import {detectUnicode, plainTheme, unicodeTheme} from '../../source/ui/theme.js';

describe('theme', () => {
	it('draws Unicode except on the Linux console and old Windows consoles', () => {
		expect(detectUnicode({TERM: 'xterm-256color'}, 'linux')).toBe(true);
		expect(detectUnicode({TERM: 'linux'}, 'linux')).toBe(false);
		expect(detectUnicode({}, 'darwin')).toBe(true);
		expect(detectUnicode({}, 'win32')).toBe(false);
		expect(detectUnicode({WT_SESSION: 'abc'}, 'win32')).toBe(true);
	});

	it('has a plain twin for every symbol, in ASCII', () => {
		expect(Object.keys(plainTheme.symbols)).toEqual(Object.keys(unicodeTheme.symbols));
		const plain = Object.values(plainTheme.symbols).flat().join('');
		expect(plain).toMatch(/^[\u0020-\u007E]*$/);
		expect(unicodeTheme.symbols.success).toBe('✔');
		expect(plainTheme.symbols.masked).not.toBe('');
	});
});
