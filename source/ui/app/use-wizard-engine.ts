// The wizard's async work: profiles, availability checks, expiry lookups, the already-ordered check, the submit and
// the dry run. Each calls the engine's functions and dispatches what came back; no screen calls the API itself.
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import {checkAvailability} from '../../core/pricing/availability.js';
import {readBalance} from '../../core/pricing/balance.js';
import {listProfiles} from '../../core/order/profiles.js';
import {lookupRedeemExpiries} from '../../core/account/redemption-lookup.js';
import {lookupRedemptionFees} from '../../core/pricing/redemption-fee.js';
import {listRedemptionDomains} from '../../core/account/redemption-list.js';
import {useRenewalEngine} from './use-renewal-engine.js';
import {alreadyOrdered, sendOrder} from '../../core/submit/submit-path.js';
import type {Runtime} from '../../runtime.js';
import {estimateOf, type WizardAction, type WizardState} from '../state/wizard-state.js';
import {namesToCheck} from '../state/wizard-availability.js';
import {noticeOf} from './notice-of.js';
import {orderInputOf, planOf, prepareOptionsOf} from './plan-of.js';
import {prepareOrder} from '../../core/order/prepared-order.js';
import {usePricing} from './use-pricing.js';
import {dryRunRecord} from '../../core/order/dry-run.js';
import {writeDryRun} from '../../store/dry-runs.js';

export type WizardEngine = ReturnType<typeof useWizardEngine>;

export function useWizardEngine({
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
	const checkStop = useRef<AbortController | undefined>(undefined);
	const submitStop = useRef<AbortController | undefined>(undefined);
	const redemptionLoad = useRef(0);

	useRenewalEngine({state, dispatch, runtime});

	// Checks stop with the app: nothing keeps asking CheckDomain for a screen that is gone.
	useEffect(
		() => () => {
			checkStop.current?.abort();
		},
		[],
	);

	// A different account or endpoint: what was loaded through the old one no longer holds.
	const previousRuntime = useRef(runtime);
	useEffect(() => {
		if (previousRuntime.current !== runtime && runtime) {
			redemptionLoad.current++;
			dispatch({type: 'session-changed'});
		}

		previousRuntime.current = runtime;
	}, [runtime, dispatch]);

	useEffect(() => {
		if (!runtime) {
			return;
		}

		if (state.screen === 'profile' && state.profiles.status === 'idle') {
			dispatch({type: 'profiles-loading'});
			listProfiles(runtime.client).then(
				(list) => dispatch({type: 'profiles-loaded', list}),
				(error) => dispatch({type: 'profiles-failed', error: noticeOf(error)}),
			);
		}

		if (
			(state.screen === 'picker' || state.screen === 'domains') &&
			state.operation === 'redeem' &&
			state.redemption.status === 'idle'
		) {
			dispatch({type: 'redemption-loading'});
			// An answer through an account that is no longer the current one is dropped.
			const token = ++redemptionLoad.current;
			const stale = () => token !== redemptionLoad.current;
			listRedemptionDomains(runtime.client, {
				onProgress: (read, total) => stale() || dispatch({type: 'redemption-progress', read, total}),
			}).then(
				(domains) => {
					if (stale()) {
						return;
					}

					dispatch({type: 'redemption-loaded', domains, now: Date.now()});
					// Fees and earlier orders come after the list, which is usable without them.
					const names = domains.map((domain) => domain.name);
					void lookupRedemptionFees(runtime.client, names).then((fees) => {
						if (fees.size > 0 && !stale()) {
							dispatch({type: 'redemption-fees', fees});
						}
					});
					// The same never-order-twice check the review makes, so a domain already being redeemed says so here.
					alreadyOrdered(runtime, 'redeem', names).then(
						(found) => {
							if (found.size > 0 && !stale()) {
								dispatch({
									type: 'redemption-ordered',
									ordered: new Map([...found].map(([name, {reason}]) => [name, reason])),
								});
							}
						},
						// The review makes the same check before anything is sent; here it only informs.
						() => undefined,
					);
				},
				(error) => {
					if (!stale()) {
						dispatch({type: 'redemption-failed', error: noticeOf(error)});
					}
				},
			);
		}

		if (state.screen === 'expiry' && state.expiry.status === 'idle' && state.operation !== 'renew') {
			dispatch({type: 'expiry-loading'});
			// Typed names are checked against the list the picker showed, when it has one.
			const known = state.redemption.status === 'done' ? state.redemption.domains : undefined;
			lookupRedeemExpiries(
				runtime.client,
				state.list.entries.map((entry) => ({name: entry.name, expiryMs: entry.expiryMs})),
				5,
				{known},
			).then(
				(lookup) => dispatch({type: 'expiry-loaded', lookup}),
				(error) => dispatch({type: 'expiry-failed', error: noticeOf(error)}),
			);
		}

		if (state.screen === 'review' && state.review.status === 'idle') {
			dispatch({type: 'review-checking'});
			// The one prepared order: what goes, and what is left out with its reason (ordered already, in flight, or
			// failed before for a reason that still holds).
			const current = {...latest.current, review: {status: 'loading' as const, excluded: []}};
			prepareOrder(runtime, orderInputOf(current), prepareOptionsOf(current)).then(
				(order) =>
					dispatch({type: 'review-ready', excluded: order.leftOut.map(({domain, reason}) => ({domain, reason}))}),
				(error) => dispatch({type: 'review-failed', error: noticeOf(error)}),
			);
		}

		// The balance is read each time the review shows: it changes as batches are paid for.
		if (state.screen === 'review' && state.balance.status === 'idle') {
			dispatch({type: 'balance-loading'});
			readBalance(runtime.client).then(
				(view) => dispatch({type: 'balance-loaded', view}),
				(error) => dispatch({type: 'balance-loaded', view: {status: 'error', error: String(error)}}),
			);
		}
	}, [
		runtime,
		state.screen,
		state.profiles.status,
		state.expiry.status,
		state.redemption.status,
		state.redemption.domains,
		state.review.status,
		state.balance.status,
		state.operation,
		state.list,
		state.expiry.ready,
		dispatch,
	]);

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
			// The one submit path: the account's lock, then per chunk the server check, the request and its record.
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

	const saveDryRun = useCallback(async () => {
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

	const {startPricing, stopPricing} = usePricing({state, dispatch, runtime});
	return {startCheck, stopCheck, startPricing, stopPricing, submit, stopSubmit, saveDryRun};
}
