// Alibaba's Domain API counts days and writes times in China Standard Time (UTC+8, no daylight saving) (docs/api.md).
// The client's server check and the sandbox both count days here.

export const CHINA_OFFSET_MS = 8 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The start (00:00 UTC+8) of the day `ms` falls in, as ms since the epoch. */
export function chinaDayStart(ms: number): number {
	return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
}

/**
 * QueryTaskList's CreateTime (`Dec 26,2017 11:00:54`, or `2017-12-26 11:00:54`) read as UTC+8; undefined when it is
 * in neither form.
 */
export function taskCreatedAt(text: string | undefined): number | undefined {
	const value = text?.trim() ?? '';
	let parts: number[] | undefined;
	const named = /^([A-Z][a-z]{2}) (\d{1,2}),\s*(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
	if (named && MONTHS.includes(named[1]!))
		parts = [
			Number(named[3]),
			MONTHS.indexOf(named[1]!),
			Number(named[2]),
			Number(named[4]),
			Number(named[5]),
			Number(named[6]),
		];
	const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value);
	if (iso) parts = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6])];
	if (!parts) return undefined;
	const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
	return Date.UTC(y, mo, d, h, mi, s) - CHINA_OFFSET_MS;
}
