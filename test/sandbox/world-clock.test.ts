import {describe, expect, it} from 'vitest';
import {compactDate, daysBetween, DAY_MS, formatDateTime, formatTaskListTime} from '../../source/sandbox/clock.js';
import {paceFor, slotsFor} from '../../source/sandbox/task-engine.js';

describe('sandbox time formats', () => {
	it('writes China Standard Time whatever the host zone, crossing midnight correctly', () => {
		const t = Date.UTC(2026, 0, 1, 16, 4, 5);
		expect(formatDateTime(t)).toBe('2026-01-02 00:04:05');
		expect(formatTaskListTime(t)).toBe('Jan 02,2026 00:04:05');
		expect(compactDate(t)).toBe('20260102');
	});

	it('counts whole days toward zero, negative once past', () => {
		const now = Date.UTC(2026, 5, 1);
		expect(daysBetween(now, now - 31 * DAY_MS - 5_000)).toBe(-31);
		expect(daysBetween(now, now + 2.5 * DAY_MS)).toBe(2);
	});
});

describe('task pace', () => {
	it('works on more domains at once in bigger tasks, within bounds', () => {
		expect(slotsFor(1)).toBe(2);
		expect(slotsFor(100)).toBe(5);
		expect(slotsFor(1000)).toBe(50);
		expect(slotsFor(100_000)).toBe(64);
	});

	it('divides every delay by the speed and falls back to 1 for nonsense', () => {
		const base = paceFor(1);
		const fast = paceFor(4);
		expect(fast.attemptMs * 4).toBe(base.attemptMs);
		expect(fast.pickupMs * 4).toBe(base.pickupMs);
		expect(fast.retryDelayMs * 4).toBe(base.retryDelayMs);
		expect(paceFor(0)).toEqual(base);
		expect(paceFor(Number.NaN)).toEqual(base);
	});
});
