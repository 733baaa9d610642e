// The renew picker: the shared picker reducer (domain-picker.ts) over the account's domains that need renewal or
// expire within the window, soonest expiry first. A renewal is priced a year per suffix, a premium name by itself,
// so prices are kept per name.
import {bySoonestExpiry, renewalRow, type RenewalDomain, type RenewalRow} from '../../core/account/renewal-list.js';
import {emptyPicker, pickerOf, type PickerState} from './domain-picker.js';

export type RenewalPickerState = PickerState<RenewalRow>;

const byName = (name: string) => name;

export const emptyRenewalPicker = (): RenewalPickerState => emptyPicker<RenewalRow>(byName);

export function renewalPickerFrom(
	domains: readonly RenewalDomain[],
	nowMs: number,
	prices: ReadonlyMap<string, number> = new Map(),
): RenewalPickerState {
	return pickerOf(
		domains.map((d) => renewalRow(d, nowMs)),
		bySoonestExpiry,
		byName,
		prices,
	);
}
