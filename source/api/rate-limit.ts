// One pace per account for the operations Alibaba limits per second (docs/api.md "Rate limits"). The limit is the
// account's, not a caller's: the availability check, the review's pricing, the redemption fees and a headless run
// all take their turn from the same limiter, which lives in the API client (source/api/client.ts). It spaces the
// moments requests leave, not their answers: several are in flight at once, so the throughput is the limit however
// slow each answer is (docs/performance.md "Pricing").
import {defaultSleep} from './retry.js';

export interface LimiterClock {
	now: () => number;
	sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RateLimiter {
	/** Waits for the next free moment for `action`; actions without a limit pass at once. */
	take(action: string, signal?: AbortSignal): Promise<void>;
}

/**
 * A tenth under each limit: the server counts arrivals in a sliding second, and a request sent on the dot may
 * arrive a hair early against the window of one that arrived late.
 */
const MARGIN = 1.1;

export function createRateLimiter(perSecond: Readonly<Record<string, number>>, clock: LimiterClock = {now: Date.now, sleep: defaultSleep}): RateLimiter {
	const nextAt = new Map<string, number>();
	return {
		async take(action, signal) {
			const rate = perSecond[action];
			if (rate === undefined || rate <= 0) return;
			const now = clock.now();
			// The slot is reserved before waiting, so callers that ask at once leave one interval apart.
			const at = Math.max(now, nextAt.get(action) ?? now);
			nextAt.set(action, at + (1000 / rate) * MARGIN);
			if (at > now) await clock.sleep(at - now, signal);
			if (signal?.aborted) throw signal.reason;
		},
	};
}

const shared = new Map<string, RateLimiter>();

/** The limiter of one account at one server, shared by every client made for it in this process. */
export function accountLimiter(accessKeyId: string, endpoint: string, perSecond: Readonly<Record<string, number>>): RateLimiter {
	const key = `${accessKeyId}@${endpoint}`;
	let limiter = shared.get(key);
	if (!limiter) shared.set(key, (limiter = createRateLimiter(perSecond)));
	return limiter;
}
