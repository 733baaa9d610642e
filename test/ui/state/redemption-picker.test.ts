import {describe, expect, it} from 'vitest';
import {DAY_MS} from '../../../source/api/redemption-period.js';
import type {RedemptionDomain} from '../../../source/core/account/redemption-list.js';
import {
	currentRow,
	pickerFrom,
	pickerReducer,
	selectedRows,
	type PickerAction,
	type PickerState,
} from '../../../source/ui/state/redemption-picker.js';

const NOW = Date.UTC(2026, 5, 1);
/** A .com domain with `days` whole days left to redeem (29-day period after 30 days of grace). */
const domain = (name: string, days: number): RedemptionDomain => ({
	name,
	status: '2',
	expiryMs: NOW - (59 - days) * DAY_MS + DAY_MS / 2,
});
const DOMAINS = [
	domain('delta.com', 9),
	domain('alpha.com', 20),
	domain('pending.com', -2),
	domain('charlie.com', 1),
	domain('bravo.net', 5),
];
const FEES = new Map([['com', 1200]]);

const run = (state: PickerState, ...actions: PickerAction[]) => actions.reduce(pickerReducer, state);
const shown = (state: PickerState) => Array.from(state.view, (i) => state.rows[i]!.name);
const down: PickerAction = {type: 'move', move: 'down', pageSize: 10};

describe('the redemption picker', () => {
	it('opens soonest deadline first, with what cannot be redeemed last, and sorts by name on request keeping the highlight', () => {
		let state = pickerFrom(DOMAINS, NOW, FEES);
		expect(shown(state)).toEqual(['charlie.com', 'bravo.net', 'delta.com', 'alpha.com', 'pending.com']);
		expect(currentRow(state)?.daysLeft).toBe(1);
		state = run(state, down, down);
		expect(currentRow(state)?.name).toBe('delta.com');
		state = run(state, {type: 'sort', sort: 'name'});
		expect(shown(state)).toEqual(['alpha.com', 'bravo.net', 'charlie.com', 'delta.com', 'pending.com']);
		expect(currentRow(state)?.name).toBe('delta.com');
	});

	it('selects and unselects with running count and fee; a name without a known fee is counted apart', () => {
		let state = pickerFrom(DOMAINS, NOW, FEES);
		state = run(state, {type: 'toggle'}, down, {type: 'toggle'});
		expect([...state.selected].sort()).toEqual(['bravo.net', 'charlie.com']);
		expect(state.selectedFee).toBe(1200);
		expect(state.selectedUnpriced).toBe(1);
		state = run(state, {type: 'toggle'});
		expect(state.selected.size).toBe(1);
		expect(state.selectedUnpriced).toBe(0);
		// Fees that arrive later are applied to what is already selected.
		state = run(
			state,
			down,
			{type: 'toggle'},
			{
				type: 'fees',
				fees: new Map([
					['com', 1000],
					['net', 300],
				]),
			},
		);
		expect(state.selectedFee).toBe(2000);
	});

	it('refuses to select a domain in pending delete, and says which', () => {
		let state = pickerFrom(DOMAINS, NOW, FEES);
		state = run(state, {type: 'move', move: 'last', pageSize: 10}, {type: 'toggle'});
		expect(state.selected.size).toBe(0);
		expect(state.refused).toBe('pending.com');
		expect(run(state, {type: 'move', move: 'up', pageSize: 10}).refused).toBeUndefined();
	});

	it('a domain an earlier batch ordered is let go of, and neither Space nor a selects it', () => {
		let state = run(pickerFrom(DOMAINS, NOW, FEES), {type: 'toggle-all'});
		expect(state.selectedFee).toBe(3600);
		state = run(state, {type: 'ordered', ordered: new Map([['charlie.com', 'already in flight in task T1']])});
		expect(state.selected.has('charlie.com')).toBe(false);
		expect(state.selectedFee).toBe(2400);
		state = run(state, {type: 'toggle'});
		expect(state.refused).toBe('charlie.com');
		state = run(state, {type: 'toggle-all'}, {type: 'toggle-all'});
		expect([...state.selected].sort()).toEqual(['alpha.com', 'bravo.net', 'delta.com']);
	});

	it('a selects all that can be redeemed, then none; after a filter, only the matches', () => {
		let state = run(pickerFrom(DOMAINS, NOW, FEES), {type: 'toggle-all'});
		expect(state.selected.size).toBe(4);
		expect(state.selected.has('pending.com')).toBe(false);
		expect(state.selectedFee).toBe(3600);
		state = run(state, {type: 'toggle-all'});
		expect(state.selected.size).toBe(0);
		expect(state.selectedFee).toBe(0);
		state = run(state, {type: 'filter', text: '.COM'}, {type: 'toggle-all'}, {type: 'filter', text: ''});
		expect([...state.selected].sort()).toEqual(['alpha.com', 'charlie.com', 'delta.com']);
		expect(shown(state)).toHaveLength(5);
	});

	it('filters by part of the name, narrowing and widening, and keeps the sort', () => {
		let state = pickerFrom(DOMAINS, NOW, FEES);
		state = run(state, {type: 'filter', text: 'a'});
		expect(shown(state)).toEqual(['charlie.com', 'bravo.net', 'delta.com', 'alpha.com']);
		state = run(state, {type: 'filter', text: 'al'});
		expect(shown(state)).toEqual(['alpha.com']);
		expect(state.cursor).toBe(0);
		state = run(state, {type: 'filter', text: 'alx'});
		expect(shown(state)).toEqual([]);
		expect(state.cursor).toBe(-1);
		expect(run(state, {type: 'toggle'})).toBe(state);
		state = run(state, {type: 'filter', text: 'e'}, {type: 'sort', sort: 'name'});
		expect(shown(state)).toEqual(['bravo.net', 'charlie.com', 'delta.com', 'pending.com']);
	});

	it('continues with the selection soonest first, each with the account expiry', () => {
		const state = run(
			pickerFrom(DOMAINS, NOW, FEES),
			{type: 'sort', sort: 'name'},
			{type: 'toggle'},
			{type: 'move', move: 'last', pageSize: 10},
			{type: 'move', move: 'up', pageSize: 10},
			{type: 'toggle'},
		);
		// The highlight stayed on charlie.com through the sort; delta.com is one above pending.com.
		expect(selectedRows(state).map((r) => [r.name, r.expiryMs])).toEqual([
			['charlie.com', DOMAINS[3]!.expiryMs],
			['delta.com', DOMAINS[0]!.expiryMs],
		]);
	});

	it('moving and selecting in 5,000 rows leave the view alone', () => {
		const many = Array.from({length: 5000}, (_, i) => domain(`n${i}.com`, i % 29));
		let state = pickerFrom(many, NOW, FEES);
		const view = state.view;
		state = run(state, {type: 'move', move: 'page-down', pageSize: 20}, {type: 'toggle'});
		expect(state.view).toBe(view);
		expect(state.cursor).toBe(20);
		expect(state.selected.size).toBe(1);
	});
});
