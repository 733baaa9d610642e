import {createServer, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';
import {describe, expect, it} from 'vitest';
import {InvalidEndpointError, normalizeEndpoint} from '../../source/api/endpoints.js';
import {send} from '../../source/api/transport.js';

describe('endpoints', () => {
	it('accepts host names, http(s) URLs and IPv6 literals, without a path', () => {
		expect(normalizeEndpoint('domain.aliyuncs.com')).toBe('https://domain.aliyuncs.com');
		expect(normalizeEndpoint(' https://domain.aliyuncs.com/x ')).toBe('https://domain.aliyuncs.com');
		expect(normalizeEndpoint('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
		expect(normalizeEndpoint('http://[::1]:8080')).toBe('http://[::1]:8080');
	});

	it('refuses another scheme and what is not a URL, saying why, instead of guessing a host', () => {
		expect(() => normalizeEndpoint('ftp://domain.aliyuncs.com')).toThrow(InvalidEndpointError);
		expect(() => normalizeEndpoint('ftp://domain.aliyuncs.com')).toThrow(/uses ftp:\/\/.*https:\/\//);
		for (const bad of ['http://', 'http://[::1', 'https://exa mple.com', '']) {
			expect(() => normalizeEndpoint(bad), bad).toThrow(InvalidEndpointError);
		}
	});

	it('reaches a server at an IPv6 literal, signing the Host it connects to', async () => {
		let seen: IncomingHttpHeaders | undefined;
		const server = createServer((req, res) => {
			seen = req.headers;
			res.setHeader('content-type', 'application/json');
			res.end('{"RequestId":"r"}');
		});
		await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
		const {port} = server.address() as AddressInfo;
		try {
			const endpoint = normalizeEndpoint(`http://[::1]:${port}`);
			const config = {
				credentials: {accessKeyId: 'id', accessKeySecret: 'secret'},
				endpoint,
				version: '2018-01-29',
				signature: 'v3' as const,
				timeoutMs: 5_000,
				now: () => new Date(),
			};
			const response = await send(config, 'QueryTaskList', {PageNum: '1', PageSize: '1'});
			expect(response.status).toBe(200);
			expect(JSON.parse(response.text)).toEqual({RequestId: 'r'});
			expect(seen?.host).toBe(`[::1]:${port}`);
		} finally {
			server.close();
		}
	});
});
