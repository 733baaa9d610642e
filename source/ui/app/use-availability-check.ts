// The availability step's check: started and stopped by the user (`c`, Esc), it asks CheckDomain of the names not
// yet answered (ui/state/wizard-availability.ts namesToCheck) and dispatches each answer as it comes. A check stops
// with the app: nothing keeps asking for a screen that is gone.
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import {checkAvailability} from '../../core/pricing/availability.js';
import type {Runtime} from '../../runtime.js';
import {namesToCheck} from '../state/wizard-availability.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';

export function useAvailabilityCheck({
	state,
	dispatch,
	runtime,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
}) {
	const latest = useRef(state);
	latest.current = state;
	const checkStop = useRef<AbortController | undefined>(undefined);
	useEffect(
		() => () => {
			checkStop.current?.abort();
		},
		[],
	);

	const startCheck = useCallback(() => {
		if (!runtime || latest.current.availability.status === 'running') {
			return;
		}

		const {names, resumeFrom} = namesToCheck(latest.current);
		const stop = new AbortController();
		checkStop.current = stop;
		dispatch({type: 'check-start', total: resumeFrom + names.length, resume: resumeFrom > 0});
		checkAvailability(runtime.client, names, {
			currency: runtime.currency,
			signal: stop.signal,
			onResult: (result, done) => dispatch({type: 'check-result', result, done: resumeFrom + done}),
		}).then(
			() => dispatch({type: 'check-end', stopped: stop.signal.aborted}),
			() => dispatch({type: 'check-end', stopped: true}),
		);
	}, [runtime, dispatch]);

	const stopCheck = useCallback(() => {
		checkStop.current?.abort();
	}, []);

	return {startCheck, stopCheck};
}
