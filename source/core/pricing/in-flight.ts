// Runs one async job per item with several in flight at once. The pace is not set here: the API client's limiter
// (source/api/rate-limit.ts) spaces the requests, so with enough in flight the throughput is the account's limit
// rather than one answer per round trip (docs/performance.md "Pricing").

/** Enough to keep 10 calls a second going with answers that take up to a few seconds each. */
export const DEFAULT_IN_FLIGHT = 32;

export async function forEachInFlight<T>(
	items: readonly T[],
	inFlight: number,
	job: (item: T, index: number) => Promise<void>,
	signal?: AbortSignal,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length && !signal?.aborted) {
			const index = next++;
			await job(items[index]!, index);
		}
	};
	await Promise.all(Array.from({length: Math.max(1, Math.min(inFlight, items.length))}, worker));
}

/** What is left to do at the rate observed so far, in whole seconds; undefined before anything is done. */
export function secondsLeft(done: number, total: number, startedAt: number, now: number): number | undefined {
	const elapsed = now - startedAt;
	if (done <= 0 || elapsed <= 0) return undefined;
	return Math.ceil(((total - done) * elapsed) / done / 1000);
}
