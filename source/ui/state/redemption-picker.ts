// The redeem picker as data: the account's redemption-period domains, which are selected, the name filter, the
// sort, and the highlight. No I/O and no Ink, so every rule is tested on its own.
// Built for thousands of rows: both sort orders are computed once when the list arrives; a filter that narrows
// the previous one searches only the rows still shown; moving and selecting cost the same at any size, and the
// count and fee of the selection are kept as running totals rather than summed per frame.
import {byDaysLeft, redemptionRow, type RedemptionDomain, type RedemptionRow} from '../../core/redemption-list.js';
import {tldOf} from '../../core/redemption-fee.js';
import {moveIndex, type MoveAction} from './list-window.js';

export type PickerSort = 'days' | 'name';

export type PickerState = {
	rows: readonly RedemptionRow[];
	/** Row numbers in each sort order, made once. */
	orders: Record<PickerSort, Int32Array>;
	sort: PickerSort;
	filter: string;
	/** The rows shown: row numbers, filtered and sorted. */
	view: Int32Array;
	/** Position in `view`; -1 when nothing is shown. */
	cursor: number;
	selected: ReadonlySet<string>;
	/** CNY per TLD, as the fee look-up finds them. */
	fees: ReadonlyMap<string, number>;
	/** Sum of the known fees of the selected domains, and how many selected have no known fee. */
	selectedFee: number;
	selectedUnpriced: number;
	/** Domains an earlier batch of this account has ordered or may have ordered, with the reason: not selectable. */
	ordered: ReadonlyMap<string, string>;
	/** The last row Space could not select, so the screen can say why. */
	refused?: string;
};

export type PickerAction =
	| {type: 'move'; move: MoveAction; pageSize: number}
	| {type: 'toggle'}
	| {type: 'toggle-all'}
	| {type: 'filter'; text: string}
	| {type: 'sort'; sort: PickerSort}
	| {type: 'fees'; fees: ReadonlyMap<string, number>}
	| {type: 'ordered'; ordered: ReadonlyMap<string, string>};

const EMPTY = new Int32Array(0);

export function emptyPicker(): PickerState {
	return {rows: [], orders: {days: EMPTY, name: EMPTY}, sort: 'days', filter: '', view: EMPTY, cursor: -1, selected: new Set(), fees: new Map(), selectedFee: 0, selectedUnpriced: 0, ordered: new Map()};
}

export function pickerFrom(domains: readonly RedemptionDomain[], nowMs: number, fees: ReadonlyMap<string, number> = new Map()): PickerState {
	const rows = domains.map(d => redemptionRow(d, nowMs));
	const numbers = Array.from(rows, (_, i) => i);
	const days = Int32Array.from(numbers.slice().sort((a, b) => byDaysLeft(rows[a]!, rows[b]!)));
	const name = Int32Array.from(numbers.slice().sort((a, b) => (rows[a]!.name < rows[b]!.name ? -1 : rows[a]!.name > rows[b]!.name ? 1 : 0)));
	return {...emptyPicker(), rows, orders: {days, name}, view: days, cursor: rows.length > 0 ? 0 : -1, fees};
}

export const feeOf = (state: Pick<PickerState, 'fees'>, name: string): number | undefined => state.fees.get(tldOf(name));

/** Why a row cannot be selected: the registry's timeline, or an order already made for it. */
export const isBlocked = (state: Pick<PickerState, 'ordered'>, row: RedemptionRow): boolean => row.blocked !== undefined || state.ordered.has(row.name);

/** The highlighted row, if any. */
export const currentRow = (state: PickerState): RedemptionRow | undefined => (state.cursor < 0 ? undefined : state.rows[state.view[state.cursor]!]);

/** The selected rows, soonest deadline first: what Enter continues with. */
export const selectedRows = (state: PickerState): RedemptionRow[] => {
	const out: RedemptionRow[] = [];
	for (const i of state.orders.days) {
		const row = state.rows[i]!;
		if (state.selected.has(row.name)) out.push(row);
	}

	return out;
};

export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
	switch (action.type) {
		case 'move': {
			return {...state, cursor: moveIndex(state.cursor, action.move, state.view.length, action.pageSize), refused: undefined};
		}

		case 'toggle': {
			const row = currentRow(state);
			if (!row) {
				return state;
			}

			if (isBlocked(state, row)) {
				return {...state, refused: row.name};
			}

			return withSelection(state, [row], !state.selected.has(row.name));
		}

		case 'toggle-all': {
			// All or none of what is shown (so a filter, then `a`, selects the matches); rows that cannot be redeemed are never selected.
			const shown: RedemptionRow[] = [];
			for (const i of state.view) {
				const row = state.rows[i]!;
				if (!isBlocked(state, row)) shown.push(row);
			}

			const allSelected = shown.every(row => state.selected.has(row.name));
			return withSelection(state, shown, !allSelected);
		}

		case 'filter': {
			const text = action.text.trim().toLowerCase();
			if (text === state.filter) {
				return state;
			}

			// A filter that narrows the last one only needs to look at what the last one kept.
			const from = text.includes(state.filter) ? state.view : state.orders[state.sort];
			const view = text === '' ? state.orders[state.sort] : filterView(state.rows, from, text);
			return {...state, filter: text, view, cursor: view.length > 0 ? 0 : -1, refused: undefined};
		}

		case 'sort': {
			if (action.sort === state.sort) {
				return state;
			}

			const current = state.cursor < 0 ? -1 : state.view[state.cursor]!;
			const order = state.orders[action.sort];
			const view = state.filter === '' ? order : filterView(state.rows, order, state.filter);
			// The highlight stays on the row it was on.
			const cursor = current < 0 ? (view.length > 0 ? 0 : -1) : Math.max(0, view.indexOf(current));
			return {...state, sort: action.sort, view, cursor, refused: undefined};
		}

		case 'ordered': {
			// Anything already selected that turns out to be ordered is let go.
			const withOrdered = {...state, ordered: action.ordered};
			const drop = state.rows.filter(row => action.ordered.has(row.name) && state.selected.has(row.name));
			return drop.length > 0 ? withSelection(withOrdered, drop, false) : withOrdered;
		}

		case 'fees': {
			let selectedFee = 0;
			let selectedUnpriced = 0;
			for (const name of state.selected) {
				const fee = action.fees.get(tldOf(name));
				if (fee === undefined) selectedUnpriced++;
				else selectedFee += fee;
			}

			return {...state, fees: action.fees, selectedFee, selectedUnpriced};
		}
	}
}

function filterView(rows: readonly RedemptionRow[], from: Int32Array, text: string): Int32Array {
	const kept: number[] = [];
	for (const i of from) if (rows[i]!.name.includes(text)) kept.push(i);
	return Int32Array.from(kept);
}

function withSelection(state: PickerState, rows: readonly RedemptionRow[], select: boolean): PickerState {
	const selected = new Set(state.selected);
	let {selectedFee, selectedUnpriced} = state;
	for (const row of rows) {
		if (selected.has(row.name) === select) continue;
		const fee = feeOf(state, row.name);
		const sign = select ? 1 : -1;
		if (fee === undefined) selectedUnpriced += sign;
		else selectedFee += sign * fee;
		if (select) selected.add(row.name);
		else selected.delete(row.name);
	}

	return {...state, selected, selectedFee, selectedUnpriced, refused: undefined};
}
