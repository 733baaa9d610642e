// The wizard as data, composed: its navigation (wizard-nav.ts: which screen shows, Esc's way back, the steps of each
// operation) beside one slice per step's data, each with its own small reducer in a file named for what it holds
// (docs/architecture.md, "The wizard"). This file routes each action to the slice it belongs to, and writes out the
// few moves that join a step's data to the navigation (a choice that moves on, the picker's hand-over, a new
// account). Screens send intents; the engine's loaders (ui/app/use-wizard-engine.ts) send what came back. No I/O.
import type {OrderOptions} from '../../core/order/order-options.js';
import type {Operation} from '../../core/order/order-items.js';
import {startedSubmit, submitProgress, type SubmitState, type SubmitStep} from './submit-progress.js';
import {idleRenewal, isRenewalAction, renewalReducer, type RenewalAction, type RenewalState} from './renewal-state.js';
import {
	availabilityReducer,
	unavailableNames,
	type AvailabilityAction,
	type AvailabilityState,
} from './wizard-availability.js';
import {
	expiryForgotten,
	expiryOfPicked,
	expiryReducer,
	idleExpiry,
	withAccountExpiries,
	type ExpiryAction,
	type ExpiryState,
} from './wizard-expiry.js';
import {
	emptyList,
	listOfNames,
	listReducer,
	removeFromList,
	withoutTypedExpiries,
	type ListAction,
	type ListState,
} from './wizard-list.js';
import {
	firstStep,
	navReducer,
	push,
	skipping,
	unskipping,
	type NavAction,
	type NavState,
	type Screen,
} from './wizard-nav.js';
import {pickedRows, pickerStep, type PickerStepAction} from './wizard-picker.js';
import {
	idleProfiles,
	isUsableProfile,
	matchPendingProfile,
	profilesReducer,
	type ProfilesAction,
	type ProfilesState,
} from './wizard-profiles.js';
import {
	redemptionForgotten,
	redemptionReducer,
	type RedemptionAction,
	type RedemptionState,
} from './wizard-redemption.js';
import {retryReducer, type RetryAction, type RetryState} from './wizard-retry.js';
import {enteringReview, reviewForgotten, reviewReducer, type ReviewAction, type ReviewState} from './wizard-review.js';
import {freshFlow} from './wizard-start.js';

export type WizardState = NavState &
	ListState &
	ProfilesState &
	ReviewState &
	RetryState & {
		availability: AvailabilityState;
		expiry: ExpiryState;
		/** Redeem: the account's redemption-period domains, as the redeem picker shows them (wizard-redemption.ts). */
		redemption: RedemptionState;
		/** Renew: the account's domains to renew, as the renew picker shows them (renewal-state.ts). */
		renewal: RenewalState;
		options: OrderOptions;
		submit: SubmitState;
	};

export type WizardAction =
	| NavAction
	| ListAction
	| AvailabilityAction
	| ExpiryAction
	| RedemptionAction
	| RenewalAction
	| PickerStepAction
	| ProfilesAction
	| ReviewAction
	| RetryAction
	| {type: 'start-flow'; operation: Operation}
	/** Drop the names the availability check found unavailable. */
	| {type: 'drop-unavailable'}
	/** Send the account's expiry for these domains instead of the one typed by hand (on the list or on the step). */
	| {type: 'expiry-use-account'; names: string[]}
	| {type: 'choose-profile'; id: number}
	| {type: 'set-options'; options: OrderOptions}
	| {type: 'submit-start'; batchId: string; chunks: number}
	| {type: 'submit-progress'; event: SubmitStep}
	/** Another account or endpoint: answers from the old one are dropped. */
	| {type: 'session-changed'};

// Moving to a step whose answer depends on earlier steps drops what it had worked out, so nothing stale is shown.
const entering = (state: WizardState, screen: Screen): WizardState =>
	screen === 'review' ? enteringReview(state) : state;

/** A navigation move, with what entering the new screen resets. */
function navigate(state: WizardState, action: NavAction): WizardState {
	const moved = navReducer(state, action, {sent: state.submit.status !== 'idle'});
	return (action.type === 'go' || action.type === 'next') && moved !== state ? entering(moved, moved.screen) : moved;
}

// Expiries were looked up for the old list; a new lookup runs when the expiry step shows again.
const listChanged = (state: WizardState): WizardState => ({...state, expiry: expiryForgotten(state.expiry)});

// A slice's answer; a move that changed nothing leaves the state itself, so nothing draws again.
const withSlice = <K extends keyof WizardState>(state: WizardState, key: K, value: WizardState[K]): WizardState =>
	value === state[key] ? state : {...state, [key]: value};

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'go':
		case 'replace':
		case 'back':
		case 'next':
		case 'watch':
		case 'watch-none': {
			return navigate(state, action);
		}

		case 'list-add':
		case 'list-remove':
		case 'draft-restore':
		case 'draft-discard': {
			return listChanged(listReducer(state, action, state.operation));
		}

		case 'cut-to-balance': {
			return listReducer(state, action, state.operation);
		}

		case 'check-start':
		case 'check-result':
		case 'check-end': {
			return {...state, availability: availabilityReducer(state.availability, action, state.list)};
		}

		case 'drop-unavailable': {
			const dropped = unavailableNames(state.list, state.availability);
			const {results} = state.availability;
			// The count follows the list: the dropped names were checked, so they leave both sides of "done/total".
			return {
				...state,
				list: removeFromList(state.list, dropped),
				availability: {
					...state.availability,
					results: Object.fromEntries(Object.entries(results).filter(([name]) => !dropped.has(name))),
					done: Math.max(0, state.availability.done - dropped.size),
					total: Math.max(0, state.availability.total - dropped.size),
				},
			};
		}

		case 'expiry-loading':
		case 'expiry-loaded':
		case 'expiry-failed':
		case 'expiry-typed': {
			return {...state, expiry: expiryReducer(state.expiry, action)};
		}

		case 'expiry-use-account': {
			const names = new Set(action.names);
			// The list's typed values go too, so a new lookup does not bring them back.
			return {
				...state,
				list: withoutTypedExpiries(state.list, names),
				expiry: withAccountExpiries(state.expiry, names),
			};
		}

		case 'redemption-loading':
		case 'redemption-progress':
		case 'redemption-loaded':
		case 'redemption-failed':
		case 'redemption-retry':
		case 'redemption-fees':
		case 'redemption-ordered': {
			return withSlice(state, 'redemption', redemptionReducer(state.redemption, action));
		}

		case 'renewal-loading':
		case 'renewal-loaded':
		case 'renewal-failed':
		case 'renewal-retry':
		case 'renewal-window':
		case 'renewal-prices':
		case 'renewal-ordered': {
			return isRenewalAction(action) ? {...state, renewal: renewalReducer(state.renewal, action)} : state;
		}

		case 'picker': {
			return pickerStep(state, action.action);
		}

		case 'picker-continue': {
			const rows = pickedRows(state);
			if (rows.length === 0) {
				return state;
			}

			// The picked names skip the editor and the expiry look-up: the account's expiries came with them.
			const picked = {...state, list: listOfNames(rows.map((row) => row.name)), expiry: expiryOfPicked(rows)};
			return navigate(skipping(picked, ['domains', 'expiry']), {type: 'next'});
		}

		case 'picker-type': {
			// The editor and the expiry look-up show again, for a list typed from scratch.
			const typing = {...unskipping(state, ['domains', 'expiry']), list: emptyList(), expiry: idleExpiry()};
			return push(typing, 'domains');
		}

		case 'profiles-loading':
		case 'profiles-failed': {
			return profilesReducer(state, action);
		}

		case 'profiles-loaded': {
			return matchPendingProfile(profilesReducer(state, action));
		}

		case 'choose-profile': {
			return isUsableProfile(state, action.id) ? navigate({...state, profileId: action.id}, {type: 'next'}) : state;
		}

		case 'set-options': {
			return navigate({...state, options: action.options}, {type: 'next'});
		}

		case 'review-checking':
		case 'review-ready':
		case 'review-failed':
		case 'review-saved':
		case 'review-retry':
		case 'price-start':
		case 'price-result':
		case 'price-end':
		case 'balance-loading':
		case 'balance-loaded': {
			return reviewReducer(state, action);
		}

		case 'submit-start': {
			return {...push(state, 'submit'), submit: startedSubmit(action.batchId, action.chunks)};
		}

		case 'submit-progress': {
			return {...state, submit: submitProgress(state.submit, action.event)};
		}

		case 'retry-failed':
		case 'retry-allow': {
			return retryReducer(state, action);
		}

		case 'start-flow': {
			const fresh = {...state, ...freshFlow(action.operation), stack: [...state.stack, state.screen]};
			return {...fresh, screen: firstStep(fresh)};
		}

		case 'session-changed': {
			return reviewForgotten({
				...state,
				redemption: redemptionForgotten(state.redemption),
				renewal: idleRenewal(state.renewal.withinDays, state.renewal.selectAllOnLoad),
				profiles: idleProfiles(),
				expiry: expiryForgotten(state.expiry),
			});
		}
	}
}

export type {OrderOptions as WizardOptions} from '../../core/order/order-options.js';
export {optionsFromRecorded as optionsFrom} from '../../core/order/order-options.js';
export type {Prefill, InitialOptions} from './wizard-start.js';
export {initialWizardState} from './wizard-start.js';
export type {PricingState} from './wizard-review.js';
export {finishedChunks} from './submit-progress.js';
// What the review sends and what it costs are read from this state in wizard-selectors.ts.
export {checksOf, domainsToSend, estimateOf, expiryRows, isUnavailable} from './wizard-selectors.js';
