import chalk from 'chalk';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {Box} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {Header} from '../../../source/ui/components/Header.js';
import {unstyled} from '../../../source/ui/testing/index.js';

// Styles only reach the frame when colour is on. Test files share a process (vitest.config.ts), so colour is turned
// on for this file's tests only, on the one colour instance the renderer uses, and put back after them.
let levelBefore: typeof chalk.level;
beforeAll(() => {
	levelBefore = chalk.level;
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = levelBefore;
});

afterEach(cleanup);

describe('Header', () => {
	it('names the app, the screen, the account and the endpoint', () => {
		const {lastFrame} = render(<Header title="Register" account="prod" endpoint="domain.aliyuncs.com" />);
		const frame = unstyled(lastFrame());
		expect(frame).toMatch(/^alidomain → Register +account prod · domain\.aliyuncs\.com$/);
		expect(frame).not.toContain('SANDBOX');
	});

	it('short of room cuts the endpoint from the left and keeps the account whole', () => {
		const {lastFrame, stdout} = render(
			<Box width={80}>
				<Header
					title="Register · Availability"
					account="production-main"
					endpoint="http://domain-api.internal.example.com:8443"
				/>
			</Box>,
		);
		const frame = unstyled(lastFrame());
		expect(frame, String(stdout)).toContain('account production-main · …');
		expect(frame).toMatch(/:8443$/);
	});

	it('shows a bold inverse SANDBOX badge in the sandbox', () => {
		const {lastFrame} = render(<Header account="sandbox" endpoint="127.0.0.1:4000" sandbox />);
		const frame = lastFrame() ?? '';
		expect(unstyled(frame)).toMatch(/ SANDBOX ?$/);
		// Bold (1) and inverse (7) must both be on the badge.
		// eslint-disable-next-line no-control-regex -- the escape codes are what is checked
		const badge = /((?:\u001B\[[0-9;]*m)+) SANDBOX/.exec(frame);
		expect(badge?.[1]).toContain('\u001B[1m');
		expect(badge?.[1]).toContain('\u001B[7m');
	});

	it('says sandbox once for the built-in sandbox, in either language', async () => {
		const {setLang} = await import('../../../source/i18n/index.js');
		for (const lang of ['en', 'zh'] as const) {
			setLang(lang);
			const {lastFrame} = render(<Header title="t" account="sandbox" endpoint="built-in sandbox" sandbox />);
			const frame = unstyled(lastFrame());
			expect(frame.match(/sandbox|沙箱/gi)).toHaveLength(1);
		}

		setLang('en');
	});
});
