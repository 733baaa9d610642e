import {describe, expect, it} from 'vitest';
import {
	highlightedIndex,
	initialSelectState,
	selectReducer,
	type SelectAction,
	type SelectableItem,
} from '../../../source/ui/state/select-state.js';

const items: SelectableItem[] = [
	{label: 'Register domains'},
	{label: 'Redeem domains', disabled: true},
	{label: 'Watch tasks'},
	{label: 'Accounts'},
	{label: 'Sandbox reset', disabled: true},
];

const run = (actions: SelectAction[], start = initialSelectState(items)) => actions.reduce(selectReducer(items), start);
const move = (direction: 'up' | 'down' | 'page-up' | 'page-down' | 'first' | 'last'): SelectAction => ({
	type: 'move',
	move: direction,
	pageSize: 2,
});

describe('select state', () => {
	it('starts on the default item, or the next enabled one', () => {
		expect(highlightedIndex(initialSelectState(items, 2))).toBe(2);
		expect(highlightedIndex(initialSelectState(items, 1))).toBe(2);
		expect(highlightedIndex(initialSelectState(items, 4))).toBe(3);
	});

	it('steps over disabled items', () => {
		expect(highlightedIndex(run([move('down')]))).toBe(2);
		expect(highlightedIndex(run([move('down'), move('up')]))).toBe(0);
	});

	it('stops at the last enabled item', () => {
		expect(highlightedIndex(run([move('last')]))).toBe(3);
		expect(highlightedIndex(run([move('last'), move('down')]))).toBe(3);
		expect(highlightedIndex(run([move('page-down'), move('page-down')]))).toBe(3);
	});

	it('filters by label, keeping the highlight when it still matches', () => {
		const state = run([move('last'), {type: 'set-query', query: 'o'}]);
		expect(state.visible).toEqual([0, 1, 3, 4]);
		expect(highlightedIndex(state)).toBe(3);
	});

	it('highlights the first enabled match when the highlighted item is filtered out', () => {
		const state = run([{type: 'set-query', query: 'WATCH'}]);
		expect(state.visible).toEqual([2]);
		expect(highlightedIndex(state)).toBe(2);
	});

	it('highlights nothing when nothing enabled matches', () => {
		expect(highlightedIndex(run([{type: 'set-query', query: 'redeem'}]))).toBe(-1);
		expect(highlightedIndex(run([{type: 'set-query', query: 'zzz'}, move('down')]))).toBe(-1);
	});

	it('refuses to highlight a disabled item directly', () => {
		expect(highlightedIndex(run([{type: 'highlight', index: 1}]))).toBe(0);
		expect(highlightedIndex(run([{type: 'highlight', index: 3}]))).toBe(3);
	});
});
