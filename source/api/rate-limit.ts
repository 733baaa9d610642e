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

export function createRateLimiter(
	perSecond: Readonly<Record<string, number>>,
	clock: LimiterClock = {now: Date.now, sleep: defaultSleep},
): RateLimiter {
	const lines = new Map<string, Line>();
	/** Lets the callers in line go one interval apart; a caller that gave up waiting takes no turn. */
	async function pump(line: Line, interval: number): Promise<void> {
		line.pumping = true;
		try {
			while (line.waiting.length > 0) {
				const slot = line.lastAt + interval;
				const wait = slot - clock.now();
				if (wait > 0) await clock.sleep(wait);
				const next = line.waiting.shift();
				if (!next) break;
				// On the grid while the line is busy: a timer that fires a little late does not push every later
				// departure back with it. A caller that found its slot already past starts the grid again from now.
				const now = clock.now();
				line.lastAt = wait > 0 && now - slot < interval ? slot : now;
				next();
			}
		} finally {
			line.pumping = false;
		}
	}
	return {
		take(action, signal) {
			const rate = perSecond[action];
			if (rate === undefined || rate <= 0) return Promise.resolve();
			if (signal?.aborted) return Promise.reject(signal.reason);
			let line = lines.get(action);
			if (!line) lines.set(action, (line = {waiting: [], lastAt: -Infinity, pumping: false}));
			const queue = line;
			return new Promise<void>((resolve, reject) => {
				const onAbort = () => {
					const at = queue.waiting.indexOf(go);
					if (at >= 0) queue.waiting.splice(at, 1);
					reject(signal!.reason);
				};
				function go() {
					signal?.removeEventListener('abort', onAbort);
					resolve();
				}
				signal?.addEventListener('abort', onAbort, {once: true});
				queue.waiting.push(go);
				if (!queue.pumping) void pump(queue, (1000 / rate) * MARGIN);
			});
		},
	};
}

interface Line {
	waiting: Array<() => void>;
	/** When the last caller left. */
	lastAt: number;
	pumping: boolean;
}

const shared = new Map<string, RateLimiter>();

/** The limiter of one account at one server, shared by every client made for it in this process. */
export function accountLimiter(
	accessKeyId: string,
	endpoint: string,
	perSecond: Readonly<Record<string, number>>,
): RateLimiter {
	const key = `${accessKeyId}@${endpoint}`;
	let limiter = shared.get(key);
	if (!limiter) shared.set(key, (limiter = createRateLimiter(perSecond)));
	return limiter;
}
