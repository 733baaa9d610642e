// The gateway's checks before an operation runs: signature (V1 or V3), timestamp window, nonce reuse, version,
// action and parameters — in the order Alibaba applies them, answering Alibaba's codes.
import {timingSafeEqual} from 'node:crypto';
import {unflattenParams, type WireParams} from '../api/encode.js';
import {signatureV1, stringToSignV1} from '../api/sign-v1.js';
import {parseAuthorizationV3, sha256Hex, signatureV3, V3_ALGORITHM} from '../api/sign-v3.js';
import {
	API_VERSION,
	BILLING_API_VERSION,
	STS_API_VERSION,
	operations,
	productOf,
	versionsOf,
	type OperationName,
} from '../api/schema.js';
import {invalidParameter, missingParameter, RequestRejected} from './error-response.js';
import {valueAt} from '../api/value-at.js';

export interface AccessKey {
	secret: string;
	/** STS tokens accepted with this key. */
	securityTokens: readonly string[];
	/** Operations this key's RAM policy does not grant: a RAM user without that permission. */
	denied?: ReadonlySet<OperationName>;
	/** The RAM user this key belongs to; absent for the account's own key. */
	ramUser?: string;
}

export interface IncomingCall {
	method: string;
	pathname: string;
	query: WireParams;
	/** Header names lower-case, each with every value it was sent with. */
	headers: Record<string, string[] | undefined>;
	body: Buffer;
	/** The body decoded as a form, when it is one. */
	bodyParams: WireParams;
}

export interface VerifiedCall {
	signature: 'v1' | 'v3';
	accessKeyId: string;
	action: OperationName;
	version: string;
	params: unknown;
}

export interface VerifierOptions {
	keys: (accessKeyId: string) => AccessKey | undefined;
	now: () => number;
	/** Versions served; both products' by default. */
	versions?: readonly string[];
}

const WINDOW_MS = 15 * 60 * 1000;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const ACCEPTED_VERSIONS = new Set<string>(Object.values(API_VERSION));
// Gateway parameters of V1: everything else in the union of query and body belongs to the operation.
const V1_COMMON = new Set([
	'Action',
	'Version',
	'Format',
	'AccessKeyId',
	'Signature',
	'SignatureMethod',
	'SignatureVersion',
	'SignatureNonce',
	'SignatureType',
	'Timestamp',
	'SecurityToken',
	'RegionId',
]);

/** Header of the version the request claims, to say which product answered even when the checks fail. */
export function claimedVersion(call: IncomingCall): string | undefined {
	return call.headers['x-acs-version']?.[0] ?? call.bodyParams.Version ?? call.query.Version;
}

export function createVerifier(options: VerifierOptions): (call: IncomingCall) => VerifiedCall {
	const nonces = new NonceMemory();
	const versions = new Set(options.versions ?? ACCEPTED_VERSIONS);
	return (call) => {
		const authorization = call.headers.authorization?.[0];
		const signed = authorization !== undefined ? checkV3(call, authorization, options) : checkV1(call, options);
		checkTimestamp(signed.timestamp, options.now());
		nonces.use(`${signed.accessKeyId}\n${signed.nonce}`, options.now());
		const {action, version} = checkRoute(signed.action, signed.version, versions);
		if (options.keys(signed.accessKeyId)?.denied?.has(action)) throw notGranted(action);
		return {
			signature: signed.signature,
			accessKeyId: signed.accessKeyId,
			action,
			version,
			params: checkParams(action, signed.params),
		};
	};
}

interface Signed {
	signature: 'v1' | 'v3';
	accessKeyId: string;
	timestamp: string;
	nonce: string;
	action?: string;
	version?: string;
	params: WireParams;
}

function checkV1(call: IncomingCall, options: VerifierOptions): Signed {
	// V1 signs the union of query and form body (the official SDK signs {...query, ...body} the same way).
	const all: WireParams = {...call.query, ...call.bodyParams};
	for (const name of [
		'AccessKeyId',
		'Signature',
		'SignatureMethod',
		'SignatureVersion',
		'SignatureNonce',
		'Timestamp',
	]) {
		if (!all[name]) throw missingParameter(name);
	}
	if (all.SignatureMethod !== 'HMAC-SHA1')
		throw new RequestRejected(
			'IncompleteSignature',
			`The signature method "${all.SignatureMethod}" is not supported; use HMAC-SHA1.`,
		);
	if (all.SignatureVersion !== '1.0') {
		throw new RequestRejected(
			'IncompleteSignature',
			`The signature version "${all.SignatureVersion}" is not supported; use 1.0.`,
		);
	}
	const key = authenticate(all.AccessKeyId!, all.SecurityToken, options);
	const expected = signatureV1(call.method, all, key.secret);
	if (!sameText(expected, all.Signature!)) {
		throw signatureMismatch(stringToSignV1(call.method, all));
	}
	const params: WireParams = {};
	for (const [name, value] of Object.entries(all)) if (!V1_COMMON.has(name)) params[name] = value;
	return {
		signature: 'v1',
		accessKeyId: all.AccessKeyId!,
		timestamp: all.Timestamp!,
		nonce: all.SignatureNonce!,
		action: all.Action,
		version: all.Version,
		params,
	};
}

function checkV3(call: IncomingCall, authorization: string, options: VerifierOptions): Signed {
	const parsed = parseAuthorizationV3(authorization);
	if (!parsed)
		throw new RequestRejected(
			'IncompleteSignature',
			`The Authorization header must read "${V3_ALGORITHM} Credential=…,SignedHeaders=…,Signature=…".`,
		);
	const header = (name: string) => call.headers[name]?.[0];
	for (const name of ['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']) {
		if (!header(name)) throw missingParameter(name);
	}
	const signedHeaders = new Set(parsed.signedHeaders.map((name) => name.toLowerCase()));
	for (const name of ['host', ...Object.keys(call.headers).filter((n) => n.startsWith('x-acs-'))]) {
		if (!signedHeaders.has(name))
			throw new RequestRejected('IncompleteSignature', `The header "${name}" must be among the SignedHeaders.`);
	}
	const key = authenticate(parsed.accessKeyId, header('x-acs-security-token'), options);
	// The canonical headers are exactly the ones the caller named, whatever they are (accept, user-agent, …).
	const headers: Record<string, string[]> = {};
	for (const name of signedHeaders) headers[name] = call.headers[name] ?? [];
	const {signature, stringToSign} = signatureV3(
		{
			method: call.method,
			pathname: call.pathname,
			query: call.query,
			headers,
			payloadHash: header('x-acs-content-sha256')!,
			signedNames: [...signedHeaders],
		},
		key.secret,
	);
	if (!sameText(signature, parsed.signature)) throw signatureMismatch(stringToSign);
	// Checked after the signature so that a wrong secret is reported as such, not as a body problem.
	if (header('x-acs-content-sha256') !== sha256Hex(call.body)) {
		throw new RequestRejected(
			'SignatureDoesNotMatch',
			'The x-acs-content-sha256 header is not the SHA-256 of the request body.',
		);
	}
	return {
		signature: 'v3',
		accessKeyId: parsed.accessKeyId,
		timestamp: header('x-acs-date')!,
		nonce: header('x-acs-signature-nonce')!,
		action: header('x-acs-action'),
		version: header('x-acs-version'),
		params: {...call.query, ...call.bodyParams},
	};
}

function authenticate(accessKeyId: string, securityToken: string | undefined, options: VerifierOptions): AccessKey {
	const key = options.keys(accessKeyId);
	if (!key) throw new RequestRejected('InvalidAccessKeyId.NotFound');
	if (securityToken !== undefined && !key.securityTokens.includes(securityToken)) {
		throw new RequestRejected(
			'InvalidSecurityToken.Malformed',
			'Specified SecurityToken is malformed or does not belong to this AccessKey.',
			{status: 400},
		);
	}
	return key;
}

function signatureMismatch(stringToSign: string): RequestRejected {
	return new RequestRejected(
		'SignatureDoesNotMatch',
		`Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
	);
}

function sameText(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

export function parseTimestamp(value: string): number | undefined {
	const m = TIMESTAMP.exec(value);
	if (!m) return undefined;
	const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const ms = Date.UTC(year, month - 1, day, hour, minute, second);
	// Date.UTC rolls 2026-02-31 over into March; a real calendar date survives the round trip.
	const back = new Date(ms);
	if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59)
		return undefined;
	return ms;
}

function checkTimestamp(value: string, now: number): void {
	const ms = parseTimestamp(value);
	if (ms === undefined) throw new RequestRejected('InvalidTimeStamp.Format');
	if (Math.abs(ms - now) > WINDOW_MS) throw new RequestRejected('InvalidTimeStamp.Expired');
}

function checkRoute(
	action: string | undefined,
	version: string | undefined,
	versions: ReadonlySet<string>,
): {action: OperationName; version: string} {
	if (!version) throw missingParameter('Version');
	if (!action) throw missingParameter('Action');
	// The sandbox answers three products on one address: the Domain API, billing and STS, told apart by version.
	const product = version === BILLING_API_VERSION ? 'billing' : version === STS_API_VERSION ? 'sts' : 'domain';
	// The POP gateway's answer to a version the product lacks (docs/api.md: code and status UNCONFIRMED).
	if (product === 'domain' && !versions.has(version)) throw new RequestRejected('InvalidVersion');
	// Each product answers only its own operations: the Domain API has no QueryAccountBalance, and the reverse.
	if (!Object.hasOwn(operations, action) || productOf(action as OperationName) !== product)
		throw new RequestRejected('InvalidAction.NotFound');
	// An operation one product has and the other lacks (QueryDomainRealTimePrice is not in 2017-12-18).
	if (!(versionsOf(action as OperationName)?.includes(version) ?? true))
		throw new RequestRejected('InvalidAction.NotFound');
	return {action: action as OperationName, version};
}

/**
 * A RAM user without the permission. QueryAccountBalance's error table gives `NoPermission` (HTTP 400, "You are
 * not authorized to perform this action.") for a caller without the billing permission; the Domain API answers the
 * gateway's `Forbidden.RAM` (docs/api.md).
 */
function notGranted(action: OperationName): RequestRejected {
	return new RequestRejected(productOf(action) === 'billing' ? 'NoPermission' : 'Forbidden.RAM');
}

function checkParams(action: OperationName, wire: WireParams): unknown {
	const typed = unflattenParams(wire);
	const result = operations[action].request.safeParse(typed);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	const path = issue.path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part)));
	const name = path.join('.') || 'parameters';
	if (valueAt(typed, issue.path) === undefined) throw missingParameter(name);
	throw invalidParameter(name, issue.message ? `${issue.message}.` : undefined);
}

/** Nonces seen within the timestamp window; older ones cannot be replayed anyway, their timestamp has expired. */
class NonceMemory {
	private readonly seen = new Map<string, number>();

	use(key: string, now: number): void {
		const expires = this.seen.get(key);
		if (expires !== undefined && expires > now) throw new RequestRejected('SignatureNonceUsed');
		this.prune(now);
		// A timestamp may lie up to one window ahead and still be accepted one window later.
		this.seen.delete(key);
		this.seen.set(key, now + 2 * WINDOW_MS + 1000);
	}

	// Map order is insertion order, so the oldest entries come first.
	private prune(now: number): void {
		for (const [key, expires] of this.seen) {
			if (expires > now) break;
			this.seen.delete(key);
		}
	}
}
