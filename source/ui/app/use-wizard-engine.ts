// The wizard's engine: one loader hook per step, each with its own small effect and dependencies, composed here in
// the order their requests go out (docs/architecture.md, "The wizard"). Each calls core's functions and dispatches
// what came back; no screen calls the API itself. What a screen starts by hand (the availability check, pricing,
// the submit, the dry run) comes back as the engine's functions.
import {useEffect, useRef, type Dispatch} from 'react';
import type {Runtime} from '../../runtime.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {useAvailabilityCheck} from './use-availability-check.js';
import {useBalanceRead} from './use-balance-read.js';
import {useDryRun} from './use-dry-run.js';
import {useExpiryLookup} from './use-expiry-lookup.js';
import {usePricing} from './use-pricing.js';
import {useProfilesLoad} from './use-profiles-load.js';
import {useRedemptionList} from './use-redemption-list.js';
import {useRenewalList} from './use-renewal-list.js';
import {useReviewCheck} from './use-review-check.js';
import {useSubmit} from './use-submit.js';

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
	const step = {state, dispatch, runtime};
	// First, so that in the commit a new account arrives in, what it resets is reset before any step loads again.
	useSessionChange(runtime, dispatch);
	// The pickers' lists (renew, redeem), each with what follows it; the expiry look-up; the profiles.
	useRenewalList(step);
	useRedemptionList(step);
	useExpiryLookup(step);
	useProfilesLoad(step);
	// The review: the prepared order's check before the balance.
	useReviewCheck(step);
	useBalanceRead(step);
	const {startCheck, stopCheck} = useAvailabilityCheck(step);
	const {submit, stopSubmit} = useSubmit(step);
	const saveDryRun = useDryRun({...step, env});
	const {startPricing, stopPricing} = usePricing(step);
	return {startCheck, stopCheck, startPricing, stopPricing, submit, stopSubmit, saveDryRun};
}

/** A different account or endpoint: what was loaded through the old one no longer holds. */
function useSessionChange(runtime: Runtime | undefined, dispatch: Dispatch<WizardAction>) {
	const previousRuntime = useRef(runtime);
	useEffect(() => {
		if (previousRuntime.current !== runtime && runtime) {
			dispatch({type: 'session-changed'});
		}

		previousRuntime.current = runtime;
	}, [runtime, dispatch]);
}
