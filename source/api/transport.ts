// Signs one request and sends it. Parameters always travel in a POST form body: a 1,000-domain batch is far
// beyond what a URL may carry. Each request gets its own timeout; retries are decided by the caller.
// Sent with node's http module over keep-alive connections: fetch's streams and signals cost more per call than
// the whole rest of a call (profiled; bench/cases/sdk-call.ts compares us with Alibaba's Node SDK).
import {randomUUID} from 'node:crypto';
import {Agent as HttpAgent, request as httpRequest, type IncomingMessage} from 'node:http';
import {Agent as HttpsAgent, request as httpsRequest} from 'node:https';
import {connectHost} from './endpoints.js';
import {formEncode, type WireParams} from './encode.js';
import {NetworkError, type NetworkErrorKind} from './errors.js';
import {signatureV1, timestampV1} from './sign-v1.js';
import {authorizationV3, sha256Hex} from './sign-v3.js';
import {messages} from '../i18n/index.js';

const networkText = messages({
	refused: {
		en: (endpoint: string) => `could not connect to ${endpoint} (connection refused)`,
		zh: (endpoint: string) => `无法连接 ${endpoint}（连接被拒绝）`,
	},
	dns: {
		en: (host: string) => `could not resolve ${host}: check the endpoint and the network`,
		zh: (host: string) => `无法解析 ${host}：请检查接入地址和网络`,
	},
	timeout: {
		en: (endpoint: string) => `no answer from ${endpoint} in time`,
		zh: (endpoint: string) => `${endpoint} 未及时应答`,
	},
	reset: {
		en: (endpoint: string) => `the connection to ${endpoint} was dropped before an answer came`,
		zh: (endpoint: string) => `与 ${endpoint} 的连接在收到应答前断开`,
	},
	aborted: {en: 'the request was cancelled', zh: '请求已取消'},
	other: {
		en: (endpoint: string) => `network error talking to ${endpoint}`,
		zh: (endpoint: string) => `与 ${endpoint} 通信时出现网络错误`,
	},
});

export interface Credentials {
	accessKeyId: string;
	accessKeySecret: string;
	securityToken?: string;
}

export interface TransportConfig {
	credentials: Credentials;
	endpoint: string;
	version: string;
	signature: 'v1' | 'v3';
	timeoutMs: number;
	now: () => Date;
	userAgent?: string;
}

export interface RawResponse {
	status: number;
	headers: {get(name: string): string | null};
	text: string;
}

// Idle connections close after 4 s, before a server's own idle timeout can race a new request on them.
const agentOptions = {keepAlive: true, timeout: 4_000};
const AGENTS = {http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions)};

const FORM = 'application/x-www-form-urlencoded';

/** Endpoints parsed once: a client sends every request to the same one. */
const endpoints = new Map<string, URL>();
function endpointUrl(endpoint: string): URL {
	let url = endpoints.get(endpoint);
	if (!url) {
		url = new URL(endpoint);
		endpoints.set(endpoint, url);
	}
	return url;
}

export function buildRequest(
	config: TransportConfig,
	action: string,
	params: WireParams,
): {headers: Record<string, string>; body: string} {
	const {credentials, endpoint, version, now} = config;
	const nonce = randomUUID();
	const date = timestampV1(now());
	if (config.signature === 'v1') {
		const all: WireParams = {
			...params,
			Action: action,
			Version: version,
			Format: 'JSON',
			AccessKeyId: credentials.accessKeyId,
			SignatureMethod: 'HMAC-SHA1',
			SignatureVersion: '1.0',
			SignatureNonce: nonce,
			Timestamp: date,
		};
		if (credentials.securityToken) all.SecurityToken = credentials.securityToken;
		all.Signature = signatureV1('POST', all, credentials.accessKeySecret);
		return {headers: {'content-type': FORM, accept: 'application/json'}, body: formEncode(all)};
	}
	const body = formEncode(params);
	const payloadHash = sha256Hex(body);
	const headers: Record<string, string> = {
		host: endpointUrl(endpoint).host,
		'x-acs-action': action,
		'x-acs-version': version,
		'x-acs-date': date,
		'x-acs-signature-nonce': nonce,
		'x-acs-content-sha256': payloadHash,
		'content-type': FORM,
	};
	if (credentials.securityToken) headers['x-acs-security-token'] = credentials.securityToken;
	const authorization = authorizationV3(
		{method: 'POST', pathname: '/', query: {}, headers, payloadHash},
		credentials.accessKeyId,
		credentials.accessKeySecret,
	);
	// fetch sets Host itself from the URL (the same value that was signed).
	const {host: _, ...sent} = headers;
	return {headers: {...sent, authorization, accept: 'application/json'}, body};
}

export function send(
	config: TransportConfig,
	action: string,
	params: WireParams,
	signal?: AbortSignal,
): Promise<RawResponse> {
	const {headers, body} = buildRequest(config, action, params);
	if (config.userAgent) headers['user-agent'] = config.userAgent;
	const payload = Buffer.from(body);
	headers['content-length'] = String(payload.length);
	const url = endpointUrl(config.endpoint);
	const secure = url.protocol === 'https:';
	return new Promise<RawResponse>((resolve, reject) => {
		const fail = (error: unknown) => {
			cleanup();
			reject(toNetworkError(error, config.endpoint, signal));
		};
		const req = (secure ? httpsRequest : httpRequest)(
			{
				host: connectHost(url),
				port: url.port || (secure ? 443 : 80),
				method: 'POST',
				path: '/',
				headers,
				agent: secure ? AGENTS.https : AGENTS.http,
			},
			(res: IncomingMessage) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('error', fail);
				res.on('aborted', () => fail(Object.assign(new Error('response aborted'), {code: 'ECONNRESET'})));
				res.on('end', () => {
					cleanup();
					const received = res.headers;
					resolve({
						status: res.statusCode ?? 0,
						headers: {get: (name) => headerValue(received[name.toLowerCase()])},
						text: Buffer.concat(chunks).toString('utf8'),
					});
				});
			},
		);
		const timer = setTimeout(
			() => req.destroy(Object.assign(new Error(`no answer in ${config.timeoutMs} ms`), {name: 'TimeoutError'})),
			config.timeoutMs,
		);
		const onAbort = () => req.destroy(Object.assign(new Error('aborted'), {name: 'AbortError'}));
		function cleanup() {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
		}
		if (signal?.aborted) {
			fail(Object.assign(new Error('aborted'), {name: 'AbortError'}));
			return;
		}
		signal?.addEventListener('abort', onAbort, {once: true});
		req.on('error', fail);
		req.end(payload);
	});
}

function headerValue(value: string | string[] | undefined): string | null {
	if (value === undefined) return null;
	return Array.isArray(value) ? value.join(', ') : value;
}

/** Maps network failures to what they mean for a paid submit: did the request possibly reach the server? */
export function toNetworkError(error: unknown, endpoint: string, signal?: AbortSignal): NetworkError {
	const chain: unknown[] = [];
	for (let e: unknown = error; e && chain.length < 6; e = (e as {cause?: unknown}).cause) chain.push(e);
	const codes = chain.map((e) => (e as {code?: string}).code).filter(Boolean) as string[];
	const names = chain.map((e) => (e as {name?: string}).name);
	let kind: NetworkErrorKind = 'other';
	if (codes.some((c) => c === 'ECONNREFUSED')) kind = 'refused';
	else if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN')) kind = 'dns';
	else if (signal?.aborted) kind = 'aborted';
	else if (names.includes('TimeoutError')) kind = 'timeout';
	else if (codes.some((c) => c === 'ECONNRESET' || c === 'UND_ERR_SOCKET' || c === 'EPIPE')) kind = 'reset';
	const text: Record<NetworkErrorKind, () => string> = {
		refused: () => networkText.refused(endpoint),
		dns: () => networkText.dns(connectHost(new URL(endpoint))),
		timeout: () => networkText.timeout(endpoint),
		reset: () => networkText.reset(endpoint),
		aborted: () => networkText.aborted,
		other: () => networkText.other(endpoint),
	};
	return new NetworkError(kind, text[kind](), {cause: error});
}
