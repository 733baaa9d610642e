// One way to show a moment: the local time, with the zone named ("2026-03-01 14:05 UTC+8"). Times the server
// writes as text carry no zone; core/status/server-time.ts reads them (as UTC+8, docs/api.md), and they are shown in local
// time like every other.
import {parseServerTime} from '../core/status/server-time.js';

const two = (n: number) => String(n).padStart(2, '0');

/** The local zone at `ms` as an offset from UTC: `UTC`, `UTC+8`, `UTC-3:30`. */
export const zoneName = (ms: number = Date.now()): string => {
	const offset = -new Date(ms).getTimezoneOffset();
	if (offset === 0) {
		return 'UTC';
	}

	const sign = offset > 0 ? '+' : '-';
	const hours = Math.floor(Math.abs(offset) / 60);
	const minutes = Math.abs(offset) % 60;
	return `UTC${sign}${hours}${minutes === 0 ? '' : `:${two(minutes)}`}`;
};

/** `2026-03-01 14:05`, local time, without the zone: for columns whose heading names it. */
export const localTime = (ms: number): string => {
	const d = new Date(ms);
	return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

/** `2026-03-01 14:05 UTC+8`: local time with its zone. */
export const localTimeWithZone = (ms: number): string => `${localTime(ms)} ${zoneName(ms)}`;

/** A server time shown in local time with its zone; text in neither known form is shown as it came. */
export const serverTimeShown = (value: string | undefined): string | undefined => {
	const ms = parseServerTime(value);
	return ms === undefined ? value : localTimeWithZone(ms);
};
