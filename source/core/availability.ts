// The optional availability and price check before registering: one CheckDomain call per name (there is no
// batch variant) at no more than 10 calls a second, the documented per-user limit.
import type {DomainClient} from '../api/client.js';
import {ApiError, NetworkError} from '../api/errors.js';

export type Availability = 'available' | 'taken' | 'premium' | 'unavailable' | 'error';

export interface CheckResult {
	name: string;
	availability: Availability;
	/** Premium price, when the registry gives one. */
	price?: number;
	/** Regular price for the requested years, when known. */
	regularPrice?: number;
	reason?: string;
}

const AVAIL: Record<string, {availability: Availability; reason?: string}> = {
	'1': {availability: 'available'},
	'3': {availability: 'available', reason: 'can be pre-registered'},
	'4': {availability: 'unavailable', reason: 'pre-registration can be deleted'},
	'0': {availability: 'taken', reason: 'already registered'},
	'-1': {availability: 'unavailable', reason: 'the registry could not check it'},
	'-2': {availability: 'unavailable', reason: 'registration is suspended'},
	'-3': {availability: 'unavailable', reason: 'blacklisted'},
};

export interface CheckOptions {
	years: number;
	qps?: number;
	signal?: AbortSignal;
	onResult?: (result: CheckResult, done: number, total: number) => void;
	sleep?: (ms: number) => Promise<void>;
	now?: () => number;
}

export async function checkAvailability(api: Pick<DomainClient, 'checkDomain'>, names: readonly string[], options: CheckOptions): Promise<CheckResult[]> {
	const interval = 1000 / (options.qps ?? 10);
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
	const now = options.now ?? Date.now;
	const results: CheckResult[] = [];
	let nextAt = now();
	for (const name of names) {
		if (options.signal?.aborted) break;
		const wait = nextAt - now();
		if (wait > 0) await sleep(wait);
		nextAt = Math.max(now(), nextAt) + interval;
		const result = await checkOne(api, name, options.years);
		results.push(result);
		options.onResult?.(result, results.length, names.length);
	}
	return results;
}

async function checkOne(api: Pick<DomainClient, 'checkDomain'>, name: string, years: number): Promise<CheckResult> {
	try {
		const r = await api.checkDomain({DomainName: name, FeeCommand: 'create', FeePeriod: years});
		const regular = r.StaticPriceInfo?.PriceInfo.find((p) => p.action === 'activate' || p.action === 'create')?.money;
		if (r.Premium === 'true' && r.Avail === '1') return {name, availability: 'premium', price: r.Price, regularPrice: regular, reason: r.Reason || undefined};
		const mapped = AVAIL[r.Avail] ?? {availability: 'unavailable' as const, reason: `status ${r.Avail}`};
		return {name, ...mapped, regularPrice: regular, reason: r.Reason || mapped.reason};
	} catch (error) {
		if (error instanceof ApiError || error instanceof NetworkError) return {name, availability: 'error', reason: error.message};
		throw error;
	}
}
