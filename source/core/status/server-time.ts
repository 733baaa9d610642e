// Times as the API writes them and as our files write them (docs/api.md, "Times"). The server writes task times as
// text with no zone (`2018-01-25 20:46:57`, or `Dec 26,2017 11:00:54` in task lists); they are read as China
// Standard Time (UTC+8), as the API's examples and the sandbox write them. Every file and JSON document we write
// carries ISO 8601 with an offset, so a reader anywhere knows the moment.

import {CHINA_OFFSET_MS, taskCreatedAt} from '../../api/china-time.js';

const CHINA_OFFSET_MINUTES = CHINA_OFFSET_MS / 60_000;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A time the server wrote as text, read as UTC+8; undefined when it is in neither known form. One reader for every
 * server time: the server check's (api/china-time.ts taskCreatedAt) is this one.
 */
export const parseServerTime = (value: string | undefined): number | undefined => taskCreatedAt(value);

/** `+08:00`, `-03:30`, `+00:00`: an offset in minutes east of UTC, as ISO 8601 writes it. */
function offsetText(minutesEast: number): string {
	const sign = minutesEast < 0 ? '-' : '+';
	const abs = Math.abs(minutesEast);
	return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** `ms` as ISO 8601 in the zone `minutesEast` of UTC (default: this computer's zone at that moment), seconds kept. */
export function isoWithOffset(ms: number, minutesEast: number = -new Date(ms).getTimezoneOffset()): string {
	const d = new Date(ms + minutesEast * 60_000);
	const date = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
	const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
	return `${date}T${time}${offsetText(minutesEast)}`;
}

/** A server time as ISO 8601 in the server's own zone (`2018-01-25T20:46:57+08:00`); text in no known form as it came. */
export function serverTimeIso(value: string | undefined): string | undefined {
	const ms = parseServerTime(value);
	return ms === undefined ? value : isoWithOffset(ms, CHINA_OFFSET_MINUTES);
}
