// The sandbox as Alibaba documents it, for what the client's never-twice rules and money depend on (docs/sandbox.md,
// docs/api.md): STS through an official SDK, the billing denial, both throttle headers and the client reading either,
// an optional RegistrantProfileId, today's wording for an unknown key, and FeeCurrency only where documented.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import * as PopCore from '@alicloud/pop-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {ApiError} from '../../source/api/errors.js';
import {checkAvailability} from '../../source/core/pricing/availability.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {
	SANDBOX_CREDENTIALS,
	SANDBOX_RAM_CREDENTIALS,
	startSandbox,
	type RunningSandbox,
} from '../../source/sandbox/server.js';
import {v1Request} from './server-helpers.js';

type PopRpcClientClass = new (config: {
	accessKeyId: string;
	accessKeySecret: string;
	endpoint: string;
	apiVersion: string;
}) => {
	request(action: string, params?: Record<string, unknown>, opts?: {method?: string}): Promise<Record<string, unknown>>;
};
const RPCClient =
	(PopCore as unknown as {RPCClient?: PopRpcClientClass}).RPCClient ??
	(PopCore as unknown as {default: {RPCClient: PopRpcClientClass}}).default.RPCClient;

let sandbox: RunningSandbox;
let throttled: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({quiet: true, speed: 1000});
	throttled = await startSandbox({quiet: true, faults: 'throttle=1'});
});
afterAll(async () => {
	await sandbox.close();
	await throttled.close();
});

const client = (credentials: {accessKeyId: string; accessKeySecret: string} = SANDBOX_CREDENTIALS, url = sandbox.url) =>
	createDomainClient({credentials, endpoint: url, retry: {retries: 0}});

describe('the sandbox as documented', () => {
	it('answers STS GetCallerIdentity (2015-04-01) to an official SDK, the same account for the RAM user', async () => {
		const sts = (credentials: {accessKeyId: string; accessKeySecret: string}) =>
			new RPCClient({...credentials, endpoint: sandbox.url, apiVersion: '2015-04-01'}).request(
				'GetCallerIdentity',
				{},
				{method: 'POST'},
			);
		const [main, ram] = await Promise.all([sts(SANDBOX_CREDENTIALS), sts(SANDBOX_RAM_CREDENTIALS)]);
		expect(main).toMatchObject({
			AccountId: sandbox.world.accountId,
			IdentityType: 'Account',
			Arn: `acs:ram::${sandbox.world.accountId}:root`,
		});
		expect(ram).toMatchObject({AccountId: sandbox.world.accountId, IdentityType: 'RAMUser'});
		// STS has no Domain operation, and the Domain API no STS one.
		await expect(client().call('GetCallerIdentity', {})).resolves.toMatchObject({AccountId: sandbox.world.accountId});
	});

	it('denies the balance to a RAM user without the billing permission with NoPermission 400 and the billing product in its link', async () => {
		const error = await client(SANDBOX_RAM_CREDENTIALS)
			.queryAccountBalance({})
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(error).toMatchObject({
			code: 'NoPermission',
			status: 400,
			apiMessage: 'You are not authorized to perform this action.',
		});
		const raw = await fetch(`${sandbox.url}/?Action=QueryAccountBalance&Version=2017-12-14`).then(
			(r) => r.json() as Promise<Record<string, string>>,
		);
		expect(raw.Recommend).toContain('product=BssOpenApi');
	});

	it("answers an unknown key with today's wording", async () => {
		const error = await client({accessKeyId: 'nobody-knows', accessKeySecret: 'x'})
			.queryRegistrantProfiles({})
			.catch((e: unknown) => e);
		expect(error).toMatchObject({
			code: 'InvalidAccessKeyId.NotFound',
			apiMessage: 'Specified access key is not found.',
		});
	});

	it('sends the wait in both throttle headers, and the client honours it from either', async () => {
		const request = v1Request(throttled.url);
		const response = await fetch(request.url, {method: request.method, headers: request.headers, body: request.body});
		expect(response.status).toBe(400);
		expect(response.headers.get('x-acs-retry-after')).toBe('500');
		for (const header of ['x-ratelimit-user-api', 'x-ratelimit-user'])
			expect(response.headers.get(header)).toMatch(/^Limit:10,Remain:0,TimeLeft:500,Reset:\d+$/);
		const error = await client(SANDBOX_CREDENTIALS, throttled.url)
			.queryRegistrantProfiles({})
			.catch((e: unknown) => e);
		expect(error).toMatchObject({category: 'throttled', status: 400, retryAfterMs: 500});

		// A server that says the wait only the older way, as some gateways do.
		for (const header of ['x-ratelimit-user-api', 'x-ratelimit-user']) {
			const stub = createServer((_req, res) => {
				res.writeHead(400, {'content-type': 'application/json', [header]: 'Limit:10,Remain:0,TimeLeft:1234,Reset:99'});
				res.end(
					JSON.stringify({
						RequestId: 'R',
						Code: 'Throttling.User',
						Message: 'Request was denied due to user flow control.',
					}),
				);
			});
			await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
			const url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
			const seen = await client(SANDBOX_CREDENTIALS, url)
				.queryRegistrantProfiles({})
				.catch((e: unknown) => e);
			stub.close();
			expect(seen, header).toMatchObject({category: 'throttled', retryAfterMs: 1234});
		}
	});

	it("creates the task for an item without RegistrantProfileId; that domain's own result says what is missing", async () => {
		const c = client();
		const profileId = (await listProfiles(c)).find((p) => p.isDefault)!.id;
		const {TaskNo} = await c.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: [
				{DomainName: 'no-profile-given.com'},
				{DomainName: 'with-profile-given.com', RegistrantProfileId: profileId},
			],
		});
		let details: Array<{DomainName: string; TaskStatusCode: number; FailReason?: string}> = [];
		for (let i = 0; i < 50; i++) {
			details = (await c.queryTaskDetailList({TaskNo, PageNum: 1, PageSize: 10})).Data.TaskDetail;
			if (details.every((d) => d.TaskStatusCode >= 2)) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		const byName = Object.fromEntries(details.map((d) => [d.DomainName, d]));
		expect(byName['no-profile-given.com']).toMatchObject({
			TaskStatusCode: 3,
			FailReason: expect.stringMatching(/RegistrantProfileId/) as unknown,
		});
		expect(byName['with-profile-given.com']!.TaskStatusCode).toBe(2);
	});

	it('gets FeeCurrency only on the international site: none for CNY, USD for USD', async () => {
		const asked: Array<Record<string, unknown>> = [];
		const c = client();
		const recording = {
			checkDomain: (params: Parameters<typeof c.checkDomain>[0]) => (asked.push(params), c.checkDomain(params)),
		};
		const cny = await checkAvailability(recording, ['fee-cny-a.com'], {currency: 'CNY'});
		const usd = await checkAvailability(recording, ['fee-usd-a.com'], {currency: 'USD'});
		expect(asked.map((p) => p.FeeCurrency)).toEqual([undefined, 'USD']);
		expect([cny[0]!.availability, usd[0]!.availability]).toEqual(['available', 'available']);
		// CNY is not a documented value: the sandbox refuses it.
		await expect(c.checkDomain({DomainName: 'x.com', FeeCurrency: 'CNY' as never})).rejects.toMatchObject({
			code: 'InvalidParameter',
		});
	});
});
