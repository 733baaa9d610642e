import {describe, expect, it} from 'vitest';
import {flattenParams, formEncode, percentEncode, unflattenParams} from '../../source/api/encode.js';
import {signatureV1, stringToSignV1} from '../../source/api/sign-v1.js';
import {authorizationV3, canonicalRequestV3, parseAuthorizationV3, sha256Hex} from '../../source/api/sign-v3.js';

const domainCommon = {
	Action: 'SaveBatchTaskForCreatingOrderActivate',
	Format: 'json',
	Version: '2018-01-29',
	Timestamp: '2026-01-02T03:04:05Z',
	SignatureNonce: 'c0ffee00-1111-2222-3333-444455556666',
	SignatureMethod: 'HMAC-SHA1',
	SignatureVersion: '1.0',
	AccessKeyId: 'testid',
};
const domainBusiness = {
	OrderActivateParam: [
		{DomainName: 'example.com', RegistrantProfileId: 1234567, SubscriptionDuration: 1, AliyunDns: true},
		{
			DomainName: 'example.net',
			RegistrantProfileId: 1234567,
			SubscriptionDuration: 2,
			AliyunDns: false,
			Dns1: 'ns1.example.org',
			Dns2: 'ns2.example.org',
		},
	],
};

describe('percentEncode', () => {
	it('follows RFC 3986 as Alibaba signs it', () => {
		expect(percentEncode("a b*c~d!'()")).toBe('a%20b%2Ac~d%21%27%28%29');
		expect(percentEncode('中')).toBe('%E4%B8%AD');
	});
});

describe('repeat lists', () => {
	it('flattens 1-based and round-trips', () => {
		const flat = flattenParams(domainBusiness);
		expect(flat['OrderActivateParam.1.DomainName']).toBe('example.com');
		expect(flat['OrderActivateParam.2.AliyunDns']).toBe('false');
		expect(flat['OrderActivateParam.2.SubscriptionDuration']).toBe('2');
		expect(unflattenParams(flat)).toEqual({
			OrderActivateParam: [
				{DomainName: 'example.com', RegistrantProfileId: '1234567', SubscriptionDuration: '1', AliyunDns: 'true'},
				{
					DomainName: 'example.net',
					RegistrantProfileId: '1234567',
					SubscriptionDuration: '2',
					AliyunDns: 'false',
					Dns1: 'ns1.example.org',
					Dns2: 'ns2.example.org',
				},
			],
		});
	});
	it('orders list items by index, not by key text', () => {
		const wire: Record<string, string> = {};
		for (let i = 12; i >= 1; i--) wire[`L.${i}.N`] = String(i);
		expect((unflattenParams(wire).L as Array<{N: string}>).map((x) => x.N)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
			'7',
			'8',
			'9',
			'10',
			'11',
			'12',
		]);
	});
});

describe('signature V1', () => {
	it('matches the official documentation vector A', () => {
		const params = {
			Timestamp: '2016-02-23T12:46:24Z',
			Format: 'XML',
			AccessKeyId: 'testid',
			Action: 'DescribeRegions',
			SignatureMethod: 'HMAC-SHA1',
			SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
			Version: '2014-05-26',
			SignatureVersion: '1.0',
		};
		expect(stringToSignV1('GET', params)).toBe(
			'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
		);
		expect(signatureV1('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
	});
	it('matches the SDK unit-test vector B', () => {
		expect(signatureV1('', {test: 'ok'}, 'accessKeySecret')).toBe('jHx/oHoHNrbVfhncHEvPdHXZwHU=');
	});
	it('matches the Domain-shaped vector C for POST and GET', () => {
		const params = {...domainCommon, ...flattenParams(domainBusiness)};
		expect(signatureV1('POST', params, 'testsecret')).toBe('r2YNX7Bxds2zNqnNU2rjLFEU6TE=');
		expect(signatureV1('GET', params, 'testsecret')).toBe('z6TaPbVx/LPYWNArEXZ01YoXM9E=');
	});
	it('ignores an existing Signature parameter', () => {
		const params = {...domainCommon, Signature: 'x'};
		const {Signature: _, ...rest} = params;
		expect(signatureV1('POST', params, 's')).toBe(signatureV1('POST', rest, 's'));
	});
});

describe('signature V3', () => {
	const emptyHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
	const ecsHeaders = (date: string, nonce: string) => ({
		host: 'ecs.cn-shanghai.aliyuncs.com',
		'x-acs-action': 'RunInstances',
		'x-acs-version': '2014-05-26',
		'x-acs-date': date,
		'x-acs-signature-nonce': nonce,
		'x-acs-content-sha256': emptyHash,
	});
	const ecsQuery = {ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai'};

	it('matches the published RunInstances vector and its canonical request', () => {
		const request = {
			method: 'POST',
			pathname: '/',
			query: ecsQuery,
			headers: ecsHeaders('2023-10-26T09:01:01Z', 'd410180a5abf7fe235dd9b74aca91fc0'),
			payloadHash: emptyHash,
		};
		expect(sha256Hex('')).toBe(emptyHash);
		expect(canonicalRequestV3(request).canonicalRequest).toBe(
			[
				'POST',
				'/',
				'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
				'host:ecs.cn-shanghai.aliyuncs.com',
				'x-acs-action:RunInstances',
				`x-acs-content-sha256:${emptyHash}`,
				'x-acs-date:2023-10-26T09:01:01Z',
				'x-acs-signature-nonce:d410180a5abf7fe235dd9b74aca91fc0',
				'x-acs-version:2014-05-26',
				'',
				'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
				emptyHash,
			].join('\n'),
		);
		expect(authorizationV3(request, 'YourAccessKeyId', 'YourAccessKeySecret')).toMatch(
			/,Signature=e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804$/,
		);
	});
	it('matches the documentation header-table variant', () => {
		const request = {
			method: 'POST',
			pathname: '/',
			query: ecsQuery,
			headers: ecsHeaders('2023-10-26T10:22:32Z', '3156853299f313e23d1673dc12e1703d'),
			payloadHash: emptyHash,
		};
		expect(authorizationV3(request, 'YourAccessKeyId', 'YourAccessKeySecret')).toMatch(
			/Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0$/,
		);
	});
	it('matches the SDK unit-test vector (duplicate headers, empty values)', () => {
		const request = {
			// The SDK test leaves method unset, which its code stringifies as "undefined".
			method: 'undefined',
			pathname: '',
			query: {test: 'ok', empty: ''},
			headers: {'x-acs-TEST': 'https', 'x-acs-test': 'http'},
			payloadHash: '55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23',
		};
		expect(authorizationV3(request, 'acesskey', 'secret')).toBe(
			'ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=0f2d549523cf082c83bb8135b5863614f7fe16ca7c2c7fc537e74d67374eeeac',
		);
	});
	it('matches the Domain-shaped vector 3 with a form body', () => {
		const body = formEncode(flattenParams(domainBusiness));
		const payloadHash = sha256Hex(body);
		expect(payloadHash).toBe('bd1dd879f05afe3a3e8fd003b921f7960b521e6894d6eeedc2dfbbeb987936de');
		const authorization = authorizationV3(
			{
				method: 'POST',
				pathname: '/',
				query: {},
				headers: {
					host: 'domain.aliyuncs.com',
					'x-acs-action': 'SaveBatchTaskForCreatingOrderActivate',
					'x-acs-version': '2018-01-29',
					'x-acs-date': '2026-01-02T03:04:05Z',
					'x-acs-signature-nonce': 'c0ffee00-1111-2222-3333-444455556666',
					'x-acs-content-sha256': payloadHash,
					'content-type': 'application/x-www-form-urlencoded',
				},
				payloadHash,
			},
			'testid',
			'testsecret',
		);
		expect(authorization).toBe(
			'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=dd94e4ec290e79e3680930d78578c85cf40ee112063fe9f73224c42ff235c7a3',
		);
		expect(parseAuthorizationV3(authorization)).toEqual({
			accessKeyId: 'testid',
			signedHeaders: [
				'content-type',
				'host',
				'x-acs-action',
				'x-acs-content-sha256',
				'x-acs-date',
				'x-acs-signature-nonce',
				'x-acs-version',
			],
			signature: 'dd94e4ec290e79e3680930d78578c85cf40ee112063fe9f73224c42ff235c7a3',
		});
	});
});
