// The review's "save the request parameters" (a dry run): the batch as it would be sent, with the estimate and the
// balance, written to the data directory (store/dry-runs.ts); nothing is sent. The review shows where it went.
import {useCallback, useRef, type Dispatch} from 'react';
import {dryRunRecord} from '../../core/order/dry-run.js';
import type {Runtime} from '../../runtime.js';
import {writeDryRun} from '../../store/dry-runs.js';
import {estimateOf, type WizardAction, type WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';
import {planOf} from './plan-of.js';

export function useDryRun({
	state,
	dispatch,
	runtime,
	env,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
	env: NodeJS.ProcessEnv;
}) {
	const latest = useRef(state);
	latest.current = state;
	return useCallback(async () => {
		if (!runtime) {
			return;
		}

		try {
			const current = latest.current;
			const plan = planOf(current, runtime);
			const {appPaths} = await import('../../store/paths.js');
			const record = dryRunRecord(plan, {
				endpoint: runtime.endpoint,
				account: runtime.accountLabel,
				version: runtime.client.version,
				estimate: estimateOf(current),
				balance: current.balance.view,
			});
			const path = writeDryRun(appPaths(env).dataDir, plan, record);
			dispatch({type: 'review-saved', path});
		} catch (error) {
			dispatch({type: 'review-failed', error: noticeOf(error)});
		}
	}, [runtime, env, dispatch]);
}
