// The review's own pricing: what neither the availability check nor the picker priced is asked of the batch price
// API, or of CheckDomain at the account's pace where the account is refused it (core/pricing/availability.ts), with
// progress; it starts by itself and can be stopped and started again. What to price is core's rule
// (core/order/order-money.ts namesToPrice); each answer goes into the state, from which the review's order and its
// money are derived again (ui/state/wizard-selectors.ts reviewOrder).
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import {checkAvailability} from '../../core/pricing/availability.js';
import {lookupRenewalPrices} from '../../core/pricing/renewal-price.js';
import {namesToPrice} from '../../core/order/order-money.js';
import type {Runtime} from '../../runtime.js';
import {checksOf, domainsToSend, type WizardAction, type WizardState} from '../state/wizard-state.js';
import {termsOfState} from '../state/wizard-selectors.js';

export function usePricing({
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
	const priceStop = useRef<AbortController | undefined>(undefined);
	// Pricing stops with the app: nothing keeps asking CheckDomain for a screen that is gone.
	useEffect(() => () => priceStop.current?.abort(), []);

	/** The review prices what nothing has priced yet; stopping keeps what was priced. */
	const startPricing = useCallback(() => {
		const current = latest.current;
		if (!runtime || current.pricing.status === 'running') {
			return;
		}

		const checks = checksOf(current);
		const sending = domainsToSend(current).map((d) => d.name);
		// Without premium allowed a few names per suffix bound the batch; with it, every name's own price counts.
		const names = namesToPrice(termsOfState(current), sending, checks);
		if (names.length === 0) {
			return;
		}

		const stop = new AbortController();
		priceStop.current = stop;
		dispatch({type: 'price-start', total: names.length});
		if (current.operation === 'renew') {
			// A year of renewal, per suffix (a premium name by itself): core/pricing/renewal-price.ts.
			const premium = new Set(current.expiry.ready.filter((ready) => ready.premium).map((ready) => ready.name));
			let done = 0;
			lookupRenewalPrices(
				runtime.client,
				names.map((name) => ({name, premium: premium.has(name)})),
				{
					currency: runtime.currency,
					signal: stop.signal,
					onPrice: (name, yearly) =>
						dispatch({
							type: 'price-result',
							result: {
								name,
								availability: premium.has(name) ? 'premium' : 'available',
								yearlyPrice: yearly,
								currency: runtime.currency ?? 'CNY',
							},
							done: ++done,
						}),
				},
			).then(
				() => dispatch({type: 'price-end', stopped: stop.signal.aborted}),
				() => dispatch({type: 'price-end', stopped: true}),
			);
			return;
		}

		checkAvailability(runtime.client, names, {
			currency: runtime.currency,
			command: current.operation === 'redeem' ? 'restore' : 'create',
			signal: stop.signal,
			onResult: (result, done) => dispatch({type: 'price-result', result, done}),
		}).then(
			() => dispatch({type: 'price-end', stopped: stop.signal.aborted}),
			() => dispatch({type: 'price-end', stopped: true}),
		);
	}, [runtime, dispatch]);

	const stopPricing = useCallback(() => {
		priceStop.current?.abort();
	}, []);

	// Pricing starts by itself once the review knows what it will send, once each time the review is entered; after
	// a stop, only the user starts it again.
	useEffect(() => {
		if (runtime && state.screen === 'review' && state.review.status === 'done' && state.pricing.status === 'idle') {
			startPricing();
		}
	}, [runtime, state.screen, state.review.status, state.pricing.status, startPricing]);

	return {startPricing, stopPricing};
}
