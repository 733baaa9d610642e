// One way to show a moment: the local time, with the zone named ("2026-03-01 14:05 UTC+8"). Times the server
// writes as text carry no zone; they are read as China Standard Time (UTC+8), as the API's examples and the
// sandbox write them (docs/api.md), and shown in local time like every other.

const CHINA_OFFSET_MINUTES = 8 * 60;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

/**
 * A time the server wrote as text, `2018-01-25 20:46:57` or `Dec 26,2017 11:00:54`, read as UTC+8; undefined when
 * it is in neither form.
 */
export const parseServerTime = (value: string | undefined): number | undefined => {
	if (!value) {
		return undefined;
	}

	const iso = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
	const named = /^([A-Z][a-z]{2}) (\d{1,2}),\s?(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
	let fields: number[];
	if (iso) {
		fields = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6])];
	} else if (named && MONTHS.includes(named[1]!)) {
		fields = [Number(named[3]), MONTHS.indexOf(named[1]!), Number(named[2]), Number(named[4]), Number(named[5]), Number(named[6])];
	} else {
		return undefined;
	}

	const [year, month, day, hours, minutes, seconds] = fields as [number, number, number, number, number, number];
	return Date.UTC(year, month, day, hours, minutes, seconds) - CHINA_OFFSET_MINUTES * 60_000;
};

/** A server time shown in local time with its zone; text in neither known form is shown as it came. */
export const serverTimeShown = (value: string | undefined): string | undefined => {
	const ms = parseServerTime(value);
	return ms === undefined ? value : localTimeWithZone(ms);
};
