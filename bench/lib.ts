// Shared by the benchmark cases: timing, medians, and the one-line JSON each case prints.
import {performance} from 'node:perf_hooks';

export interface Row {
	name: string;
	value: number | string;
	unit: string;
	reference?: number;
	target: string;
	ok: boolean;
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
export async function timeMs(fn: () => unknown | Promise<unknown>, runs = 5, warmup = 1): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	return median(times);
}
