// The renew picker, walked like a person would, against the sandbox: pick, years, review (price × years, balance,
// what will fail), submit, watch to the end; the new expiry shows in the account; typed names are checked against
// the account; a premium failure comes back through review with premium allowed.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {YEAR_MS} from '../../../source/sandbox/clock.js';
import {startSandbox} from '../../../source/sandbox/server.js';
import {ARROW_DOWN, ENTER, ESC, PASTE} from '../../../source/ui/testing/index.js';
import {runtimeFor, sandboxClient, startApp, tempHome} from './wizard-harness.js';

afterEach(cleanup);

const opened = async () => {
	const sandbox = await startSandbox({port: 0, quiet: true, speed: 50});
	const home = tempHome();
	const client = sandboxClient(sandbox);
	const app = await startApp({home, createRuntime: async () => runtimeFor(client, home), start: {operation: 'renew'}});
	return {sandbox, app, client};
};

describe('the renew picker', () => {
	it('walks: select, 2 years, review price × years, submit, watch to the end; the new expiry is in the account', async () => {
		const {sandbox, app, client} = await opened();
		try {
			let frame = await app.see('9 domains to renew');
			// Soonest expiry first: the one already expired (renewal grace) on top.
			expect(frame).toMatch(/❯ ○ grace-period\.net\s+\d{4}-\d{2}-\d{2}\s+10 days ago/);
			frame = await app.see('CNY 12,000 premium');
			const before = await client.queryDomainByDomainName({DomainName: 'weekend-market.com'});
			await app.press(ARROW_DOWN + ARROW_DOWN, '❯ ○ weekend-market.com');
			await app.press(' ', '1 selected');
			await app.press(ARROW_DOWN, '❯ ○ tea.cn');
			frame = await app.press(' ', '2 selected');
			expect(frame).toContain('CNY 12,079.00 a year');
			frame = await app.press(ENTER, 'Renew · Options');
			// The options: years and premium only (no profile, DNS or privacy for a renewal).
			expect(frame).not.toContain('DNS');
			await app.press('\u007f2', 'Years (1–10)      2');
			await app.press(ENTER, 'Renew · Review');
			frame = await app.see('CNY 158.00 for 1 domain × 2 years');
			expect(frame).toContain('Renew 2 domains in 1 task');
			expect(frame).toMatch(/Will fail, not counted in the cost: 1 premium/);
			expect(frame).toContain('all from the account');
			await app.see('❯ Back');
			await app.press(ARROW_DOWN, '❯ Submit 2 domains');
			await app.press(ENTER, 'Renewing 2 domains');
			frame = await app.see('All 2 domains are final');
			expect(frame).toContain('1 succeeded');
			expect(frame).toContain('1 failed');
			for (const name of ['weekend-market.com', 'tea.cn']) expect(sandbox.world.tasksForDomain(name)).toHaveLength(1);
			const after = await client.queryDomainByDomainName({DomainName: 'weekend-market.com'});
			expect(after.ExpirationDateLong).toBe(before.ExpirationDateLong! + 2 * YEAR_MS);

			// The premium failure comes back through review with the account's expiry; premium is not turned on by the
			// retry itself: the review asks first (default no), and yes allows it.
			await app.press('r', 'Renew · Expiry dates from the account');
			await app.see('1 of 1 can be renewed');
			frame = await app.press(ENTER, 'Renew · Options');
			expect(frame).toMatch(/Allow premium\s+○ no/);
			frame = await app.press(ENTER, 'Renew · Review');
			frame = await app.see('❯ No, leave it out');
			expect(frame).toContain('failed as premium: tea.cn');
			await app.press(ARROW_DOWN, '❯ Yes, allow it');
			await app.press(ENTER, 'premium allowed');
			frame = await app.see('CNY 24,000.00 for 1 domain × 2 years');
			expect(frame).toContain('premium allowed');
		} finally {
			await sandbox.close();
		}
	});

	it("typed names are checked against the account: another account's, and one in redemption, are refused with the reason", async () => {
		const {sandbox, app} = await opened();
		try {
			await app.see('9 domains to renew');
			await app.press('t', 'expiries come from the account');
			await app.press(PASTE('lianyun-tech.com\npartner-portal.com\nquiet-harbor.com\n'), '3 domains');
			const frame = await app.press(ENTER, '1 of 3 can be renewed');
			expect(frame).toMatch(/partner-portal\.com\s+left out: not a domain of this account/);
			expect(frame).toMatch(/quiet-harbor\.com\s+left out: in its redemption period/);
			await app.press(ESC, 'Renew · Domains');
			await app.press(ESC, '9 domains to renew');
		} finally {
			await sandbox.close();
		}
	});

	it('w looks further ahead: with 90 days, a normal domain expiring in 60 days is listed too', async () => {
		const {sandbox, app} = await opened();
		try {
			await app.see('9 domains to renew');
			await app.press('w', 'Expiring within (days)');
			await app.press('\u007f\u007f90', 'Expiring within (days): 90');
			const frame = await app.press(ENTER, '10 domains to renew');
			expect(frame).toContain('Due or expiring within 90 days');
			expect(frame).toMatch(/lianyun-tech\.com\s+\d{4}-\d{2}-\d{2}\s+60 days/);
		} finally {
			await sandbox.close();
		}
	});
});
