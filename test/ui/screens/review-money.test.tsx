// The review's money lines against the sandbox: the estimate follows the years and the premium option, the review
// prices a list the availability check did not, the balance and what is left show, a batch over the balance is
// warned about and can be cut, --max-spend refuses Submit, a key without the billing permission says why.
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createDomainClient, type DomainClient} from '../../../source/api/client.js';
import {ApiError} from '../../../source/api/errors.js';
import {setLang} from '../../../source/i18n/index.js';
import {
	SANDBOX_CREDENTIALS,
	SANDBOX_RAM_CREDENTIALS,
	startSandbox,
	type RunningSandbox,
} from '../../../source/sandbox/server.js';
import {addToList, emptyList} from '../../../source/ui/state/wizard-list.js';
import {ARROW_DOWN, ENTER, waitFor} from '../../../source/ui/testing/index.js';
import {runtimeFor, sandboxClient, startApp, tempHome} from './wizard-harness.js';

let sandbox: RunningSandbox;
let poor: RunningSandbox;
/** An endpoint without the batch price API: the review prices with CheckDomain, 10 a second, long enough to stop. */
let checkOnly: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({port: 0, quiet: true, speed: 50});
	poor = await startSandbox({port: 0, quiet: true, speed: 50, balance: 1000});
	checkOnly = await startSandbox({port: 0, quiet: true, speed: 50, without: ['QueryDomainRealTimePrice']});
});
afterAll(async () => {
	await sandbox.close();
	await poor.close();
	await checkOnly.close();
});
afterEach(() => {
	cleanup();
	setLang('en');
});

const waitForFrame = async (app: {frame: () => string}, text: string, timeoutMs = 15_000) => {
	await waitFor(
		() => app.frame().includes(text),
		() => app.frame(),
		timeoutMs,
	);
	return app.frame();
};

const open = async (
	server: RunningSandbox,
	names: string,
	prefill: {options?: Record<string, unknown>; maxSpend?: number} = {},
	client = sandboxClient(server),
) => {
	const home = tempHome();
	const list = addToList(emptyList(), names, 'register');
	const app = await startApp({
		home,
		createRuntime: async () => runtimeFor(client, home),
		start: {operation: 'register', prefill: {list, profileId: 'default', options: {years: 1}, ...prefill}},
	});
	await app.see('Register · Availability');
	await app.press(ENTER, 'Register · Review');
	return app;
};

describe('the review prices the batch', () => {
	it('3 years of a premium name (premium allowed) cost 3 × its premium price; a trademark name is counted as failing', async () => {
		const app = await open(sandbox, 'abc.com\nyearly-shop.com\nnike-fan.com', {options: {years: 3, premium: true}});
		const frame = await waitForFrame(app, 'for 2 domains × 3 years');
		// abc.com 12,000 a year and yearly-shop.com 69 a year, three years each.
		expect(frame).toContain('CNY 36,207.00 for 2 domains × 3 years');
		expect(frame).toContain(
			'Will fail, not counted in the cost: 1 trademark (allow trademark in Options): nike-fan.com',
		);
		expect(frame).toMatch(/Balance\s+CNY [\d,]+\.00 · CNY [\d,]+\.00 left after this batch/);
	});

	it('names a failing Chinese name as the editor shows it, not in its xn-- form', async () => {
		const app = await open(sandbox, 'yearly-idn.com\nnike中文.com');
		const frame = await waitForFrame(app, 'Will fail, not counted in the cost');
		expect(frame).toContain('1 trademark (allow trademark in Options): nike中文.com');
		expect(frame).not.toContain('xn--');
	});

	it('without premium allowed the premium name is not priced but named as failing', async () => {
		const app = await open(sandbox, 'abc.com\nyearly-shop.com', {options: {years: 2}});
		const frame = await waitForFrame(app, 'for 1 domain × 2 years');
		expect(frame).toContain('CNY 138.00 for 1 domain × 2 years');
		expect(frame).toContain('1 premium (allow premium in Options): abc.com');
	});

	it('over the balance: says how many would fail, and c cuts the list to what the balance covers', async () => {
		const names = Array.from({length: 5}, (_, i) => `dear-${i}.io`).join('\n');
		const app = await open(poor, names);
		await waitForFrame(app, 'for 5 domains × 1 year');
		let frame = await app.see('would fail for lack of money');
		// 5 × 320 = 1,600 against 1,000: 3 are paid for (960), 2 are not.
		expect(frame).toContain('CNY 1,600.00 for 5 domains × 1 year');
		expect(frame).toContain('CNY 600.00 short');
		expect(frame.replace(/\s+/g, ' ')).toContain(
			'2 domains would fail for lack of money. Press c to cut the list to the 3 the balance covers.',
		);
		frame = await app.press('c', 'Register 3 domains');
		expect(frame).toContain('CNY 960.00 for 3 domains × 1 year');
		expect(frame).toContain('CNY 40.00 left after this batch');
		expect(frame).not.toContain('lack of money');
		// And says what it left out, with what those would have cost.
		expect(frame.replace(/\s+/g, ' ')).toContain(
			'Left out 2 domains the balance does not cover: dear-3.io, dear-4.io (CNY 640.00).',
		);
	});

	it('without premium allowed a long list is bounded from a few names per suffix, said as "at most" and why', async () => {
		const real = sandboxClient(sandbox);
		const asked: string[] = [];
		const counting = {
			...real,
			queryDomainRealTimePrice: async (...args: Parameters<DomainClient['queryDomainRealTimePrice']>) => {
				asked.push(...(JSON.parse(args[0].DomainItem) as Array<{DomainName: string}>).map((item) => item.DomainName));
				return real.queryDomainRealTimePrice(...args);
			},
		} as DomainClient;
		const names = [
			...Array.from({length: 40}, (_, i) => `bounded-${i}.com`),
			...Array.from({length: 10}, (_, i) => `bounded-${i}.net`),
		].join('\n');
		const app = await open(sandbox, names, {}, counting);
		const frame = await waitForFrame(app, 'at most CNY 3,550.00 for 50 domains × 1 year');
		expect(frame.replace(/\s+/g, ' ')).toContain("An upper bound: each name at its suffix's standard price.");
		// Three names of each suffix, not fifty.
		expect(asked).toHaveLength(6);
	});

	it('pricing can be stopped: the cost is then said to be unknown, with the key that prices the rest', async () => {
		const names = Array.from({length: 30}, (_, i) => `stop-price-${i}.com`).join('\n');
		// Premium allowed: every name's own price counts, so each is asked for.
		const app = await open(checkOnly, names, {options: {years: 1, premium: true}});
		// The time left is worked out from the rate observed so far. (Frames drawn under load may skip a count, so no
		// particular one is waited for.)
		await waitFor(
			() => /pricing \d+\/30, about \d+ s left/.test(app.frame()),
			() => app.frame(),
			15_000,
		);
		let frame = await app.press('s', 'press p to price them');
		// What is known and what is not, in the words every door uses; never the part as the cost.
		expect(frame).toMatch(/CNY [\d,.]+ for \d+ names?; \d+ not priced yet — press p to price them/);
		expect(frame).toContain('Submit 30 domains  to the sandbox');
		await app.press('p', 'pricing');
		frame = await waitForFrame(app, 'CNY 2,070.00 for 30 domains × 1 year');
		expect(frame).not.toContain('press p');
	});

	it('--max-spend below the estimate refuses Submit', async () => {
		const app = await open(sandbox, 'spend-one.com\nspend-two.com', {maxSpend: 100});
		await waitForFrame(app, 'for 2 domains × 1 year');
		const frame = await app.see('exceeds --max-spend');
		expect(frame).toContain('The estimate exceeds --max-spend CNY 100.00: Submit is refused.');
		expect(frame).toMatch(/Submit 2 domains – over --max-spend/);
		app.stdin.write(ARROW_DOWN);
		app.stdin.write(ENTER);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(app.frame()).toContain('Register · Review');
		expect(sandbox.world.tasksForDomain('spend-one.com')).toEqual([]);
	});

	it('a key without the billing permission: the balance is unknown, the permission is named, and the batch can still be sent', async () => {
		const client = createDomainClient({
			credentials: SANDBOX_RAM_CREDENTIALS,
			endpoint: sandbox.url,
			retry: {retries: 0},
		});
		const app = await open(sandbox, 'ram-user-shop.com', {}, client);
		const frame = await waitForFrame(app, 'no RAM permission');
		expect(frame.replace(/\s+/g, ' ')).toContain(
			'unknown: no RAM permission bssapi:QueryAccountBalance / bss:DescribeAcccount (NoPermission); sending is not blocked.',
		);
		await waitForFrame(app, 'for 1 domain × 1 year');
		await app.press(ARROW_DOWN, '❯ Submit 1 domain');
		await app.press(ENTER, '1 domain ·');
		await waitFor(
			() => sandbox.world.tasksForDomain('ram-user-shop.com').length === 1,
			() => app.frame(),
		);
	});

	it('says the money in Chinese with Intl formatting', async () => {
		setLang('zh');
		const home = tempHome();
		const list = addToList(emptyList(), 'zh-shop.com\nzh-blog.net', 'register');
		const app = await startApp({
			home,
			createRuntime: async () => runtimeFor(sandboxClient(sandbox), home, {lang: 'zh'}),
			start: {operation: 'register', prefill: {list, profileId: 'default', options: {years: 2}}},
		});
		await app.see('注册域名 · 可用性');
		await app.press(ENTER, '注册域名 · 确认');
		const frame = await waitForFrame(app, '（2 个域名 × 2 年）');
		// (69 + 79) × 2 = 296.
		expect(frame).toContain('CNY 296.00（2 个域名 × 2 年）');
		expect(frame).toMatch(/账户余额\s+CNY [\d,]+\.00 · 本批之后剩余 CNY [\d,]+\.00/);
	});
});

describe('the availability check says what it knows', () => {
	const check = async (names: string, client: DomainClient, options: Record<string, unknown> = {years: 1}) => {
		const home = tempHome();
		const list = addToList(emptyList(), names, 'register');
		const app = await startApp({
			home,
			createRuntime: async () => runtimeFor(client, home),
			start: {operation: 'register', prefill: {list, profileId: 'default', options}},
		});
		await app.see('Register · Availability');
		// `c` is taken only once the session is connected, and every row reads "not checked" until the check has
		// answered for it: wait for the one, then for the other.
		await waitFor(
			() => !app.frame().includes('Connecting…'),
			() => app.frame(),
			15_000,
		);
		app.stdin.write('c');
		await waitFor(
			() => !app.frame().includes('not checked'),
			() => app.frame(),
			15_000,
		);
		return app;
	};

	it('nothing green while a premium, a trademark or an unchecked name remains', async () => {
		const real = sandboxClient(sandbox);
		// Refused the batch price API (remembered under a key of its own), so every name goes to CheckDomain, where
		// one fails.
		const flaky = {
			...real,
			accessKeyId: 'flaky-review',
			queryDomainRealTimePrice: async () => {
				throw new ApiError({Code: 'InvalidAction.NotFound', Message: 'not here'}, 404);
			},
			checkDomain: async (params: Parameters<DomainClient['checkDomain']>[0]) => {
				if (params.DomainName === 'no-answer.com')
					throw new ApiError({Code: 'ServiceUnavailable', Message: 'down'}, 503);
				return real.checkDomain(params);
			},
		} as DomainClient;
		const app = await check('fine-name.com\nxyz.com\ndisney-fan.com\nno-answer.com', flaky);
		const frame = await waitForFrame(app, 'could not be checked');
		expect(frame).toContain('1 premium name fails unless premium is allowed (Options).');
		expect(frame).toContain('1 name holds a trademark term and fails unless trademark is allowed (Options).');
		expect(frame).toContain('1 name could not be checked: press c to check again.');
		expect(frame).toMatch(/disney-fan\.com\s+available · CNY 69\.00\/year · trademark term/);
		expect(frame).not.toContain('Every checked name can be registered');
	});

	it('green only when every name is known to go through, with premium allowed', async () => {
		// A sandbox of its own: the tests before it spent the shared one's CheckDomain rate, and a throttled check is
		// (rightly) never green. Reads are retried as the app's own client does.
		const own = await startSandbox({port: 0, quiet: true, speed: 50});
		try {
			const client = createDomainClient({
				credentials: SANDBOX_CREDENTIALS,
				endpoint: own.url,
				retry: {retries: 3, baseDelayMs: 50},
			});
			const app = await check('fine-two.com\nxyz.net', client, {years: 1, premium: true});
			const frame = await waitForFrame(app, 'Every checked name can be registered.');
			expect(frame).toMatch(/xyz\.net\s+premium · CNY 12,000\.00\/year/);
		} finally {
			await own.close();
		}
	});
});
