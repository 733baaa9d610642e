// The optional availability and price check before registering: one CheckDomain call per name (there is no
// batch variant) at no more than 10 calls a second, the documented per-user limit.
import type {DomainClient} from '../api/client.js';
import {ApiError, NetworkError} from '../api/errors.js';
import {messages} from '../i18n/index.js';

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

const text = messages({
	preRegister: {en: 'can be pre-registered', zh: '可预注册'},
	preDelete: {en: 'pre-registration can be deleted', zh: '预注册可删除'},
	taken: {en: 'already registered', zh: '已被注册'},
	notChecked: {en: 'the registry could not check it', zh: '注册局无法查询'},
	suspended: {en: 'registration is suspended', zh: '暂停注册'},
	blacklisted: {en: 'blacklisted', zh: '在黑名单中'},
	status: {en: (avail: string) => `status ${avail}`, zh: (avail: string) => `状态 ${avail}`},
});

// Read when a result is made, so that the reason is in the language of that moment.
function availOf(avail: string): {availability: Availability; reason?: string} | undefined {
	switch (avail) {
		case '1':
			return {availability: 'available'};
		case '3':
			return {availability: 'available', reason: text.preRegister};
		case '4':
			return {availability: 'unavailable', reason: text.preDelete};
		case '0':
			return {availability: 'taken', reason: text.taken};
		case '-1':
			return {availability: 'unavailable', reason: text.notChecked};
		case '-2':
			return {availability: 'unavailable', reason: text.suspended};
		case '-3':
			return {availability: 'unavailable', reason: text.blacklisted};
		default:
			return undefined;
	}
}

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
		// 2018-01-29 only (the 2017-12-18 product has no StaticPriceInfo); `period` is in months.
		const offers = r.StaticPriceInfo?.PriceInfo.filter((p) => p.action === 'activate' || p.action === 'create') ?? [];
		const regular = (offers.find((p) => p.period === years * 12) ?? offers[0])?.money;
		if (r.Premium === 'true' && r.Avail === '1') return {name, availability: 'premium', price: r.Price, regularPrice: regular, reason: r.Reason || undefined};
		const mapped = availOf(r.Avail) ?? {availability: 'unavailable' as const, reason: text.status(r.Avail)};
		return {name, ...mapped, regularPrice: regular, reason: r.Reason || mapped.reason};
	} catch (error) {
		if (error instanceof ApiError || error instanceof NetworkError) return {name, availability: 'error', reason: error.message};
		throw error;
	}
}

/** Taken or refused by the registry: a name no order can get. */
export const isUnavailable = (result: CheckResult | undefined): boolean => result !== undefined && (result.availability === 'taken' || result.availability === 'unavailable');
