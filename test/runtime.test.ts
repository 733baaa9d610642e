// The variables tests and demos set to shorten time: read as numbers, anything else leaves the default in place.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_SETTLE_MS} from '../source/core/submit/submit-batch.js';
import {createRuntime, numberFromEnv} from '../source/runtime.js';

describe('numberFromEnv', () => {
	it.each([
		['250', 0, 250],
		['0', 0, 0],
		[' 12.5 ', 0, 12.5],
		['0', Number.MIN_VALUE, undefined],
		['-1', 0, undefined],
		['fast', 0, undefined],
		['', 0, undefined],
		['Infinity', 0, undefined],
		[undefined, 0, undefined],
	])('%j (at least %d) is %j', (value, min, expected) => {
		expect(numberFromEnv(value, min)).toBe(expected);
	});
});

describe('the runtime from the environment', () => {
	const home = () => mkdtempSync(join(tmpdir(), 'alidomain-runtime-'));

	it('takes the settle window from ALIDOMAIN_SETTLE_MS, and keeps the default for a value that is not a number', async () => {
		for (const [value, expected] of [
			['300', 300],
			['soon', DEFAULT_SETTLE_MS],
		] as const) {
			const runtime = await createRuntime({
				flags: {sandbox: true},
				env: {ALIDOMAIN_HOME: home(), ALIDOMAIN_SETTLE_MS: value, ALIDOMAIN_SANDBOX_SPEED: '50'},
			});
			try {
				expect(runtime.settleMs).toBe(expected);
			} finally {
				await runtime.close();
			}
		}
	});

	it("carries the account's site: --site, else the China site", async () => {
		for (const [flags, expected] of [
			[{sandbox: true, site: 'intl'}, 'intl'],
			[{sandbox: true}, 'cn'],
			[{site: 'intl'}, 'intl'],
			[{}, 'cn'],
		] as const) {
			const runtime = await createRuntime({
				flags: {...flags},
				env: {
					ALIDOMAIN_HOME: home(),
					ALIDOMAIN_SANDBOX_SPEED: '50',
					ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIexample',
					ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'example-secret',
				},
			});
			try {
				expect(runtime.site, JSON.stringify(flags)).toBe(expected);
			} finally {
				await runtime.close();
			}
		}
	});
});
