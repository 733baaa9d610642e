// Builds requests signed with the repo's own V1/V3 functions and sends them with node's fetch, so the server is
// tested independently of any client.
import {randomUUID} from 'node:crypto';
import {flattenParams, formEncode, type WireParams} from '../../source/api/encode.js';
import {signatureV1, timestampV1} from '../../source/api/sign-v1.js';
import {authorizationV3, sha256Hex} from '../../source/api/sign-v3.js';
import {SANDBOX_CREDENTIALS} from '../../source/sandbox/server.js';

export const FORM = 'application/x-www-form-urlencoded';

export interface SignOptions {
	action?: string;
	version?: string;
	params?: Record<string, unknown>;
	accessKeyId?: string;
	secret?: string;
	date?: Date;
	timestamp?: string;
	nonce?: string;
	securityToken?: string;
}

export interface V1Options extends SignOptions {
	method?: 'GET' | 'POST';
	/** Where the parameters travel: all in the query, all in the body, or business ones in the body. */
	placement?: 'query' | 'body' | 'split';
	/** The method written into the string to sign, when it should differ from the real one. */
	signedMethod?: string;
	/** Applied after signing, to the full parameter set. */
	tamper?: (params: WireParams) => void;
}

export interface BuiltRequest {
	url: string;
	method: string;
	headers: Record<string, string>;
	body?: string;
}

export function v1Request(base: string, o: V1Options = {}): BuiltRequest {
	const method = o.method ?? 'POST';
	const business = flattenParams(o.params ?? {});
	const common: WireParams = {
		Action: o.action ?? 'QueryRegistrantProfiles',
		Version: o.version ?? '2018-01-29',
		Format: 'JSON',
		AccessKeyId: o.accessKeyId ?? SANDBOX_CREDENTIALS.accessKeyId,
		SignatureMethod: 'HMAC-SHA1',
		SignatureVersion: '1.0',
		SignatureNonce: o.nonce ?? randomUUID(),
		Timestamp: o.timestamp ?? timestampV1(o.date ?? new Date()),
	};
	if (o.securityToken) common.SecurityToken = o.securityToken;
	const all = {...common, ...business};
	all.Signature = signatureV1(o.signedMethod ?? method, all, o.secret ?? SANDBOX_CREDENTIALS.accessKeySecret);
	o.tamper?.(all);
	const placement = o.placement ?? (method === 'GET' ? 'query' : 'body');
	let query: WireParams = all;
	let body: WireParams | undefined;
	if (placement === 'body') {
		query = {};
		body = all;
	} else if (placement === 'split') {
		query = Object.fromEntries(Object.entries(all).filter(([k]) => k in common || k === 'Signature'));
		body = Object.fromEntries(Object.entries(all).filter(([k]) => !(k in common) && k !== 'Signature'));
	}
	const qs = formEncode(query);
	return {
		url: `${base}/${qs ? `?${qs}` : ''}`,
		method,
		headers: body ? {'content-type': FORM} : {},
		body: body ? formEncode(body) : undefined,
	};
}

export interface V3Options extends SignOptions {
	/** Extra headers sent but not signed. */
	unsignedHeaders?: Record<string, string>;
	/** Overrides the body hash that is sent and signed. */
	payloadHash?: string;
	/** Changes the body after signing. */
	tamperBody?: (body: string) => string;
}

export function v3Request(base: string, o: V3Options = {}): BuiltRequest {
	const body = formEncode(flattenParams(o.params ?? {}));
	const payloadHash = o.payloadHash ?? sha256Hex(body);
	const headers: Record<string, string> = {
		host: new URL(base).host,
		'x-acs-action': o.action ?? 'QueryRegistrantProfiles',
		'x-acs-version': o.version ?? '2018-01-29',
		'x-acs-date': o.timestamp ?? timestampV1(o.date ?? new Date()),
		'x-acs-signature-nonce': o.nonce ?? randomUUID(),
		'x-acs-content-sha256': payloadHash,
		'content-type': FORM,
	};
	if (o.securityToken) headers['x-acs-security-token'] = o.securityToken;
	const authorization = authorizationV3(
		{method: 'POST', pathname: '/', query: {}, headers, payloadHash},
		o.accessKeyId ?? SANDBOX_CREDENTIALS.accessKeyId,
		o.secret ?? SANDBOX_CREDENTIALS.accessKeySecret,
	);
	const {host: _, ...sent} = headers;
	return {
		url: `${base}/`,
		method: 'POST',
		headers: {...sent, ...o.unsignedHeaders, authorization},
		body: o.tamperBody ? o.tamperBody(body) : body,
	};
}

export interface Reply {
	status: number;
	headers: Headers;
	json: Record<string, unknown>;
}

// node's fetch keeps connections alive in its global pool, like a real client.
export async function send(request: BuiltRequest): Promise<Reply> {
	const response = await fetch(request.url, {method: request.method, headers: request.headers, body: request.body});
	const text = await response.text();
	return {status: response.status, headers: response.headers, json: JSON.parse(text) as Record<string, unknown>};
}

/** The error body must be exactly Alibaba's five fields. */
export function expectErrorShape(reply: Reply, code: string, status: number): void {
	const body = reply.json;
	if (reply.status !== status || body.Code !== code) {
		throw new Error(`expected ${status} ${code}, got ${reply.status} ${JSON.stringify(body)}`);
	}
	const keys = Object.keys(body).sort().join(',');
	if (keys !== 'Code,HostId,Message,Recommend,RequestId') throw new Error(`error body keys are ${keys}`);
	if (reply.headers.get('x-acs-request-id') !== body.RequestId)
		throw new Error('x-acs-request-id differs from the body');
}
