// The review's balance: read each time the review is entered, since it changes as batches are paid for. A failed
// read is shown as such; the review still works without it. The data is ui/state/wizard-review.ts.
import {useEffect, type Dispatch} from 'react';
import {readBalance} from '../../core/pricing/balance.js';
import {errorLine} from '../../core/words/error-view.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';

export function useBalanceRead({
	state,
	dispatch,
	runtime,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
}) {
	const {screen} = state;
	const {status} = state.balance;
	useEffect(() => {
		if (!runtime || screen !== 'review' || status !== 'idle') {
			return;
		}

		dispatch({type: 'balance-loading'});
		readBalance(runtime.client).then(
			(view) => dispatch({type: 'balance-loaded', view}),
			(error) => dispatch({type: 'balance-loaded', view: {status: 'error', error: errorLine(error)}}),
		);
	}, [runtime, screen, status, dispatch]);
}
