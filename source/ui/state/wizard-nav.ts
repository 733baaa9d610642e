// The wizard's navigation: which screen shows, the screens Esc returns to, and the order of an operation's steps
// (less the ones flags filled in). It knows nothing of what a step holds; wizard-state.ts composes it with the
// per-step data (docs/architecture.md, "The wizard"). A pure reducer, no I/O.
import type {Operation} from '../../core/order/order-items.js';
import type {WatchTarget} from '../../core/status/watch-target.js';

export type FlowStep = 'picker' | 'domains' | 'availability' | 'expiry' | 'profile' | 'options' | 'review' | 'submit';
export type Screen = 'first-run' | 'accounts' | 'add-account' | 'home' | 'history' | 'status' | FlowStep;

export const FLOW: Record<Operation, readonly FlowStep[]> = {
	register: ['domains', 'availability', 'profile', 'options', 'review', 'submit'],
	// The picker continues straight to options with expiries from the account; `t` there types or pastes names
	// instead, through the editor and the expiry look-up.
	redeem: ['picker', 'domains', 'expiry', 'options', 'review', 'submit'],
	// The same shape: expiries always come from the account, for picked and typed names alike.
	renew: ['picker', 'domains', 'expiry', 'options', 'review', 'submit'],
};

export type NavState = {
	screen: Screen;
	/** Screens to return to with Esc, oldest first. */
	stack: Screen[];
	/** Opened at a screen by a command (`status`, `history`): leaving that screen ends the app, as the command. */
	leaveQuits?: boolean;
	operation: Operation;
	/** Filled in by command-line flags (or by the picker): these steps are passed over. */
	skipped: FlowStep[];
	/** The batch history opens as it shows. */
	reopen?: string;
	/** The batch the status view watches. */
	watch?: WatchTarget;
};

export type NavAction =
	/** `reopen`: history opens this batch at once (home's key for an unfinished batch). */
	| {type: 'go'; screen: Screen; reopen?: string}
	| {type: 'replace'; screen: Screen}
	| {type: 'back'}
	| {type: 'next'}
	| {type: 'watch'; target: WatchTarget}
	/** Leave a finished submit without watching. */
	| {type: 'watch-none'};

/** The steps of this operation in order, without the ones flags filled in. */
export const stepsOf = (nav: Pick<NavState, 'operation' | 'skipped'>): FlowStep[] =>
	FLOW[nav.operation].filter((step) => !nav.skipped.includes(step));

export const firstStep = (nav: Pick<NavState, 'operation' | 'skipped'>): FlowStep => stepsOf(nav)[0]!;

/** The step after the current one; review and submit are never skipped, so there always is one before submit. */
export function nextStep(nav: Pick<NavState, 'operation' | 'skipped' | 'screen'>): FlowStep | undefined {
	const steps = stepsOf(nav);
	const current = FLOW[nav.operation].indexOf(nav.screen as FlowStep);
	return steps.find((step) => FLOW[nav.operation].indexOf(step) > current);
}

/** Show `screen`, with the one showing now as the place Esc returns to. */
export const push = <S extends NavState>(nav: S, screen: Screen): S => ({
	...nav,
	stack: [...nav.stack, nav.screen],
	screen,
});

/** These steps are passed over (again) from now on. */
export const skipping = <S extends NavState>(nav: S, steps: readonly FlowStep[]): S => ({
	...nav,
	skipped: [...nav.skipped.filter((step) => !steps.includes(step)), ...steps],
});

/** These steps show again, e.g. the editor after the picker's `t`. */
export const unskipping = <S extends NavState>(nav: S, steps: readonly FlowStep[]): S => ({
	...nav,
	skipped: nav.skipped.filter((step) => !steps.includes(step)),
});

/**
 * The navigation's own moves. `sent`: a submit has started, and once anything has been sent there is no step before
 * (the batch exists). A move that changes nothing returns the state itself.
 */
export function navReducer<S extends NavState>(nav: S, action: NavAction, {sent}: {sent: boolean}): S {
	switch (action.type) {
		case 'go': {
			return action.screen === nav.screen ? nav : push({...nav, reopen: action.reopen}, action.screen);
		}

		case 'replace': {
			return {...nav, screen: action.screen};
		}

		case 'back': {
			if (nav.screen === 'submit' && sent) {
				return nav;
			}

			const stack = nav.stack.slice();
			const previous = stack.pop() ?? (nav.screen === 'home' || nav.screen === 'first-run' ? nav.screen : 'home');
			return {...nav, stack, screen: previous};
		}

		case 'next': {
			const next = nextStep(nav);
			return next ? push(nav, next) : nav;
		}

		case 'watch': {
			// Leaving the status view goes home, not back into a finished submit.
			return {...nav, watch: action.target, stack: ['home'], screen: 'status'};
		}

		case 'watch-none': {
			return {...nav, stack: [], screen: 'home'};
		}
	}
}
