// What SDKs other than the Node ones send, and what the API documents beyond our own client's habits: a V3 signer
// that signs every header it sends, True/False booleans, over-limit batches, QueryDomainList's filters, and the
// 2017-12-18 product's answers.
import {randomUUID} from 'node:crypto';
import {request as httpRequest} from 'node:http';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {flattenParams, formEncode} from '../../source/api/encode.js';
import {timestampV1} from '../../source/api/sign-v1.js';
import {authorizationV3, sha256Hex} from '../../source/api/sign-v3.js';
import {DEFAULT_PROFILE_ID} from '../../source/sandbox/seed.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {expectErrorShape, FORM, send, v1Request, v3Request, type Reply} from './server-helpers.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({quiet: true});
});
afterAll(async () => {
	await sandbox.close();
});

const ok = (reply: Reply) => {
	if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status} ${JSON.stringify(reply.json)}`);
	return reply.json;
};

interface AllHeadersOptions {
	action?: string;
	params?: Record<string, unknown>;
	/** Names left out of SignedHeaders (still sent). */
	leaveOut?: string[];
	/** Changes a header after signing. */
	tamper?: Record<string, string>;
	/** How SignedHeaders is written: sorted lower case (Alibaba's form) or as the caller's own order and case. */
	style?: 'sorted' | 'as-sent';
}

/**
 * A V3 signer in the manner of SDKs that sign every header they send: accept, user-agent, content-length and the
 * rest, not only host, content-type and x-acs-*. Sent with node:http so exactly these headers go on the wire.
 */
function allHeadersCall(o: AllHeadersOptions = {}): Promise<Reply> {
	const body = formEncode(flattenParams(o.params ?? {}));
	const url = new URL(sandbox.url);
	const headers: Record<string, string> = {
		Host: url.host,
		Accept: 'application/json',
		'User-Agent': 'AlibabaCloud (Linux; x86_64) Python/3.12 Core/2.16 TeaDSL/1',
		'Content-Type': FORM,
		'Content-Length': String(Buffer.byteLength(body)),
		'x-acs-action': o.action ?? 'QueryRegistrantProfiles',
		'x-acs-version': '2018-01-29',
		'x-acs-date': timestampV1(new Date()),
		'x-acs-signature-nonce': randomUUID(),
		'x-acs-content-sha256': sha256Hex(body),
	};
	const names = Object.keys(headers).filter((n) => !(o.leaveOut ?? []).includes(n.toLowerCase()));
	let authorization = authorizationV3(
		{
			method: 'POST',
			pathname: '/',
			query: {},
			headers,
			payloadHash: headers['x-acs-content-sha256']!,
			signedNames: names,
		},
		SANDBOX_CREDENTIALS.accessKeyId,
		SANDBOX_CREDENTIALS.accessKeySecret,
	);
	if (o.style === 'as-sent')
		authorization = authorization.replace(/SignedHeaders=[^,]+/, `SignedHeaders=${names.join(';')}`);
	const sent = {...headers, ...o.tamper, Authorization: authorization};
	return new Promise((resolve, reject) => {
		const req = httpRequest({host: url.hostname, port: url.port, method: 'POST', path: '/', headers: sent}, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const h = new Headers();
				for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
				resolve({
					status: res.statusCode ?? 0,
					headers: h,
					json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
				});
			});
		});
		req.on('error', reject);
		req.end(body);
	});
}

describe('V3: the canonical headers are exactly the SignedHeaders', () => {
	it('accepts a request that signs accept, user-agent, content-length and the rest', async () => {
		const reply = await allHeadersCall({action: 'QueryTaskList', params: {PageNum: 1, PageSize: 4}});
		expect(ok(reply).PageSize).toBe(4);
	});

	it('accepts SignedHeaders written in the order and case the headers were sent', async () => {
		ok(await allHeadersCall({style: 'as-sent'}));
	});

	it('signs what it names: a signed user-agent changed on the way is refused', async () => {
		const reply = await allHeadersCall({tamper: {'User-Agent': 'something-else/1.0'}});
		expectErrorShape(reply, 'SignatureDoesNotMatch', 403);
	});

	it('accepts a request that leaves accept and user-agent unsigned (the Node SDKs do)', async () => {
		ok(await allHeadersCall({leaveOut: ['accept', 'user-agent', 'content-length']}));
	});

	it('refuses SignedHeaders without host', async () => {
		const reply = await allHeadersCall({leaveOut: ['host']});
		expectErrorShape(reply, 'IncompleteSignature', 400);
		expect(reply.json.Message).toContain('"host"');
	});

	it('refuses SignedHeaders without an x-acs header that was sent', async () => {
		const reply = await allHeadersCall({leaveOut: ['x-acs-date']});
		expectErrorShape(reply, 'IncompleteSignature', 400);
		expect(reply.json.Message).toContain('"x-acs-date"');
	});
});

describe('booleans True/False, as SDKs in other languages write them', () => {
	it('reads DefaultRegistrantProfile=True and =False', async () => {
		const yes = ok(await send(v1Request(sandbox.url, {params: {DefaultRegistrantProfile: 'True'}})));
		const rows = (yes.RegistrantProfiles as {RegistrantProfile: {DefaultRegistrantProfile: boolean}[]})
			.RegistrantProfile;
		expect(rows.length).toBe(1);
		expect(rows[0]!.DefaultRegistrantProfile).toBe(true);
		const no = ok(await send(v3Request(sandbox.url, {params: {DefaultRegistrantProfile: 'False'}})));
		const others = (no.RegistrantProfiles as {RegistrantProfile: {DefaultRegistrantProfile: boolean}[]})
			.RegistrantProfile;
		expect(others.length).toBeGreaterThan(1);
		expect(others.every((p) => p.DefaultRegistrantProfile === false)).toBe(true);
	});

	it('reads AliyunDns=False inside a repeat list (and then asks for the name servers)', async () => {
		const params = {
			OrderActivateParam: [
				{
					DomainName: 'true-false-dns.com',
					RegistrantProfileId: DEFAULT_PROFILE_ID,
					AliyunDns: 'False',
					EnableDomainProxy: 'TRUE',
				},
			],
		};
		const reply = await send(v1Request(sandbox.url, {action: 'SaveBatchTaskForCreatingOrderActivate', params}));
		expectErrorShape(reply, 'InvalidParameter', 400);
		expect(reply.json.Message).toContain('AliyunDns is false');
		expect(sandbox.world.tasksForDomain('true-false-dns.com')).toEqual([]);
	});

	it('still refuses a boolean that is neither', async () => {
		const reply = await send(v1Request(sandbox.url, {params: {DefaultRegistrantProfile: 'yes'}}));
		expectErrorShape(reply, 'InvalidParameter', 400);
		expect(reply.json.Message).toContain('"DefaultRegistrantProfile"');
	});
});

describe('at most 1,000 items in one submit', () => {
	const names = (prefix: string, n: number) => Array.from({length: n}, (_, i) => `${prefix}-${i}.com`);

	it('refuses 1,001 OrderActivateParam items and creates nothing', async () => {
		const items = names('cap-activate', 1001).map((DomainName) => ({
			DomainName,
			RegistrantProfileId: DEFAULT_PROFILE_ID,
		}));
		const reply = await send(
			v3Request(sandbox.url, {action: 'SaveBatchTaskForCreatingOrderActivate', params: {OrderActivateParam: items}}),
		);
		expectErrorShape(reply, 'InvalidParameter', 400);
		expect(reply.json.Message).toContain('"OrderActivateParam"');
		expect(reply.json.Message).toContain('1000');
		expect(sandbox.world.tasksForDomain('cap-activate-0.com')).toEqual([]);
	});

	it('refuses 1,001 OrderRedeemParam items', async () => {
		const items = names('cap-redeem', 1001).map((DomainName) => ({
			DomainName,
			CurrentExpirationDate: 1_700_000_000_000,
		}));
		const reply = await send(
			v1Request(sandbox.url, {action: 'SaveBatchTaskForCreatingOrderRedeem', params: {OrderRedeemParam: items}}),
		);
		expectErrorShape(reply, 'InvalidParameter', 400);
		expect(reply.json.Message).toContain('"OrderRedeemParam"');
	});

	it('takes exactly 1,000', async () => {
		const items = names('cap-exact', 1000).map((DomainName) => ({DomainName, RegistrantProfileId: DEFAULT_PROFILE_ID}));
		const body = ok(
			await send(
				v3Request(sandbox.url, {action: 'SaveBatchTaskForCreatingOrderActivate', params: {OrderActivateParam: items}}),
			),
		);
		expect(sandbox.world.tasksForDomain('cap-exact-999.com')).toEqual([body.TaskNo]);
	});
});

type DomainRow = Record<string, unknown> & {
	DomainName: string;
	DomainType: string;
	RegistrationDateLong: number;
	DnsList: {DnsList: string[]};
};

describe('QueryDomainList filters', () => {
	// A sandbox of their own, with no task running: the tasks submitted above register domains as they finish, and
	// each filter is compared with the whole list read once at the start.
	let quiet: RunningSandbox;
	async function list(params: Record<string, unknown>, version = '2018-01-29'): Promise<DomainRow[]> {
		const body = ok(
			await send(
				v3Request(quiet.url, {action: 'QueryDomainList', version, params: {PageNum: 1, PageSize: 500, ...params}}),
			),
		);
		return (body.Data as {Domain: DomainRow[]}).Domain;
	}
	let all: DomainRow[];
	beforeAll(async () => {
		quiet = await startSandbox({quiet: true});
		all = await list({});
	});
	afterAll(() => quiet.close());

	it('ProductDomainType: each class gives exactly its domains', async () => {
		let seen = 0;
		for (const type of ['gTLD', 'ccTLD', 'New gTLD']) {
			const rows = await list({ProductDomainType: type});
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.every((r) => r.DomainType === type)).toBe(true);
			seen += rows.length;
		}
		expect(seen).toBe(all.length);
	});

	it('registration dates, inclusive at both ends', async () => {
		const dates = all.map((r) => r.RegistrationDateLong).sort((a, b) => a - b);
		const from = dates[3]!;
		const to = dates[dates.length - 4]!;
		const rows = await list({StartRegistrationDate: from, EndRegistrationDate: to});
		expect(rows.length).toBe(dates.filter((d) => d >= from && d <= to).length);
		expect(rows.length).toBeLessThan(all.length);
	});

	it('DomainName matches part of a name', async () => {
		const rows = await list({DomainName: 'LIANYUN'});
		expect(rows.map((r) => r.DomainName).sort()).toEqual(
			all
				.map((r) => r.DomainName)
				.filter((n) => n.includes('lianyun'))
				.sort(),
		);
		expect(rows.length).toBeGreaterThan(1);
	});

	it('Ccompany matches the owner in either language', async () => {
		const english = await list({Ccompany: 'qingshan'});
		const chinese = await list({Ccompany: '青山'});
		expect(english.length).toBeGreaterThan(0);
		expect(english.length).toBeLessThan(all.length);
		expect(chinese.map((r) => r.DomainName)).toEqual(english.map((r) => r.DomainName));
	});

	it('DomainGroupId, ResourceGroupId, Registrar, AutoRenewEnabled and Tag keep exactly the matching rows', async () => {
		const group = String(all[0]!.DomainGroupId);
		const inGroup = await list({DomainGroupId: group});
		expect(inGroup.length).toBe(all.filter((r) => r.DomainGroupId === group).length);
		expect(inGroup.length).toBeLessThan(all.length);
		expect((await list({ResourceGroupId: String(all[0]!.ResourceGroupId)})).length).toBe(all.length);
		expect(await list({ResourceGroupId: 'rg-nobody'})).toEqual([]);
		expect((await list({Registrar: 'HiChina'})).length).toBe(all.length);
		const renewing = await list({AutoRenewEnabled: 'True'});
		const notRenewing = await list({AutoRenewEnabled: 'false'});
		expect(renewing.length + notRenewing.length).toBe(all.length);
		expect(renewing.every((r) => r.AutoRenewEnabled === true)).toBe(true);
		const tagged = await list({Tag: [{Key: 'env', Value: 'prod'}]});
		expect(tagged.length).toBeGreaterThan(0);
		expect(
			tagged.every((r) =>
				(r.Tag as {Tag: {Key: string; Value: string}[]}).Tag.some((t) => t.Key === 'env' && t.Value === 'prod'),
			),
		).toBe(true);
		expect(tagged.length).toBeLessThan(all.length);
	});

	it('Dns names a name server', async () => {
		expect((await list({Dns: 'dns1.hichina.com'})).length).toBe(
			all.filter((r) => r.DnsList.DnsList.includes('dns1.hichina.com')).length,
		);
		expect(await list({Dns: 'ns1.nowhere.example'})).toEqual([]);
	});

	it('2017-12-18 ignores the filters that product does not have, and answers without their fields', async () => {
		const rows = await list({ResourceGroupId: 'rg-nobody', Dns: 'ns1.nowhere.example'}, '2017-12-18');
		expect(rows.length).toBe(all.length);
		for (const row of rows) {
			for (const field of ['DnsList', 'Tag', 'DomainGroupId', 'Registrar', 'AutoRenewEnabled'])
				expect(row).not.toHaveProperty(field);
			expect(row).toHaveProperty('DomainStatus');
		}
	});
});

describe('the two API versions', () => {
	it('QueryDomainByDomainName: 2018-01-29 has DomainStatus and the lock statuses, 2017-12-18 only its own fields, neither DomainAuditStatus or ProductId', async () => {
		const params = {DomainName: 'forgot-to-renew.com'};
		const domain = ok(await send(v3Request(sandbox.url, {action: 'QueryDomainByDomainName', params})));
		const intl = ok(
			await send(v1Request(sandbox.url, {action: 'QueryDomainByDomainName', version: '2017-12-18', params})),
		);
		expect(domain).toMatchObject({
			DomainStatus: '2',
			TransferOutStatus: 'NORMAL',
			TransferProhibitionLock: expect.any(String),
			UserId: expect.any(String),
		});
		expect(intl).not.toHaveProperty('DomainStatus');
		expect(intl).not.toHaveProperty('ExpirationDateStatus');
		expect(intl.ExpirationDateLong).toBe(domain.ExpirationDateLong);
		for (const body of [domain, intl]) {
			expect(body).not.toHaveProperty('DomainAuditStatus');
			expect(body).not.toHaveProperty('ProductId');
		}
	});

	it('CheckDomain: a price in months for 2018-01-29, none for 2017-12-18', async () => {
		const params = {DomainName: 'an-unclaimed-name-for-prices.com', FeePeriod: 3};
		const domain = ok(await send(v3Request(sandbox.url, {action: 'CheckDomain', params})));
		const intl = ok(await send(v3Request(sandbox.url, {action: 'CheckDomain', version: '2017-12-18', params})));
		expect((domain.StaticPriceInfo as {PriceInfo: {period: number}[]}).PriceInfo[0]!.period).toBe(36);
		expect(intl).not.toHaveProperty('StaticPriceInfo');
		expect(intl.Avail).toBe(domain.Avail);
	});

	it('a sandbox serving only 2017-12-18 refuses 2018-01-29 with InvalidVersion', async () => {
		const legacy = await startSandbox({quiet: true, versions: ['2017-12-18']});
		try {
			expectErrorShape(await send(v3Request(legacy.url, {})), 'InvalidVersion', 400);
			ok(await send(v3Request(legacy.url, {version: '2017-12-18'})));
		} finally {
			await legacy.close();
		}
	});
});
