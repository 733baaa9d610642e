import {afterEach, describe, expect, it} from 'vitest';
import {parseServerTime} from '../../../source/core/status/server-time.js';
import {localTimeWithZone, serverTimeShown, zoneName} from '../../../source/ui/format-time.js';

const zone = process.env.TZ;
afterEach(() => {
	process.env.TZ = zone;
});

describe('times', () => {
	it("reads both of the server's forms as UTC+8", () => {
		const expected = Date.UTC(2017, 11, 26, 3, 0, 54);
		expect(parseServerTime('2017-12-26 11:00:54')).toBe(expected);
		expect(parseServerTime('Dec 26,2017 11:00:54')).toBe(expected);
		expect(parseServerTime('yesterday')).toBeUndefined();
		expect(serverTimeShown('yesterday')).toBe('yesterday');
	});

	it('shows local time and names the zone', () => {
		process.env.TZ = 'Asia/Shanghai';
		expect(zoneName(0)).toBe('UTC+8');
		expect(localTimeWithZone(Date.UTC(2026, 2, 1, 6, 5))).toBe('2026-03-01 14:05 UTC+8');
		expect(serverTimeShown('2026-03-01 14:05:00')).toBe('2026-03-01 14:05 UTC+8');
		process.env.TZ = 'UTC';
		expect(localTimeWithZone(Date.UTC(2026, 2, 1, 6, 5))).toBe('2026-03-01 06:05 UTC');
		process.env.TZ = 'Asia/Kolkata';
		expect(zoneName(0)).toBe('UTC+5:30');
	});
});
