// Errors the client raises. Each carries what the user needs to see (Alibaba's code, message, request id and a
// plain-words hint) and what the program needs to decide (category, whether a request provably never left).
import {classifyError, hintFor, type ErrorCategory} from './error-codes.js';
import type {ErrorBodyShape} from './schema.js';
import {messages} from '../i18n/index.js';

const text = messages({
	noMessage: {en: 'no message', zh: '无消息'},
	requestId: {en: (id: string) => ` (request id ${id})`, zh: (id: string) => ` (请求 ID ${id})`},
	needed: {en: (action: string) => ` Needed: ${action}.`, zh: (action: string) => `需要的权限：${action}。`},
	networkHint: {
		en: "Check the network connection and the endpoint (--endpoint, or the account's), then try again.",
		zh: '请检查网络连接和接入地址（--endpoint 或账号的接入地址），然后重试。',
	},
	unexpected: {
		en: (action: string, detail: string) => `Unexpected answer to ${action}: ${detail}`,
		zh: (action: string, detail: string) => `${action} 的应答不符合预期：${detail}`,
	},
});

export class ApiError extends Error {
	override readonly name = 'ApiError';
	readonly code: string;
	readonly status: number;
	readonly requestId?: string;
	readonly hostId?: string;
	readonly recommend?: string;
	readonly category: ErrorCategory;
	readonly hint: string;
	/** From `x-acs-retry-after`, when the server said how long to wait. */
	readonly retryAfterMs?: number;
	/** The RAM action the call needs, for permission errors. */
	readonly ramAction?: string;

	constructor(body: ErrorBodyShape, status: number, extra: {retryAfterMs?: number; ramAction?: string} = {}) {
		super(`${body.Code}: ${body.Message ?? text.noMessage}${body.RequestId ? text.requestId(body.RequestId) : ''}`);
		this.code = body.Code;
		this.status = status;
		this.requestId = body.RequestId;
		this.hostId = body.HostId;
		this.recommend = body.Recommend;
		this.category = classifyError(body.Code, status);
		this.hint =
			hintFor(body.Code, status) +
			(this.category === 'permission' && extra.ramAction ? text.needed(extra.ramAction) : '');
		this.retryAfterMs = extra.retryAfterMs;
		this.ramAction = extra.ramAction;
	}

	/** Alibaba's message without the code prefix. */
	get apiMessage(): string {
		return this.message.replace(/^[^:]+: /, '').replace(/ \((?:request id|请求 ID) [^)]+\)$/, '');
	}
}

export type NetworkErrorKind = 'refused' | 'dns' | 'timeout' | 'reset' | 'aborted' | 'other';

export class NetworkError extends Error {
	override readonly name = 'NetworkError';
	readonly kind: NetworkErrorKind;
	/**
	 * False only when the request provably never reached the server (connection refused, name not resolved).
	 * A timeout or a reset may have been processed: for a paid submit that is "outcome unknown".
	 */
	readonly mayHaveReachedServer: boolean;

	constructor(kind: NetworkErrorKind, message: string, options?: {cause?: unknown}) {
		super(message, options);
		this.kind = kind;
		this.mayHaveReachedServer = !(kind === 'refused' || kind === 'dns');
	}

	/** What to do, in the interface language. */
	get hint(): string {
		return text.networkHint;
	}
}

/** The server answered 2xx but not in the documented shape. */
export class DecodeError extends Error {
	override readonly name = 'DecodeError';
	constructor(
		readonly action: string,
		readonly detail: string,
		readonly requestId?: string,
	) {
		super(text.unexpected(action, detail) + (requestId ? text.requestId(requestId) : ''));
	}
}

/**
 * Whether an answer refused the AccessKey itself (wrong secret, unknown or disabled key), as opposed to a network
 * failure, throttling or a missing permission, which say nothing against the key. A new key is saved unless this
 * is so: the one rule for the app's Add AccessKey and `accounts add`.
 */
export function refusesKey(error: unknown): boolean {
	return error instanceof ApiError && error.category === 'auth';
}
