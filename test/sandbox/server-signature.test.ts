import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {SANDBOX_SECURITY_TOKEN, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {expectErrorShape, FORM, send, v1Request, v3Request, type Reply} from './server-helpers.js';

// A sandbox clock under the test's control, so the timestamp window is tested against a known "now". It only
// moves forward, as the task engine behind it expects.
let clock = Date.parse('2026-03-04T05:06:07Z');
let sandbox: RunningSandbox;

beforeAll(async () => {
	sandbox = await startSandbox({now: () => clock, quiet: true});
});
afterAll(async () => {
	await sandbox.close();
});

const at = () => new Date(clock);
const ok = (reply: Reply) => {
	if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status} ${JSON.stringify(reply.json)}`);
	expect(reply.json.RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
	expect(reply.headers.get('x-acs-request-id')).toBe(reply.json.RequestId);
	return reply.json;
};

describe('signature V1 (HMAC-SHA1)', () => {
	it('accepts a GET with everything in the query', async () => {
		const body = ok(await send(v1Request(sandbox.url, {method: 'GET', date: at()})));
		expect(body).toHaveProperty('RegistrantProfiles');
	});

	it('accepts a POST with everything in the form body', async () => {
		ok(await send(v1Request(sandbox.url, {method: 'POST', placement: 'body', date: at()})));
	});

	it('accepts a POST with common parameters in the query and business ones in the body, signing the union', async () => {
		const request = v1Request(sandbox.url, {
			method: 'POST',
			placement: 'split',
			date: at(),
			action: 'QueryTaskList',
			params: {PageNum: 1, PageSize: 5},
		});
		expect(request.url).toContain('Signature=');
		expect(request.body).toContain('PageSize=5');
		const body = ok(await send(request));
		expect(body.PageSize).toBe(5);
	});

	it('accepts the STS token of the sandbox key and refuses any other', async () => {
		ok(await send(v1Request(sandbox.url, {date: at(), securityToken: SANDBOX_SECURITY_TOKEN})));
		const reply = await send(v1Request(sandbox.url, {date: at(), securityToken: 'someone-elses-token'}));
		expectErrorShape(reply, 'InvalidSecurityToken.Malformed', 400);
	});

	it('refuses a tampered parameter with SignatureDoesNotMatch and the server string to sign, never the secret', async () => {
		const reply = await send(
			v1Request(sandbox.url, {
				date: at(),
				action: 'QueryTaskList',
				params: {PageNum: 1, PageSize: 5},
				tamper: (p) => void (p.PageSize = '6'),
			}),
		);
		expectErrorShape(reply, 'SignatureDoesNotMatch', 403);
		expect(reply.json.Message).toMatch(
			/^Specified signature is not matched with our calculation\. server string to sign is:POST&%2F&/,
		);
		expect(reply.json.Message).toContain('PageSize%3D6');
		expect(JSON.stringify(reply.json)).not.toContain('sandbox-secret');
	});

	it('refuses a signature made for another HTTP method', async () => {
		const reply = await send(v1Request(sandbox.url, {method: 'POST', signedMethod: 'GET', date: at()}));
		expectErrorShape(reply, 'SignatureDoesNotMatch', 403);
		expect(reply.json.Message).toContain('string to sign is:POST&');
	});

	it('refuses a wrong secret', async () => {
		expectErrorShape(
			await send(v1Request(sandbox.url, {date: at(), secret: 'not-the-secret'})),
			'SignatureDoesNotMatch',
			403,
		);
	});

	it('refuses an unknown AccessKey ID before looking at the signature', async () => {
		expectErrorShape(
			await send(v1Request(sandbox.url, {date: at(), accessKeyId: 'nobody', secret: 'x'})),
			'InvalidAccessKeyId.NotFound',
			400,
		);
	});

	it('asks for a missing signature parameter by name', async () => {
		const reply = await send(v1Request(sandbox.url, {date: at(), tamper: (p) => void delete p.SignatureNonce}));
		expectErrorShape(reply, 'MissingParameter', 400);
		expect(reply.json.Message).toBe(
			'The input parameter "SignatureNonce" that is mandatory for processing this request is not supplied.',
		);
	});
});

describe('signature V3 (ACS3-HMAC-SHA256)', () => {
	it('accepts a form body', async () => {
		const body = ok(
			await send(v3Request(sandbox.url, {date: at(), action: 'QueryTaskList', params: {PageNum: 1, PageSize: 3}})),
		);
		expect(body.PageSize).toBe(3);
	});

	it('accepts the STS token header of the sandbox key and refuses any other', async () => {
		ok(await send(v3Request(sandbox.url, {date: at(), securityToken: SANDBOX_SECURITY_TOKEN})));
		expectErrorShape(
			await send(v3Request(sandbox.url, {date: at(), securityToken: 'forged'})),
			'InvalidSecurityToken.Malformed',
			400,
		);
	});

	it('refuses a body changed after signing', async () => {
		const reply = await send(
			v3Request(sandbox.url, {
				date: at(),
				action: 'QueryTaskList',
				params: {PageNum: 1, PageSize: 3},
				tamperBody: (b) => b.replace('PageSize=3', 'PageSize=4'),
			}),
		);
		expectErrorShape(reply, 'SignatureDoesNotMatch', 403);
		expect(reply.json.Message).toContain('x-acs-content-sha256');
	});

	it('refuses a wrong secret, telling the string to sign', async () => {
		const reply = await send(v3Request(sandbox.url, {date: at(), secret: 'wrong'}));
		expectErrorShape(reply, 'SignatureDoesNotMatch', 403);
		expect(reply.json.Message).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
	});

	it('refuses an x-acs header left out of SignedHeaders', async () => {
		const reply = await send(v3Request(sandbox.url, {date: at(), unsignedHeaders: {'x-acs-extra': 'sneaky'}}));
		expectErrorShape(reply, 'IncompleteSignature', 400);
		expect(reply.json.Message).toContain('x-acs-extra');
	});

	it('refuses an unknown AccessKey ID', async () => {
		expectErrorShape(
			await send(v3Request(sandbox.url, {date: at(), accessKeyId: 'LTAI-nobody'})),
			'InvalidAccessKeyId.NotFound',
			400,
		);
	});

	it('refuses a malformed Authorization header', async () => {
		const request = v3Request(sandbox.url, {date: at()});
		request.headers.authorization = 'Bearer something';
		expectErrorShape(await send(request), 'IncompleteSignature', 400);
	});
});

describe('timestamp window and nonces', () => {
	it('accepts a clock 14 minutes off either way', async () => {
		ok(await send(v1Request(sandbox.url, {date: new Date(clock - 14 * 60_000)})));
		ok(await send(v3Request(sandbox.url, {date: new Date(clock + 14 * 60_000)})));
	});

	it('refuses a timestamp more than 15 minutes from the sandbox clock', async () => {
		expectErrorShape(
			await send(v1Request(sandbox.url, {date: new Date(clock - 16 * 60_000)})),
			'InvalidTimeStamp.Expired',
			400,
		);
		expectErrorShape(
			await send(v3Request(sandbox.url, {date: new Date(clock + 16 * 60_000)})),
			'InvalidTimeStamp.Expired',
			400,
		);
	});

	it('refuses a malformed timestamp', async () => {
		expectErrorShape(
			await send(v1Request(sandbox.url, {timestamp: '2026-03-04 05:06:07'})),
			'InvalidTimeStamp.Format',
			400,
		);
		expectErrorShape(
			await send(v3Request(sandbox.url, {timestamp: '2026-02-31T05:06:07Z'})),
			'InvalidTimeStamp.Format',
			400,
		);
		expectErrorShape(await send(v1Request(sandbox.url, {timestamp: String(clock)})), 'InvalidTimeStamp.Format', 400);
	});

	it('refuses a nonce used again within the window, V1 and V3 alike', async () => {
		ok(await send(v1Request(sandbox.url, {date: at(), nonce: 'nonce-once-v1'})));
		expectErrorShape(
			await send(v1Request(sandbox.url, {date: at(), nonce: 'nonce-once-v1'})),
			'SignatureNonceUsed',
			400,
		);
		ok(await send(v3Request(sandbox.url, {date: at(), nonce: 'nonce-once-v3'})));
		expectErrorShape(
			await send(v3Request(sandbox.url, {date: at(), nonce: 'nonce-once-v3'})),
			'SignatureNonceUsed',
			400,
		);
	});

	it('does not spend a nonce on a request with a wrong signature', async () => {
		expectErrorShape(
			await send(v1Request(sandbox.url, {date: at(), nonce: 'nonce-after-bad-signature', secret: 'bad'})),
			'SignatureDoesNotMatch',
			403,
		);
		ok(await send(v1Request(sandbox.url, {date: at(), nonce: 'nonce-after-bad-signature'})));
	});

	it('forgets a nonce once its window has passed', async () => {
		ok(await send(v1Request(sandbox.url, {date: at(), nonce: 'nonce-forgotten'})));
		clock += 40 * 60_000;
		ok(await send(v1Request(sandbox.url, {date: at(), nonce: 'nonce-forgotten'})));
	});
});

describe('version, action and parameters', () => {
	it('asks for a missing Version or Action', async () => {
		const noVersion = await send(v1Request(sandbox.url, {date: at(), version: ''}));
		expectErrorShape(noVersion, 'MissingParameter', 400);
		expect(noVersion.json.Message).toContain('"Version"');
		const noAction = await send(v1Request(sandbox.url, {date: at(), action: ''}));
		expectErrorShape(noAction, 'MissingParameter', 400);
		expect(noAction.json.Message).toContain('"Action"');
	});

	it('refuses a version the product does not have, and accepts the intl product', async () => {
		expectErrorShape(await send(v3Request(sandbox.url, {date: at(), version: '2014-05-26'})), 'InvalidVersion', 400);
		ok(await send(v3Request(sandbox.url, {date: at(), version: '2017-12-18'})));
	});

	it('answers an unknown action with InvalidAction.NotFound 404', async () => {
		const reply = await send(v1Request(sandbox.url, {date: at(), action: 'DescribeRegions'}));
		expectErrorShape(reply, 'InvalidAction.NotFound', 404);
		expect(reply.json.Message).toBe('Specified api is not found, please check your url and method.');
	});

	it('names a missing required parameter as Alibaba does', async () => {
		const reply = await send(
			v3Request(sandbox.url, {date: at(), action: 'QueryTaskDetailList', params: {TaskNo: 'x', PageNum: 1}}),
		);
		expectErrorShape(reply, 'MissingParameter', 400);
		expect(reply.json.Message).toBe(
			'The input parameter "PageSize" that is mandatory for processing this request is not supplied.',
		);
	});

	it('names a missing field inside a repeat list in wire form', async () => {
		const reply = await send(
			v1Request(sandbox.url, {
				date: at(),
				action: 'SaveBatchTaskForCreatingOrderActivate',
				params: {OrderActivateParam: [{DomainName: 'a-fine-name.com'}, {SubscriptionDuration: 1}]},
			}),
		);
		expectErrorShape(reply, 'MissingParameter', 400);
		expect(reply.json.Message).toContain('"OrderActivateParam.2.DomainName"');
	});

	it('names an invalid parameter', async () => {
		const tooBig = await send(
			v3Request(sandbox.url, {
				date: at(),
				action: 'QueryTaskDetailList',
				params: {TaskNo: 'x', PageNum: 1, PageSize: 1001},
			}),
		);
		expectErrorShape(tooBig, 'InvalidParameter', 400);
		expect(tooBig.json.Message).toMatch(/^The specified parameter "PageSize" is not valid\./);
		const notNumber = await send(
			v1Request(sandbox.url, {date: at(), action: 'QueryTaskList', params: {PageNum: 'one', PageSize: 5}}),
		);
		expectErrorShape(notNumber, 'InvalidParameter', 400);
		expect(notNumber.json.Message).toContain('"PageNum"');
		const badYears = await send(
			v3Request(sandbox.url, {
				date: at(),
				action: 'SaveBatchTaskForCreatingOrderActivate',
				params: {OrderActivateParam: [{DomainName: 'a.com', SubscriptionDuration: 11}]},
			}),
		);
		expectErrorShape(badYears, 'InvalidParameter', 400);
		expect(badYears.json.Message).toContain('"OrderActivateParam.1.SubscriptionDuration"');
	});

	it('answers a world error with its own code', async () => {
		const reply = await send(
			v3Request(sandbox.url, {
				date: at(),
				action: 'QueryDomainByDomainName',
				params: {DomainName: 'not-in-this-account.example'},
			}),
		);
		expect(reply.status).toBeGreaterThanOrEqual(400);
		expectErrorShape(reply, reply.json.Code as string, reply.status);
		expect(reply.json.Code).not.toBe('InternalError');
	});

	it('answers another path or method with InvalidAction.NotFound', async () => {
		const request = v3Request(sandbox.url, {date: at()});
		expectErrorShape(await send({...request, url: `${sandbox.url}/v2/domains`}), 'InvalidAction.NotFound', 404);
		expectErrorShape(await send({...request, method: 'PUT'}), 'InvalidAction.NotFound', 404);
	});
});

describe('error body', () => {
	it('is exactly RequestId, HostId, Code, Message, Recommend with a diagnosis link', async () => {
		const reply = await send(v1Request(sandbox.url, {date: at(), secret: 'wrong'}));
		expectErrorShape(reply, 'SignatureDoesNotMatch', 403);
		const id = reply.json.RequestId as string;
		expect(id).toMatch(/^[0-9A-F-]{36}$/);
		expect(reply.json.HostId).toBe('domain.aliyuncs.com');
		expect(reply.json.Recommend).toBe(
			`https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Domain&requestId=${id}`,
		);
		expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
	});

	it('names the intl host for the intl version', async () => {
		const reply = await send(v3Request(sandbox.url, {date: at(), version: '2017-12-18', secret: 'wrong'}));
		expect(reply.json.HostId).toBe('domain-intl.aliyuncs.com');
	});

	it('is XML when XML was asked for, as is an answer', async () => {
		const raw = async (request: ReturnType<typeof v1Request>) => {
			const response = await fetch(request.url, {method: request.method, headers: request.headers, body: request.body});
			return {type: response.headers.get('content-type'), text: await response.text()};
		};
		const refused = await raw(
			v1Request(sandbox.url, {method: 'GET', date: at(), secret: 'wrong', params: {Format: 'XML'}}),
		);
		expect(refused.type).toMatch(/^text\/xml/);
		expect(refused.text).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?><Error><RequestId>[0-9A-F-]{36}<\/RequestId><HostId>domain.aliyuncs.com<\/HostId><Code>SignatureDoesNotMatch<\/Code>/,
		);
		const answered = await raw(
			v1Request(sandbox.url, {method: 'GET', date: at(), params: {Format: 'XML', PageNum: 1, PageSize: 2}}),
		);
		expect(answered.text).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?><QueryRegistrantProfilesResponse><RequestId>[0-9A-F-]{36}<\/RequestId>.*<RegistrantProfiles><RegistrantProfile><RegistrantProfileId>\d+<\/RegistrantProfileId>.*<\/RegistrantProfile><RegistrantProfile>/,
		);
	});
});

describe('a POST form body', () => {
	it('is read only when it says it is a form', async () => {
		const request = v1Request(sandbox.url, {placement: 'body', date: at()});
		expect(request.headers['content-type']).toBe(FORM);
		const reply = await send({...request, headers: {'content-type': 'text/plain'}});
		expectErrorShape(reply, 'MissingParameter', 400);
	});
});

it('serves a 10,000-domain registration in 100 requests of 100 over keep-alive', async () => {
	const profiles = ok(await send(v3Request(sandbox.url, {date: at(), params: {RealNameStatus: 'SUCCEED'}})));
	const profileId = (profiles.RegistrantProfiles as {RegistrantProfile: {RegistrantProfileId: number}[]})
		.RegistrantProfile[0]!.RegistrantProfileId;
	const before = sandbox.requests;
	const taskNos = new Set<string>();
	for (let batch = 0; batch < 100; batch += 4) {
		const replies = await Promise.all(
			[0, 1, 2, 3].map((k) => {
				const names = Array.from({length: 100}, (_, i) => `bulk-${batch + k}-${i}.com`);
				return send(
					v3Request(sandbox.url, {
						date: at(),
						action: 'SaveBatchTaskForCreatingOrderActivate',
						params: {OrderActivateParam: names.map((DomainName) => ({DomainName, RegistrantProfileId: profileId}))},
					}),
				);
			}),
		);
		for (const reply of replies) taskNos.add(ok(reply).TaskNo as string);
	}
	expect(taskNos.size).toBe(100);
	expect(sandbox.requests - before).toBe(100);
	expect(sandbox.world.tasksForDomain('bulk-99-99.com')).toHaveLength(1);
});
