// The poller's state as React state, at most one update per `intervalMs`: a big batch can ingest many pages in a
// burst, and a frame per page would spend the terminal's time redrawing what no one can read that fast.
import {useEffect, useState} from 'react';
import type {PollerState, StatusPoller} from '../../core/status/status-poller.js';

/** What a screen needs of a poller; tests hand in a fake. */
export type PollerLike = Pick<StatusPoller, 'start' | 'stop' | 'refreshNow' | 'subscribe' | 'getState'>;

/** Starts polling on mount and stops it on unmount. */
export const useStatusPoller = (poller: PollerLike, intervalMs = 100): PollerState => {
	const [state, setState] = useState(() => poller.getState());

	useEffect(() => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		let last = 0;
		const flush = () => {
			timer = undefined;
			last = Date.now();
			setState(poller.getState());
		};

		const unsubscribe = poller.subscribe((next) => {
			if (timer !== undefined) {
				return;
			}

			const wait = next.done ? 0 : last + intervalMs - Date.now();
			if (wait <= 0) {
				flush();
			} else {
				timer = setTimeout(flush, wait);
			}
		});
		poller.start();
		flush();
		return () => {
			unsubscribe();
			clearTimeout(timer);
			poller.stop();
		};
	}, [poller, intervalMs]);

	return state;
};
