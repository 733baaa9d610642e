// Shared by the benchmark cases: timing, medians, and the one-line JSON each case prints per row.
// A case measures once per process; bench/run.mjs runs every case several times and prints the median and spread.
import {performance} from 'node:perf_hooks';

/** What a row must meet, checked by the runner on the medians: an absolute bound, a ratio to the reference, or both. */
export interface Limit {
	max?: number;
	ratio?: number;
}

export interface Row {
	name: string;
	value: number;
	unit: string;
	/** The bare-node (or empty-case) figure measured in the same process, for the ratio. */
	reference?: number;
	/** What the reference is, when it is not bare node. */
	referenceLabel?: string;
	target: string;
	limit: Limit;
	/** False when the run itself did not do what it measures (e.g. not every task accepted): the row fails. */
	valid?: boolean;
}

export function report(row: Row): void {
	console.log(JSON.stringify(row));
}

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time in ms of `runs` runs, after `warmup` unmeasured ones. */
export async function timeMs(fn: () => unknown | Promise<unknown>, runs = 3, warmup = 1): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	return median(times);
}
