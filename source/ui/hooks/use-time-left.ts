import {useState} from 'react';
import {secondsLeft} from '../../core/pricing/in-flight.js';
import {useNow} from './use-now.js';

/**
 * Seconds left of a running round of work (`total` items, `done` so far) at the rate observed since it started; a
 * new round starts when `running` turns on or the total changes. Undefined before anything is done.
 */
export const useTimeLeft = (done: number, total: number, running: boolean): number | undefined => {
	const round = running ? total : -1;
	const now = useNow(1000, running);
	const [started, setStarted] = useState(() => ({round, at: Date.now()}));
	if (started.round !== round) setStarted({round, at: now});
	return running ? secondsLeft(done, total, started.at, now) : undefined;
};
