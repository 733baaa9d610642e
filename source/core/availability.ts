// The optional availability and price check before registering: one CheckDomain call per name (there is no
// batch variant) at no more than 10 calls a second, the documented per-user limit.
import type {DomainClient} from '../api/client.js';
import {ApiError, NetworkError} from '../api/errors.js';
import {messages} from '../i18n/index.js';
import {tldOf} from './redemption-fee.js';

export type Availability = 'available' | 'taken' | 'premium' | 'unavailable' | 'error';

export interface CheckResult {
	name: string;
	availability: Availability;
	/** Premium price, when the registry gives one. */
	price?: number;
	/** What one year of this name costs: its premium price for a premium name. The estimate multiplies by years. */
	yearlyPrice?: number;
	/** Redeem: the redemption fee (CheckDomain with FeeCommand=restore). */
	fee?: number;
	/** The currency the prices were asked in. */
	currency?: string;
	/** The registry's note says the name holds a trademark term: it fails unless trademark names are allowed. */
	trademark?: boolean;
	reason?: string;
}

/**
 * CheckDomain has no trademark field; a registry reason that speaks of a trademark is read as one (the sandbox
 * answers so). Whether the real API ever says it is UNCONFIRMED (docs/api.md).
 */
const TRADEMARK_REASON = /trademark|商标/i;

const text = messages({
	preRegister: {en: 'can be pre-registered', zh: '可预注册'},
	preDelete: {en: 'pre-registration can be deleted', zh: '预注册可删除'},
	taken: {en: 'already registered', zh: '已被注册'},
	notChecked: {en: 'the registry could not check it', zh: '注册局无法查询'},
	suspended: {en: 'registration is suspended', zh: '暂停注册'},
	blacklisted: {en: 'blacklisted', zh: '在黑名单中'},
	status: {en: (avail: string) => `status ${avail}`, zh: (avail: string) => `状态 ${avail}`},
	noFee: {en: 'the answer carries no redemption fee', zh: '应答中没有赎回费用'},
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
	/** Asked in FeeCurrency; when absent the API's default applies (CNY, UNCONFIRMED). */
	currency?: 'CNY' | 'USD';
	/** `restore` asks for the redemption fee of domains in their redemption period instead. */
	command?: 'create' | 'restore';
	qps?: number;
	signal?: AbortSignal;
	onResult?: (result: CheckResult, done: number, total: number) => void;
	sleep?: (ms: number) => Promise<void>;
	now?: () => number;
}

const paces = new WeakMap<object, {nextAt: number}>();

export async function checkAvailability(api: Pick<DomainClient, 'checkDomain'>, names: readonly string[], options: CheckOptions): Promise<CheckResult[]> {
	// A tenth under the limit: the server counts arrivals, and a request sent on the dot may arrive a hair early
	// against the window of one that arrived late.
	const interval = (1000 / (options.qps ?? 10)) * 1.1;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
	const now = options.now ?? Date.now;
	const results: CheckResult[] = [];
	// One pace per client: the limit is the user's, so a check started while another ran (pricing stopped and
	// started again, the review pricing after the availability check) waits its turn with it.
	let pace = paces.get(api);
	if (!pace) paces.set(api, (pace = {nextAt: now()}));
	// The redemption fee is a price per suffix (docs/api.md): one call prices every name that ends the same way.
	const groups = new Map<string, string[]>();
	for (const name of names) {
		const key = options.command === 'restore' ? tldOf(name) : name;
		groups.set(key, [...(groups.get(key) ?? []), name]);
	}
	for (const group of groups.values()) {
		if (options.signal?.aborted) break;
		const wait = pace.nextAt - now();
		if (wait > 0) await sleep(wait);
		pace.nextAt = Math.max(now(), pace.nextAt) + interval;
		const result = options.command === 'restore' ? await feeOf(api, group[0]!, options.currency) : await checkOne(api, group[0]!, options.currency);
		for (const name of group) {
			results.push({...result, name});
			options.onResult?.({...result, name}, results.length, names.length);
		}
	}
	return results;
}

/**
 * CheckDomain's FeeCurrency is documented with USD only (docs/api.md): sent on the international site, left out on
 * the China site, where prices come in the API's default, CNY.
 */
function feeCurrency(currency: 'CNY' | 'USD' | undefined): {FeeCurrency?: 'USD'} {
	return currency === 'USD' ? {FeeCurrency: 'USD'} : {};
}

// One year is asked for, whatever the batch's years: the years are chosen after this check, and the estimate
// multiplies (core/estimate.ts). A premium name's Price is taken as one year's price (UNCONFIRMED, docs/api.md).
async function checkOne(api: Pick<DomainClient, 'checkDomain'>, name: string, currency: 'CNY' | 'USD' | undefined): Promise<CheckResult> {
	try {
		const r = await api.checkDomain({DomainName: name, FeeCommand: 'create', FeePeriod: 1, ...feeCurrency(currency)});
		// 2018-01-29 only (the 2017-12-18 product has no StaticPriceInfo); `period` is in months.
		const offers = r.StaticPriceInfo?.PriceInfo.filter((p) => p.action === 'activate' || p.action === 'create') ?? [];
		const info = offers.find((p) => p.period === 12) ?? offers[0];
		const regular = info ? info.money / Math.max(1, Math.round((info.period ?? 12) / 12)) : undefined;
		const money = {currency: currency ?? 'CNY', ...(r.Avail === '1' && r.Reason && TRADEMARK_REASON.test(r.Reason) ? {trademark: true} : {})};
		if (r.Premium === 'true' && r.Avail === '1') return {name, availability: 'premium', price: r.Price, yearlyPrice: r.Price ?? regular, ...money, reason: r.Reason || undefined};
		const mapped = availOf(r.Avail) ?? {availability: 'unavailable' as const, reason: text.status(r.Avail)};
		return {name, ...mapped, yearlyPrice: regular, ...money, reason: r.Reason || mapped.reason};
	} catch (error) {
		if (error instanceof ApiError || error instanceof NetworkError) return {name, availability: 'error', reason: error.message};
		throw error;
	}
}

/**
 * The redemption fee: CheckDomain with FeeCommand=restore answers it in StaticPriceInfo. The action name of that
 * price entry is UNCONFIRMED (the sandbox says `redeem`), so a `restore` or `redeem` entry is taken, else the only one.
 */
async function feeOf(api: Pick<DomainClient, 'checkDomain'>, name: string, currency: 'CNY' | 'USD' | undefined): Promise<CheckResult> {
	try {
		const r = await api.checkDomain({DomainName: name, FeeCommand: 'restore', ...feeCurrency(currency)});
		const prices = r.StaticPriceInfo?.PriceInfo ?? [];
		const info = prices.find((p) => p.action === 'restore' || p.action === 'redeem') ?? (prices.length === 1 ? prices[0] : undefined);
		if (!info) return {name, availability: 'error', reason: text.noFee};
		return {name, availability: 'available', fee: info.money, currency: currency ?? 'CNY'};
	} catch (error) {
		if (error instanceof ApiError || error instanceof NetworkError) return {name, availability: 'error', reason: error.message};
		throw error;
	}
}

/** Taken or refused by the registry: a name no order can get. */
export const isUnavailable = (result: CheckResult | undefined): boolean => result !== undefined && (result.availability === 'taken' || result.availability === 'unavailable');
