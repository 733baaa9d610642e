import {afterEach, describe, expect, it} from 'vitest';
import {parseCommandLine, UsageError} from '../../source/cli/args.js';
import {orderFlags, speedFlag} from '../../source/cli/options-from-flags.js';
import {setLang} from '../../source/i18n/index.js';
import {prefillFromFlags} from '../../source/ui/app/prefill.js';
import {Readable} from 'node:stream';

afterEach(() => setLang('en'));

// The register command takes every order flag; the sandbox command takes --speed.
const flags = (...argv: string[]) => parseCommandLine(['register', ...argv]).flags;
const complaint = (run: () => unknown): string => {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error('no complaint');
};

describe('flags → options', () => {
	it('converts each order flag, and says nothing of flags not given', () => {
		expect(orderFlags('register', flags())).toEqual({});
		expect(
			orderFlags(
				'register',
				flags(
					'--profile-id',
					'default',
					'--years',
					'3',
					'--dns',
					'NS1.Example.com, ns2.example.com',
					'--no-privacy',
					'--premium',
					'--trademark',
					'--coupon',
					'C1',
					'--promotion',
					'P1',
					'--batch-size',
					'50',
				),
			),
		).toEqual({
			profileId: 'default',
			years: 3,
			dns: ['ns1.example.com', 'ns2.example.com'],
			privacy: false,
			premium: true,
			trademark: true,
			coupon: 'C1',
			promotion: 'P1',
			batchSize: 50,
		});
		expect(orderFlags('register', flags('--profile-id', '42')).profileId).toBe(42);
	});

	it('leaves out the register-only flags for redeem', () => {
		expect(
			orderFlags(
				'redeem',
				flags('--profile-id', 'x', '--years', '99', '--dns', 'a', '--premium', '--coupon', 'C', '--batch-size', '7'),
			),
		).toEqual({coupon: 'C', batchSize: 7});
	});

	it('complains about a bad value in the interface language', () => {
		expect(complaint(() => orderFlags('register', flags('--dns', 'ns1.example.com')))).toBe(
			'--dns takes exactly two name servers, like ns1.example.com,ns2.example.com (got 1).',
		);
		expect(complaint(() => orderFlags('register', flags('--profile-id', 'abc')))).toMatch(
			/^--profile-id must be a number/,
		);
		// One server in two spellings is one server, whatever the case or a trailing dot.
		expect(complaint(() => orderFlags('register', flags('--dns', 'ns1.x.net,NS1.x.net.')))).toBe(
			"--dns: 'NS1.x.net.' is the same name server as ns1.x.net; give two different name servers",
		);
		expect(orderFlags('register', flags('--dns', 'NS1.x.net.,ns2.x.net')).dns).toEqual(['ns1.x.net', 'ns2.x.net']);
		expect(complaint(() => orderFlags('register', flags('--years', '11')))).toMatch(/^--years: /);
		expect(complaint(() => orderFlags('redeem', flags('--batch-size', '0')))).toMatch(/^--batch-size: /);
		expect(complaint(() => speedFlag(parseCommandLine(['sandbox', '--speed=0']).flags))).toBe(
			"--speed must be a positive number, not '0'.",
		);
		setLang('zh');
		expect(complaint(() => orderFlags('register', flags('--dns', 'ns1.example.com')))).toBe(
			'--dns 须是恰好两个 DNS 服务器，如 ns1.example.com,ns2.example.com（收到 1 个）。',
		);
		expect(complaint(() => orderFlags('register', flags('--dns', 'ns1.example.com,-bad-.com')))).toMatch(
			/^--dns：'-bad-\.com' /,
		);
		expect(complaint(() => orderFlags('register', flags('--years', '11')))).toMatch(/^--years：/);
	});

	it('the wizard gets its answers, and its complaints, from the same place', async () => {
		const stdin = Readable.from([]);
		expect(await prefillFromFlags('register', flags('--profile-id', '7', '--years', '2', '--premium'), stdin)).toEqual({
			profileId: 7,
			options: {years: 2, premium: true},
		});
		expect(await prefillFromFlags('redeem', flags(), stdin)).toEqual({});
		setLang('zh');
		const expected = complaint(() => orderFlags('register', flags('--dns', 'ns1.example.com,-bad-.com')));
		await expect(prefillFromFlags('register', flags('--dns', 'ns1.example.com,-bad-.com'), stdin)).rejects.toThrow(
			expected,
		);
		await expect(prefillFromFlags('register', flags('--dns', 'one.com'), stdin)).rejects.toThrow(
			'--dns 须是恰好两个 DNS 服务器',
		);
	});
});
