// The redeem picker, walked like a person would: against the sandbox for the happy path, and against clients that
// answer with nothing or fail, for the empty and error states.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {ApiError} from '../../../source/api/errors.js';
import type {DomainClient} from '../../../source/api/client.js';
import {startSandbox} from '../../../source/sandbox/server.js';
import {ARROW_DOWN, ENTER, ESC, PASTE, waitFor} from '../../../source/ui/testing/index.js';
import {runtimeFor, sandboxClient, startApp, tempHome} from './wizard-harness.js';

afterEach(cleanup);

const opened = async (options: {balance?: number; speed?: number} = {}) => {
	const sandbox = await startSandbox({port: 0, quiet: true, speed: 50, ...options});
	const home = tempHome();
	const client = sandboxClient(sandbox);
	const app = await startApp({home, createRuntime: async () => runtimeFor(client, home), start: {operation: 'redeem'}});
	return {sandbox, app, home};
};

describe('the redeem picker', () => {
	it('walks: select some, all, none, filter, sort, continue to review, submit, watch to the end, export', async () => {
		const {sandbox, app} = await opened();
		try {
			let frame = await app.see('27 domains in redemption');
			// Soonest deadline first, the expiry day, days left, and the fee once known; pending delete at the end.
			expect(frame).toMatch(/❯ ○ coffee-club\.io\s+\d{4}-\d{2}-\d{2}\s+last day/);
			frame = await app.see('CNY 1,200');
			expect(frame).toContain('0 selected');

			await app.press(' ', '1 selected');
			await app.press(ARROW_DOWN, '❯ ○ launch-party.net');
			frame = await app.press(' ', '2 selected');
			expect(frame).toContain('fee CNY 2,400.00');
			frame = await app.press('a', '24 selected');
			expect(frame).toContain('fee CNY 28,800.00');
			await app.press('a', '0 selected');

			// Filter: .cn names; `a` then selects the matches that can be redeemed (not the one in pending delete).
			await app.press('/', 'Filter:');
			frame = await app.press('.cn', "6 match '.cn'");
			expect(frame).toContain('last-chance-deals.cn');
			expect(frame).not.toContain('coffee-club.io');
			await app.press(ENTER, 'a all/none');
			frame = await app.press('a', '5 selected');
			expect(frame).toContain('fee CNY 6,000.00');
			// Esc clears the filter and keeps the selection.
			frame = await app.press(ESC, 'coffee-club.io');
			expect(frame).toContain('5 selected');

			frame = await app.press('s', 's sort by days');
			expect(frame.indexOf('bamboo-desk.com')).toBeGreaterThan(0);
			expect(frame.indexOf('bamboo-desk.com')).toBeLessThan(frame.indexOf('blue-whale-data.io'));
			expect(frame.indexOf('blue-whale-data.io')).toBeLessThan(frame.indexOf('cloud-kitchen-demo.com'));
			await app.press('s', 's sort by name');

			await app.press(ENTER, 'Redeem · Options');
			frame = await app.press(ENTER, 'Redeem · Review');
			frame = await app.see('❯ Back');
			expect(frame).toContain('Redeem 5 domains in 1 task');
			expect(frame).toContain('0 typed by hand, the rest from the account');
			for (const name of ['river-town.cn', 'red-lantern.cn']) expect(frame).toContain(name);
			// The estimate takes the fees the picker showed (per suffix), without asking CheckDomain again.
			frame = await app.see('CNY 6,000.00, the redemption fee of 5 domains');
			expect(frame).not.toContain('pricing');
			await app.press(ARROW_DOWN, '❯ Submit 5 domains');
			await app.press(ENTER, 'Redeeming 5 domains');
			frame = await app.see('All 5 domains are final');
			expect(frame).toContain('5 succeeded');
			expect(frame).toContain('✔ All 5 domains are final');
			// The server redeemed exactly those five, once each.
			for (const name of [
				'old-team-blog.cn',
				'red-lantern.cn',
				'green-tea-house.cn',
				'river-town.cn',
				'lotus-yoga.cn',
			]) {
				expect(sandbox.world.tasksForDomain(name)).toHaveLength(1);
			}

			expect(sandbox.world.tasksForDomain('coffee-club.io')).toHaveLength(0);
			expect(sandbox.world.tasksForDomain('last-chance-deals.cn')).toHaveLength(0);

			await app.press('e', 'Exported 5 domains');
			const exports = join(app.env.ALIDOMAIN_HOME, 'data', 'exports');
			await waitFor(
				() => existsSync(exports) && readdirSync(exports).length > 0,
				() => app.frame(),
			);
			const [folder] = readdirSync(exports);
			expect(readFileSync(join(exports, folder!, 'results.csv'), 'utf8')).toContain('river-town.cn');
		} finally {
			await sandbox.close();
		}
	});

	it('a batch from the picker retries its failed domains through review, with the account expiries', async () => {
		// Money for one redemption only: the second one fails with "Insufficient account balance".
		const {sandbox, app} = await opened({balance: 1500});
		try {
			await app.see('CNY 1,200');
			await app.press(' ', '1 selected');
			await app.press(ARROW_DOWN, '❯ ○ launch-party.net');
			await app.press(' ', '2 selected');
			await app.press(ENTER, 'Redeem · Options');
			await app.press(ENTER, 'Redeem · Review');
			await app.see('❯ Back');
			await app.press(ARROW_DOWN, '❯ Submit 2 domains');
			await app.press(ENTER, 'Redeeming 2 domains');
			let frame = await app.see('All 2 domains are final');
			expect(frame).toContain('1 failed');
			// The retry looks the account's expiry up again (a domain redeemed meanwhile would be left out there).
			frame = await app.press('r', 'Redeem · Expiry dates');
			await app.see('1 of 1 can be redeemed');
			await app.press(ENTER, 'Redeem · Options');
			frame = await app.press(ENTER, 'Redeem · Review');
			frame = await app.see('❯ Back');
			expect(frame).toMatch(/Redeem 1 domain\b/);
			expect(frame).toContain('0 typed by hand, the rest from the account');
			expect(frame).toContain('1 failed for lack of balance: top up the account before you submit');
		} finally {
			await sandbox.close();
		}
	});

	it('a domain already being redeemed by an earlier batch says so and cannot be selected again', async () => {
		// Slow enough that the first redeem is still running when the picker opens again.
		const {sandbox, app} = await opened({speed: 0.01});
		try {
			await app.see('CNY 1,200');
			await app.press(' ', '1 selected');
			await app.press(ENTER, 'Redeem · Options');
			await app.press(ENTER, 'Redeem · Review');
			await app.see('❯ Back');
			await app.press(ARROW_DOWN, '❯ Submit 1 domain');
			await app.press(ENTER, 'Redeeming 1 domain');
			await app.press('q', 'Redeem domains');
			await app.press(ARROW_DOWN, '❯ Redeem domains');
			let frame = await app.press(ENTER, 'ordered already');
			expect(frame).toMatch(/○ coffee-club\.io\s+\d{4}-\d{2}-\d{2}\s+ordered already/);
			frame = await app.press(' ', 'already in flight in task');
			expect(frame).toContain('0 selected');
			frame = await app.press('a', '23 selected');
			expect(sandbox.world.tasksForDomain('coffee-club.io')).toHaveLength(1);
		} finally {
			await sandbox.close();
		}
	});

	it('pasted names are checked against the same list: outside the redemption period, or pending delete, they say so', async () => {
		const {sandbox, app} = await opened();
		try {
			await app.see('27 domains in redemption');
			await app.press('t', 'Type a domain');
			await app.press(
				PASTE('lianyun-tech.com\nspring-promo-2023.com\ngrace-period.net\nquiet-harbor.com'),
				'4 domains',
			);
			const frame = await app.press(ENTER, '1 of 4 can be redeemed');
			expect(frame).toMatch(/lianyun-tech\.com\s+left out: not in its redemption period: it is not expired/);
			expect(frame).toMatch(/spring-promo-2023\.com\s+left out: pending delete/);
			expect(frame).toMatch(/grace-period\.net\s+left out: not in its redemption period: it needs renewal/);
			// Esc walks back to the editor, then to the picker.
			await app.press(ESC, 'Type a domain');
			await app.press(ESC, '27 domains in redemption');
		} finally {
			await sandbox.close();
		}
	});
});

const emptyPage = {
	RequestId: 'r',
	TotalItemNum: 0,
	CurrentPageNum: 1,
	TotalPageNum: 0,
	PageSize: 100,
	Data: {Domain: []},
};

describe('the picker when the list is empty or cannot be read', () => {
	it('says none is in redemption and offers to type names anyway', async () => {
		const home = tempHome();
		const client = {
			endpoint: 'http://127.0.0.1:1',
			accessKeyId: 'k',
			queryDomainList: async () => emptyPage,
			checkDomain: async () => ({}),
		} as unknown as DomainClient;
		const app = await startApp({
			home,
			createRuntime: async () => runtimeFor(client, home),
			start: {operation: 'redeem'},
		});
		const frame = await app.see('No domain of this account is in its redemption period.');
		expect(frame).toContain('t to type or paste names anyway');
		await app.press(ENTER, 'Nothing selected');
		await app.press('t', 'Type a domain');
	});

	it('shows a failed look-up with its hint, and r tries again', async () => {
		const home = tempHome();
		let calls = 0;
		const client = {
			endpoint: 'http://127.0.0.1:1',
			accessKeyId: 'k',
			queryDomainList: async () => {
				calls++;
				if (calls === 1)
					throw new ApiError(
						{
							Code: 'Forbidden.RAM',
							Message: 'User not authorized to operate on the specified resource.',
							RequestId: 'REQ-1',
						},
						403,
						{ramAction: 'domain:QueryCommonInfo'},
					);
				return {
					...emptyPage,
					TotalItemNum: 1,
					TotalPageNum: 1,
					Data: {
						Domain: [
							{DomainName: 'back-again.com', DomainStatus: '2', ExpirationDateLong: Date.now() - 40 * 86_400_000},
						],
					},
				};
			},
			checkDomain: async () => {
				throw new Error('no fees here');
			},
		} as unknown as DomainClient;
		const app = await startApp({
			home,
			createRuntime: async () => runtimeFor(client, home),
			start: {operation: 'redeem'},
		});
		let frame = await app.see('Could not look up the domains in their redemption period');
		expect(frame).toContain('Forbidden.RAM');
		expect(frame).toContain('domain:QueryCommonInfo');
		expect(frame).toContain('r retry');
		frame = await app.press('r', '1 domain in redemption');
		expect(frame).toContain('back-again.com');
		// No fee known: the row says so rather than guessing, and the selection counts it as unpriced.
		frame = await app.press(' ', '1 selected');
		expect(frame).toContain('+ 1 unpriced');
		expect(calls).toBe(2);
	});
});
