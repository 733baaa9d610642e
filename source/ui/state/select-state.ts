// What a select list shows and which item is highlighted, as a reducer. Disabled items stay visible (with the
// reason they cannot be chosen) but the highlight steps over them, so Enter always means something.
import {moveIndex, type MoveAction} from './list-window.js';

export type SelectableItem = {
	label: string;
	disabled?: boolean;
};

export type SelectState = {
	query: string;
	/** Indices into the items that match the query, in order. */
	visible: readonly number[];
	/** Position within `visible` of the highlighted item, or -1 when nothing can be highlighted. */
	cursor: number;
};

export type SelectAction =
	| {type: 'move'; move: MoveAction; pageSize: number}
	| {type: 'set-query'; query: string}
	| {type: 'highlight'; index: number};

const matches = (item: SelectableItem, query: string) =>
	query === '' || item.label.toLowerCase().includes(query.toLowerCase());

const enabled = (items: readonly SelectableItem[], visible: readonly number[], position: number) => {
	const index = visible[position];
	return index !== undefined && !items[index]!.disabled;
};

/** The nearest enabled position from `position`, looking in `direction` first and then the other way. */
const nearestEnabled = (
	items: readonly SelectableItem[],
	visible: readonly number[],
	position: number,
	direction: 1 | -1,
): number => {
	for (const step of [direction, -direction]) {
		for (let at = position; at >= 0 && at < visible.length; at += step) {
			if (enabled(items, visible, at)) {
				return at;
			}
		}
	}

	return -1;
};

export const initialSelectState = (items: readonly SelectableItem[], defaultIndex = 0): SelectState => {
	const visible = items.map((_, index) => index);
	const start = defaultIndex >= 0 && defaultIndex < items.length ? defaultIndex : 0;
	return {query: '', visible, cursor: nearestEnabled(items, visible, start, 1)};
};

export const highlightedIndex = (state: SelectState): number =>
	state.cursor === -1 ? -1 : (state.visible[state.cursor] ?? -1);

export const selectReducer =
	(items: readonly SelectableItem[]) =>
	(state: SelectState, action: SelectAction): SelectState => {
		switch (action.type) {
			case 'move': {
				if (state.visible.length === 0) {
					return state;
				}

				const from = state.cursor === -1 ? 0 : state.cursor;
				const target = moveIndex(from, action.move, state.visible.length, action.pageSize);
				const direction = ['up', 'page-up', 'last'].includes(action.move) ? -1 : 1;
				const cursor = nearestEnabled(items, state.visible, target, direction);
				return cursor === state.cursor ? state : {...state, cursor};
			}

			case 'set-query': {
				const previous = highlightedIndex(state);
				const visible = items.flatMap((item, index) => (matches(item, action.query) ? [index] : []));
				const kept = visible.indexOf(previous);
				const cursor = kept !== -1 && enabled(items, visible, kept) ? kept : nearestEnabled(items, visible, 0, 1);
				return {query: action.query, visible, cursor};
			}

			case 'highlight': {
				const position = state.visible.indexOf(action.index);
				return position !== -1 && enabled(items, state.visible, position) ? {...state, cursor: position} : state;
			}
		}
	};
