// Retry policy for reads: exponential backoff with full jitter, honouring the server's x-acs-retry-after.
// Paid submits never come through here except when the request provably never left (see client.ts).
import {ApiError, NetworkError} from './errors.js';

export interface RetryPolicy {
	retries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	random: () => number;
	sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RetryEvent {
	action: string;
	attempt: number;
	delayMs: number;
	error: ApiError | NetworkError;
}

export const defaultSleep = (ms: number, signal?: AbortSignal) =>
	new Promise<void>((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const timer = setTimeout(resolve, ms);
		signal?.addEventListener(
			'abort',
			() => {
				clearTimeout(timer);
				reject(signal.reason);
			},
			{once: true},
		);
	});

export const DEFAULT_RETRY: RetryPolicy = {
	retries: 4,
	baseDelayMs: 300,
	maxDelayMs: 10_000,
	random: Math.random,
	sleep: defaultSleep,
};

export function isRetryableRead(error: unknown): error is ApiError | NetworkError {
	if (error instanceof NetworkError) return error.kind !== 'aborted';
	if (error instanceof ApiError) return error.category === 'throttled' || error.category === 'retryable';
	return false;
}

export function retryDelay(policy: RetryPolicy, attempt: number, error: unknown): number {
	const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
	const jittered = Math.round(backoff / 2 + policy.random() * (backoff / 2));
	const serverSays = error instanceof ApiError ? error.retryAfterMs : undefined;
	return serverSays !== undefined ? Math.max(serverSays, jittered / 4) : jittered;
}

export async function withRetry<T>(
	action: string,
	run: () => Promise<T>,
	policy: RetryPolicy,
	shouldRetry: (error: unknown) => boolean,
	onRetry?: (event: RetryEvent) => void,
	signal?: AbortSignal,
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await run();
		} catch (error) {
			if (attempt >= policy.retries || !shouldRetry(error)) throw error;
			const delayMs = retryDelay(policy, attempt, error);
			onRetry?.({action, attempt: attempt + 1, delayMs, error: error as ApiError | NetworkError});
			await policy.sleep(delayMs, signal);
		}
	}
}
