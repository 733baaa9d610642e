// The Domain API client: one typed function per operation, over the shared schema.
import {flattenParams} from './encode.js';
import {
	defaultBillingEndpoint,
	defaultStsEndpoint,
	normalizeEndpoint,
	SITES,
	versionForEndpoint,
	type Site,
} from './endpoints.js';
import {ApiError, DecodeError, NetworkError} from './errors.js';
import {fastCheck} from './fast-check.js';
import {messages} from '../i18n/index.js';
import {DEFAULT_RETRY, isRetryableRead, withRetry, type RetryEvent, type RetryPolicy} from './retry.js';
import {accountLimiter, type RateLimiter} from './rate-limit.js';
import {
	API_VERSION,
	BILLING_API_VERSION,
	ErrorBody,
	STS_API_VERSION,
	operations,
	productOf,
	RATE_LIMITS,
	type OperationName,
	type RequestOf,
	type ResponseOf,
} from './schema.js';
import {send, type Credentials, type RawResponse, type TransportConfig} from './transport.js';
import {valueAt} from './value-at.js';

export interface ClientOptions {
	credentials: Credentials;
	site?: Site;
	/** Overrides the site's endpoint, e.g. the local sandbox. */
	endpoint?: string;
	/** Overrides the version implied by the endpoint; no fallback then. */
	version?: string;
	/** Where the billing API (the balance) is called; see defaultBillingEndpoint. */
	billingEndpoint?: string;
	/** Overrides the billing API's version (2017-12-14). */
	billingVersion?: string;
	/**
	 * The version this account's endpoint answered to before (kept in the account store), tried first. For the
	 * international site the client otherwise tries 2018-01-29, falls back to 2017-12-18 on a version error, and
	 * reports the answer through onVersion.
	 */
	knownVersion?: string;
	onVersion?: (version: string) => void;
	signature?: 'v1' | 'v3';
	/** Language of Alibaba's own error messages. */
	lang?: 'en' | 'zh';
	timeoutMs?: number;
	retry?: Partial<RetryPolicy>;
	onRetry?: (event: RetryEvent) => void;
	now?: () => Date;
	/**
	 * Paces the rate-limited operations (source/api/rate-limit.ts). By default the one limiter of this AccessKey at
	 * this endpoint, shared by every client made for it in the process; tests pass their own, on an injected clock.
	 */
	limiter?: RateLimiter;
}

export interface CallOptions {
	signal?: AbortSignal;
	/**
	 * Stops the call only while it waits for its turn at the account's limiter; once sent, it is answered. For
	 * reads whose answer is worth keeping after a stop (the pricing in flight when the user stops it).
	 */
	queueSignal?: AbortSignal;
	timeoutMs?: number;
}

type Method<A extends OperationName> = (params: RequestOf<A>, options?: CallOptions) => Promise<ResponseOf<A>>;

export type DomainClient = {
	readonly endpoint: string;
	/** The version in use: the first candidate until an answer settles it. */
	readonly version: string;
	readonly billingEndpoint: string;
	readonly accessKeyId: string;
	/** The account's pace for rate-limited operations, shared by every caller of this client. */
	readonly limiter: RateLimiter;
	call<A extends OperationName>(action: A, params: RequestOf<A>, options?: CallOptions): Promise<ResponseOf<A>>;
} & {[A in OperationName as Uncapitalize<A>]: Method<A>};

export function createDomainClient(options: ClientOptions): DomainClient {
	const site = options.site ?? 'cn';
	const endpoint = normalizeEndpoint(options.endpoint ?? SITES[site].endpoint);
	const versions = candidateVersions(options, site, endpoint);
	const transport: TransportConfig = {
		credentials: options.credentials,
		endpoint,
		version: versions[0]!,
		signature: options.signature ?? 'v3',
		timeoutMs: options.timeoutMs ?? 20_000,
		now: options.now ?? (() => new Date()),
		userAgent: 'alidomain',
	};
	// The billing API is another product: its own endpoint and version, signed with the same credentials.
	const billing: TransportConfig = {
		...transport,
		endpoint: normalizeEndpoint(options.billingEndpoint ?? defaultBillingEndpoint(endpoint, options.site ?? 'cn')),
		version: options.billingVersion ?? BILLING_API_VERSION,
	};
	// STS says whose the key is: its own endpoint and version, signed with the same credentials.
	const sts: TransportConfig = {...transport, endpoint: defaultStsEndpoint(endpoint), version: STS_API_VERSION};
	const policy: RetryPolicy = {...DEFAULT_RETRY, ...options.retry};
	const limiter = options.limiter ?? accountLimiter(options.credentials.accessKeyId, endpoint, RATE_LIMITS);
	let settled = versions.length === 1;

	async function once<A extends OperationName>(
		action: A,
		params: RequestOf<A>,
		call: CallOptions,
	): Promise<ResponseOf<A>> {
		const domain = productOf(action) === 'domain';
		// `Lang` is a Domain API parameter; the billing API does not list it.
		const wire = flattenParams({
			...(params as Record<string, unknown>),
			...(options.lang && domain ? {Lang: options.lang} : {}),
		});
		// The billing API is another product with one version: no fallback between versions there.
		if (!domain) {
			const base = productOf(action) === 'sts' ? sts : billing;
			const config = call.timeoutMs ? {...base, timeoutMs: call.timeoutMs} : base;
			return decode(action, await send(config, action, wire, call.signal));
		}
		for (;;) {
			// Every attempt is a call the server counts, a retry as much as the first.
			await limiter.take(action, call.queueSignal ?? call.signal);
			const used = transport.version;
			const config = call.timeoutMs ? {...transport, timeoutMs: call.timeoutMs} : {...transport};
			try {
				const answer = decode(action, await send(config, action, wire, call.signal));
				if (!settled) {
					settled = true;
					options.onVersion?.(transport.version);
				}
				return answer;
			} catch (error) {
				// A version error is the gateway's refusal before the operation runs: safe to send again, even a submit.
				if (!isVersionError(error)) throw error;
				// Another call may have moved on meanwhile; otherwise move on to the next candidate, if any.
				if (transport.version === used) {
					const next = versions[versions.indexOf(used) + 1];
					if (settled || !next) throw error;
					transport.version = next;
				}
			}
		}
	}

	async function call<A extends OperationName>(
		action: A,
		params: RequestOf<A>,
		call: CallOptions = {},
	): Promise<ResponseOf<A>> {
		const submit = operations[action].kind === 'submit';
		// A paid submit has no idempotency token: only a request that provably never left may be sent again.
		const shouldRetry = submit ? (e: unknown) => e instanceof NetworkError && !e.mayHaveReachedServer : isRetryableRead;
		return withRetry(action, () => once(action, params, call), policy, shouldRetry, options.onRetry, call.signal);
	}

	const client: Record<string, unknown> = {
		endpoint,
		get version() {
			return transport.version;
		},
		billingEndpoint: billing.endpoint,
		accessKeyId: options.credentials.accessKeyId,
		limiter,
		call,
	};
	for (const action of Object.keys(operations) as OperationName[]) {
		const name = action[0]!.toLowerCase() + action.slice(1);
		client[name] = (params: never, callOptions?: CallOptions) => call(action, params, callOptions);
	}
	return client as DomainClient;
}

/**
 * How a gateway refuses a version its product does not have (docs/api.md): InvalidVersion or NoSuchVersion, or, in
 * Alibaba's older common error table, InvalidParameter about "Action or Version".
 */
function isVersionError(error: unknown): error is ApiError {
	if (!(error instanceof ApiError)) return false;
	return (
		error.code === 'InvalidVersion' ||
		error.code === 'NoSuchVersion' ||
		(error.code === 'InvalidParameter' && /\bVersion\b/.test(error.apiMessage))
	);
}

/**
 * Versions to try, in order. The international site may be served by 2018-01-29 (its docs list the intl endpoint)
 * or only by the older 2017-12-18 product; which one is UNCONFIRMED, so both are tried and the answer remembered.
 */
function candidateVersions(options: ClientOptions, site: Site, endpoint: string): string[] {
	if (options.version) return [options.version];
	const intl = site === 'intl' || versionForEndpoint(endpoint) === API_VERSION['domain-intl'];
	if (!intl) return [API_VERSION.domain];
	const both = [API_VERSION.domain, API_VERSION['domain-intl']];
	return options.knownVersion && both.includes(options.knownVersion as never) ? [options.knownVersion] : both;
}

function decode<A extends OperationName>(action: A, response: RawResponse): ResponseOf<A> {
	let json: unknown;
	try {
		json = response.text ? JSON.parse(response.text) : {};
	} catch {
		json = undefined;
	}
	if (response.status < 200 || response.status >= 300) throw toApiError(action, response, json);
	if (json === undefined)
		throw new DecodeError(action, `not JSON (HTTP ${response.status}): ${response.text.slice(0, 120)}`);
	const schema = operations[action].response;
	if (fastCheck(schema)(json)) return json as ResponseOf<A>;
	const parsed = schema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const field =
			issue.path
				.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
				.join('')
				.replace(/^\./, '') || 'body';
		const detail =
			valueAt(json, issue.path) === undefined ? decodeText.missing(field) : decodeText.invalid(field, issue.message);
		throw new DecodeError(action, detail, (json as {RequestId?: string}).RequestId);
	}
	return parsed.data as ResponseOf<A>;
}

const decodeText = messages({
	missing: {en: (field: string) => `the field ${field} is missing`, zh: (field: string) => `缺少字段 ${field}`},
	invalid: {
		en: (field: string, why: string) => `the field ${field} is not valid (${why})`,
		zh: (field: string, why: string) => `字段 ${field} 无效（${why}）`,
	},
});

function toApiError(action: OperationName, response: RawResponse, json: unknown): ApiError {
	const body = ErrorBody.safeParse(json);
	const retryAfter = throttleWaitMs(response.headers);
	const extra = {retryAfterMs: retryAfter > 0 ? retryAfter : undefined, ramAction: operations[action].ramAction};
	if (body.success) return new ApiError(body.data, response.status, extra);
	const requestId = response.headers.get('x-acs-request-id') ?? undefined;
	const code = response.status >= 500 ? 'ServiceUnavailable' : `HTTP${response.status}`;
	return new ApiError(
		{Code: code, Message: response.text.slice(0, 200) || `HTTP ${response.status}`, RequestId: requestId},
		response.status,
		extra,
	);
}

/**
 * How long a throttled answer asks to wait, in ms: `x-acs-retry-after` (ms), or the `TimeLeft` of
 * `x-ratelimit-user-api` / `x-ratelimit-user` (`Limit:1,Remain:0,TimeLeft:2000,Reset:1234`), the longest of them,
 * as Alibaba's SDK runtimes read them (docs/api.md "Throttling").
 */
function throttleWaitMs(headers: {get(name: string): string | null}): number {
	const timeLeft = (value: string | null) => {
		for (const pair of (value ?? '').split(',')) {
			const [key, ms] = pair.split(':').map((part) => part.trim());
			if (key === 'TimeLeft' && Number(ms) > 0) return Number(ms);
		}
		return 0;
	};
	const retryAfter = Number(headers.get('x-acs-retry-after'));
	return Math.max(
		retryAfter > 0 ? retryAfter : 0,
		timeLeft(headers.get('x-ratelimit-user-api')),
		timeLeft(headers.get('x-ratelimit-user')),
	);
}
