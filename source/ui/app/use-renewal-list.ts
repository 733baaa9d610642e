// The renew picker's loader: the account's domains to renew (due, or expiring within the window), read when the
// picker (or the editor) shows with no list loaded; then, as the list is usable without them, their prices a year
// and what earlier batches already ordered. An answer through an account that is no longer the current one is
// dropped. The data is ui/state/renewal-state.ts.
import {useEffect, useRef, type Dispatch} from 'react';
import {listRenewalDomains} from '../../core/account/renewal-list.js';
import {lookupRenewalPrices} from '../../core/pricing/renewal-price.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';
import {orderedEarlier} from './ordered-earlier.js';

export function useRenewalList({
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
	// Before the load below, in the same commit: a new account makes every answer still on its way stale.
	useEffect(() => {
		if (previousRuntime.current !== runtime) {
			loads.current++;
			previousRuntime.current = runtime;
		}
	}, [runtime]);

	const {screen, operation} = state;
	const {status, withinDays} = state.renewal;
	useEffect(() => {
		if (!runtime || (screen !== 'picker' && screen !== 'domains') || operation !== 'renew' || status !== 'idle') {
			return;
		}

		dispatch({type: 'renewal-loading'});
		const token = ++loads.current;
		const stale = () => token !== loads.current;
		listRenewalDomains(runtime.client, {withinDays}).then(
			(domains) => {
				if (stale()) {
					return;
				}

				dispatch({type: 'renewal-loaded', domains, now: Date.now()});
				void lookupRenewalPrices(runtime.client, domains).then((prices) => {
					if (prices.size > 0 && !stale()) {
						dispatch({type: 'renewal-prices', prices});
					}
				});
				void orderedEarlier(
					runtime,
					'renew',
					domains.map((domain) => domain.name),
				).then((ordered) => {
					if (ordered && !stale()) {
						dispatch({type: 'renewal-ordered', ordered});
					}
				});
			},
			(error) => {
				if (!stale()) {
					dispatch({type: 'renewal-failed', error: noticeOf(error)});
				}
			},
		);
	}, [runtime, screen, operation, status, withinDays, dispatch]);
}
