// The redeem picker: the shared picker reducer (domain-picker.ts) over the account's redemption-period domains,
// soonest deadline first; the redemption fee is a price per suffix, and a domain in pending delete cannot be picked.
import {
	byDaysLeft,
	redemptionRow,
	type RedemptionDomain,
	type RedemptionRow,
} from '../../core/account/redemption-list.js';
import {tldOf} from '../../core/pricing/redemption-fee.js';
import {emptyPicker, pickerOf, type PickerState} from './domain-picker.js';

export {
	currentRow,
	feeOf,
	isBlocked,
	pickerReducer,
	selectedRows,
	type PickerAction,
	type PickerSort,
} from './domain-picker.js';
export type RedemptionPickerState = PickerState<RedemptionRow>;
/** The redeem picker's state (the name the wizard and its tests know it by). */
export type {RedemptionPickerState as PickerState};

export const emptyRedemptionPicker = (): RedemptionPickerState => emptyPicker<RedemptionRow>(tldOf);

export function pickerFrom(
	domains: readonly RedemptionDomain[],
	nowMs: number,
	fees: ReadonlyMap<string, number> = new Map(),
): RedemptionPickerState {
	return pickerOf(
		domains.map((d) => redemptionRow(d, nowMs)),
		byDaysLeft,
		tldOf,
		fees,
	);
}
