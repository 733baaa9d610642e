// The renew part of the wizard's async work: the account's domains to renew (within the window), their prices a
// year and what earlier batches already ordered, for the renew picker; and typed names checked against the account
// on the expiry step. It dispatches what came back; no screen calls the API itself.
import {useEffect, useRef, type Dispatch} from 'react';
import {lookupRenewals} from '../../core/account/renewal-lookup.js';
import {listRenewalDomains} from '../../core/account/renewal-list.js';
import {lookupRenewalPrices} from '../../core/pricing/renewal-price.js';
import {alreadyOrdered} from '../../core/submit/submit-path.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';

export function useRenewalEngine({
	state,
	dispatch,
	runtime,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
}) {
	// An answer through an account that is no longer the current one is dropped.
	const loads = useRef(0);
	const previousRuntime = useRef(runtime);
	// Before the load below, in the same commit: a new account makes every answer still on its way stale.
	useEffect(() => {
		if (previousRuntime.current !== runtime) {
			loads.current++;
			previousRuntime.current = runtime;
		}
	}, [runtime]);

	useEffect(() => {
		if (!runtime || state.operation !== 'renew') {
			return;
		}

		if (
			(state.screen === 'picker' || state.screen === 'domains') &&
			state.operation === 'renew' &&
			state.renewal.status === 'idle'
		) {
			dispatch({type: 'renewal-loading'});
			const token = ++loads.current;
			const stale = () => token !== loads.current;
			listRenewalDomains(runtime.client, {withinDays: state.renewal.withinDays}).then(
				(domains) => {
					if (stale()) {
						return;
					}

					dispatch({type: 'renewal-loaded', domains, now: Date.now()});
					// Prices and earlier orders come after the list, which is usable without them.
					void lookupRenewalPrices(runtime.client, domains).then((prices) => {
						if (prices.size > 0 && !stale()) {
							dispatch({type: 'renewal-prices', prices});
						}
					});
					alreadyOrdered(
						runtime,
						'renew',
						domains.map((domain) => domain.name),
					).then(
						(found) => {
							if (found.size > 0 && !stale()) {
								dispatch({
									type: 'renewal-ordered',
									ordered: new Map([...found].map(([name, {reason}]) => [name, reason])),
								});
							}
						},
						() => undefined,
					);
				},
				(error) => {
					if (!stale()) {
						dispatch({type: 'renewal-failed', error: noticeOf(error)});
					}
				},
			);
		}

		if (state.screen === 'expiry' && state.expiry.status === 'idle' && state.operation === 'renew') {
			dispatch({type: 'expiry-loading'});
			// Typed names are checked against the account; the expiry sent is always the account's.
			const known = state.renewal.status === 'done' ? state.renewal.domains : undefined;
			lookupRenewals(
				runtime.client,
				state.list.entries.map((entry) => entry.name),
				{known},
			).then(
				(lookup) =>
					dispatch({
						type: 'expiry-loaded',
						lookup: {
							ready: lookup.ready.map((d) => ({
								name: d.name,
								expiryMs: d.expiryMs,
								source: 'account' as const,
								accountMs: d.expiryMs,
								...(d.premium ? {premium: true} : {}),
							})),
							refused: lookup.refused,
							notices: [],
						},
					}),
				(error) => dispatch({type: 'expiry-failed', error: noticeOf(error)}),
			);
		}
	}, [
		runtime,
		state.screen,
		state.operation,
		state.renewal.status,
		state.renewal.domains,
		state.renewal.withinDays,
		state.expiry.status,
		state.list,
		dispatch,
	]);
}
