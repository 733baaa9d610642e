// Time as the Domain API writes it. Alibaba's consoles and examples show China Standard Time (UTC+8, no daylight
// saving), so the sandbox formats in that zone whatever the host's zone is, and tests stay stable everywhere.

export const SECOND_MS = 1000;
export const DAY_MS = 24 * 60 * 60 * SECOND_MS;
export const YEAR_MS = 365 * DAY_MS;
const CHINA_OFFSET_MS = 8 * 60 * 60 * SECOND_MS;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number): string => (n < 10 ? '0' + n : String(n));

function chinaParts(ms: number): {y: number; mo: number; d: number; time: string} {
	const t = new Date(ms + CHINA_OFFSET_MS);
	return {
		y: t.getUTCFullYear(),
		mo: t.getUTCMonth(),
		d: t.getUTCDate(),
		time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`,
	};
}

/** `2018-01-25 20:46:57`: task details, task history, profiles, domain dates. */
export function formatDateTime(ms: number): string {
	const p = chinaParts(ms);
	return `${p.y}-${pad(p.mo + 1)}-${pad(p.d)} ${p.time}`;
}

/** `Dec 26,2017 11:00:54`: QueryTaskList writes its CreateTime this way (docs/api.md, Operations we call). */
export function formatTaskListTime(ms: number): string {
	const p = chinaParts(ms);
	return `${MONTHS[p.mo]} ${pad(p.d)},${p.y} ${p.time}`;
}

export {chinaDayStart} from '../api/china-time.js';

/** `20250301`: the date part of instance ids. */
export function compactDate(ms: number): string {
	const p = chinaParts(ms);
	return `${p.y}${pad(p.mo + 1)}${pad(p.d)}`;
}

/** Whole days from `now` to `ms`, negative once `ms` is past (ExpirationCurrDateDiff). */
export function daysBetween(now: number, ms: number): number {
	return Math.trunc((ms - now) / DAY_MS);
}
