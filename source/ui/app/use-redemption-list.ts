// The redeem picker's loader: the account's redemption-period domains, read when the picker (or the editor) shows
// with no list loaded; then, as the list is usable without them, the fee per suffix and what earlier batches already
// ordered. An answer through an account that is no longer the current one is dropped. The data is
// ui/state/wizard-redemption.ts.
import {useEffect, useRef, type Dispatch} from 'react';
import {listRedemptionDomains} from '../../core/account/redemption-list.js';
import {lookupRedemptionFees} from '../../core/pricing/redemption-fee.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';
import {orderedEarlier} from './ordered-earlier.js';

export function useRedemptionList({
	state,
	dispatch,
	runtime,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
}) {
	const loads = useRef(0);
	const previousRuntime = useRef(runtime);
	// Before the load below, in the same commit: another account makes every answer still on its way stale.
	useEffect(() => {
		if (previousRuntime.current !== runtime && runtime) {
			loads.current++;
		}

		previousRuntime.current = runtime;
	}, [runtime]);

	const {screen, operation} = state;
	const {status} = state.redemption;
	useEffect(() => {
		if (!runtime || (screen !== 'picker' && screen !== 'domains') || operation !== 'redeem' || status !== 'idle') {
			return;
		}

		dispatch({type: 'redemption-loading'});
		const token = ++loads.current;
		const stale = () => token !== loads.current;
		listRedemptionDomains(runtime.client, {
			onProgress: (read, total) => stale() || dispatch({type: 'redemption-progress', read, total}),
		}).then(
			(domains) => {
				if (stale()) {
					return;
				}

				dispatch({type: 'redemption-loaded', domains, now: Date.now()});
				const names = domains.map((domain) => domain.name);
				void lookupRedemptionFees(runtime.client, names).then((fees) => {
					if (fees.size > 0 && !stale()) {
						dispatch({type: 'redemption-fees', fees});
					}
				});
				// The same never-order-twice check the review makes, so a domain already being redeemed says so here.
				void orderedEarlier(runtime, 'redeem', names).then((ordered) => {
					if (ordered && !stale()) {
						dispatch({type: 'redemption-ordered', ordered});
					}
				});
			},
			(error) => {
				if (!stale()) {
					dispatch({type: 'redemption-failed', error: noticeOf(error)});
				}
			},
		);
	}, [runtime, screen, operation, status, dispatch]);
}
