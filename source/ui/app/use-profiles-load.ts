// The profile step's loader: the account's registrant profiles, read once each time the step shows with none
// loaded (a new account forgets them). It dispatches what came back; the data is ui/state/wizard-profiles.ts.
import {useEffect, type Dispatch} from 'react';
import {listProfiles} from '../../core/order/profiles.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';

export function useProfilesLoad({
	state,
	dispatch,
	runtime,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
}) {
	const {screen} = state;
	const {status} = state.profiles;
	useEffect(() => {
		if (!runtime || screen !== 'profile' || status !== 'idle') {
			return;
		}

		dispatch({type: 'profiles-loading'});
		listProfiles(runtime.client).then(
			(list) => dispatch({type: 'profiles-loaded', list}),
			(error) => dispatch({type: 'profiles-failed', error: noticeOf(error)}),
		);
	}, [runtime, screen, status, dispatch]);
}
