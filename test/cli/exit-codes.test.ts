// The exit codes are written in three places that must agree: the code (source/cli/exit-codes.ts), README's table,
// and `--help` in both languages.
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {EXIT} from '../../source/cli/exit-codes.js';
import {helpText} from '../../source/cli/help.js';
import {setLang} from '../../source/i18n/index.js';

afterEach(() => setLang('en'));

describe('exit codes', () => {
	const codes = Object.values(EXIT).sort((a, b) => a - b);

	it("README's table has one row per code, and no other", () => {
		const readme = readFileSync('README.md', 'utf8');
		const table = readme.slice(readme.indexOf('**Exit codes:**'));
		const rows = [...table.matchAll(/^\| (\d+) \| /gm)].map((m) => Number(m[1]));
		expect(rows).toEqual(codes);
		expect(table).toMatch(/^\| 0 \| .*nothing needed doing/m);
		expect(table).toMatch(/^\| 5 \| .*in flight in another task/m);
	});

	it('--help names every code, in English and Chinese', () => {
		for (const lang of ['en', 'zh'] as const) {
			setLang(lang);
			const help = helpText(undefined);
			const section = help.slice(help.search(/Exit codes|退出码/));
			for (const code of codes) expect(section, `${lang}: ${code}`).toMatch(new RegExp(`(^|[\\s，,：:])${code} `, 'm'));
		}
	});
});
