// The submit step: the batch planned from the review's state goes through the one submit path
// (core/submit/submit-path.ts sendOrder): the account's lock, then per chunk the server check, the request and its
// record. Ctrl+C (stopSubmit) aborts the signal sendOrder was given: the request in flight is finished and
// recorded, then nothing more is sent (docs/never-order-twice.md).
import {useCallback, useRef, type Dispatch} from 'react';
import {sendOrder} from '../../core/submit/submit-path.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';
import {planOf} from './plan-of.js';

export function useSubmit({
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
	const submitStop = useRef<AbortController | undefined>(undefined);

	const submit = useCallback(async () => {
		const current = latest.current;
		if (!runtime || current.submit.status === 'running') {
			return;
		}

		const plan = planOf(current, runtime);
		const stop = new AbortController();
		submitStop.current = stop;
		dispatch({type: 'submit-start', batchId: plan.id, chunks: plan.chunks.length});
		try {
			// The plan is on disk before the first request, so a crash at any moment leaves a batch to reconcile.
			const summary = await sendOrder(runtime, plan, {
				signal: stop.signal,
				onProgress(event) {
					dispatch({type: 'submit-progress', event});
				},
			});
			dispatch({
				type: 'submit-progress',
				event: {type: 'done', stopped: summary.stopped, checkFailed: summary.checkFailed},
			});
		} catch (error) {
			dispatch({type: 'submit-progress', event: {type: 'failed', error: noticeOf(error)}});
		}
	}, [runtime, dispatch]);

	/** Ctrl+C mid-submit: the request in flight is finished and recorded, then nothing more is sent. */
	const stopSubmit = useCallback(() => {
		if (latest.current.submit.status === 'running' && submitStop.current && !submitStop.current.signal.aborted) {
			dispatch({type: 'submit-progress', event: {type: 'stopping'}});
			submitStop.current.abort();
		}
	}, [dispatch]);

	return {submit, stopSubmit};
}
