// Availability and prices of names before registering, and redemption fees before redeeming: the batch price API
// where the account has it, CheckDomain (several in flight, at the account's pace) where it does not.
import type {DomainClient} from '../../api/client.js';
import {feeCurrency} from './fee-currency.js';
import {ApiError, NetworkError} from '../../api/errors.js';
import {messages} from '../../i18n/index.js';
import {batchPriceUsable, priceInBatches, type BatchPriceApi, type PriceRow} from './batch-price.js';
import {DEFAULT_IN_FLIGHT, forEachInFlight} from './in-flight.js';
import {tldOf} from './redemption-fee.js';

export type Availability = 'available' | 'taken' | 'premium' | 'unavailable' | 'error';

export interface CheckResult {
	name: string;
	availability: Availability;
	/** Premium price, when the registry gives one. */
	price?: number;
	/** What one year of this name costs: its premium price for a premium name. The estimate multiplies by years. */
	yearlyPrice?: number;
	/** The years it was priced for, and what they cost together, as the API answered. */
	years?: number;
	periodPrice?: number;
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
	/** Years to price a registration for (1 by default); the answer's `periodPrice` is for that many. */
	years?: number;
	/** Only what the batch price API answers: the names it does not are left out, never asked of CheckDomain one by one. */
	batchOnly?: boolean;
	/** CheckDomain requests in flight at most; the client's limiter sets the pace (source/api/rate-limit.ts). */
	inFlight?: number;
	signal?: AbortSignal;
	onResult?: (result: CheckResult, done: number, total: number) => void;
}

export type AvailabilityApi = Pick<DomainClient, 'checkDomain'> & BatchPriceApi;

/**
 * Availability and prices of `names`, in their order. A registration asks QueryDomainRealTimePrice for many names
 * per call and CheckDomain for what it does not answer (the account is refused it, or a call failed); the
 * redemption fee is a price per suffix (docs/api.md), so one CheckDomain call prices every name that ends the same
 * way. CheckDomain calls are made several at once, paced by the client's limiter for the account.
 */
export async function checkAvailability(
	api: AvailabilityApi,
	names: readonly string[],
	options: CheckOptions,
): Promise<CheckResult[]> {
	const byName = new Map<string, CheckResult>();
	let done = 0;
	const settle = (result: CheckResult) => {
		byName.set(result.name, result);
		options.onResult?.(result, ++done, names.length);
	};
	const inFlight = options.inFlight ?? DEFAULT_IN_FLIGHT;
	// A stop leaves the calls still waiting for their turn unsent; the ones already sent are answered and kept, so
	// a check started again asks only for what was never asked.
	const stoppedBeforeSent = (result: CheckResult) =>
		options.signal?.aborted === true && result.availability === 'error';
	if (options.command === 'restore') {
		const groups = new Map<string, string[]>();
		for (const name of names) groups.set(tldOf(name), [...(groups.get(tldOf(name)) ?? []), name]);
		await forEachInFlight(
			[...groups.values()],
			inFlight,
			async (group) => {
				const result = await feeOf(api, group[0]!, options.currency, options.signal);
				if (!stoppedBeforeSent(result)) for (const name of group) settle({...result, name});
			},
			options.signal,
		);
	} else {
		const years = options.years ?? 1;
		let rest: readonly string[] = names;
		if (batchPriceUsable(api) && names.length > 0) {
			const asked = new Map(names.map((name) => [name.toLowerCase(), name]));
			const items = names.map((name) => ({Action: 'activate', DomainName: name, Period: years, Suffix: tldOf(name)}));
			const left = await priceInBatches(api, items, options.currency ?? 'CNY', {
				signal: options.signal,
				onRows: (rows) => {
					for (const row of rows) {
						const name = asked.get(row.DomainName.toLowerCase());
						if (name !== undefined && !byName.has(name)) settle(fromRow(name, row, years, options.currency));
					}
				},
			});
			rest = left.map((item) => item.DomainName).filter((name) => !byName.has(name));
		}
		if (options.batchOnly) rest = [];
		await forEachInFlight(
			rest,
			inFlight,
			async (name) => {
				const result = await checkOne(api, name, options.currency, years, options.signal);
				if (!stoppedBeforeSent(result)) settle(result);
			},
			options.signal,
		);
	}
	return names.flatMap((name) => byName.get(name) ?? []);
}

/** A row of QueryDomainRealTimePrice as a check result: its Avail is CheckDomain's, as a number. */
function fromRow(name: string, row: PriceRow, years: number, currency: 'CNY' | 'USD' | undefined): CheckResult {
	const period = row.Period ?? years;
	const periodPrice = row.Price === undefined ? undefined : (row.Price / Math.max(1, period)) * years;
	const yearlyPrice = periodPrice === undefined ? undefined : periodPrice / years;
	const money = {currency: row.Currency ?? currency ?? 'CNY', years, periodPrice, yearlyPrice};
	const avail = String(row.Avail ?? '');
	if (avail === '1' && row.Premium === true)
		return {name, availability: 'premium', price: yearlyPrice, ...money, reason: row.Reason || undefined};
	const trademark = avail === '1' && row.Reason && TRADEMARK_REASON.test(row.Reason) ? {trademark: true} : {};
	const mapped = availOf(avail) ?? {availability: 'unavailable' as const, reason: text.status(avail)};
	return {name, ...mapped, ...money, ...trademark, reason: row.Reason || mapped.reason};
}

// A premium name's Price is taken as one year's price (UNCONFIRMED, docs/api.md).
async function checkOne(
	api: Pick<DomainClient, 'checkDomain'>,
	name: string,
	currency: 'CNY' | 'USD' | undefined,
	years: number,
	signal?: AbortSignal,
): Promise<CheckResult> {
	try {
		const r = await api.checkDomain(
			{DomainName: name, FeeCommand: 'create', FeePeriod: years, ...feeCurrency(currency)},
			{queueSignal: signal},
		);
		// 2018-01-29 only (the 2017-12-18 product has no StaticPriceInfo); `period` is in months.
		const offers = r.StaticPriceInfo?.PriceInfo.filter((p) => p.action === 'activate' || p.action === 'create') ?? [];
		const info = offers.find((p) => p.period === 12 * years) ?? offers.find((p) => p.period === 12) ?? offers[0];
		const infoYears = info ? Math.max(1, Math.round((info.period ?? 12) / 12)) : 1;
		const regular = info ? info.money / infoYears : undefined;
		const regularPeriod = info ? (infoYears === years ? info.money : (info.money / infoYears) * years) : undefined;
		const money = {
			currency: currency ?? 'CNY',
			years,
			...(r.Avail === '1' && r.Reason && TRADEMARK_REASON.test(r.Reason) ? {trademark: true} : {}),
		};
		if (r.Premium === 'true' && r.Avail === '1') {
			const yearly = r.Price ?? regular;
			return {
				name,
				availability: 'premium',
				price: r.Price,
				yearlyPrice: yearly,
				periodPrice: yearly === undefined ? undefined : yearly * years,
				...money,
				reason: r.Reason || undefined,
			};
		}
		const mapped = availOf(r.Avail) ?? {availability: 'unavailable' as const, reason: text.status(r.Avail)};
		return {
			name,
			...mapped,
			yearlyPrice: regular,
			periodPrice: regularPeriod,
			...money,
			reason: r.Reason || mapped.reason,
		};
	} catch (error) {
		if (error instanceof ApiError || error instanceof NetworkError || signal?.aborted)
			return {name, availability: 'error', reason: (error as Error).message};
		throw error;
	}
}

/**
 * The redemption fee: CheckDomain with FeeCommand=restore answers it in StaticPriceInfo. The action name of that
 * price entry is UNCONFIRMED (the sandbox says `redeem`), so a `restore` or `redeem` entry is taken, else the only one.
 */
async function feeOf(
	api: Pick<DomainClient, 'checkDomain'>,
	name: string,
	currency: 'CNY' | 'USD' | undefined,
	signal?: AbortSignal,
): Promise<CheckResult> {
	try {
		const r = await api.checkDomain(
			{DomainName: name, FeeCommand: 'restore', ...feeCurrency(currency)},
			{queueSignal: signal},
		);
		const prices = r.StaticPriceInfo?.PriceInfo ?? [];
		const info =
			prices.find((p) => p.action === 'restore' || p.action === 'redeem') ??
			(prices.length === 1 ? prices[0] : undefined);
		if (!info) return {name, availability: 'error', reason: text.noFee};
		return {name, availability: 'available', fee: info.money, currency: currency ?? 'CNY'};
	} catch (error) {
		if (error instanceof ApiError || error instanceof NetworkError || signal?.aborted)
			return {name, availability: 'error', reason: (error as Error).message};
		throw error;
	}
}

/** Taken or refused by the registry: a name no order can get. */
export const isUnavailable = (result: CheckResult | undefined): boolean =>
	result !== undefined && (result.availability === 'taken' || result.availability === 'unavailable');
