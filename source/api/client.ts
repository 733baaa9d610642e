// The Domain API client: one typed function per operation, over the shared schema.
import {flattenParams} from './encode.js';
import {defaultBillingEndpoint, normalizeEndpoint, SITES, versionForEndpoint, type Site} from './endpoints.js';
import {ApiError, DecodeError, NetworkError} from './errors.js';
import {DEFAULT_RETRY, isRetryableRead, withRetry, type RetryEvent, type RetryPolicy} from './retry.js';
import {BILLING_API_VERSION, ErrorBody, operations, productOf, type OperationName, type RequestOf, type ResponseOf} from './schema.js';
import {send, type Credentials, type RawResponse, type TransportConfig} from './transport.js';

export interface ClientOptions {
	credentials: Credentials;
	site?: Site;
	/** Overrides the site's endpoint, e.g. the local sandbox. */
	endpoint?: string;
	/** Overrides the version implied by the endpoint. */
	version?: string;
	/** Where the billing API (the balance) is called; see defaultBillingEndpoint. */
	billingEndpoint?: string;
	/** Overrides the billing API's version (2017-12-14). */
	billingVersion?: string;
	signature?: 'v1' | 'v3';
	/** Language of Alibaba's own error messages. */
	lang?: 'en' | 'zh';
	timeoutMs?: number;
	retry?: Partial<RetryPolicy>;
	onRetry?: (event: RetryEvent) => void;
	now?: () => Date;
}

export interface CallOptions {
	signal?: AbortSignal;
	timeoutMs?: number;
}

type Method<A extends OperationName> = (params: RequestOf<A>, options?: CallOptions) => Promise<ResponseOf<A>>;

export type DomainClient = {
	readonly endpoint: string;
	readonly version: string;
	readonly billingEndpoint: string;
	readonly accessKeyId: string;
	call<A extends OperationName>(action: A, params: RequestOf<A>, options?: CallOptions): Promise<ResponseOf<A>>;
} & {[A in OperationName as Uncapitalize<A>]: Method<A>};

export function createDomainClient(options: ClientOptions): DomainClient {
	const endpoint = normalizeEndpoint(options.endpoint ?? SITES[options.site ?? 'cn'].endpoint);
	const transport: TransportConfig = {
		credentials: options.credentials,
		endpoint,
		version: options.version ?? versionForEndpoint(endpoint),
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
	const policy: RetryPolicy = {...DEFAULT_RETRY, ...options.retry};

	async function once<A extends OperationName>(action: A, params: RequestOf<A>, call: CallOptions): Promise<ResponseOf<A>> {
		const domain = productOf(action) === 'domain';
		// `Lang` is a Domain API parameter; the billing API does not list it.
		const wire = flattenParams({...(params as Record<string, unknown>), ...(options.lang && domain ? {Lang: options.lang} : {})});
		const base = domain ? transport : billing;
		const config = call.timeoutMs ? {...base, timeoutMs: call.timeoutMs} : base;
		return decode(action, await send(config, action, wire, call.signal));
	}

	async function call<A extends OperationName>(action: A, params: RequestOf<A>, call: CallOptions = {}): Promise<ResponseOf<A>> {
		const submit = operations[action].kind === 'submit';
		// A paid submit has no idempotency token: only a request that provably never left may be sent again.
		const shouldRetry = submit ? (e: unknown) => e instanceof NetworkError && !e.mayHaveReachedServer : isRetryableRead;
		return withRetry(action, () => once(action, params, call), policy, shouldRetry, options.onRetry, call.signal);
	}

	const client: Record<string, unknown> = {endpoint, version: transport.version, billingEndpoint: billing.endpoint, accessKeyId: options.credentials.accessKeyId, call};
	for (const action of Object.keys(operations) as OperationName[]) {
		const name = action[0]!.toLowerCase() + action.slice(1);
		client[name] = (params: never, callOptions?: CallOptions) => call(action, params, callOptions);
	}
	return client as DomainClient;
}

function decode<A extends OperationName>(action: A, response: RawResponse): ResponseOf<A> {
	let json: unknown;
	try {
		json = response.text ? JSON.parse(response.text) : {};
	} catch {
		json = undefined;
	}
	if (response.status < 200 || response.status >= 300) throw toApiError(action, response, json);
	if (json === undefined) throw new DecodeError(action, `not JSON (HTTP ${response.status}): ${response.text.slice(0, 120)}`);
	const parsed = operations[action].response.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new DecodeError(action, `${issue?.path.join('.') || 'body'}: ${issue?.message}`, (json as {RequestId?: string}).RequestId);
	}
	return parsed.data as ResponseOf<A>;
}

function toApiError(action: OperationName, response: RawResponse, json: unknown): ApiError {
	const body = ErrorBody.safeParse(json);
	const retryAfter = Number(response.headers.get('x-acs-retry-after'));
	const extra = {retryAfterMs: retryAfter > 0 ? retryAfter : undefined, ramAction: operations[action].ramAction};
	if (body.success) return new ApiError(body.data, response.status, extra);
	const requestId = response.headers.get('x-acs-request-id') ?? undefined;
	const code = response.status >= 500 ? 'ServiceUnavailable' : `HTTP${response.status}`;
	return new ApiError({Code: code, Message: response.text.slice(0, 200) || `HTTP ${response.status}`, RequestId: requestId}, response.status, extra);
}
