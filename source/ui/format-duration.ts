import {messages} from '../i18n/index.js';

const two = (n: number) => String(n).padStart(2, '0');

const text = messages({
	seconds: {en: (s: number) => `${s}s`, zh: (s: number) => `${s}秒`},
	minutes: {en: (m: number, s: number) => `${m}m ${two(s)}s`, zh: (m: number, s: number) => `${m}分${two(s)}秒`},
	hours: {en: (h: number, m: number) => `${h}h ${two(m)}m`, zh: (h: number, m: number) => `${h}小时${two(m)}分`},
});

/** "42s", "3m 05s", "1h 02m": as precise as a person reading a countdown needs. */
export const formatDuration = (ms: number): string => {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) {
		return text.seconds(seconds);
	}

	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) {
		return text.minutes(minutes, seconds % 60);
	}

	return text.hours(Math.floor(minutes / 60), minutes % 60);
};

/** Whole seconds until `at`, rounded up so a countdown never shows 0 before it is due. */
export const secondsUntil = (at: number, now: number): number => Math.max(0, Math.ceil((at - now) / 1000));
