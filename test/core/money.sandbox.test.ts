// The balance and the prices over HTTP against the sandbox: signed like every other call, the billing API on its
// own version, a RAM user without the billing permission, CheckDomain's prices and trademark note.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {defaultBillingEndpoint} from '../../source/api/endpoints.js';
import {ApiError} from '../../source/api/errors.js';
import {checkAvailability} from '../../source/core/pricing/availability.js';
import {readBalance} from '../../source/core/pricing/balance.js';
import {
	SANDBOX_CREDENTIALS,
	SANDBOX_RAM_CREDENTIALS,
	startSandbox,
	type RunningSandbox,
} from '../../source/sandbox/server.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({port: 0, quiet: true, balance: 12_345.6});
});
afterAll(() => sandbox.close());

const client = (options: Partial<Parameters<typeof createDomainClient>[0]> = {}) =>
	createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}, ...options});

describe('the balance', () => {
	it('is read with QueryAccountBalance, signed with V3 and with V1, from the balance the sandbox charges', async () => {
		for (const signature of ['v3', 'v1'] as const) {
			expect(await readBalance(client({signature}))).toEqual({
				status: 'known',
				balance: {amount: 12_345.6, currency: 'CNY'},
			});
		}
		const raw = await client().queryAccountBalance({});
		expect(raw).toMatchObject({Code: '200', Success: true, Data: {AvailableAmount: 12_345.6, Currency: 'CNY'}});
	});

	it('goes to the billing API version; the Domain API version does not have it, nor the billing version CheckDomain', async () => {
		const wrong = client({billingVersion: '2018-01-29'});
		await expect(wrong.queryAccountBalance({})).rejects.toMatchObject({code: 'InvalidAction.NotFound'});
		const crossed = client({version: '2017-12-14'});
		await expect(crossed.checkDomain({DomainName: 'x.com'})).rejects.toMatchObject({code: 'InvalidAction.NotFound'});
	});

	it('a wrong secret is refused there as anywhere', async () => {
		const bad = createDomainClient({
			credentials: {...SANDBOX_CREDENTIALS, accessKeySecret: 'nope'},
			endpoint: sandbox.url,
			retry: {retries: 0},
		});
		await expect(bad.queryAccountBalance({})).rejects.toMatchObject({code: 'SignatureDoesNotMatch'});
		expect(await readBalance(bad)).toMatchObject({status: 'error'});
	});

	it('a RAM user without the permission: unknown, with the permission to grant named', async () => {
		const ram = createDomainClient({credentials: SANDBOX_RAM_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
		expect(await readBalance(ram)).toEqual({
			status: 'no-permission',
			code: 'NoPermission',
			permission: 'bssapi:QueryAccountBalance / bss:DescribeAcccount',
		});
		const error = await ram.queryAccountBalance({}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).hint).toContain('Needed: bssapi:QueryAccountBalance');
		// The Domain API still answers the same key.
		expect((await ram.checkDomain({DomainName: 'ram-ok.com'})).Avail).toBe('1');
	});

	it('Alibaba endpoints read the balance at business.aliyuncs.com; any other endpoint answers it itself', () => {
		expect(defaultBillingEndpoint('domain.aliyuncs.com', 'cn')).toBe('https://business.aliyuncs.com');
		expect(defaultBillingEndpoint('https://domain-intl.aliyuncs.com', 'intl')).toBe(
			'https://business.ap-southeast-1.aliyuncs.com',
		);
		expect(defaultBillingEndpoint(sandbox.url, 'cn')).toBe(sandbox.url);
		expect(client().billingEndpoint).toBe(sandbox.url);
		expect(client({billingEndpoint: 'https://billing.example'}).billingEndpoint).toBe('https://billing.example');
	});
});

describe('prices from CheckDomain', () => {
	it('one year of each name, the premium price for a premium one, the trademark note surfaced', async () => {
		const results = await checkAvailability(
			client(),
			['plain-name.com', 'ab.com', 'lego-land.net', 'taken-z.com', 'x.museum'],
			{currency: 'CNY'},
		);
		const by = new Map(results.map((r) => [r.name, r]));
		expect(by.get('plain-name.com')).toMatchObject({availability: 'available', yearlyPrice: 69, currency: 'CNY'});
		expect(by.get('plain-name.com')!.trademark).toBeUndefined();
		expect(by.get('ab.com')).toMatchObject({availability: 'premium', yearlyPrice: 48_000});
		expect(by.get('lego-land.net')).toMatchObject({availability: 'available', yearlyPrice: 79, trademark: true});
		expect(by.get('taken-z.com')).toMatchObject({availability: 'taken'});
		expect(by.get('x.museum')).toMatchObject({availability: 'unavailable'});
	});

	it('the redemption fee with FeeCommand=restore', async () => {
		const names = (await client().queryDomainList({PageNum: 1, PageSize: 5, QueryType: '2'})).Data.Domain.map(
			(d) => d.DomainName,
		);
		const results = await checkAvailability(client(), names, {command: 'restore', currency: 'CNY'});
		expect(results.length).toBe(5);
		for (const r of results) expect(r).toMatchObject({availability: 'available', fee: 1200, currency: 'CNY'});
	});
});
