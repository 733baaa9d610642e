// The keys of a domain picker, the same on the redeem and the renew picker: arrows move, Space selects, `a` all or
// none, `/` filters by name (Enter keeps the filter, Esc clears it), `s` switches the sort, `t` types names instead
// (a paste of names does the same, with the paste in the list), `r` looks the list up again after a failure, Enter
// goes on with the selection, Esc goes back. A screen may add keys of its own (`extra`), asked before the shared
// ones except movement.
import {useState} from 'react';
import type {PickerAction, PickerState} from '../state/domain-picker.js';
import type {WizardAction} from '../state/wizard-state.js';
import {keyPriority} from '../input/InputProvider.js';
import {matches} from '../input/key-bindings.js';
import type {KeyEvent} from '../input/key-event.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';

type Key = KeyEvent;

export function usePickerKeys(options: {
	picker: Pick<PickerState, 'filter' | 'sort' | 'selected'>;
	status: 'idle' | 'loading' | 'done' | 'error';
	height: number;
	dispatch: (action: WizardAction) => void;
	retry: WizardAction;
	nothingSelected: string;
	/** Keys of this screen; true when handled. Not asked while the filter is being typed. */
	extra?: (key: Key) => boolean | undefined;
	/** Another field of the screen has the keys. */
	paused?: boolean;
}) {
	const {picker, status, height, dispatch} = options;
	const [filtering, setFiltering] = useState(false);
	const [filterKey, setFilterKey] = useState(0);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const loaded = status === 'done';
	const pick = (action: PickerAction) => dispatch({type: 'picker', action});
	const clearFilter = () => {
		pick({type: 'filter', text: ''});
		setFilterKey((k) => k + 1);
	};

	useKeypress(
		(key) => {
			if (options.paused) {
				return undefined;
			}

			const move = keys.listMoveFor(key);
			if (loaded && move && !(filtering && (move === 'first' || move === 'last'))) {
				setProblem(undefined);
				pick({type: 'move', move, pageSize: height});
				return true;
			}

			if (filtering) {
				if (keys.isSubmit(key)) {
					setFiltering(false);
					return true;
				}

				if (keys.isBack(key)) {
					clearFilter();
					setFiltering(false);
					return true;
				}

				return undefined;
			}

			if (options.extra?.(key)) {
				return true;
			}

			if (keys.isBack(key)) {
				if (picker.filter !== '') {
					clearFilter();
					return true;
				}

				dispatch({type: 'back'});
				return true;
			}

			if (matches('typeNames', key)) {
				dispatch({type: 'picker-type'});
				return true;
			}

			if (status === 'error' && matches('retryPicker', key)) {
				dispatch(options.retry);
				return true;
			}

			if (!loaded) {
				return undefined;
			}

			if (matches('pickDomain', key)) {
				setProblem(undefined);
				pick({type: 'toggle'});
				return true;
			}

			if (matches('pickAll', key)) {
				setProblem(undefined);
				pick({type: 'toggle-all'});
				return true;
			}

			if (matches('filterPicker', key)) {
				setFiltering(true);
				return true;
			}

			if (matches('sortPicker', key)) {
				pick({type: 'sort', sort: picker.sort === 'days' ? 'name' : 'days'});
				return true;
			}

			if (keys.isSubmit(key)) {
				// The reducer goes on only with a selection; keys typed faster than the screen redraws may have made one
				// this frame has not drawn yet, so the continue is always asked for.
				if (picker.selected.size === 0) {
					setProblem(options.nothingSelected);
				}

				dispatch({type: 'picker-continue'});
				return true;
			}

			return undefined;
		},
		{priority: keyPriority.component + 1},
	);

	// A pasted list of names is what `t` is for: the picker gives way to the typed list with the paste in it, so a
	// paste here is never lost (the filter and the window field, when open, take a paste first).
	useKeypress(
		{
			onPaste({paste}) {
				if (options.paused || filtering || paste.trim() === '') {
					return undefined;
				}

				dispatch({type: 'picker-type'});
				dispatch({type: 'list-add', text: paste});
				return true;
			},
		},
		{priority: keyPriority.screen},
	);

	return {filtering, setFiltering, filterKey, problem, setProblem, loaded};
}
