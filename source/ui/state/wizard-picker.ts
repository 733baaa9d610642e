// The picker step, shared by redeem and renew: a key goes to the picker of the current operation (the redeem
// picker's data in wizard-redemption.ts, the renew picker's in renewal-state.ts), and Enter hands on what is
// selected. Pure functions, no I/O.
import type {Operation} from '../../core/order/order-items.js';
import {pickerReducer, selectedRows, type PickerAction} from './domain-picker.js';
import type {RenewalState} from './renewal-state.js';
import type {RedemptionState} from './wizard-redemption.js';

export type PickerStepAction =
	/** A key on the picker of the current operation (redeem or renew). */
	| {type: 'picker'; action: PickerAction}
	/** Enter on the picker: the selection, with the account's expiries, goes on to options. */
	| {type: 'picker-continue'}
	/** Type or paste names instead: the editor, then the expiry look-up against the same list. */
	| {type: 'picker-type'};

type Pickers = {operation: Operation; redemption: RedemptionState; renewal: RenewalState};

/** A key on the current operation's picker; a key that changes nothing returns the state itself. */
export function pickerStep<S extends Pickers>(state: S, action: PickerAction): S {
	if (state.operation === 'renew') {
		const picker = pickerReducer(state.renewal.picker, action);
		return picker === state.renewal.picker ? state : {...state, renewal: {...state.renewal, picker}};
	}

	const {redemption} = state;
	const picker = pickerReducer(redemption.picker, action);
	return picker === redemption.picker ? state : {...state, redemption: {...redemption, picker}};
}

/** What Enter hands on: the selected rows of the current operation's picker, with the account's expiries. */
export const pickedRows = (state: Pickers): ReadonlyArray<{name: string; expiryMs: number; premium?: boolean}> =>
	state.operation === 'renew' ? selectedRows(state.renewal.picker) : selectedRows(state.redemption.picker);
