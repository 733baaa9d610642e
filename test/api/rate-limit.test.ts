// The account's limiter: requests leave one interval apart (a tenth under the limit), on an injected clock; one
// limiter per AccessKey and endpoint, shared by every client made for it; operations without a limit pass at once.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {accountLimiter, createRateLimiter, type LimiterClock} from '../../source/api/rate-limit.js';
import {RATE_LIMITS} from '../../source/api/schema.js';

/** Fake timers: time moves only when the test runs the timers. */
function virtualClock(): LimiterClock & {readonly t: number} {
	vi.useFakeTimers({now: 0});
	return {
		get t() {
			return Date.now();
		},
		now: () => Date.now(),
		sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
	};
}

afterEach(() => {
	vi.useRealTimers();
});

describe('the rate limiter', () => {
	it('spaces the moments requests leave at a tenth under the limit, whoever asks', async () => {
		const clock = virtualClock();
		const limiter = createRateLimiter({CheckDomain: 10}, clock);
		const left: number[] = [];
		// Five callers at once: each reserves its moment before waiting.
		const all = Promise.all(
			Array.from({length: 5}, async () => {
				await limiter.take('CheckDomain');
				left.push(clock.t);
			}),
		);
		await vi.runAllTimersAsync();
		await all;
		expect(left.sort((a, b) => a - b).map(Math.round)).toEqual([0, 110, 220, 330, 440]);
	});

	it('lets an operation without a limit through at once, and keeps each limited operation on its own pace', async () => {
		const clock = virtualClock();
		const limiter = createRateLimiter({CheckDomain: 10, QueryDomainRealTimePrice: 5}, clock);
		await limiter.take('CheckDomain');
		await limiter.take('QueryDomainRealTimePrice');
		for (let i = 0; i < 100; i++) await limiter.take('QueryTaskList');
		expect(clock.t).toBe(0);
		const next = limiter.take('QueryDomainRealTimePrice');
		await vi.runAllTimersAsync();
		await next;
		expect(Math.round(clock.t)).toBe(220);
	});

	it('stops waiting when its signal is aborted', async () => {
		const limiter = createRateLimiter({CheckDomain: 1});
		await limiter.take('CheckDomain');
		const stop = new AbortController();
		const waiting = limiter.take('CheckDomain', stop.signal);
		stop.abort();
		await expect(waiting).rejects.toBeDefined();
	});

	it('a caller that stops waiting takes no turn: the next one leaves in its place', async () => {
		const clock = virtualClock();
		const limiter = createRateLimiter({CheckDomain: 10}, clock);
		await limiter.take('CheckDomain');
		const stop = new AbortController();
		const stopped = limiter.take('CheckDomain', stop.signal).catch(() => 'stopped');
		let leftAt = -1;
		const next = limiter.take('CheckDomain').then(() => (leftAt = clock.t));
		stop.abort();
		await vi.runAllTimersAsync();
		expect(await stopped).toBe('stopped');
		await next;
		expect(Math.round(leftAt)).toBe(110);
	});

	it('is one per AccessKey and endpoint, inside every client made for them', () => {
		const credentials = {accessKeyId: 'limiter-key', accessKeySecret: 's'};
		const a = createDomainClient({credentials, endpoint: 'http://127.0.0.1:9'});
		const b = createDomainClient({credentials, endpoint: 'http://127.0.0.1:9'});
		const other = createDomainClient({
			credentials: {...credentials, accessKeyId: 'other-key'},
			endpoint: 'http://127.0.0.1:9',
		});
		expect(a.limiter).toBe(b.limiter);
		expect(a.limiter).toBe(accountLimiter('limiter-key', a.endpoint, RATE_LIMITS));
		expect(other.limiter).not.toBe(a.limiter);
		expect(RATE_LIMITS.CheckDomain).toBe(10);
	});
});
