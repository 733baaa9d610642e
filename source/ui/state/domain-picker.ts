// A picker of the account's domains as data: the rows, which are selected, the name filter, the sort, and the
// highlight. No I/O and no Ink, so every rule is tested on its own. The redeem picker (redemption-picker.ts) and the
// renew picker (renewal-picker.ts) are this one reducer over their own rows: each says how its rows sort soonest
// first, which rows cannot be picked (`blocked`), and what a price is kept per (a suffix, or a name).
// Built for thousands of rows: both sort orders are computed once when the list arrives; a filter that narrows
// the previous one searches only the rows still shown; moving and selecting cost the same at any size, and the
// count and price of the selection are kept as running totals rather than summed per frame.
import {moveIndex, type MoveAction} from './list-window.js';

/** What every picker row has: a name, and a reason it cannot be picked when it cannot. */
export type PickerRow = {name: string; blocked?: string};

export type PickerSort = 'days' | 'name';

export type PickerState<R extends PickerRow = PickerRow> = {
	rows: readonly R[];
	/** Row numbers in each sort order, made once. */
	orders: Record<PickerSort, Int32Array>;
	sort: PickerSort;
	filter: string;
	/** The rows shown: row numbers, filtered and sorted. */
	view: Int32Array;
	/** Position in `view`; -1 when nothing is shown. */
	cursor: number;
	selected: ReadonlySet<string>;
	/** CNY per price key (`priceKey` of a name: its TLD, or the name itself), as the price look-up finds them. */
	fees: ReadonlyMap<string, number>;
	priceKey: (name: string) => string;
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

export function emptyPicker<R extends PickerRow = PickerRow>(
	priceKey: (name: string) => string = (name) => name,
): PickerState<R> {
	return {
		rows: [],
		orders: {days: EMPTY, name: EMPTY},
		sort: 'days',
		filter: '',
		view: EMPTY,
		cursor: -1,
		selected: new Set(),
		fees: new Map(),
		priceKey,
		selectedFee: 0,
		selectedUnpriced: 0,
		ordered: new Map(),
	};
}

/** A picker over `rows`: `soonest` orders them by urgency (the `days` sort), `priceKey` says what a price is kept per. */
export function pickerOf<R extends PickerRow>(
	rows: readonly R[],
	soonest: (a: R, b: R) => number,
	priceKey: (name: string) => string,
	fees: ReadonlyMap<string, number> = new Map(),
): PickerState<R> {
	const numbers = Array.from(rows, (_, i) => i);
	const days = Int32Array.from(numbers.slice().sort((a, b) => soonest(rows[a]!, rows[b]!)));
	const name = Int32Array.from(
		numbers.slice().sort((a, b) => (rows[a]!.name < rows[b]!.name ? -1 : rows[a]!.name > rows[b]!.name ? 1 : 0)),
	);
	return {...emptyPicker<R>(priceKey), rows, orders: {days, name}, view: days, cursor: rows.length > 0 ? 0 : -1, fees};
}

/** The price of a name, when known. */
export const feeOf = (state: Pick<PickerState, 'fees' | 'priceKey'>, name: string): number | undefined =>
	state.fees.get(state.priceKey(name));

/** Why a row cannot be selected: its own reason, or an order already made for it. */
export const isBlocked = (state: Pick<PickerState, 'ordered'>, row: PickerRow): boolean =>
	row.blocked !== undefined || state.ordered.has(row.name);

/** The highlighted row, if any. */
export const currentRow = <R extends PickerRow>(state: PickerState<R>): R | undefined =>
	state.cursor < 0 ? undefined : state.rows[state.view[state.cursor]!];

/** The selected rows, soonest first: what Enter continues with. */
export const selectedRows = <R extends PickerRow>(state: PickerState<R>): R[] => {
	const out: R[] = [];
	for (const i of state.orders.days) {
		const row = state.rows[i]!;
		if (state.selected.has(row.name)) out.push(row);
	}

	return out;
};

export function pickerReducer<R extends PickerRow>(state: PickerState<R>, action: PickerAction): PickerState<R> {
	switch (action.type) {
		case 'move': {
			return {
				...state,
				cursor: moveIndex(state.cursor, action.move, state.view.length, action.pageSize),
				refused: undefined,
			};
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
			// All or none of what is shown (so a filter, then `a`, selects the matches); rows that cannot be picked never are.
			const shown: R[] = [];
			for (const i of state.view) {
				const row = state.rows[i]!;
				if (!isBlocked(state, row)) shown.push(row);
			}

			const allSelected = shown.every((row) => state.selected.has(row.name));
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
			const drop = state.rows.filter((row) => action.ordered.has(row.name) && state.selected.has(row.name));
			return drop.length > 0 ? withSelection(withOrdered, drop, false) : withOrdered;
		}

		case 'fees': {
			let selectedFee = 0;
			let selectedUnpriced = 0;
			for (const name of state.selected) {
				const fee = action.fees.get(state.priceKey(name));
				if (fee === undefined) selectedUnpriced++;
				else selectedFee += fee;
			}

			return {...state, fees: action.fees, selectedFee, selectedUnpriced};
		}
	}
}

function filterView(rows: readonly PickerRow[], from: Int32Array, text: string): Int32Array {
	const kept: number[] = [];
	for (const i of from) if (rows[i]!.name.includes(text)) kept.push(i);
	return Int32Array.from(kept);
}

function withSelection<R extends PickerRow>(
	state: PickerState<R>,
	rows: readonly R[],
	select: boolean,
): PickerState<R> {
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
