// A domain's current expiry as typed on a redeem line. The redeem submit must carry the domain's exact expiry in
// epoch milliseconds (CurrentExpirationDate, the console's ExpirationDateLong), and a typed value wins over the one
// looked up, so only exact instants are accepted:
// - 13 digits: milliseconds, as the API gives them;
// - an ISO date and time with a zone (`2026-01-02T03:04:05Z`, `…+08:00`): converted, with a notice;
// - a date alone, or a time without a zone, is refused: it names a day, not the exact instant the registry holds.
// Seconds, microseconds and nanoseconds are refused with the value in milliseconds, so a wrong unit is never guessed.
import {messages} from '../../i18n/index.js';

export type ExpiryResult = {ok: true; ms: number; notice?: string} | {ok: false; reason: string};

/** Years an expiry can plausibly fall in; outside them the number is a typo or a wrong unit. */
export const EARLIEST_EXPIRY_YEAR = 1985;
export const LATEST_EXPIRY_YEAR = 2199;

const EXAMPLE_MS = '1735689600000';
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

// Each reason completes a sentence whose subject is the value as typed.
const reasons = messages({
	empty: {en: 'is empty', zh: '为空'},
	negative: {en: 'is negative; an expiry is milliseconds since 1970', zh: '是负数；到期时间是自 1970 年起的毫秒数'},
	fraction: {
		en: 'is not a whole number; an expiry is whole milliseconds since 1970',
		zh: '不是整数；到期时间是自 1970 年起的整毫秒数',
	},
	dateOnly: {
		en: (example: string) =>
			`is a date without a time; the expiry must be the exact instant, in milliseconds like ${example} (or leave it out to look it up)`,
		zh: (example: string) => `只有日期没有时间；到期时间须是精确时刻，以毫秒表示，如 ${example}（或留空，自动查询）`,
	},
	notExpiry: {
		en: (example: string) => `is not an expiry time; give milliseconds since 1970, like ${example}`,
		zh: (example: string) => `不是到期时间；请填写自 1970 年起的毫秒数，如 ${example}`,
	},
	seconds: {
		en: (ms: string) => `looks like seconds; milliseconds would be ${ms}`,
		zh: (ms: string) => `像是秒；换成毫秒应为 ${ms}`,
	},
	micro: {
		en: (ms: string) => `looks like microseconds; milliseconds would be ${ms}`,
		zh: (ms: string) => `像是微秒；换成毫秒应为 ${ms}`,
	},
	nano: {
		en: (ms: string) => `looks like nanoseconds; milliseconds would be ${ms}`,
		zh: (ms: string) => `像是纳秒；换成毫秒应为 ${ms}`,
	},
	digits: {
		en: (n: number, example: string) => `has ${n} digits; an expiry in milliseconds has 13, like ${example}`,
		zh: (n: number, example: string) => `有 ${n} 位数字；以毫秒表示的到期时间是 13 位，如 ${example}`,
	},
	noZone: {
		en: (example: string) => `has no time zone; add Z or an offset like +08:00, or give milliseconds like ${example}`,
		zh: (example: string) => `缺少时区；请加上 Z 或 +08:00 这样的时差，或填写毫秒数，如 ${example}`,
	},
	notReal: {en: 'is not a real date and time', zh: '不是有效的日期时间'},
	read: {
		en: (value: string, ms: number) => `read ${value} as ${ms} ms`,
		zh: (value: string, ms: number) => `已将 ${value} 读作 ${ms} 毫秒`,
	},
	year: {
		en: (year: number, from: number, to: number) => `is in the year ${year}; an expiry falls between ${from} and ${to}`,
		zh: (year: number, from: number, to: number) => `落在 ${year} 年；到期时间应在 ${from} 年到 ${to} 年之间`,
	},
});

export function parseExpiry(text: string): ExpiryResult {
	const value = text.trim();
	if (value === '') return fail(reasons.empty);
	if (/^\d+$/.test(value)) return fromDigits(value);
	if (/^-\d/.test(value)) return fail(reasons.negative);
	if (/^[+-]?\d*\.\d+$/.test(value)) return fail(reasons.fraction);
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return fail(reasons.dateOnly(EXAMPLE_MS));
	}
	const iso = ISO_DATE_TIME.exec(value);
	if (iso) return fromIso(value, iso);
	return fail(reasons.notExpiry(EXAMPLE_MS));
}

function fromDigits(digits: string): ExpiryResult {
	const n = Number(digits);
	switch (digits.length) {
		case 10:
			return fail(reasons.seconds(`${digits}000`));
		case 16:
			return fail(reasons.micro(digits.slice(0, 13)));
		case 19:
			return fail(reasons.nano(digits.slice(0, 13)));
		case 13:
			return checkYear(n) ?? {ok: true, ms: n};
		default:
			return fail(reasons.digits(digits.length, EXAMPLE_MS));
	}
}

function fromIso(value: string, match: RegExpExecArray): ExpiryResult {
	const [, year, month, day, hour, minute, second = '0', fraction = '0', zone] = match;
	if (!zone) return fail(reasons.noZone(EXAMPLE_MS));
	const offset = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
	const fields = [Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second)] as const;
	const utc = Date.UTC(
		fields[0],
		fields[1] - 1,
		fields[2],
		fields[3],
		fields[4],
		fields[5],
		Number(fraction.padEnd(3, '0')),
	);
	const check = new Date(utc);
	const real =
		check.getUTCFullYear() === fields[0] &&
		check.getUTCMonth() === fields[1] - 1 &&
		check.getUTCDate() === fields[2] &&
		check.getUTCHours() === fields[3] &&
		check.getUTCMinutes() === fields[4] &&
		check.getUTCSeconds() === fields[5];
	if (!real || offset === undefined) return fail(reasons.notReal);
	const ms = utc - offset * 60_000;
	return checkYear(ms) ?? {ok: true, ms, notice: reasons.read(value, ms)};
}

function zoneMinutes(zone: string): number | undefined {
	const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
	if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
	return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function checkYear(ms: number): {ok: false; reason: string} | undefined {
	const year = new Date(ms).getUTCFullYear();
	if (year < EARLIEST_EXPIRY_YEAR || year > LATEST_EXPIRY_YEAR) {
		return fail(reasons.year(year, EARLIEST_EXPIRY_YEAR, LATEST_EXPIRY_YEAR));
	}
	return undefined;
}

function fail(reason: string): {ok: false; reason: string} {
	return {ok: false, reason};
}
