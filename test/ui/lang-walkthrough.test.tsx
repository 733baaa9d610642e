// One register flow walked in each language, from home through the status view to the end and into history. In
// Chinese every frame is searched for English words: a string someone forgot to translate fails the test by name.
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {setLang, type Lang} from '../../source/i18n/index.js';
import {SANDBOX_CREDENTIALS, type RunningSandbox} from '../../source/sandbox/server.js';
import {ARROW_DOWN, ENTER, ESC, PASTE, waitFor} from '../../source/ui/testing/index.js';
import {runtimeFor, startApp, startTestSandbox, tempHome} from './screens/wizard-harness.js';

// A sandbox per walk: the first walk's registrations would make the second one's names taken.
let sandbox: RunningSandbox;
beforeEach(async () => {
	sandbox = await startTestSandbox();
});
afterEach(async () => {
	cleanup();
	setLang('en');
	await sandbox.close();
});

const clientIn = (lang: Lang) =>
	createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, lang, retry: {retries: 0}});

// Words a Chinese screen may show in Latin letters: the app's name, key names, Alibaba's product words and codes,
// and currency codes (money is said as `CNY 1,200.00` in both languages: core/words/money.ts).
const ALLOWED = new Set([
	'cny',
	'usd',
	'alidomain',
	'enter',
	'esc',
	'tab',
	'ctrl',
	'space',
	'pgup',
	'pgdn',
	'home',
	'end',
	'backspace',
	'del',
	'sandbox',
	'dns',
	'id',
	'api',
	'cnnic',
	'utc',
	'accesskey',
	'ram',
	'sts',
	'ststoken',
	'checkdomain',
	'yes',
	'http',
	'https',
]);

/** English words left in a frame, after taking out domain names, addresses, paths and the given data words. */
function untranslated(frame: string, dataWords: ReadonlySet<string>): string[] {
	const words: string[] = [];
	for (const token of frame.split(/[\s，。：；、（）()“”"'·|…,;:!?❯→●○✔✖⚠ℹ]+/u)) {
		// Domain names, URLs, file names and flags are data the user typed or the system named, in any language.
		if (/[./@#=]|^--|^[-\w]+-[-\w]+$/.test(token)) {
			continue;
		}

		for (const word of token.match(/[A-Za-z]{3,}/g) ?? []) {
			const lower = word.toLowerCase();
			if (!ALLOWED.has(lower) && !dataWords.has(lower) && !/^[A-Z][a-z]+[A-Z]\w*$/.test(word)) {
				words.push(word);
			}
		}
	}

	return words;
}

describe('untranslated-word finder', () => {
	it('finds English words and passes key names, codes, domains and data', () => {
		expect(untranslated('注册域名 · 3 个域名 shop-one.com 中文.com 按 Enter 继续', new Set())).toEqual([]);
		expect(untranslated('❯ 返回  change something', new Set())).toEqual(['change', 'something']);
		expect(untranslated('SignatureDoesNotMatch http://127.0.0.1:4000 Wang Fang', new Set(['wang', 'fang']))).toEqual(
			[],
		);
		expect(untranslated('Years (1–10)', new Set())).toEqual(['Years']);
	});
});

type Walk = {
	lang: Lang;
	expect: Record<
		'home' | 'list' | 'availability' | 'profile' | 'options' | 'review' | 'status' | 'final' | 'history',
		string
	>;
};

const WALKS: Walk[] = [
	{
		lang: 'en',
		expect: {
			home: 'What would you like to do?',
			list: 'Register · Domains',
			availability: 'Register · Availability',
			profile: 'Register · Registrant profile',
			options: 'Register · Options',
			review: 'Register · Review',
			status: 'Registering 4 domains',
			final: 'domains are final',
			history: 'Batches on this computer',
		},
	},
	{
		lang: 'zh',
		expect: {
			home: '要做什么？',
			list: '注册域名 · 域名列表',
			availability: '注册域名 · 可用性',
			profile: '注册域名 · 注册人信息模板',
			options: '注册域名 · 选项',
			review: '注册域名 · 确认',
			status: '注册 4 个域名 · 1 个任务',
			final: '个域名已结束',
			history: '本机的批次',
		},
	},
];

describe.each(WALKS)('a register flow in $lang', ({lang, expect: shown}) => {
	it('walks home → list → availability → profile → options → review → status → history, every screen in the language', async () => {
		setLang(lang);
		const home = tempHome();
		const client = clientIn(lang);
		const dataWords = new Set(
			(await listProfiles(client)).flatMap(
				(p) =>
					[p.name, p.organization ?? '', p.email ?? '']
						.join(' ')
						.toLowerCase()
						.match(/[a-z]{3,}/g) ?? [],
			),
		);
		const app = await startApp({home, createRuntime: async () => runtimeFor(client, home, {lang})});
		const frames: Array<[string, string]> = [];
		const keep = (step: string, frame: string) => {
			frames.push([step, frame]);
			return frame;
		};

		keep('home', await app.see(shown.home));
		keep('list', await app.press(ENTER, shown.list));
		app.stdin.write('fresh-shop.com');
		await app.see('fresh-shop.com');
		keep('list typed', await app.press(ENTER, lang === 'zh' ? '1 个域名' : '1 domain'));
		keep(
			'list pasted',
			await app.press(
				PASTE('new-blog.net\nbücher.com\nhttp//bad\n中文.com\n'),
				lang === 'zh' ? '4 个域名' : '4 domains',
			),
		);
		keep('availability', await app.press(ENTER, shown.availability));
		keep('checked', await app.press('c', lang === 'zh' ? '已查询 4/4' : '4/4 checked'));
		await app.press(ENTER, shown.profile);
		keep('profile', await app.see(lang === 'zh' ? '（默认）' : '(default)'));
		keep('options', await app.press(ENTER, shown.options));
		keep('review', await app.press(ENTER, shown.review));
		await app.see(lang === 'zh' ? '❯ 返回' : '❯ Back');
		keep('review help', await app.press('?', lang === 'zh' ? '按 Esc 或 ? 关闭' : 'Esc or ? to close'));
		await app.press(ESC, lang === 'zh' ? '❯ 返回' : '❯ Back');
		keep('review submit', await app.press(ARROW_DOWN, lang === 'zh' ? '❯ 提交 4 个域名' : '❯ Submit 4 domains'));
		keep('status', await app.press(ENTER, shown.status));
		const final = keep('final', await app.see(shown.final));
		keep('home again', await app.press(ESC, shown.home));
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, lang === 'zh' ? '❯ 历史记录' : '❯ History');
		keep('history', await app.press(ENTER, shown.history));

		// Wide names stand in the availability list as typed, their column lined up with the others.
		const checked = frames
			.find(([step]) => step === 'checked')![1]
			.split('\n')
			.filter((line) => /fresh-shop\.com|bücher\.com|中文\.com/.test(line));
		expect(checked).toHaveLength(3);
		expect(
			new Set(checked.map((line) => stringWidth(line.slice(0, line.search(/\s(?:可注册|available)/u))))).size,
		).toBe(1);

		// The rows of the status list start their domain column at the same cell, wide names or not.
		const rows = final.split('\n').filter((line) => /^[❯ ] [✔✖●○] /u.test(line));
		expect(rows).toHaveLength(4);
		const columnOf = (line: string) => stringWidth(line.slice(0, line.search(/fresh-shop|new-blog|bücher|中文\.com/)));
		expect(new Set(rows.map(columnOf)).size).toBe(1);

		if (lang === 'zh') {
			for (const [step, frame] of frames) {
				expect({step, words: untranslated(frame, dataWords)}).toEqual({step, words: []});
			}
		} else {
			const all = frames.map(([, frame]) => frame).join('\n');
			for (const english of [
				'Register domains',
				'Type a domain and press Enter',
				'Check availability and price',
				'Registrant profile',
				'Privacy proxy',
				'Estimated cost',
				'succeeded',
				'filter all',
				'History',
			]) {
				expect(all).toContain(english);
			}

			expect(all).not.toMatch(/[\u4E00-\u9FFF]{2,}(?!\.com)/u);
		}
	});
});

describe('a redeem flow in zh', () => {
	it('walks home → picker → list → expiry dates → options → review → status, every screen in Chinese', async () => {
		setLang('zh');
		const home = tempHome();
		const client = clientIn('zh');
		const app = await startApp({home, createRuntime: async () => runtimeFor(client, home, {lang: 'zh'})});
		const frames: Array<[string, string]> = [];
		const keep = (step: string, frame: string) => {
			frames.push([step, frame]);
			return frame;
		};

		await app.see('要做什么？');
		await app.press(ARROW_DOWN, '❯ 赎回域名');
		keep('picker', await app.press(ENTER, '个域名处于赎回期'));
		keep('picker priced', await app.see('CNY 1,200'));
		keep('picker selected', await app.press(' ', '已选 1 个'));
		keep('picker pending delete', await app.press('\u001B[F', '待删除'));
		keep('picker refused', await app.press(' ', '赎回期已过，无法再赎回'));
		keep('picker filter', await app.press('/', '筛选：'));
		keep('picker filtered', await app.press('cn', '个匹配“cn”'));
		app.stdin.write(ESC);
		await waitFor(
			() => !app.frame().includes('筛选：'),
			() => app.frame(),
		);
		keep('picker by name', await app.press('s', 's 按天数排序'));
		keep('picker help', await app.press('?', '按 Esc 或 ? 关闭'));
		app.stdin.write(ESC);
		await waitFor(
			() => !app.frame().includes('按 Esc 或 ? 关闭'),
			() => app.frame(),
		);
		keep('list', await app.press('t', '赎回域名 · 域名列表'));
		keep('list pasted', await app.press(PASTE('forgot-to-renew.com\nlaunch-party.net\nnot-mine.com\n'), '3 个域名'));
		await app.press(ENTER, '赎回域名 · 到期时间');
		const expiry = keep('expiry', await app.see('3 个中有 2 个可赎回'));
		expect(expiry).toMatch(
			/forgot-to-renew\.com\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC(?:[+-]\d+(?::\d\d)?)?\s+\d{13}\s+已过期 \d+ 天/,
		);
		keep('expiry typing', await app.press('e', '的到期时间（毫秒）'));
		await app.press(ESC, '输入到期时间');
		keep('options', await app.press(ENTER, '赎回域名 · 选项'));
		keep('review', await app.press(ENTER, '赎回域名 · 确认'));
		await app.see('❯ 返回');
		keep('review priced', await app.see('CNY 2,400.00（2 个域名的赎回费）'));
		await app.press(ARROW_DOWN, '❯ 提交 2 个域名');
		keep('status', await app.press(ENTER, '赎回 2 个域名 · 1 个任务'));
		keep('final', await app.see('个域名已结束'));

		for (const [step, frame] of frames) {
			expect({step, words: untranslated(frame, new Set())}).toEqual({step, words: []});
		}
	});
});
