// The client against the real API's variations: fields the SDK models leave optional, fields it does not know,
// and an international site served by either 2018-01-29 or only the older 2017-12-18 product.
import {mkdtempSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';
import {ApiError, DecodeError} from '../../source/api/errors.js';
import {checkAvailability} from '../../source/core/pricing/availability.js';
import {reconcileChunk} from '../../source/core/submit/reconcile.js';
import {lookupRedeemExpiries} from '../../source/core/account/redemption-lookup.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {AccountStore} from '../../source/store/accounts.js';
import {resolveCredentials} from '../../source/store/credentials.js';

describe('an international site', () => {
	let legacy: RunningSandbox;
	let current: RunningSandbox;
	beforeAll(async () => {
		legacy = await startSandbox({quiet: true, versions: ['2017-12-18']});
		current = await startSandbox({quiet: true});
	});
	afterAll(async () => {
		await Promise.all([legacy.close(), current.close()]);
	});

	it('tries 2018-01-29 first, falls back to 2017-12-18 on InvalidVersion once, and reports the answer', async () => {
		const learnt: string[] = [];
		const client = createDomainClient({
			credentials: SANDBOX_CREDENTIALS,
			site: 'intl',
			endpoint: legacy.url,
			onVersion: (v) => learnt.push(v),
		});
		expect(client.version).toBe('2018-01-29');
		const before = legacy.requests;
		const answer = await client.queryRegistrantProfiles({});
		expect(answer.RegistrantProfiles.RegistrantProfile.length).toBeGreaterThan(0);
		expect(legacy.requests - before).toBe(2);
		expect(client.version).toBe('2017-12-18');
		expect(learnt).toEqual(['2017-12-18']);
		await client.queryTaskList({PageNum: 1, PageSize: 5});
		expect(legacy.requests - before).toBe(3);
		expect(learnt).toEqual(['2017-12-18']);
	});

	it('falls back on a submit too: the version error came before the operation ran', async () => {
		const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, site: 'intl', endpoint: legacy.url});
		const {TaskNo} = await client.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: [{DomainName: 'intl-fallback-submit.com', RegistrantProfileId: 1_000_001}],
		});
		expect(legacy.world.tasksForDomain('intl-fallback-submit.com')).toEqual([TaskNo]);
	});

	it('keeps 2018-01-29 where it is served, and starts from a remembered version without probing', async () => {
		const learnt: string[] = [];
		const client = createDomainClient({
			credentials: SANDBOX_CREDENTIALS,
			site: 'intl',
			endpoint: current.url,
			onVersion: (v) => learnt.push(v),
		});
		await client.queryTaskList({PageNum: 1, PageSize: 5});
		expect(learnt).toEqual(['2018-01-29']);
		const remembered = createDomainClient({
			credentials: SANDBOX_CREDENTIALS,
			site: 'intl',
			endpoint: legacy.url,
			knownVersion: '2017-12-18',
		});
		const before = legacy.requests;
		await remembered.queryTaskList({PageNum: 1, PageSize: 5});
		expect(legacy.requests - before).toBe(1);
	});

	it('does not fall back for the China site: the version error is the answer', async () => {
		const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, site: 'cn', endpoint: legacy.url});
		const error = await client.queryTaskList({PageNum: 1, PageSize: 5}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).code).toBe('InvalidVersion');
	});

	it('looks up redemption expiries and prices with the 2017-12-18 shapes', async () => {
		const client = createDomainClient({
			credentials: SANDBOX_CREDENTIALS,
			site: 'intl',
			endpoint: legacy.url,
			knownVersion: '2017-12-18',
		});
		const byName = await client.queryDomainByDomainName({DomainName: 'forgot-to-renew.com'});
		expect(byName.DomainStatus).toBeUndefined();
		// Not in the redemption list (the list says 2): the per-domain answer without DomainStatus still serves.
		const narrow: Pick<DomainClient, 'queryDomainList' | 'queryDomainByDomainName'> = {
			queryDomainList: async (p) => ({
				...(await client.queryDomainList(p)),
				TotalItemNum: 0,
				TotalPageNum: 0,
				Data: {Domain: []},
			}),
			queryDomainByDomainName: (p) => client.queryDomainByDomainName(p),
		};
		const found = await lookupRedeemExpiries(narrow, [{name: 'forgot-to-renew.com'}, {name: 'lianyun-tech.com'}]);
		expect(found.ready).toEqual([
			{
				name: 'forgot-to-renew.com',
				expiryMs: byName.ExpirationDateLong,
				source: 'account',
				accountMs: byName.ExpirationDateLong,
			},
		]);
		expect(found.notices.map((n) => n.name)).toEqual(['forgot-to-renew.com']);
		expect(found.refused.map((r) => r.name)).toEqual(['lianyun-tech.com']);
		const [priced] = await checkAvailability(client, ['an-intl-price.com'], {});
		expect(priced).toMatchObject({name: 'an-intl-price.com', availability: 'available', yearlyPrice: undefined});
	});

	it('prices one year with 2018-01-29 (period in months), whatever the years of the batch', async () => {
		const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: current.url});
		const [one] = await checkAvailability(client, ['a-cn-price.com'], {});
		expect(one!.yearlyPrice).toBe(69);
		// A two-year offer (24 months) is read as its yearly price.
		const twoYears = {
			checkDomain: async () => ({
				Avail: '1',
				Premium: 'false',
				StaticPriceInfo: {PriceInfo: [{action: 'activate', money: 138, period: 24}]},
			}),
		} as unknown as DomainClient;
		const [two] = await checkAvailability(twoYears, ['b-cn-price.com'], {});
		expect(two!.yearlyPrice).toBe(69);
	});
});

describe('the account store remembers the version', () => {
	it('per account, and hands it back with the credentials', () => {
		const store = new AccountStore({cwd: mkdtempSync(join(tmpdir(), 'alidomain-version-'))});
		store.add({name: 'intl', accessKeyId: 'LTAIexample', accessKeySecret: 'secret-example', site: 'intl', addedAt: 1});
		store.add({name: 'other', accessKeyId: 'LTAIother', accessKeySecret: 'secret-other', site: 'intl', addedAt: 2});
		store.rememberApiVersion('intl', '2017-12-18');
		store.rememberApiVersion('gone', '2017-12-18');
		expect(store.get('intl')!.apiVersion).toBe('2017-12-18');
		expect(store.get('other')!.apiVersion).toBeUndefined();
		expect(resolveCredentials({env: {}, accountName: 'intl', store})!.apiVersion).toBe('2017-12-18');
	});
});

describe('lenient decoding', () => {
	let server: Server | undefined;
	afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

	async function answering(body: unknown): Promise<DomainClient> {
		server = createServer((req, res) => {
			req.resume();
			req.on('end', () => {
				res.writeHead(200, {'content-type': 'application/json'});
				res.end(JSON.stringify(body));
			});
		});
		await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
		return createDomainClient({
			credentials: {accessKeyId: 'id', accessKeySecret: 'secret'},
			endpoint: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`,
			retry: {retries: 0},
		});
	}
	const page = {RequestId: 'R', TotalItemNum: 1, CurrentPageNum: 1, TotalPageNum: 1, PageSize: 100};

	it('takes task lists and history without TaskNum, TaskType, TaskStatusCode or CreateTimeLong, keeping unknown fields', async () => {
		const list = await (
			await answering({...page, Data: {TaskInfo: [{TaskNo: 'T1', Unheard: 'of'}]}})
		).queryTaskList({PageNum: 1, PageSize: 100});
		expect(list.Data.TaskInfo).toEqual([{TaskNo: 'T1', Unheard: 'of'}]);
		server!.close();
		const history = await (
			await answering({RequestId: 'R', Objects: [{TaskNo: 'T2'}], NextPageCursor: {}})
		).queryTaskInfoHistory({PageSize: 10});
		expect(history.Objects[0]!.TaskNo).toBe('T2');
	});

	it('reconciles with a task history that lacks them: the task is checked by its domains', async () => {
		const detail = {
			...page,
			Data: {TaskDetail: [{TaskNo: 'T9', DomainName: 'a.com', TaskStatus: 'EXECUTE_SUCCESS', TaskStatusCode: 2}]},
		};
		const api = {
			queryTaskInfoHistory: async () => ({RequestId: 'R', Objects: [{TaskNo: 'T9'}], NextPageCursor: {}}),
			queryTaskList: async () => {
				throw new Error('not used');
			},
			queryTaskDetailList: async () => detail,
		} as unknown as Parameters<typeof reconcileChunk>[0];
		const result = await reconcileChunk(
			api,
			{operation: 'register', domains: ['a.com'], sentAt: 1_000_000, knownTaskNos: new Set()},
			{now: () => 1_000_000, settleMs: 0},
		);
		expect(result).toMatchObject({result: 'found', taskNo: 'T9'});
	});

	it("falls back on the older table's InvalidParameter about the Version", async () => {
		const versions: string[] = [];
		server = createServer((req, res) => {
			versions.push(String(req.headers['x-acs-version']));
			req.resume();
			req.on('end', () => {
				const old = req.headers['x-acs-version'] === '2017-12-18';
				res.writeHead(old ? 200 : 400, {'content-type': 'application/json'});
				res.end(
					JSON.stringify(
						old
							? {...page, Data: {TaskInfo: []}}
							: {
									RequestId: 'R',
									Code: 'InvalidParameter',
									Message: 'The specified parameter "Action or Version" is not valid.',
								},
					),
				);
			});
		});
		await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
		const endpoint = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
		const client = createDomainClient({
			credentials: {accessKeyId: 'id', accessKeySecret: 'secret'},
			site: 'intl',
			endpoint,
			retry: {retries: 0},
		});
		await client.queryTaskList({PageNum: 1, PageSize: 10});
		expect(versions).toEqual(['2018-01-29', '2017-12-18']);
	});

	it('names the operation and the missing field it needs', async () => {
		const client = await answering({...page, Data: {TaskInfo: [{TaskNum: 3}]}});
		const error = await client.queryTaskList({PageNum: 1, PageSize: 100}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DecodeError);
		expect((error as Error).message).toContain('QueryTaskList');
		expect((error as Error).message).toContain('Data.TaskInfo[0].TaskNo is missing');
	});
});
