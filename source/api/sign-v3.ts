// Signature V3 (ACS3-HMAC-SHA256): a canonical request over method, path, query, signed headers and body hash.
import {createHash, createHmac} from 'node:crypto';
import {percentEncode, type WireParams} from './encode.js';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

export interface V3Request {
	method: string;
	pathname: string;
	query: WireParams;
	/** Header names in any case; duplicates given as arrays. */
	headers: Record<string, string | string[]>;
	/** Lowercase hex SHA-256 of the body (the `x-acs-content-sha256` value). */
	payloadHash: string;
	/**
	 * Exactly the header names to sign, as a verifier reads them from `SignedHeaders`. Without it the signer picks
	 * `host`, `content-type` and every `x-acs-*` header, as Alibaba's own SDKs do.
	 */
	signedNames?: readonly string[];
}

export function sha256Hex(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

function isSignedHeader(name: string): boolean {
	return name.startsWith('x-acs-') || name === 'host' || name === 'content-type';
}

export function canonicalHeadersV3(
	headers: V3Request['headers'],
	signedNames?: readonly string[],
): {canonical: string; signed: string} {
	const wanted = signedNames ? new Set(signedNames.map((n) => n.toLowerCase())) : undefined;
	const byName = new Map<string, string[]>();
	for (const name of wanted ?? []) byName.set(name, []);
	for (const [rawName, value] of Object.entries(headers)) {
		const name = rawName.toLowerCase();
		if (wanted ? !wanted.has(name) : !isSignedHeader(name)) continue;
		const values = byName.get(name) ?? [];
		for (const v of Array.isArray(value) ? value : [value]) values.push(v.trim());
		byName.set(name, values);
	}
	const names = [...byName.keys()].sort();
	return {
		canonical: names.map((n) => `${n}:${byName.get(n)!.sort().join(',')}\n`).join(''),
		signed: names.join(';'),
	};
}

export function canonicalRequestV3(request: V3Request): {canonicalRequest: string; signedHeaders: string} {
	const query = Object.keys(request.query)
		.sort()
		.map((k) => `${k}=${percentEncode(request.query[k]!)}`)
		.join('&');
	const {canonical, signed} = canonicalHeadersV3(request.headers, request.signedNames);
	const canonicalRequest = [request.method, request.pathname, query, canonical, signed, request.payloadHash].join('\n');
	return {canonicalRequest, signedHeaders: signed};
}

export function signatureV3(
	request: V3Request,
	secret: string,
): {signature: string; signedHeaders: string; stringToSign: string} {
	const {canonicalRequest, signedHeaders} = canonicalRequestV3(request);
	const stringToSign = `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
	const signature = createHmac('sha256', secret).update(stringToSign).digest('hex');
	return {signature, signedHeaders, stringToSign};
}

export function authorizationV3(request: V3Request, accessKeyId: string, secret: string): string {
	const {signature, signedHeaders} = signatureV3(request, secret);
	return `${V3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

/** Reads `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`; undefined when it is not that shape. */
export function parseAuthorizationV3(
	header: string,
): {accessKeyId: string; signedHeaders: string[]; signature: string} | undefined {
	if (!header.startsWith(`${V3_ALGORITHM} `)) return undefined;
	const fields = Object.fromEntries(
		header
			.slice(V3_ALGORITHM.length + 1)
			.split(',')
			.map((part) => {
				const eq = part.indexOf('=');
				return [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
			}),
	);
	if (!fields.Credential || !fields.SignedHeaders || !fields.Signature) return undefined;
	return {accessKeyId: fields.Credential, signedHeaders: fields.SignedHeaders.split(';'), signature: fields.Signature};
}
