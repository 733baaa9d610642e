// The renew picker's part of the wizard: the account's domains to renew within a window of days, as the picker
// shows them (renewal-picker.ts), their prices a year and what earlier batches already ordered. A pure reducer, as
// the rest of the wizard's state; the wizard hands it the renewal actions.
import type {RenewalDomain} from '../../core/account/renewal-list.js';
import {DEFAULT_RENEWAL_WINDOW_DAYS} from '../../core/account/renewal-list.js';
import type {NoticeError} from '../components/Notice.js';
import {pickerReducer} from './domain-picker.js';
import {emptyRenewalPicker, renewalPickerFrom, type RenewalPickerState} from './renewal-picker.js';

export type RenewalState = {
	status: 'idle' | 'loading' | 'done' | 'error';
	error?: NoticeError;
	domains: readonly RenewalDomain[];
	picker: RenewalPickerState;
	/** Domains expiring within this many days are listed with those the account says need renewal. */
	withinDays: number;
	/** `renew --all-expiring` in a terminal: the picker starts with everything selected. */
	selectAllOnLoad?: boolean;
};

export type RenewalAction =
	| {type: 'renewal-loading'}
	| {type: 'renewal-loaded'; domains: readonly RenewalDomain[]; now: number}
	| {type: 'renewal-failed'; error: NoticeError}
	/** `r` after a failed look-up: load the list again. */
	| {type: 'renewal-retry'}
	/** Another window: the list is looked up again. */
	| {type: 'renewal-window'; days: number}
	| {type: 'renewal-prices'; prices: ReadonlyMap<string, number>}
	/** Domains of the list that an earlier batch has ordered (the never-order-twice check), with the reason. */
	| {type: 'renewal-ordered'; ordered: ReadonlyMap<string, string>};

export const idleRenewal = (withinDays = DEFAULT_RENEWAL_WINDOW_DAYS, selectAllOnLoad?: boolean): RenewalState => ({
	status: 'idle',
	domains: [],
	picker: emptyRenewalPicker(),
	withinDays,
	...(selectAllOnLoad ? {selectAllOnLoad} : {}),
});

export const isRenewalAction = (action: {type: string}): action is RenewalAction => action.type.startsWith('renewal-');

export function renewalReducer(state: RenewalState, action: RenewalAction): RenewalState {
	switch (action.type) {
		case 'renewal-loading': {
			return {...state, status: 'loading', error: undefined};
		}

		case 'renewal-loaded': {
			const picker = renewalPickerFrom(action.domains, action.now, state.picker.fees);
			return {
				...state,
				status: 'done',
				domains: action.domains,
				picker: state.selectAllOnLoad ? pickerReducer(picker, {type: 'toggle-all'}) : picker,
			};
		}

		case 'renewal-failed': {
			return {...state, status: 'error', error: action.error};
		}

		case 'renewal-retry': {
			return state.status === 'error' ? idleRenewal(state.withinDays, state.selectAllOnLoad) : state;
		}

		case 'renewal-window': {
			return action.days === state.withinDays && state.status !== 'error'
				? state
				: idleRenewal(action.days, state.selectAllOnLoad);
		}

		case 'renewal-prices': {
			return {...state, picker: pickerReducer(state.picker, {type: 'fees', fees: action.prices})};
		}

		case 'renewal-ordered': {
			return {...state, picker: pickerReducer(state.picker, {type: 'ordered', ordered: action.ordered})};
		}
	}
}
