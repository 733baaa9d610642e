// Failure reasons in plain words (core/words/reason-words.ts): every text the sandbox fails a domain with, in
// English and Chinese, reads as the fix without an API parameter's name, and the server's text is kept beside it.
import {afterEach, describe, expect, it} from 'vitest';
import {reasonWithServerText, reasonWords} from '../../source/core/words/reason-words.js';
import {classifyFailure} from '../../source/core/order/retry-plan.js';
import {failureLines} from '../../source/commands/watch.js';
import {setLang} from '../../source/i18n/index.js';
import {FAILURES} from '../../source/sandbox/registry-rules.js';
import {inLang} from '../../source/sandbox/texts-zh.js';

afterEach(() => setLang('en'));

const serverTexts = [
	...Object.values(FAILURES).filter((f) => typeof f !== 'function'),
	FAILURES.trademark('nike'),
	FAILURES.expiryMismatch(1_700_000_000_000),
].flatMap((f) => [f.errorMsg, f.failReason]);
/** What an API parameter's name looks like: two or more capitalised words run together. */
const PARAMETER = /\b[A-Z][a-z]+[A-Z][A-Za-z]+\b/;

describe('reason words', () => {
	it('names no API parameter, in either language, for any sandbox failure it recognises', () => {
		for (const lang of ['en', 'zh'] as const) {
			setLang(lang);
			for (const server of serverTexts) {
				const text = inLang(server, lang);
				const words = reasonWords(text);
				if (classifyFailure(text) === 'transient') expect(words, text).toBeUndefined();
				else expect(words, text).toMatch(/\S/);
				if (words) expect(words, text).not.toMatch(PARAMETER);
			}
		}
	});

	it('says how to allow a premium or trademark name, and keeps the server text beside it', () => {
		const premium = FAILURES.premium.failReason;
		expect(reasonWords(premium)).toBe('premium name: allow premium in Options, or --premium');
		expect(reasonWithServerText(premium)).toBe(`premium name: allow premium in Options, or --premium (${premium})`);
		expect(reasonWords(FAILURES.trademark('nike').failReason)).toContain('--trademark');
		setLang('zh');
		expect(reasonWords(inLang(premium, 'zh'))).toBe('溢价域名：在“选项”中允许溢价，或加 --premium');
		expect(reasonWithServerText(inLang(premium, 'zh'))).toBe(
			`溢价域名：在“选项”中允许溢价，或加 --premium（${inLang(premium, 'zh')}）`,
		);
		// A text it does not recognise is shown as the server wrote it.
		expect(reasonWithServerText('Registry connection timed out.')).toBe('Registry connection timed out.');
	});

	it('--wait ends with the fix first and the server text after it', () => {
		const lines = failureLines({
			domains: [
				{domain: 'abc.com', status: 'failed', error: FAILURES.premium.failReason},
				{domain: 'ok.com', status: 'succeeded'},
			],
		});
		expect(lines).toEqual([
			'1 failed:',
			`  abc.com\tpremium name: allow premium in Options, or --premium (${FAILURES.premium.failReason})`,
		]);
	});
});
