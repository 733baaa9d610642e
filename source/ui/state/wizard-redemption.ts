// The redeem picker's data: the account's redemption-period domains, as the picker shows them (redemption-picker.ts),
// with the fee per suffix and what earlier batches already ordered. The renew picker's counterpart is
// renewal-state.ts. A pure reducer, no I/O; the list is read in ui/app/use-redemption-list.ts.
import type {RedemptionDomain} from '../../core/account/redemption-list.js';
import type {NoticeError} from '../components/Notice.js';
import {emptyRedemptionPicker, pickerFrom, pickerReducer, type PickerState} from './redemption-picker.js';
import type {Load} from './wizard-load.js';

/** The account's redemption-period domains, as the picker shows them. */
export type RedemptionState = Load<{
	domains: readonly RedemptionDomain[];
	picker: PickerState;
	progress?: {read: number; total: number};
	selectAllOnLoad?: boolean;
}>;

export type RedemptionAction =
	| {type: 'redemption-loading'}
	| {type: 'redemption-progress'; read: number; total: number}
	| {type: 'redemption-loaded'; domains: readonly RedemptionDomain[]; now: number}
	| {type: 'redemption-failed'; error: NoticeError}
	/** `r` after a failed look-up: load the list again. */
	| {type: 'redemption-retry'}
	| {type: 'redemption-fees'; fees: ReadonlyMap<string, number>}
	/** Domains of the list that an earlier batch has ordered (the never-order-twice check), with the reason. */
	| {type: 'redemption-ordered'; ordered: ReadonlyMap<string, string>};

export const idleRedemption = (): RedemptionState => ({status: 'idle', domains: [], picker: emptyRedemptionPicker()});

/** Another account: the list is read again, and `--all-in-redemption` still selects all of it. */
export const redemptionForgotten = (redemption: RedemptionState): RedemptionState => ({
	...idleRedemption(),
	selectAllOnLoad: redemption.selectAllOnLoad,
});

export function redemptionReducer(redemption: RedemptionState, action: RedemptionAction): RedemptionState {
	switch (action.type) {
		case 'redemption-loading': {
			return {...redemption, status: 'loading', error: undefined};
		}

		case 'redemption-progress': {
			return redemption.status === 'loading'
				? {...redemption, progress: {read: action.read, total: action.total}}
				: redemption;
		}

		case 'redemption-loaded': {
			const picker = pickerFrom(action.domains, action.now, redemption.picker.fees);
			return {
				status: 'done',
				domains: action.domains,
				picker: redemption.selectAllOnLoad ? pickerReducer(picker, {type: 'toggle-all'}) : picker,
			};
		}

		case 'redemption-failed': {
			return {...redemption, status: 'error', error: action.error};
		}

		case 'redemption-retry': {
			return redemption.status === 'error' ? idleRedemption() : redemption;
		}

		case 'redemption-fees': {
			return {...redemption, picker: pickerReducer(redemption.picker, {type: 'fees', fees: action.fees})};
		}

		case 'redemption-ordered': {
			return {...redemption, picker: pickerReducer(redemption.picker, {type: 'ordered', ordered: action.ordered})};
		}
	}
}
