// Alibaba's own SDKs, unchanged, against the sandbox: the proof that it behaves like domain.aliyuncs.com.
import * as OpenApiModule from '@alicloud/openapi-client';
import * as OpenApiUtilModule from '@alicloud/openapi-util';
import * as PopCore from '@alicloud/pop-core';
import * as TeaUtil from '@alicloud/tea-util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DEFAULT_PROFILE_ID} from '../../source/sandbox/seed.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

// These packages are CommonJS with a transpiled `default`; depending on the loader it is wrapped once or twice.
const unwrap = <T>(module: unknown): T => {
	const d = (module as {default?: unknown}).default;
	return ((d as {default?: unknown} | undefined)?.default ?? d ?? module) as T;
};
const {Config, OpenApiRequest, Params} = OpenApiModule;
const {RuntimeOptions} = TeaUtil;
type OpenApiClientClass = new (config: InstanceType<typeof Config>) => {
	callApi(
		params: InstanceType<typeof Params>,
		request: InstanceType<typeof OpenApiRequest>,
		runtime: InstanceType<typeof RuntimeOptions>,
	): Promise<{body?: unknown}>;
};
const OpenApiClient = unwrap<OpenApiClientClass>(OpenApiModule);
const OpenApiUtil = unwrap<{query(filter: Record<string, unknown>): Record<string, string>}>(OpenApiUtilModule);
const RPCClient =
	(PopCore as unknown as {RPCClient?: PopRpcClientClass}).RPCClient ??
	unwrap<{RPCClient: PopRpcClientClass}>(PopCore).RPCClient;

type PopRpcClientClass = new (config: {
	accessKeyId: string;
	accessKeySecret: string;
	endpoint: string;
	apiVersion: string;
}) => {
	request(action: string, params?: Record<string, unknown>, opts?: {method?: string}): Promise<Record<string, unknown>>;
};

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({quiet: true});
});
afterAll(async () => {
	await sandbox.close();
});

/** What every SDK flavour must be able to do, in one shape. */
interface Caller {
	call(action: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
}

function openApiCaller(
	signatureAlgorithm: 'v3' | 'v2',
	placement: 'query' | 'body',
	secret: string = SANDBOX_CREDENTIALS.accessKeySecret,
	version = '2018-01-29',
): Caller {
	const config = new Config({
		accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
		accessKeySecret: secret,
		endpoint: `127.0.0.1:${sandbox.port}`,
		protocol: 'http',
		...(signatureAlgorithm === 'v2' ? {signatureAlgorithm: 'v2'} : {}),
	});
	const client = new OpenApiClient(config);
	return {
		async call(action, params) {
			const spec = new Params({
				action,
				version,
				protocol: 'HTTP',
				pathname: '/',
				method: 'POST',
				authType: 'AK',
				style: 'RPC',
				reqBodyType: 'formData',
				bodyType: 'json',
			});
			// The current generated SDK puts business parameters in the query; older ones sent a form body.
			const flat = OpenApiUtil.query(params);
			const request = new OpenApiRequest(placement === 'query' ? {query: flat} : {body: flat});
			const response = await client.callApi(spec, request, new RuntimeOptions({}));
			return response.body as Record<string, unknown>;
		},
	};
}

function popCaller(
	method: 'GET' | 'POST',
	secret: string = SANDBOX_CREDENTIALS.accessKeySecret,
	apiVersion = '2018-01-29',
): Caller {
	const client = new RPCClient({
		accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
		accessKeySecret: secret,
		endpoint: sandbox.url,
		apiVersion,
	});
	return {
		call: (action, params) => client.request(action, params, method === 'POST' ? {method: 'POST'} : {}),
	};
}

const flavours: [string, (secret?: string) => Caller][] = [
	['openapi-client V3, params in the query', (s) => openApiCaller('v3', 'query', s)],
	['openapi-client V3, params in a form body', (s) => openApiCaller('v3', 'body', s)],
	['openapi-client V1 (signatureAlgorithm v2), params in a form body', (s) => openApiCaller('v2', 'body', s)],
	['openapi-client V1 (signatureAlgorithm v2), params in the query', (s) => openApiCaller('v2', 'query', s)],
	['pop-core RPCClient GET', (s) => popCaller('GET', s)],
	['pop-core RPCClient POST', (s) => popCaller('POST', s)],
];

it('takes a 100-domain batch in the URL of a pop-core GET (far beyond a 16 KB request head)', async () => {
	const sdk = popCaller('GET');
	const params: Record<string, unknown> = {};
	for (let n = 1; n <= 100; n++) {
		params[`OrderActivateParam.${n}.DomainName`] = `a-rather-long-domain-name-for-the-url-${n}.com`;
		params[`OrderActivateParam.${n}.RegistrantProfileId`] = DEFAULT_PROFILE_ID;
		params[`OrderActivateParam.${n}.SubscriptionDuration`] = 2;
		params[`OrderActivateParam.${n}.EnableDomainProxy`] = true;
	}
	const {TaskNo} = await sdk.call('SaveBatchTaskForCreatingOrderActivate', params);
	expect(sandbox.world.tasksForDomain('a-rather-long-domain-name-for-the-url-100.com')).toEqual([TaskNo]);
});

describe.each(flavours.map(([name, make], i) => ({name, make, i})))('$name', ({make, i}) => {
	it('lists profiles, submits a batch, pages through its details', async () => {
		const sdk = make();
		const listed = await sdk.call('QueryRegistrantProfiles', {RealNameStatus: 'SUCCEED', PageNum: 1, PageSize: 20});
		const profiles = (
			listed.RegistrantProfiles as {RegistrantProfile: {RegistrantProfileId: number; RealNameStatus: string}[]}
		).RegistrantProfile;
		expect(profiles.length).toBeGreaterThan(0);
		expect(profiles.every((p) => p.RealNameStatus === 'SUCCEED')).toBe(true);
		const profileId = profiles[0]!.RegistrantProfileId;

		const domains = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((word) => `sdk-compat-${i}-${word}.com`);
		const flat: Record<string, unknown> = {};
		domains.forEach((domain, n) => {
			flat[`OrderActivateParam.${n + 1}.DomainName`] = domain;
			flat[`OrderActivateParam.${n + 1}.RegistrantProfileId`] = profileId;
			flat[`OrderActivateParam.${n + 1}.SubscriptionDuration`] = 1;
		});
		const submitted = await sdk.call('SaveBatchTaskForCreatingOrderActivate', flat);
		const taskNo = submitted.TaskNo as string;
		expect(taskNo).toEqual(expect.any(String));
		expect(submitted.RequestId).toMatch(/^[0-9A-F-]{36}$/);
		for (const domain of domains) expect(sandbox.world.tasksForDomain(domain)).toEqual([taskNo]);

		const seen: string[] = [];
		for (let page = 1; page <= 10; page++) {
			const detail = await sdk.call('QueryTaskDetailList', {TaskNo: taskNo, PageNum: page, PageSize: 2});
			expect(detail.TotalItemNum).toBe(5);
			expect(detail.TotalPageNum).toBe(3);
			const rows = (detail.Data as {TaskDetail: {DomainName: string; TaskNo: string}[]}).TaskDetail;
			for (const row of rows) {
				expect(row.TaskNo).toBe(taskNo);
				seen.push(row.DomainName);
			}
			if (!detail.NextPage) break;
		}
		expect(seen.sort()).toEqual([...domains].sort());
	});

	it('renews a domain that needs renewal, and its new expiry is listed', async () => {
		const sdk = make();
		const listed = await sdk.call('QueryDomainList', {PageNum: 1, PageSize: 100, QueryType: '1'});
		const rows = (listed.Data as {Domain: {DomainName: string; ExpirationDateLong: number; Premium: boolean}[]}).Domain;
		// Each flavour renews its own domain, so a batch never finds another flavour's task holding it.
		const row = rows.filter((r) => !r.Premium)[i]!;
		const submitted = await sdk.call('SaveBatchTaskForCreatingOrderRenew', {
			'OrderRenewParam.1.DomainName': row.DomainName,
			'OrderRenewParam.1.CurrentExpirationDate': row.ExpirationDateLong,
			'OrderRenewParam.1.SubscriptionDuration': 2,
		});
		expect(submitted.TaskNo).toEqual(expect.any(String));
		expect(sandbox.world.tasksForDomain(row.DomainName)).toEqual([submitted.TaskNo]);
		const detail = await sdk.call('QueryTaskDetailList', {TaskNo: submitted.TaskNo, PageNum: 1, PageSize: 10});
		expect((detail.Data as {TaskDetail: {TaskType: string}[]}).TaskDetail[0]!.TaskType).toBe('ORDER_RENEW');
	});

	it('gets SignatureDoesNotMatch with a wrong secret', async () => {
		const error = await make('not-the-sandbox-secret')
			.call('QueryRegistrantProfiles', {})
			.then(
				() => undefined,
				(e: unknown) => e as {code?: string; data?: {statusCode?: number; Message?: string}},
			);
		expect(error?.code).toBe('SignatureDoesNotMatch');
		expect(error?.data?.Message).toMatch(/^Specified signature is not matched with our calculation/);
		expect(JSON.stringify(error?.data)).not.toContain('not-the-sandbox-secret');
	});
});

describe.each([
	['openapi-client V3', () => openApiCaller('v3', 'query', undefined, '2017-12-18')],
	['pop-core POST', () => popCaller('POST', undefined, '2017-12-18')],
] as const)('%s with the international product 2017-12-18', (_name, make) => {
	it("gets that product's answers: no DomainStatus on one domain, no StaticPriceInfo on a check", async () => {
		const sdk = make();
		const domain = await sdk.call('QueryDomainByDomainName', {DomainName: 'forgot-to-renew.com'});
		expect(domain.ExpirationDateLong).toEqual(expect.any(Number));
		expect(domain).not.toHaveProperty('DomainStatus');
		const check = await sdk.call('CheckDomain', {DomainName: 'an-intl-sdk-check.com'});
		expect(check.Avail).toBe('1');
		expect(check).not.toHaveProperty('StaticPriceInfo');
		const list = await sdk.call('QueryDomainList', {PageNum: 1, PageSize: 5, QueryType: '2'});
		const rows = (list.Data as {Domain: Record<string, unknown>[]}).Domain;
		expect(rows.length).toBe(5);
		for (const row of rows) {
			expect(row.DomainStatus).toBe('2');
			expect(row).not.toHaveProperty('Registrar');
		}
	});
});
