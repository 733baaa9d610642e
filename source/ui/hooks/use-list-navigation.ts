// Keyboard movement through a list whose rows someone else renders (WindowedList).
import {useRef, useState} from 'react';
import {keyPriority} from '../input/InputProvider.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {moveIndex} from '../state/list-window.js';

export type ListNavigationOptions = {
	count: number;
	/** How far PgUp/PgDn jump: the visible height. */
	pageSize: number;
	initialIndex?: number;
	isActive?: boolean;
};

export const useListNavigation = ({count, pageSize, initialIndex = 0, isActive = true}: ListNavigationOptions) => {
	const [stored, setIndex] = useState(initialIndex);
	// The list can shrink under the selection (a filter, a refresh); clamp rather than point past the end.
	const index = count === 0 ? -1 : Math.min(Math.max(0, stored), count - 1);
	const latest = useRef(index);
	latest.current = index;

	useKeypress(
		(key) => {
			const move = keys.listMoveFor(key);
			if (!move) {
				return undefined;
			}

			const next = moveIndex(latest.current, move, count, pageSize);
			latest.current = next;
			setIndex(next);
			return true;
		},
		{isActive, priority: keyPriority.component},
	);

	return {index, setIndex};
};
