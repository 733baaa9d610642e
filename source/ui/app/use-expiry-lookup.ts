// The expiry step's loader: when the step shows with no look-up for the current list, each listed name's expiry
// is read from the account (redeem: with the expiry typed on a line, checked against it; renew: the account's is
// always the one sent). Typed names are checked against the list the picker showed, when it has one. It dispatches
// what came back; the data is ui/state/wizard-expiry.ts.
import {useEffect, type Dispatch} from 'react';
import {lookupRedeemExpiries} from '../../core/account/redemption-lookup.js';
import {lookupRenewals} from '../../core/account/renewal-lookup.js';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {noticeOf} from './notice-of.js';

export function useExpiryLookup({
	state,
	dispatch,
	runtime,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	runtime?: Runtime;
}) {
	const {screen, operation, list, redemption, renewal} = state;
	const {status} = state.expiry;
	const redemptionKnown = redemption.status === 'done' ? redemption.domains : undefined;
	const renewalKnown = renewal.status === 'done' ? renewal.domains : undefined;
	useEffect(() => {
		if (!runtime || screen !== 'expiry' || status !== 'idle') {
			return;
		}

		dispatch({type: 'expiry-loading'});
		const failed = (error: unknown) => dispatch({type: 'expiry-failed', error: noticeOf(error)});
		if (operation !== 'renew') {
			lookupRedeemExpiries(
				runtime.client,
				list.entries.map((entry) => ({name: entry.name, expiryMs: entry.expiryMs})),
				5,
				{known: redemptionKnown},
			).then((lookup) => dispatch({type: 'expiry-loaded', lookup}), failed);
			return;
		}

		lookupRenewals(
			runtime.client,
			list.entries.map((entry) => entry.name),
			{known: renewalKnown},
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
			failed,
		);
	}, [runtime, screen, status, operation, list, redemptionKnown, renewalKnown, dispatch]);
}
