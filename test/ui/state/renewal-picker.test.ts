// The renew picker is the shared picker reducer over renewal rows: the same keys' rules, its own order (soonest
// expiry first), prices kept per name (a premium name has its own), and the wizard's renewal part around it.
import {describe, expect, it} from 'vitest';
import type {RenewalDomain} from '../../../source/core/account/renewal-list.js';
import {currentRow, pickerReducer, selectedRows, type PickerAction} from '../../../source/ui/state/domain-picker.js';
import {renewalPickerFrom, type RenewalPickerState} from '../../../source/ui/state/renewal-picker.js';
import {idleRenewal, renewalReducer} from '../../../source/ui/state/renewal-state.js';
import {initialWizardState, wizardReducer} from '../../../source/ui/state/wizard-state.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12);
const domain = (name: string, days: number, premium = false): RenewalDomain => ({
	name,
	expiryMs: NOW + days * DAY + 3_600_000,
	status: '1',
	premium,
});
const DOMAINS = [domain('delta.com', 20), domain('late.net', -4), domain('abc.com', 6, true), domain('bravo.com', 1)];
const PRICES = new Map([
	['delta.com', 79],
	['late.net', 89],
	['abc.com', 12_000],
]);

const run = (state: RenewalPickerState, ...actions: PickerAction[]) =>
	actions.reduce(pickerReducer<RenewalPickerState['rows'][number]>, state);
const shown = (state: RenewalPickerState) => Array.from(state.view, (i) => state.rows[i]!.name);
const down: PickerAction = {type: 'move', move: 'down', pageSize: 10};

describe('the renew picker', () => {
	it('opens soonest expiry first (an expired one on top, with negative days left) and sorts by name on request', () => {
		let state = renewalPickerFrom(DOMAINS, NOW, PRICES);
		expect(shown(state)).toEqual(['late.net', 'bravo.com', 'abc.com', 'delta.com']);
		expect(currentRow(state)).toMatchObject({name: 'late.net', daysLeft: -4});
		state = run(state, down, down, {type: 'sort', sort: 'name'});
		expect(shown(state)).toEqual(['abc.com', 'bravo.com', 'delta.com', 'late.net']);
		expect(currentRow(state)?.name).toBe('abc.com');
	});

	it('keeps a price per name: the premium one at its own price, an unpriced one counted apart, late prices applied', () => {
		let state = run(renewalPickerFrom(DOMAINS, NOW, PRICES), {type: 'toggle-all'});
		expect(state.selected.size).toBe(4);
		expect(state.selectedFee).toBe(79 + 89 + 12_000);
		expect(state.selectedUnpriced).toBe(1);
		state = run(state, {type: 'fees', fees: new Map([...PRICES, ['bravo.com', 79]])});
		expect(state.selectedFee).toBe(79 + 79 + 89 + 12_000);
		expect(state.selectedUnpriced).toBe(0);
		state = run(state, {type: 'filter', text: 'abc'}, {type: 'toggle'});
		expect(state.selectedFee).toBe(79 + 79 + 89);
		expect(selectedRows(state).map((row) => row.name)).toEqual(['late.net', 'bravo.com', 'delta.com']);
	});

	it('a domain an earlier batch renewed cannot be selected, and says why', () => {
		let state = run(
			renewalPickerFrom(DOMAINS, NOW, PRICES),
			{type: 'toggle-all'},
			{type: 'ordered', ordered: new Map([['late.net', 'already renewed by task T1']])},
		);
		expect(state.selected.has('late.net')).toBe(false);
		state = run(state, {type: 'toggle'});
		expect(state.refused).toBe('late.net');
	});
});

describe("the wizard's renewal part", () => {
	it('a new window drops the list so it is looked up again; prices and orders land in the picker', () => {
		let renewal = renewalReducer(idleRenewal(), {type: 'renewal-loaded', domains: DOMAINS, now: NOW});
		expect(renewal.status).toBe('done');
		expect(renewal.withinDays).toBe(30);
		renewal = renewalReducer(renewal, {type: 'renewal-prices', prices: PRICES});
		expect(renewal.picker.fees.get('abc.com')).toBe(12_000);
		const wider = renewalReducer(renewal, {type: 'renewal-window', days: 90});
		expect(wider).toMatchObject({status: 'idle', withinDays: 90, domains: []});
		expect(renewalReducer(renewal, {type: 'renewal-window', days: 30})).toBe(renewal);
	});

	it('Home -> Renew opens the picker; Enter goes on with the selection and the account expiries, premium marked', () => {
		let state = wizardReducer(initialWizardState(), {type: 'start-flow', operation: 'renew'});
		expect(state.screen).toBe('picker');
		state = wizardReducer(state, {type: 'renewal-loaded', domains: DOMAINS, now: NOW});
		state = wizardReducer(state, {type: 'picker-continue'});
		expect(state.screen).toBe('picker');
		state = wizardReducer(state, {type: 'picker', action: {type: 'toggle-all'}});
		expect(state.redemption.picker.selected.size).toBe(0);
		state = wizardReducer(state, {type: 'picker-continue'});
		expect(state.screen).toBe('options');
		expect(state.expiry.ready.map((ready) => [ready.name, ready.expiryMs, ready.premium ?? false])).toEqual(
			[...DOMAINS].sort((a, b) => a.expiryMs - b.expiryMs).map((d) => [d.name, d.expiryMs, d.premium]),
		);
	});

	it('--all-expiring --within 60 opens the picker with that window and everything selected', () => {
		let state = initialWizardState({operation: 'renew', prefill: {renewalWindow: 60, selectAllExpiring: true}});
		expect(state.renewal.withinDays).toBe(60);
		state = wizardReducer(state, {type: 'renewal-loaded', domains: DOMAINS, now: NOW});
		expect(state.renewal.picker.selected.size).toBe(DOMAINS.length);
	});
});
