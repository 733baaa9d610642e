import {afterEach, describe, expect, it} from 'vitest';
import {setLang} from '../../source/i18n/index.js';
import {parseDomainList} from '../../source/core/names/domain-list.js';
import {normalizeDomain, validateHostName} from '../../source/core/names/domain-name.js';
import {parseExpiry} from '../../source/core/names/typed-expiry.js';
import {parseBatchSize, parseYears} from '../../source/core/order/task-size.js';
import {toProfileView} from '../../source/core/order/profiles.js';
import {parseRedeemList} from '../../source/core/names/redeem-lines.js';
import {lookupRedeemExpiries, type LookupApi} from '../../source/core/account/redemption-lookup.js';
import {checkAvailability} from '../../source/core/pricing/availability.js';
import {reconcileChunk, type ReconcileApi} from '../../source/core/submit/reconcile.js';

afterEach(() => setLang('en'));

describe('core reasons in Chinese', () => {
	it('explains a bad domain in Chinese, and in English again once switched back', () => {
		setLang('zh');
		expect(normalizeDomain('a b.com')).toEqual({ok: false, reason: '包含空格'});
		expect(normalizeDomain('example')).toEqual({ok: false, reason: '缺少顶级域（如 .com）'});
		expect(normalizeDomain('-x.com')).toEqual({ok: false, reason: "标签 '-x' 以连字符开头"});
		expect(normalizeDomain('https://www.example.com/a')).toMatchObject({
			ok: true,
			name: 'example.com',
			notice: '已从粘贴的网址中取出主机名，并去掉了 www.',
		});
		expect(validateHostName('ns1')).toEqual({
			ok: false,
			reason: '只有一级；名称服务器需要完整的主机名，如 ns1.example.com',
		});
		expect(parseDomainList('ok.com\nbad..com').rejected[0]!.reason).toBe('有两个连续的点');
		expect(parseDomainList(`${'a'.repeat(120)}/x`).rejected[0]!.input).toBe(`${'a'.repeat(100)}…（共 122 个字符）`);
		setLang('en');
		expect(normalizeDomain('a b.com')).toEqual({ok: false, reason: 'contains a space'});
	});

	it('suggests milliseconds for an expiry typed in seconds', () => {
		setLang('zh');
		expect(parseExpiry('1735689600')).toEqual({ok: false, reason: '像是秒；换成毫秒应为 1735689600000'});
		expect(parseExpiry('2026-01-02')).toMatchObject({ok: false, reason: expect.stringContaining('只有日期没有时间')});
		expect(parseExpiry('2025-01-01T00:00:00Z')).toEqual({
			ok: true,
			ms: 1735689600000,
			notice: '已将 2025-01-01T00:00:00Z 读作 1735689600000 毫秒',
		});
		const redeem = parseRedeemList('a.com,1735689600\nb.com 1 2');
		expect(redeem.rejected.map((r) => r.reason)).toEqual([
			"到期时间 '1735689600' 像是秒；换成毫秒应为 1735689600000",
			'有 3 个字段；每行一个域名，后面可跟以毫秒表示的到期时间',
		]);
	});

	it('names the allowed range of years and batch size', () => {
		setLang('zh');
		expect(parseYears('11')).toEqual({ok: false, reason: '11 超出范围，应为 1 到 10 年'});
		expect(parseBatchSize('x')).toEqual({ok: false, reason: "'x' 不是数字，应为 1 到 1000（每个任务的域名数）"});
	});

	it('says why a profile or a redemption cannot be used', async () => {
		setLang('zh');
		const view = toProfileView({RegistrantProfileId: 7, RealNameStatus: 'AUDITING'} as Parameters<
			typeof toProfileView
		>[0]);
		expect(view.reason).toBe('实名认证仍在审核中');
		expect(view.name).toBe('模板 7');
		const api = {
			queryDomainList: async () => ({Data: {Domain: []}, TotalPageNum: 1}),
			queryDomainByDomainName: async () => ({DomainStatus: '3'}),
		} as unknown as LookupApi;
		const lookup = await lookupRedeemExpiries(api, [{name: 'a.com'}]);
		expect(lookup.refused).toEqual([{name: 'a.com', reason: '不在赎回期内：它尚未过期'}]);
	});

	it('says why a name cannot be registered and why a lost submit cannot be settled yet', async () => {
		setLang('zh');
		const api = {checkDomain: async () => ({Avail: '0'})} as unknown as Parameters<typeof checkAvailability>[0];
		const [result] = await checkAvailability(api, ['taken.com'], {});
		expect(result).toMatchObject({availability: 'taken', reason: '已被注册'});
		const failing = async () => {
			throw new Error('boom');
		};
		const tasks = {
			queryTaskInfoHistory: failing,
			queryTaskList: failing,
			queryTaskDetailList: failing,
		} as unknown as ReconcileApi;
		const outcome = await reconcileChunk(
			tasks,
			{operation: 'register', domains: ['a.com'], sentAt: 0, knownTaskNos: new Set()},
			{now: () => 1000, settleMs: 60_000},
		);
		expect(outcome).toEqual({result: 'unsure', reason: '无法列出最近的任务：boom'});
	});
});
