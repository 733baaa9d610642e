// How the wizard opens: at home, at the first-run screen, at a command's screen (`status`, `history`), or at an
// operation's first step with what flags filled in (those steps are passed over); and the fresh data each flow
// starts from. Pure functions, no I/O.
import type {Operation} from '../../core/order/order-items.js';
import {defaultOrderOptions, type OrderOptions} from '../../core/order/order-options.js';
import type {WatchTarget} from '../../core/status/watch-target.js';
import {idleSubmit} from './submit-progress.js';
import {idleRenewal} from './renewal-state.js';
import {idleAvailability} from './wizard-availability.js';
import {idleExpiry} from './wizard-expiry.js';
import {emptyList, type EditorList} from './wizard-list.js';
import {firstStep, type FlowStep} from './wizard-nav.js';
import {idleProfiles} from './wizard-profiles.js';
import {idleRedemption} from './wizard-redemption.js';
import {idlePricing, idleReview} from './wizard-review.js';
import type {WizardState} from './wizard-state.js';

export type Prefill = {
	list?: EditorList;
	/** `redeem --all-in-redemption` in a terminal: the picker starts with all it can redeem selected. */
	selectAllInRedemption?: boolean;
	/** `renew --all-expiring [--within DAYS]` in a terminal: the renew picker's window, and all selected. */
	renewalWindow?: number;
	selectAllExpiring?: boolean;
	profileId?: number | 'default';
	options?: Partial<OrderOptions>;
	/** `--max-spend`: the review refuses to submit a batch whose estimate exceeds it. */
	maxSpend?: number;
	/** `--send-failed-again`: the review does not leave out names whose earlier order failed. */
	sendFailedAgain?: boolean;
};

export type InitialOptions = {
	/** Open the wizard at this operation's first step rather than at home. */
	operation?: Operation;
	prefill?: Prefill;
	/** No credentials were found: the first-run screen. */
	firstRun?: boolean;
	/** `alidomain status` and `alidomain history` in a terminal: open at that screen. */
	watch?: WatchTarget;
	history?: boolean;
};

/** Every step's data as a new flow of this operation starts it: nothing entered, nothing loaded. */
export const freshFlow = (operation: Operation) => ({
	operation,
	list: emptyList(),
	availability: idleAvailability(),
	expiry: idleExpiry(),
	redemption: idleRedemption(),
	renewal: idleRenewal(),
	profileId: undefined,
	pendingProfile: undefined,
	options: defaultOrderOptions(),
	skipped: [] as FlowStep[],
	review: idleReview(),
	pricing: idlePricing(),
	balance: {status: 'idle' as const},
	submit: idleSubmit(),
	draft: undefined,
	retryNotes: undefined,
	retryAsk: undefined,
	retryFrom: undefined,
	retryDeclined: undefined,
});

export function initialWizardState({operation, prefill, firstRun, watch, history}: InitialOptions = {}): WizardState {
	const base: WizardState = {
		screen: firstRun ? 'first-run' : 'home',
		stack: [],
		profiles: idleProfiles(),
		...freshFlow(operation ?? 'register'),
	};
	if (watch) {
		return {...base, watch, leaveQuits: true, screen: 'status'};
	}

	if (history) {
		return {...base, leaveQuits: true, screen: 'history'};
	}

	if (!operation) {
		return base;
	}

	const skipped: FlowStep[] = [];
	if (prefill?.list && prefill.list.entries.length > 0) {
		skipped.push('picker', 'domains');
	}

	if (prefill?.options && Object.keys(prefill.options).length > 0) {
		skipped.push('options');
	}

	const state: WizardState = {
		...base,
		redemption: prefill?.selectAllInRedemption ? {...base.redemption, selectAllOnLoad: true} : base.redemption,
		renewal:
			prefill?.renewalWindow !== undefined || prefill?.selectAllExpiring
				? idleRenewal(prefill.renewalWindow, prefill.selectAllExpiring)
				: base.renewal,
		list: prefill?.list ?? base.list,
		options: {...base.options, ...prefill?.options},
		maxSpend: prefill?.maxSpend,
		sendFailedAgain: prefill?.sendFailedAgain,
		pendingProfile: prefill?.profileId,
		skipped,
		stack: ['home'],
	};
	return {...state, screen: firstStep(state)};
}
