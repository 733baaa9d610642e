// RPC signature V1 (HMAC-SHA1): the string to sign covers every parameter, query and form body alike.
import {createHmac} from 'node:crypto';
import {percentEncode, type WireParams} from './encode.js';

export function canonicalizedQueryV1(params: WireParams): string {
	return Object.keys(params)
		.filter((k) => k !== 'Signature')
		.sort()
		.map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
		.join('&');
}

export function stringToSignV1(method: string, params: WireParams): string {
	return `${method}&${percentEncode('/')}&${percentEncode(canonicalizedQueryV1(params))}`;
}

export function signatureV1(method: string, params: WireParams, secret: string): string {
	return createHmac('sha1', `${secret}&`).update(stringToSignV1(method, params)).digest('base64');
}

/** Timestamp in the form V1 requires: UTC ISO 8601 without milliseconds. */
export function timestampV1(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
