// Errors in the shape Alibaba's gateway answers them, so that the official SDKs and our client classify sandbox
// failures exactly as they would real ones (docs/api.md, Errors).
import {randomUUID} from 'node:crypto';
import {ERROR_CODES} from '../api/error-codes.js';
import {API_VERSION, BILLING_API_VERSION, STS_API_VERSION} from '../api/schema.js';
import {SandboxError} from './sandbox-error.js';

/** A request the sandbox refuses: the gateway's checks and the world's business errors both end up as one. */
export class RequestRejected extends Error {
	override readonly name = 'RequestRejected';
	readonly code: string;
	readonly status: number;
	readonly retryAfterMs?: number;

	constructor(code: string, message?: string, options: {status?: number; retryAfterMs?: number} = {}) {
		const known = ERROR_CODES[code];
		super(message ?? known?.message ?? code);
		this.code = code;
		this.status = options.status ?? known?.status ?? 400;
		this.retryAfterMs = options.retryAfterMs;
	}
}

export interface ErrorBodyJson {
	RequestId: string;
	HostId: string;
	Code: string;
	Message: string;
	Recommend: string;
}

/** Alibaba's request ids are upper-case UUIDs. */
export function newRequestId(): string {
	return randomUUID().toUpperCase();
}

export function hostIdFor(version: string | undefined): string {
	if (version === BILLING_API_VERSION) return 'business.aliyuncs.com';
	if (version === STS_API_VERSION) return 'sts.aliyuncs.com';
	return version === API_VERSION['domain-intl'] ? 'domain-intl.aliyuncs.com' : 'domain.aliyuncs.com';
}

/** The product name the troubleshooting link carries: the product that answered. */
function productFor(version: string | undefined): string {
	if (version === BILLING_API_VERSION) return 'BssOpenApi';
	if (version === STS_API_VERSION) return 'Sts';
	return version === API_VERSION['domain-intl'] ? 'Domain-intl' : 'Domain';
}

export function recommendUrl(code: string, requestId: string, version?: string): string {
	return `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=${productFor(version)}&requestId=${requestId}`;
}

export function errorBody(error: RequestRejected, requestId: string, version?: string): ErrorBodyJson {
	return {
		RequestId: requestId,
		HostId: hostIdFor(version),
		Code: error.code,
		Message: error.message,
		Recommend: recommendUrl(error.code, requestId, version),
	};
}

/** Alibaba's wording for a required parameter that was not sent. */
export function missingParameter(name: string): RequestRejected {
	return new RequestRejected(
		'MissingParameter',
		`The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
	);
}

export function invalidParameter(name: string, reason?: string): RequestRejected {
	return new RequestRejected(
		'InvalidParameter',
		`The specified parameter "${name}" is not valid.${reason ? ` ${reason}` : ''}`,
	);
}

/**
 * Turns whatever the world threw into an answer. Business errors carry an Alibaba code; anything else is a bug
 * in the sandbox and answers `InternalError` without leaking its text.
 */
export function toRejection(error: unknown): RequestRejected {
	if (error instanceof RequestRejected) return error;
	if (error instanceof SandboxError) {
		return new RequestRejected(error.code, error.message || undefined, {
			status: error.status,
			retryAfterMs: error.retryAfterMs,
		});
	}
	return new RequestRejected('InternalError');
}
