// "Retry failed" as the wizard takes it: the failed domains of a batch start a new flow with the batch's options,
// always through review (redeem and renew through the expiry look-up first), and the review's question about names
// refused as premium or trademark. A guard is never loosened by the retry itself (core/order/retry-plan.ts). Pure
// functions, no I/O.
import type {Operation} from '../../core/order/order-items.js';
import {optionsFromRecorded} from '../../core/order/order-options.js';
import type {WatchTarget} from '../../core/status/watch-target.js';
import {addToList, emptyList, removeFromList} from './wizard-list.js';
import {FLOW, type Screen} from './wizard-nav.js';
import {idleReview} from './wizard-review.js';
import {freshFlow} from './wizard-start.js';
import type {WizardState} from './wizard-state.js';

export type RetryState = {
	/** What "retry failed" left out or changed, shown in review (see core/order/retry-plan.ts); set only on a retry's list. */
	retryNotes?: string[];
	/**
	 * A retry's names refused as premium or trademark: the review asks before allowing them (default no) and sends
	 * nothing until it is answered.
	 */
	retryAsk?: {premium: string[]; trademark: string[]};
	/** The status view the retry started from (its screen, Esc's way back, the batch watched), to go back to. */
	retryFrom?: {screen: Screen; stack: Screen[]; watch?: WatchTarget};
	/**
	 * The names left out by the answer to the retry's question when that left nothing to send: the status view the
	 * retry came from says so as it shows again, with the retry's own notes (why the rest was left out).
	 */
	retryDeclined?: {premium: string[]; trademark: string[]; notes: string[]};
};

export type RetryAction =
	| {
			type: 'retry-failed';
			operation: Operation;
			domains: string[];
			options?: Record<string, unknown>;
			notes?: string[];
			ask?: {premium: string[]; trademark: string[]};
			/** The batch the failures came from, for a status view opened from history (it is not the wizard's). */
			target?: WatchTarget;
	  }
	/** The answer to the retry's question: allow premium / trademark for its names, or leave those names out. */
	| {type: 'retry-allow'; allow: boolean};

export function retryReducer(state: WizardState, action: RetryAction): WizardState {
	switch (action.type) {
		case 'retry-failed': {
			// The options of the batch stay; the failed domains go back through review, never straight to submit.
			const kept = optionsFromRecorded(action.options ?? {}, state.options);
			const asked = action.ask && action.ask.premium.length + action.ask.trademark.length > 0 ? action.ask : undefined;
			const fresh = {
				...state,
				...freshFlow(action.operation),
				options: kept.options,
				profileId: kept.profileId ?? state.profileId,
				retryNotes: action.notes ?? [],
				retryAsk: asked,
				retryFrom: {screen: state.screen, stack: state.stack, watch: action.target ?? state.watch},
			};
			const list = addToList(emptyList(), action.domains.join('\n'), action.operation);
			if (action.operation !== 'register') {
				// Every expiry is looked up in the account again (a typed one may be why it failed), and a domain redeemed
				// meanwhile is out of its redemption period: the expiry step leaves it out with the reason.
				return {...fresh, list, stack: ['home', 'domains'], screen: 'expiry'};
			}

			// Esc from review walks back through the steps, options first: that is where a refused premium name is allowed.
			const before = FLOW[action.operation].slice(0, FLOW[action.operation].indexOf('review'));
			return {...fresh, list, stack: ['home', ...before], screen: 'review', review: idleReview()};
		}

		case 'retry-allow': {
			const ask = state.retryAsk;
			if (!ask) {
				return state;
			}

			if (action.allow) {
				const options = {
					...state.options,
					premium: state.options.premium || ask.premium.length > 0,
					trademark: state.options.trademark || ask.trademark.length > 0,
				};
				// The review checks again with the guard as it now is; the prices already read stay.
				return {...state, options, retryAsk: undefined, review: idleReview()};
			}

			const list = removeFromList(state.list, new Set([...ask.premium, ...ask.trademark]));
			const from = state.retryFrom;
			if (list.entries.length > 0 || !from?.watch) {
				return {...state, retryAsk: undefined, list};
			}

			// Nothing is left to send: an empty review (and Esc walking back through empty steps) helps nobody, so the
			// status view it came from shows again and says why. From history, Esc there goes back to history.
			return {
				...state,
				...freshFlow(state.operation),
				watch: from.watch,
				screen: 'status',
				stack: from.screen === 'status' ? from.stack : [...from.stack, from.screen],
				retryDeclined: {...ask, notes: state.retryNotes ?? []},
			};
		}
	}
}
