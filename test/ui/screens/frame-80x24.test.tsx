// Every screen at 80×24, in both languages: drawn in the frame (header on the first line, key bar on the last),
// the screen's main action and its way out on the key bar, nothing wider or taller than the terminal, and no line
// of a warning, a reason or the cost cut off.
import {cleanup} from 'ink-testing-library';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {setLang, type Lang} from '../../../source/i18n/index.js';
import type {RunningSandbox} from '../../../source/sandbox/server.js';
import {ARROW_DOWN, CTRL_C, CTRL_U, ENTER, ESC, PASTE, TAB, waitFor} from '../../../source/ui/testing/index.js';
import {mainKeys, type MainKeysView} from '../../../source/ui/input/main-keys.js';
import {hint} from '../../../source/ui/input/key-bindings.js';
import {
	keyBarOf,
	noCredentials,
	runtimeFor,
	sandboxClient,
	startApp,
	startTestSandbox,
	tempHome,
} from './wizard-harness.js';

const SIZE = {columns: 80, rows: 24};

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startTestSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
afterEach(() => {
	cleanup();
	setLang('en');
});

type Words = {main: string; out: string};

/** The key bar's words for the main action and the way out of each screen, per language. */
const BAR: Record<Lang, Record<string, Words>> = {
	en: {
		firstRun: {main: 'Enter select', out: 'q quit'},
		home: {main: 'Enter select', out: 'q quit'},
		accounts: {main: 'Enter use', out: 'Esc back'},
		addAccount: {main: 'Enter next', out: 'Esc back'},
		domains: {main: 'Enter add / continue when empty', out: 'Esc back'},
		domainsList: {main: 'Enter continue', out: 'Tab/Esc type'},
		availability: {main: 'Enter continue', out: 'Esc back'},
		profile: {main: 'Enter choose', out: 'Esc back'},
		options: {main: 'Enter continue', out: 'Esc back'},
		review: {main: 'Enter select', out: 'Esc back'},
		status: {main: 'r retry', out: 'q leave'},
		history: {main: 'Enter open', out: 'q leave'},
		expiry: {main: 'Enter continue', out: 'Esc back'},
		picker: {main: 'Enter continue', out: 'Esc back'},
	},
	zh: {
		firstRun: {main: 'Enter 选择', out: 'q 退出'},
		home: {main: 'Enter 选择', out: 'q 退出'},
		accounts: {main: 'Enter 使用', out: 'Esc 返回'},
		addAccount: {main: 'Enter 下一项', out: 'Esc 返回'},
		domains: {main: 'Enter 添加 / 空行时继续', out: 'Esc 返回'},
		domainsList: {main: 'Enter 继续', out: 'Tab/Esc 输入'},
		availability: {main: 'Enter 继续', out: 'Esc 返回'},
		profile: {main: 'Enter 选择', out: 'Esc 返回'},
		options: {main: 'Enter 继续', out: 'Esc 返回'},
		review: {main: 'Enter 选择', out: 'Esc 返回'},
		status: {main: 'r 重试', out: 'q 离开'},
		history: {main: 'Enter 打开', out: 'q 离开'},
		expiry: {main: 'Enter 继续', out: 'Esc 返回'},
		picker: {main: 'Enter 继续', out: 'Esc 返回'},
	},
};

// Lines that carry a warning, an error, a notice or a reason start with one of these marks (a table row, which
// shows its whole error under the table, starts with its pointer column).
const MARKED = /^[⚠✖ℹ✔]/u;

/**
 * Checks one frame and returns its lines. With a view, every key its main tasks need (ui/input/main-keys.ts) must
 * be named on the key bar, whole: a key that gave way behind "…" fails here.
 */
function checkFrame(step: string, frame: string, words: Words, size = SIZE, view?: MainKeysView): string[] {
	const lines = frame.split('\n');
	const context = `${step}:\n${frame}`;
	expect(lines.length, context).toBeLessThan(size.rows);
	for (const line of lines) {
		expect(stringWidth(line), `${context}\nline too wide: ${line}`).toBeLessThanOrEqual(size.columns);
	}

	expect(lines[0], context).toMatch(/^alidomain → /);
	const {text: bar, keys} = keyBarOf(lines);
	expect(bar, context).toContain(words.main);
	expect(bar, context).toContain(words.out);
	for (const id of view ? mainKeys[view] : []) {
		// Help is `?`, or F1 where a text field takes `?` as text.
		const named =
			id === 'help' ? keys.has(hint('help').keys) || keys.has(hint('helpInField').keys) : keys.has(hint(id).keys);
		expect(named, `${context}\n${view}: the bar does not name ${id} (${hint(id).keys})`).toBe(true);
	}
	// A cut line ends in an ellipsis; a warning, reason or notice must never be one.
	for (const line of lines.filter((line) => MARKED.test(line))) {
		expect(line.trimEnd().endsWith('…'), `${context}\ncut: ${line}`).toBe(false);
	}

	// A mark always has a space after it ("✔ Saved", never "✔Saved"); a wrapped line never starts with the space the
	// break fell on (rows and indented lines start with two or more; the line under the header may hold section tabs,
	// drawn with padding).
	for (const [index, line] of lines.entries()) {
		expect(line, `${context}\nmark against a word: ${line}`).not.toMatch(/[⚠✖ℹ✔]\S/u);
		if (index > 1) {
			expect(line, `${context}\nwrapped line starts with a space: ${line}`).not.toMatch(/^ \S/u);
		}
	}

	return lines;
}

/** The text of a frame as one line, so a wrapped sentence can be looked for whole. */
// Lines read as one text: a break at a space is a space, and a break between two Chinese characters (where Chinese
// text wraps, docs/architecture.md "The screen") is nothing.
const joined = (frame: string) =>
	frame
		.split('\n')
		.map((line) => line.trim())
		.reduce((text, line) =>
			/[\u3000-\u9fff\uff00-\uffef]$/u.test(text) && /^[\u3000-\u9fff\uff00-\uffef]/u.test(line)
				? text + line
				: `${text} ${line}`,
		);

describe.each(['en', 'zh'] as const)('every screen at 80×24 (%s)', (lang) => {
	const bar = BAR[lang];
	const zh = lang === 'zh';

	it('first run, accounts and adding an account', async () => {
		setLang(lang);
		const app = await startApp({createRuntime: noCredentials, size: SIZE});
		checkFrame('first run', await app.see(zh ? '试用沙箱' : 'Try the sandbox'), bar.firstRun, SIZE, 'firstRun');
		await app.press(ARROW_DOWN, zh ? '❯ 添加 AccessKey' : '❯ Add an AccessKey');
		const add = checkFrame(
			'add account',
			await app.press(ENTER, 'AccessKey ID'),
			bar.addAccount,
			SIZE,
			'addAccount',
		).join('\n');
		// The two sites apart: side by side with room between them, or one under the other.
		expect(add).not.toMatch(/\)\s?[●○]/u);
		expect(add).toContain(zh ? '○ 国际站' : '○ International');
	});

	it('register: home, list, availability, profile, options, review, status, history', async () => {
		setLang(lang);
		const home = tempHome();
		const client = sandboxClient(sandbox);
		const app = await startApp({home, createRuntime: async () => runtimeFor(client, home, {lang}), size: SIZE});
		checkFrame('home', await app.see(zh ? '要做什么？' : 'What would you like to do?'), bar.home, SIZE, 'home');
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, zh ? '❯ 账号' : '❯ Accounts');
		checkFrame(
			'accounts',
			await app.press(ENTER, zh ? '已保存的账号' : 'Stored accounts'),
			bar.accounts,
			SIZE,
			'accounts',
		);
		await app.press(ESC, zh ? '❯ 注册域名' : '❯ Register domains');
		checkFrame('list', await app.press(ENTER, 'example.com'), bar.domains, SIZE, 'domains');
		// A rejected line whose reason is longer than a line: it must wrap, whole. The names differ by language:
		// both walks share one sandbox, and a name ordered by the first is left out of the second.
		const list = await app.press(
			PASTE(`shop-wrap-one-${lang}.com\nbad_name_with_underscores!.com\nshop-wrap-two-${lang}.net\ntaken-wrap.com\n`),
			zh ? '3 个域名' : '3 domains',
		);
		checkFrame('list pasted', list, bar.domains, SIZE, 'domains');
		expect(joined(list)).toMatch(
			zh ? /包含 '_'；只能使用字母、数字和连字符/ : /only letters, digits and hyphens are allowed/,
		);
		checkFrame(
			'list focused',
			await app.press(TAB, zh ? '显示被拒绝的行' : 'show rejected'),
			bar.domainsList,
			SIZE,
			'domainsList',
		);
		await app.press(TAB, zh ? 'Enter 添加' : 'Enter add');
		checkFrame(
			'availability',
			await app.press(ENTER, zh ? '可用性' : 'Availability'),
			bar.availability,
			SIZE,
			'availability',
		);
		checkFrame(
			'checked',
			await app.press('c', zh ? '已查询 3/3' : '3/3 checked'),
			bar.availability,
			SIZE,
			'availabilityUnavailable',
		);
		await app.press(ENTER, zh ? '注册人' : 'Registrant profile');
		const profile = await app.see(zh ? '（默认）' : '(default)');
		checkFrame('profile', profile, bar.profile, SIZE, 'profile');
		// A profile that cannot be used says why, whole.
		expect(joined(profile)).toMatch(zh ? /实名认证仍在审核中/ : /real-name verification is still under review/);
		const options = checkFrame(
			'options',
			await app.press(ENTER, zh ? '选项' : 'Options'),
			bar.options,
			SIZE,
			'options',
		);
		// DNS is a choice of two, the chosen one (Alibaba Cloud DNS by default) filled: never an empty circle alone.
		const dns = options.find((line) => /^[❯ ] DNS /.test(line)) ?? '';
		expect(dns, options.join('\n')).toMatch(
			zh ? /DNS\s+● 阿里云 DNS\s{3,}○ 自定义 DNS 服务器/ : /DNS\s+● Alibaba Cloud DNS\s{3,}○ custom name servers/,
		);
		const review = await app.press(ENTER, zh ? '确认' : 'Review');
		await app.see(zh ? '❯ 返回' : '❯ Back');
		const reviewed = checkFrame('review', app.frame(), bar.review, SIZE, 'review').join('\n');
		// The cost line, whole.
		expect(joined(reviewed)).toMatch(zh ? /CNY 148\.00（2 个域名 × 1 年）/ : /CNY 148\.00 for 2 domains × 1 year/);
		// The balance and what is left, whole.
		expect(joined(reviewed)).toMatch(
			zh ? /CNY [\d,]+\.00 · 本批之后剩余 CNY [\d,]+\.00/ : /CNY [\d,]+\.00 · CNY [\d,]+\.00 left after this batch/,
		);
		expect(review).toBeTruthy();
		await app.press(ARROW_DOWN, zh ? '❯ 提交' : '❯ Submit');
		checkFrame('status', await app.press(ENTER, zh ? '注册 3 个域名 ·' : 'Registering'), bar.status, SIZE, 'status');
		checkFrame('final', await app.see(zh ? '个域名已结束' : 'domains are final'), bar.status, SIZE, 'status');
		await app.press(ESC, zh ? '要做什么？' : 'What would you like to do?');
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, zh ? '❯ 历史记录' : '❯ History');
		const history = await app.press(ENTER, zh ? '本机的批次' : 'Batches on this computer');
		checkFrame('history', history, bar.history, SIZE, 'history');
		// Home's item and the screen it opens have one name.
		expect(history).toMatch(zh ? /历史记录 · / : /History · /);
		app.stdin.write(CTRL_C);
	});

	it('Accounts with a full-length key: the in-use status is whole, and the header keeps the account name', async () => {
		setLang(lang);
		const home = tempHome();
		const file = join(home, 'alidomain', 'config', 'accounts.json');
		// Nothing answers at this endpoint: the key is saved with a note, and the app then runs on it.
		const app = await startApp({
			home,
			flags: {endpoint: 'http://127.0.0.1:9'},
			size: SIZE,
			createRuntime: async () =>
				existsSync(file)
					? runtimeFor(sandboxClient(sandbox), home, {
							lang,
							accountLabel: 'production-main',
							account: 'production-main',
							sandbox: false,
							endpoint: 'http://domain-api.internal.example.com:8443',
						})
					: noCredentials(),
		});
		await app.see(zh ? '试用沙箱' : 'Try the sandbox');
		await app.press(ARROW_DOWN, zh ? '❯ 添加 AccessKey' : '❯ Add an AccessKey');
		await app.press(ENTER, '❯');
		app.stdin.write(CTRL_U + 'production-main');
		await app.press(ENTER, '❯ AccessKey ID');
		app.stdin.write('LTAI5tExampleExampleABCD');
		await app.press(ENTER, zh ? '❯ AccessKey Secret' : '❯ AccessKey secret');
		app.stdin.write('offline-secret-0123');
		checkFrame(
			'add account, site',
			await app.press(ENTER, zh ? '❯ 站点' : '❯ Site'),
			{main: 'Enter', out: zh ? 'Esc 返回' : 'Esc back'},
			SIZE,
			'addAccountSite',
		);
		await app.press(ENTER, zh ? '按 Enter 继续' : 'Enter goes on');
		expect(existsSync(file)).toBe(true);
		const homeFrame = await app.press(ENTER, zh ? '要做什么？' : 'What would you like to do?');
		await app.see('production-main');
		expect(app.frame().split('\n')[0]).toContain(zh ? '账号 production-main' : 'account production-main');
		expect(homeFrame).toBeTruthy();
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, zh ? '❯ 账号' : '❯ Accounts');
		const frame = checkFrame(
			'accounts with a key',
			await app.press(ENTER, zh ? '已保存的账号' : 'Stored accounts'),
			bar.accounts,
			SIZE,
			'accounts',
		);
		const row = frame.find((line) => line.startsWith('❯ production-main'))!;
		expect(row).toContain(zh ? '✔ 使用中' : '✔ in use');
	});

	it('the domain editor and Add AccessKey at 60×20', async () => {
		setLang(lang);
		const small = {columns: 60, rows: 20};
		const home = tempHome();
		const app = await startApp({
			home,
			createRuntime: async () => runtimeFor(sandboxClient(sandbox), home, {lang}),
			size: small,
			start: {operation: 'register'},
		});
		checkFrame('list at 60', await app.see('example.com'), bar.domains, small);
		const list = await app.press(
			PASTE('sixty-one.com\nnot a domain!!\nbad_name_with_underscores!.com\n'),
			zh ? '1 个域名' : '1 domain',
		);
		checkFrame('list pasted at 60', list, bar.domains, small);
		cleanup();
		const first = await startApp({createRuntime: noCredentials, size: small});
		await first.see(zh ? '试用沙箱' : 'Try the sandbox');
		await first.press(ARROW_DOWN, zh ? '❯ 添加 AccessKey' : '❯ Add an AccessKey');
		const add = checkFrame('add account at 60', await first.press(ENTER, 'AccessKey ID'), bar.addAccount, small).join(
			'\n',
		);
		expect(add).not.toMatch(/\)\s?[●○]/u);
	});

	it('redeem: the picker, typed names with a seconds-for-milliseconds hint whole, the expiry dates', async () => {
		setLang(lang);
		const home = tempHome();
		const client = sandboxClient(sandbox);
		const app = await startApp({home, createRuntime: async () => runtimeFor(client, home, {lang}), size: SIZE});
		await app.see(zh ? '要做什么？' : 'What would you like to do?');
		await app.press(ARROW_DOWN, zh ? '❯ 赎回域名' : '❯ Redeem domains');
		checkFrame(
			'picker',
			await app.press(ENTER, zh ? '个域名处于赎回期' : 'domains in redemption'),
			bar.picker,
			SIZE,
			'redeemPicker',
		);
		await app.press('t', 'example.com');
		const list = await app.press(
			PASTE('forgot-to-renew.com,1735689600\nlaunch-party.net\n'),
			zh ? '1 个域名' : '1 domain',
		);
		checkFrame('redeem list', list, bar.domains, SIZE, 'domains');
		expect(joined(list)).toMatch(
			zh ? /像是秒；换成毫秒应为 1735689600000/ : /looks like seconds; milliseconds would be 1735689600000/,
		);
		checkFrame(
			'expiry',
			await app.press(ENTER, zh ? '赎回域名 · 到期时间' : 'Redeem · Expir'),
			bar.expiry,
			SIZE,
			'expiry',
		);
	});

	it('renew: the picker with every column and the premium mark, the window field, options, the review', async () => {
		setLang(lang);
		const home = tempHome();
		const client = sandboxClient(sandbox);
		const app = await startApp({home, createRuntime: async () => runtimeFor(client, home, {lang}), size: SIZE});
		await app.see(zh ? '要做什么？' : 'What would you like to do?');
		await app.press(ARROW_DOWN + ARROW_DOWN, zh ? '❯ 续费域名' : '❯ Renew domains');
		await app.press(ENTER, zh ? '个域名待续费' : 'domains to renew');
		const picker = checkFrame('renew picker', await app.see('CNY 89'), bar.picker, SIZE, 'renewPicker');
		expect(picker.join('\n')).toMatch(zh ? /tea\.cn .* 溢价/ : /tea\.cn .* premium/);
		// Each row whole: the name, the local expiry date, the days left (or since expiry) and the price a year.
		expect(picker.join('\n')).toMatch(
			zh
				? /grace-period\.net\s+\d{4}-\d{2}-\d{2}\s+已过期 10 天\s+CNY 89/
				: /grace-period\.net\s+\d{4}-\d{2}-\d{2}\s+10 days ago\s+CNY 89/,
		);
		checkFrame('renew window', await app.press('w', zh ? '到期期限（天）' : 'Expiring within (days)'), bar.options);
		app.stdin.write(ESC);
		await waitFor(
			() => !app.frame().includes(zh ? '到期期限（天）' : 'Expiring within (days)'),
			() => app.frame(),
		);
		await app.press(' ', zh ? '已选 1 个' : '1 selected');
		checkFrame('renew options', await app.press(ENTER, zh ? '续费域名 · 选项' : 'Renew · Options'), bar.options);
		await app.press(ENTER, zh ? '续费域名 · 确认' : 'Renew · Review');
		const review = checkFrame('renew review', await app.see(zh ? '1 个域名 × 1 年' : '1 domain × 1 year'), bar.review);
		expect(joined(review.join('\n'))).toContain(zh ? '全部取自账号' : 'all from the account');
	});
});
