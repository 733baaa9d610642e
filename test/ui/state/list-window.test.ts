import {describe, expect, it} from 'vitest';
import {formatPosition, moveIndex, windowFor} from '../../../source/ui/state/list-window.js';

describe('list window', () => {
	it('shows everything when the list is shorter than the height', () => {
		expect(windowFor({total: 5, height: 10, selected: 4})).toEqual({start: 0, end: 5});
	});

	it('does not scroll while the selection stays inside the window', () => {
		expect(windowFor({total: 100, height: 10, selected: 15, previousStart: 10})).toEqual({start: 10, end: 20});
	});

	it('scrolls just enough to bring the selection into view', () => {
		expect(windowFor({total: 100, height: 10, selected: 20, previousStart: 10})).toEqual({start: 11, end: 21});
		expect(windowFor({total: 100, height: 10, selected: 3, previousStart: 10})).toEqual({start: 3, end: 13});
	});

	it('never leaves empty rows at the bottom after the list shrinks', () => {
		expect(windowFor({total: 12, height: 10, selected: 11, previousStart: 50})).toEqual({start: 2, end: 12});
	});

	it('handles an empty list and a zero height', () => {
		expect(windowFor({total: 0, height: 10, selected: -1})).toEqual({start: 0, end: 0});
		expect(windowFor({total: 10, height: 0, selected: 3})).toEqual({start: 0, end: 0});
	});

	it('moves by one, by a page and to the ends, clamped', () => {
		expect(moveIndex(0, 'up', 10, 5)).toBe(0);
		expect(moveIndex(9, 'down', 10, 5)).toBe(9);
		expect(moveIndex(2, 'page-down', 10, 5)).toBe(7);
		expect(moveIndex(7, 'page-down', 10, 5)).toBe(9);
		expect(moveIndex(3, 'page-up', 10, 5)).toBe(0);
		expect(moveIndex(5, 'last', 10, 5)).toBe(9);
		expect(moveIndex(5, 'first', 10, 5)).toBe(0);
		expect(moveIndex(0, 'down', 0, 5)).toBe(-1);
	});

	it('describes the position with thousands separators', () => {
		expect(formatPosition({start: 0, end: 20}, 100_000)).toBe('rows 1–20 of 100,000');
		expect(formatPosition({start: 0, end: 0}, 0)).toBe('no rows');
	});

	it('computes a window over 100,000 rows without looking at them', () => {
		const {start, end} = windowFor({total: 100_000, height: 20, selected: 99_999, previousStart: 0});
		expect([start, end]).toEqual([99_980, 100_000]);
	});
});
