import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {formDecode} from '../../source/api/encode.js';
import {ApiError, DecodeError, NetworkError} from '../../source/api/errors.js';
import {signatureV1} from '../../source/api/sign-v1.js';
import {authorizationV3, sha256Hex} from '../../source/api/sign-v3.js';

const credentials = {accessKeyId: 'testid', accessKeySecret: 'testsecret'};
type Seen = {method: string; headers: IncomingMessage['headers']; body: string; params: Record<string, string>};
type Answer = (seen: Seen, res: ServerResponse) => void;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(answers: Answer[]): Promise<{endpoint: string; seen: Seen[]}> {
	const seen: Seen[] = [];
	server = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			const s = {method: req.method!, headers: req.headers, body, params: formDecode(body)};
			seen.push(s);
			(answers[Math.min(seen.length - 1, answers.length - 1)] ?? json(200, {}))(s, res);
		});
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return {endpoint: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen};
}

const json =
	(status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
	(_s, res) => {
		res.writeHead(status, {'content-type': 'application/json', ...headers});
		res.end(JSON.stringify(body));
	};
const noSleep = {sleep: async () => {}, random: () => 0.5};
const submitted = json(200, {RequestId: 'R1', TaskNo: 'T-1'});

describe('signing on the wire', () => {
	it('sends V3 with the parameters in a signed form body', async () => {
		const {endpoint, seen} = await serve([submitted]);
		const client = createDomainClient({credentials, endpoint});
		const answer = await client.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: [{DomainName: 'example.com', RegistrantProfileId: 42, AliyunDns: true}],
		});
		expect(answer).toEqual({RequestId: 'R1', TaskNo: 'T-1'});
		const [request] = seen;
		expect(request!.method).toBe('POST');
		expect(request!.params).toEqual({
			'OrderActivateParam.1.DomainName': 'example.com',
			'OrderActivateParam.1.RegistrantProfileId': '42',
			'OrderActivateParam.1.AliyunDns': 'true',
		});
		expect(request!.headers['x-acs-content-sha256']).toBe(sha256Hex(request!.body));
		const h = request!.headers as Record<string, string>;
		const signed = [
			'host',
			'x-acs-action',
			'x-acs-version',
			'x-acs-date',
			'x-acs-signature-nonce',
			'x-acs-content-sha256',
			'content-type',
		];
		const recomputed = authorizationV3(
			{
				method: 'POST',
				pathname: '/',
				query: {},
				headers: Object.fromEntries(signed.map((k) => [k, h[k]!])),
				payloadHash: h['x-acs-content-sha256']!,
			},
			'testid',
			'testsecret',
		);
		expect(h.authorization).toBe(recomputed);
		expect(h['x-acs-version']).toBe('2018-01-29');
	});

	it('sends V1 with every parameter in the body and a signature over them all', async () => {
		const {endpoint, seen} = await serve([
			json(200, {RequestId: 'R', TotalItemNum: 0, CurrentPageNum: 1, TotalPageNum: 0, PageSize: 10, Data: {}}),
		]);
		const client = createDomainClient({
			credentials: {...credentials, securityToken: 'sts'},
			endpoint,
			signature: 'v1',
			lang: 'zh',
		});
		const page = await client.queryTaskList({PageNum: 1, PageSize: 10});
		expect(page.Data.TaskInfo).toEqual([]);
		const {Signature, ...rest} = seen[0]!.params;
		expect(rest).toMatchObject({
			Action: 'QueryTaskList',
			PageNum: '1',
			PageSize: '10',
			Lang: 'zh',
			SecurityToken: 'sts',
			SignatureMethod: 'HMAC-SHA1',
			AccessKeyId: 'testid',
		});
		expect(rest.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		expect(Signature).toBe(signatureV1('POST', rest, 'testsecret'));
	});
});

describe('decoding', () => {
	it('accepts a single object where a list is documented and numbers where strings are', async () => {
		const detail = {
			TaskNo: 'T',
			DomainName: 'a.com',
			TaskStatus: 'EXECUTE_SUCCESS',
			TaskStatusCode: '2',
			TaskResult: 12345,
			TryCount: '1',
		};
		const {endpoint} = await serve([
			json(200, {
				RequestId: 'R',
				TotalItemNum: '1',
				CurrentPageNum: 1,
				TotalPageNum: 1,
				PageSize: 10,
				Data: {TaskDetail: detail},
			}),
		]);
		const page = await createDomainClient({credentials, endpoint}).queryTaskDetailList({
			TaskNo: 'T',
			PageNum: 1,
			PageSize: 10,
		});
		expect(page.TotalItemNum).toBe(1);
		expect(page.Data.TaskDetail).toEqual([{...detail, TaskStatusCode: 2, TaskResult: '12345', TryCount: 1}]);
	});
	it('says which field was wrong when the answer is not the documented shape', async () => {
		const {endpoint} = await serve([json(200, {RequestId: 'R9'})]);
		const error = await createDomainClient({credentials, endpoint})
			.saveBatchTaskForCreatingOrderRedeem({OrderRedeemParam: [{DomainName: 'a.com', CurrentExpirationDate: 1}]})
			.catch((e) => e);
		expect(error).toBeInstanceOf(DecodeError);
		expect(error.message).toContain('TaskNo');
		expect(error.message).toContain('R9');
	});
});

describe('errors', () => {
	it("carries Alibaba's code, message, request id, recommendation and a hint", async () => {
		const body = {
			RequestId: 'RID-1',
			HostId: 'domain.aliyuncs.com',
			Code: 'SignatureDoesNotMatch',
			Message: 'Specified signature is not matched with our calculation.',
			Recommend: 'https://example.invalid/diag',
		};
		const {endpoint} = await serve([json(403, body)]);
		const error = await createDomainClient({credentials, endpoint})
			.queryTaskList({PageNum: 1, PageSize: 1})
			.catch((e) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(error).toMatchObject({
			code: 'SignatureDoesNotMatch',
			status: 403,
			requestId: 'RID-1',
			recommend: body.Recommend,
			category: 'auth',
		});
		expect(error.hint).toMatch(/secret is wrong/);
		expect(error.apiMessage).toBe(body.Message);
		expect(String(error)).not.toContain('testsecret');
	});
	it('names the RAM action a permission error needs', async () => {
		const {endpoint} = await serve([json(403, {Code: 'Forbidden.RAM', Message: 'no', RequestId: 'X'})]);
		const error = await createDomainClient({credentials, endpoint})
			.saveBatchTaskForCreatingOrderActivate({OrderActivateParam: [{DomainName: 'a.com'}]})
			.catch((e) => e);
		expect(error.category).toBe('permission');
		expect(error.hint).toContain('domain:CreateOrderActivate');
	});
	it('classifies clock errors', async () => {
		const {endpoint} = await serve([json(400, {Code: 'InvalidTimeStamp.Expired', Message: 'expired'})]);
		const error = await createDomainClient({credentials, endpoint})
			.queryTaskList({PageNum: 1, PageSize: 1})
			.catch((e) => e);
		expect(error.category).toBe('clock');
		expect(error.hint).toMatch(/clock/);
	});
});

describe('retries', () => {
	const page = json(200, {RequestId: 'R', TotalItemNum: 0, CurrentPageNum: 1, TotalPageNum: 0, PageSize: 1, Data: {}});

	it('retries a throttled read after the delay the server asks for', async () => {
		const {endpoint, seen} = await serve([
			json(400, {Code: 'Throttling.User', Message: 'slow'}, {'x-acs-retry-after': '1500'}),
			page,
		]);
		const delays: number[] = [];
		const client = createDomainClient({
			credentials,
			endpoint,
			retry: {...noSleep, sleep: async (ms) => void delays.push(ms)},
		});
		await client.queryTaskList({PageNum: 1, PageSize: 1});
		expect(seen).toHaveLength(2);
		expect(delays).toEqual([1500]);
		expect(seen[0]!.headers['x-acs-signature-nonce']).not.toBe(seen[1]!.headers['x-acs-signature-nonce']);
	});
	it('backs off on 5xx reads and gives up after the configured retries', async () => {
		const {endpoint, seen} = await serve([json(503, {Code: 'ServiceUnavailable', Message: 'down'})]);
		const events: number[] = [];
		const client = createDomainClient({
			credentials,
			endpoint,
			retry: {...noSleep, retries: 3},
			onRetry: (e) => events.push(e.delayMs),
		});
		const error = await client.queryTaskList({PageNum: 1, PageSize: 1}).catch((e) => e);
		expect(error).toMatchObject({code: 'ServiceUnavailable', category: 'retryable'});
		expect(seen).toHaveLength(4);
		expect(events).toEqual([225, 450, 900]);
	});
	it('never retries a submit that reached the server, whatever the error', async () => {
		const {endpoint, seen} = await serve([json(503, {Code: 'ServiceUnavailable', Message: 'down'})]);
		const client = createDomainClient({credentials, endpoint, retry: noSleep});
		await expect(
			client.saveBatchTaskForCreatingOrderActivate({OrderActivateParam: [{DomainName: 'a.com'}]}),
		).rejects.toBeInstanceOf(ApiError);
		expect(seen).toHaveLength(1);
	});
	it('treats a dropped connection on submit as possibly processed, and does not retry it', async () => {
		const {endpoint, seen} = await serve([(_s, res) => res.socket?.destroy()]);
		const client = createDomainClient({credentials, endpoint, retry: noSleep});
		const error = await client
			.saveBatchTaskForCreatingOrderActivate({OrderActivateParam: [{DomainName: 'a.com'}]})
			.catch((e) => e);
		expect(error).toBeInstanceOf(NetworkError);
		expect(error).toMatchObject({kind: 'reset', mayHaveReachedServer: true});
		expect(seen).toHaveLength(1);
	});
	it('retries a submit whose connection was refused, because it never left', async () => {
		const {endpoint} = await serve([submitted]);
		await new Promise<void>((resolve) => server!.close(() => resolve()));
		server = undefined;
		const attempts: number[] = [];
		const client = createDomainClient({
			credentials,
			endpoint,
			retry: {...noSleep, retries: 2},
			onRetry: (e) => attempts.push(e.attempt),
		});
		const error = await client
			.saveBatchTaskForCreatingOrderActivate({OrderActivateParam: [{DomainName: 'a.com'}]})
			.catch((e) => e);
		expect(error).toMatchObject({kind: 'refused', mayHaveReachedServer: false});
		expect(attempts).toEqual([1, 2]);
	});
	it('gives a timeout as outcome unknown', async () => {
		const {endpoint} = await serve([() => {}]);
		const error = await createDomainClient({credentials, endpoint, timeoutMs: 200, retry: noSleep})
			.saveBatchTaskForCreatingOrderActivate({OrderActivateParam: [{DomainName: 'a.com'}]})
			.catch((e) => e);
		expect(error).toMatchObject({kind: 'timeout', mayHaveReachedServer: true});
	});
});
