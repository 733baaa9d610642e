import {describe, expect, it} from 'vitest';
import {chinaDayStart, taskCreatedAt} from '../../source/api/china-time.js';

describe('days and times as the Domain API counts them (UTC+8)', () => {
	it('starts a day at 00:00 in UTC+8, whatever the hour in UTC', () => {
		// 2026-12-06 15:59:59 UTC is 23:59:59 in UTC+8; a second later it is the next day there.
		expect(chinaDayStart(Date.UTC(2026, 11, 6, 15, 59, 59))).toBe(Date.UTC(2026, 11, 5, 16, 0, 0));
		expect(chinaDayStart(Date.UTC(2026, 11, 6, 16, 0, 0))).toBe(Date.UTC(2026, 11, 6, 16, 0, 0));
	});

	it("reads QueryTaskList's CreateTime in both written forms, and nothing else", () => {
		expect(taskCreatedAt('Dec 26,2017 11:00:54')).toBe(Date.UTC(2017, 11, 26, 3, 0, 54));
		expect(taskCreatedAt('2017-12-26 11:00:54')).toBe(Date.UTC(2017, 11, 26, 3, 0, 54));
		expect(taskCreatedAt('Foo 26,2017 11:00:54')).toBeUndefined();
		expect(taskCreatedAt(undefined)).toBeUndefined();
		expect(taskCreatedAt('yesterday')).toBeUndefined();
	});
});
