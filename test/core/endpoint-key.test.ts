import {describe, expect, it} from 'vitest';
import {canonicalEndpoint, sameAccount, sameEndpoint} from '../../source/core/submit/endpoint-key.js';

describe('canonical endpoints', () => {
	it('treats every loopback spelling, letter case, default port and trailing slash as the same server', () => {
		const same = [
			'http://127.0.0.1:8080',
			'http://localhost:8080',
			'HTTP://LocalHost:8080/',
			'http://[::1]:8080',
			'http://127.0.0.1:8080//',
		];
		expect(new Set(same.map(canonicalEndpoint))).toEqual(new Set(['http://127.0.0.1:8080']));
		expect(canonicalEndpoint('https://Domain.Aliyuncs.com:443/')).toBe('https://domain.aliyuncs.com');
		expect(canonicalEndpoint('http://domain.aliyuncs.com:80')).toBe('http://domain.aliyuncs.com');
	});

	it('keeps different servers apart: scheme, port and host', () => {
		expect(sameEndpoint('http://127.0.0.1:8080', 'http://127.0.0.1:8081')).toBe(false);
		expect(sameEndpoint('http://domain.aliyuncs.com', 'https://domain.aliyuncs.com')).toBe(false);
		expect(sameEndpoint('https://domain.aliyuncs.com', 'https://domain-intl.aliyuncs.com')).toBe(false);
		expect(sameEndpoint('http://127.0.0.2:8080', 'http://127.0.0.1:8080')).toBe(false);
	});

	it('leaves a name that is not a URL as it is, and matches accounts by key and endpoint', () => {
		expect(canonicalEndpoint('built-in sandbox')).toBe('built-in sandbox');
		expect(sameAccount({accessKeyId: 'AK', endpoint: 'http://localhost:9/'}, 'AK', 'http://127.0.0.1:9')).toBe(true);
		expect(sameAccount({accessKeyId: 'AK', endpoint: 'http://localhost:9/'}, 'AK2', 'http://127.0.0.1:9')).toBe(false);
	});
});
