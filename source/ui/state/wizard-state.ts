// The wizard as data: which screen is showing, what the user has entered on each step, and what the engine has
// answered. Screens send intents; hooks that call the engine send their results; this reducer decides. No I/O.
// Longer than 300 lines on purpose: it is the one place every move between screens is written, and splitting
// the cases would scatter the transitions. What is not a transition lives elsewhere: order options and their
// conversions in core/order/order-options.ts, a submit's progress in submit-progress.ts, the list in wizard-list.ts,
// what is read from the state (the domains to send, the cost) in wizard-selectors.ts.
import type {CheckResult} from '../../core/pricing/availability.js';
import type {BalanceView} from '../../core/pricing/balance.js';
import type {Operation} from '../../core/order/order-items.js';
import type {ProfileView} from '../../core/order/profiles.js';
import type {RedeemLookup} from '../../core/account/redemption-lookup.js';
import type {RedemptionDomain} from '../../core/account/redemption-list.js';
import type {WatchTarget} from '../../core/status/watch-target.js';
import {isUnavailable} from '../../core/pricing/availability.js';
import {
	defaultOrderOptions as defaultOptions,
	optionsFromRecorded as optionsFrom,
	type OrderOptions as WizardOptions,
} from '../../core/order/order-options.js';
import type {NoticeError} from '../components/Notice.js';
import {idleSubmit, startedSubmit, submitProgress, type SubmitStep, type SubmitState} from './submit-progress.js';
import {addToList, emptyList, removeFromList, type EditorList} from './wizard-list.js';
import {
	emptyRedemptionPicker as emptyPicker,
	pickerFrom,
	pickerReducer,
	selectedRows,
	type PickerAction,
	type PickerState,
} from './redemption-picker.js';
import {idleRenewal, isRenewalAction, renewalReducer, type RenewalAction, type RenewalState} from './renewal-state.js';

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

export type {OrderOptions as WizardOptions} from '../../core/order/order-options.js';
export {
	defaultOrderOptions as defaultOptions,
	optionsFromRecorded as optionsFrom,
} from '../../core/order/order-options.js';

type Load<T> = {status: 'idle' | 'loading' | 'done' | 'error'; error?: NoticeError} & T;

/** The account's redemption-period domains, as the picker shows them. */
export type RedemptionState = Load<{
	domains: readonly RedemptionDomain[];
	picker: PickerState;
	progress?: {read: number; total: number};
	selectAllOnLoad?: boolean;
}>;

export {finishedChunks, type SubmitState} from './submit-progress.js';

export type Prefill = {
	list?: EditorList;
	/** `redeem --all-in-redemption` in a terminal: the picker starts with all it can redeem selected. */
	selectAllInRedemption?: boolean;
	/** `renew --all-expiring [--within DAYS]` in a terminal: the renew picker's window, and all selected. */
	renewalWindow?: number;
	selectAllExpiring?: boolean;
	profileId?: number | 'default';
	options?: Partial<WizardOptions>;
	/** `--max-spend`: the review refuses to submit a batch whose estimate exceeds it. */
	maxSpend?: number;
	/** `--send-failed-again`: the review does not leave out names whose earlier order failed. */
	sendFailedAgain?: boolean;
};

/** Prices the review asked for itself: names the availability check did not price, or redemption fees. */
export type PricingState = {
	status: 'idle' | 'running' | 'done' | 'stopped';
	results: Record<string, CheckResult>;
	done: number;
	total: number;
};

export type WizardState = {
	screen: Screen;
	/** Screens to return to with Esc, oldest first. */
	stack: Screen[];
	/** Opened at a screen by a command (`status`, `history`): leaving that screen ends the app, as the command. */
	leaveQuits?: boolean;
	operation: Operation;
	list: EditorList;
	availability: {
		status: 'idle' | 'running' | 'done' | 'stopped';
		results: Record<string, CheckResult>;
		done: number;
		total: number;
	};
	expiry: Load<Pick<RedeemLookup, 'ready' | 'refused' | 'notices'>> & {typed: Record<string, number>};
	redemption: RedemptionState;
	/** Renew: the account's domains to renew, as the renew picker shows them (renewal-state.ts). */
	renewal: RenewalState;
	profiles: Load<{list: ProfileView[]}>;
	profileId?: number;
	/** A --profile-id not yet matched against the account's profiles. */
	pendingProfile?: number | 'default';
	options: WizardOptions;
	/** Filled in by command-line flags: these steps are passed over. */
	skipped: FlowStep[];
	review: Load<{excluded: Array<{domain: string; reason: string}>}> & {savedTo?: string};
	pricing: PricingState;
	balance: {status: 'idle' | 'loading' | 'done'; view?: BalanceView};
	maxSpend?: number;
	/** `--send-failed-again`: names whose earlier order failed for a reason that still holds go all the same. */
	sendFailedAgain?: boolean;
	submit: SubmitState;
	watch?: WatchTarget;
	/** The list came back from a draft saved earlier (see store/drafts.ts); shown with the way to discard it. */
	draft?: {savedAt: number};
	/** What "retry failed" left out or changed, shown in review (see core/order/retry-plan.ts); set only on a retry's list. */
	retryNotes?: string[];
	/**
	 * A retry's names refused as premium or trademark: the review asks before allowing them (default no) and sends
	 * nothing until it is answered; a guard is never loosened by the retry itself.
	 */
	retryAsk?: {premium: string[]; trademark: string[]};
	/** The batch history opens as it shows. */
	reopen?: string;
};

export type WizardAction =
	/** `reopen`: history opens this batch at once (home's key for an unfinished batch). */
	| {type: 'go'; screen: Screen; reopen?: string}
	| {type: 'replace'; screen: Screen}
	| {type: 'back'}
	| {type: 'start-flow'; operation: Operation}
	| {type: 'next'}
	| {type: 'list-add'; text: string}
	| {type: 'list-remove'; names: string[]}
	/** The domain list step opened empty and a draft was on disk. */
	| {type: 'draft-restore'; text: string; savedAt: number}
	/** Throw the restored draft away: the list empties. */
	| {type: 'draft-discard'}
	| {type: 'check-start'; total: number; resume?: boolean}
	| {type: 'check-result'; result: CheckResult; done: number}
	| {type: 'check-end'; stopped: boolean}
	| {type: 'drop-unavailable'}
	| {type: 'expiry-loading'}
	| {type: 'expiry-loaded'; lookup: Pick<RedeemLookup, 'ready' | 'refused' | 'notices'>}
	| {type: 'expiry-failed'; error: NoticeError}
	| {type: 'expiry-typed'; name: string; expiryMs: number}
	/** Send the account's expiry for these domains instead of the one typed by hand (on the list or on the step). */
	| {type: 'expiry-use-account'; names: string[]}
	| {type: 'redemption-loading'}
	| {type: 'redemption-progress'; read: number; total: number}
	| {type: 'redemption-loaded'; domains: readonly RedemptionDomain[]; now: number}
	| {type: 'redemption-failed'; error: NoticeError}
	/** `r` after a failed look-up: load the list again. */
	| {type: 'redemption-retry'}
	| {type: 'redemption-fees'; fees: ReadonlyMap<string, number>}
	/** Domains of the list that an earlier batch has ordered (the never-order-twice check), with the reason. */
	| {type: 'redemption-ordered'; ordered: ReadonlyMap<string, string>}
	| RenewalAction
	/** A key on the picker of the current operation (redeem or renew). */
	| {type: 'picker'; action: PickerAction}
	/** Enter on the picker: the selection, with the account's expiries, goes on to options. */
	| {type: 'picker-continue'}
	/** Type or paste names instead: the editor, then the expiry look-up against the same list. */
	| {type: 'picker-type'}
	| {type: 'profiles-loading'}
	| {type: 'profiles-loaded'; list: ProfileView[]}
	| {type: 'profiles-failed'; error: NoticeError}
	| {type: 'choose-profile'; id: number}
	| {type: 'set-options'; options: WizardOptions}
	| {type: 'review-checking'}
	| {type: 'review-ready'; excluded: Array<{domain: string; reason: string}>}
	| {type: 'review-failed'; error: NoticeError}
	| {type: 'review-saved'; path: string}
	| {type: 'review-retry'}
	| {type: 'price-start'; total: number}
	| {type: 'price-result'; result: CheckResult; done: number}
	| {type: 'price-end'; stopped: boolean}
	| {type: 'balance-loading'}
	| {type: 'balance-loaded'; view: BalanceView}
	/** Leave out the domains the balance does not cover. */
	| {type: 'cut-to-balance'; names: string[]}
	| {type: 'submit-start'; batchId: string; chunks: number}
	| {type: 'submit-progress'; event: SubmitStep}
	| {type: 'watch'; target: WatchTarget}
	/** Leave a finished submit without watching. */
	| {type: 'watch-none'}
	| {
			type: 'retry-failed';
			operation: Operation;
			domains: string[];
			options?: Record<string, unknown>;
			notes?: string[];
			ask?: {premium: string[]; trademark: string[]};
	  }
	/** The answer to the retry's question: allow premium / trademark for its names, or leave those names out. */
	| {type: 'retry-allow'; allow: boolean}
	/** Another account or endpoint: answers from the old one are dropped. */
	| {type: 'session-changed'};

const idleRedemption = (): RedemptionState => ({status: 'idle', domains: [], picker: emptyPicker()});

const freshFlow = (operation: Operation) => ({
	operation,
	list: emptyList(),
	availability: {status: 'idle' as const, results: {}, done: 0, total: 0},
	expiry: {status: 'idle' as const, ready: [], refused: [], notices: [], typed: {}},
	redemption: idleRedemption(),
	renewal: idleRenewal(),
	profileId: undefined,
	pendingProfile: undefined,
	options: defaultOptions(),
	skipped: [] as FlowStep[],
	review: {status: 'idle' as const, excluded: []},
	pricing: {status: 'idle' as const, results: {}, done: 0, total: 0},
	balance: {status: 'idle' as const},
	submit: idleSubmit(),
	draft: undefined,
	retryNotes: undefined,
	retryAsk: undefined,
});

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

export function initialWizardState({operation, prefill, firstRun, watch, history}: InitialOptions = {}): WizardState {
	const base: WizardState = {
		screen: firstRun ? 'first-run' : 'home',
		stack: [],
		profiles: {status: 'idle', list: []},
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

/** The steps of this operation in order, without the ones flags filled in. */
export const stepsOf = (state: Pick<WizardState, 'operation' | 'skipped'>): FlowStep[] =>
	FLOW[state.operation].filter((step) => !state.skipped.includes(step));

const firstStep = (state: WizardState): FlowStep => stepsOf(state)[0]!;

/** The step after the current one; review and submit are never skipped, so there always is one before submit. */
export function nextStep(state: WizardState): FlowStep | undefined {
	const steps = stepsOf(state);
	const current = FLOW[state.operation].indexOf(state.screen as FlowStep);
	return steps.find((step) => FLOW[state.operation].indexOf(step) > current);
}

const push = (state: WizardState, screen: Screen): WizardState => ({
	...state,
	stack: [...state.stack, state.screen],
	screen,
});

// Moving to a step whose answer depends on earlier steps drops what it had worked out, so nothing stale is shown.
const entering = (state: WizardState, screen: Screen): WizardState => {
	if (screen === 'review') {
		const pricing = state.pricing.status === 'running' ? state.pricing : {...state.pricing, status: 'idle' as const};
		return {...state, review: {status: 'idle', excluded: []}, balance: {status: 'idle'}, pricing};
	}

	return state;
};

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'go': {
			return action.screen === state.screen
				? state
				: entering(push({...state, reopen: action.reopen}, action.screen), action.screen);
		}

		case 'replace': {
			return {...state, screen: action.screen};
		}

		case 'back': {
			// Once anything has been sent, there is no step before: the batch exists.
			if (state.screen === 'submit' && state.submit.status !== 'idle') {
				return state;
			}

			const stack = state.stack.slice();
			const previous = stack.pop() ?? (state.screen === 'home' || state.screen === 'first-run' ? state.screen : 'home');
			return {...state, stack, screen: previous};
		}

		case 'start-flow': {
			const fresh = {...state, ...freshFlow(action.operation), stack: [...state.stack, state.screen]};
			return {...fresh, screen: firstStep(fresh)};
		}

		case 'next': {
			const next = nextStep(state);
			return next ? entering(push(state, next), next) : state;
		}

		case 'list-add': {
			return listChanged({...state, list: addToList(state.list, action.text, state.operation)});
		}

		case 'list-remove': {
			return listChanged({...state, list: removeFromList(state.list, new Set(action.names))});
		}

		case 'draft-restore': {
			return listChanged({
				...state,
				list: addToList(emptyList(), action.text, state.operation),
				draft: {savedAt: action.savedAt},
			});
		}

		case 'draft-discard': {
			return listChanged({...state, list: emptyList(), draft: undefined});
		}

		case 'session-changed': {
			return {
				...state,
				redemption: {...idleRedemption(), selectAllOnLoad: state.redemption.selectAllOnLoad},
				renewal: idleRenewal(state.renewal.withinDays, state.renewal.selectAllOnLoad),
				profiles: {status: 'idle', list: []},
				expiry: {...state.expiry, status: 'idle', ready: [], refused: [], notices: []},
				review: {status: 'idle', excluded: []},
				pricing: {status: 'idle', results: {}, done: 0, total: 0},
				balance: {status: 'idle'},
			};
		}

		case 'price-start': {
			return {...state, pricing: {...state.pricing, status: 'running', done: 0, total: action.total}};
		}

		case 'price-result': {
			const {pricing} = state;
			return {
				...state,
				pricing: {...pricing, done: action.done, results: {...pricing.results, [action.result.name]: action.result}},
			};
		}

		case 'price-end': {
			return {...state, pricing: {...state.pricing, status: action.stopped ? 'stopped' : 'done'}};
		}

		case 'balance-loading': {
			return {...state, balance: {status: 'loading'}};
		}

		case 'balance-loaded': {
			return {...state, balance: {status: 'done', view: action.view}};
		}

		case 'cut-to-balance': {
			return {...state, list: removeFromList(state.list, new Set(action.names))};
		}

		case 'check-start': {
			if (action.resume) {
				// Results so far stay; `done` counts them, and the check goes on with the rest.
				const listed = new Set(state.list.entries.map((entry) => entry.name));
				const kept = Object.fromEntries(
					Object.entries(state.availability.results).filter(
						([name, result]) => listed.has(name) && result.availability !== 'error',
					),
				);
				return {
					...state,
					availability: {status: 'running', results: kept, done: Object.keys(kept).length, total: action.total},
				};
			}

			return {...state, availability: {status: 'running', results: {}, done: 0, total: action.total}};
		}

		case 'check-result': {
			const {availability} = state;
			return {
				...state,
				availability: {
					...availability,
					done: action.done,
					results: {...availability.results, [action.result.name]: action.result},
				},
			};
		}

		case 'check-end': {
			// Stopped after the last name was checked is a finished check: nothing is left to resume.
			const {done, total} = state.availability;
			return {
				...state,
				availability: {...state.availability, status: action.stopped && done < total ? 'stopped' : 'done'},
			};
		}

		case 'drop-unavailable': {
			const {results} = state.availability;
			const unavailable = state.list.entries
				.filter((entry) => isUnavailable(results[entry.name]))
				.map((entry) => entry.name);
			const dropped = new Set(unavailable);
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

		case 'expiry-loading': {
			return {...state, expiry: {...state.expiry, status: 'loading', error: undefined}};
		}

		case 'expiry-loaded': {
			return {...state, expiry: {...state.expiry, ...action.lookup, status: 'done', error: undefined}};
		}

		case 'expiry-failed': {
			return {...state, expiry: {...state.expiry, status: 'error', error: action.error}};
		}

		case 'expiry-typed': {
			return {...state, expiry: {...state.expiry, typed: {...state.expiry.typed, [action.name]: action.expiryMs}}};
		}

		case 'expiry-use-account': {
			const names = new Set(action.names);
			const typed = Object.fromEntries(Object.entries(state.expiry.typed).filter(([name]) => !names.has(name)));
			const ready = state.expiry.ready.map((r) =>
				names.has(r.name) ? {...r, expiryMs: r.accountMs, source: 'account' as const} : r,
			);
			const notices = state.expiry.notices.filter((n) => !names.has(n.name));
			// The list's typed values go too, so a new lookup does not bring them back; the lookup itself stays.
			const entries = state.list.entries.map((entry) =>
				names.has(entry.name) && entry.expiryMs !== undefined ? {...entry, expiryMs: undefined} : entry,
			);
			return {...state, list: {...state.list, entries}, expiry: {...state.expiry, typed, ready, notices}};
		}

		case 'redemption-loading': {
			return {...state, redemption: {...state.redemption, status: 'loading', error: undefined}};
		}

		case 'redemption-progress': {
			return state.redemption.status === 'loading'
				? {...state, redemption: {...state.redemption, progress: {read: action.read, total: action.total}}}
				: state;
		}

		case 'redemption-loaded': {
			const picker = pickerFrom(action.domains, action.now, state.redemption.picker.fees);
			return {
				...state,
				redemption: {
					status: 'done',
					domains: action.domains,
					picker: state.redemption.selectAllOnLoad ? pickerReducer(picker, {type: 'toggle-all'}) : picker,
				},
			};
		}

		case 'redemption-failed': {
			return {...state, redemption: {...state.redemption, status: 'error', error: action.error}};
		}

		case 'redemption-retry': {
			return state.redemption.status === 'error' ? {...state, redemption: idleRedemption()} : state;
		}

		case 'redemption-fees': {
			const {redemption} = state;
			return {
				...state,
				redemption: {...redemption, picker: pickerReducer(redemption.picker, {type: 'fees', fees: action.fees})},
			};
		}

		case 'redemption-ordered': {
			const {redemption} = state;
			return {
				...state,
				redemption: {
					...redemption,
					picker: pickerReducer(redemption.picker, {type: 'ordered', ordered: action.ordered}),
				},
			};
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
			if (state.operation === 'renew') {
				const picker = pickerReducer(state.renewal.picker, action.action);
				return picker === state.renewal.picker ? state : {...state, renewal: {...state.renewal, picker}};
			}

			const {redemption} = state;
			const picker = pickerReducer(redemption.picker, action.action);
			return picker === redemption.picker ? state : {...state, redemption: {...redemption, picker}};
		}

		case 'picker-continue': {
			const rows: ReadonlyArray<{name: string; expiryMs: number; premium?: boolean}> =
				state.operation === 'renew' ? selectedRows(state.renewal.picker) : selectedRows(state.redemption.picker);
			if (rows.length === 0) {
				return state;
			}

			const list: EditorList = {
				entries: rows.map((row, i) => ({name: row.name, line: i + 1})),
				rejected: [],
				duplicates: 0,
				duplicateNames: [],
				lines: rows.length,
			};
			const expiry = {
				status: 'done' as const,
				ready: rows.map((row) => ({
					name: row.name,
					expiryMs: row.expiryMs,
					source: 'account' as const,
					accountMs: row.expiryMs,
					...(row.premium ? {premium: true} : {}),
				})),
				refused: [],
				notices: [],
				typed: {},
			};
			const skipped = [
				...state.skipped.filter((step) => step !== 'domains' && step !== 'expiry'),
				'domains' as const,
				'expiry' as const,
			];
			return wizardReducer({...state, list, expiry, skipped}, {type: 'next'});
		}

		case 'picker-type': {
			const skipped = state.skipped.filter((step) => step !== 'domains' && step !== 'expiry');
			const typing = {
				...state,
				skipped,
				list: emptyList(),
				expiry: {status: 'idle' as const, ready: [], refused: [], notices: [], typed: {}},
			};
			return entering(push(typing, 'domains'), 'domains');
		}

		case 'profiles-loading': {
			return {...state, profiles: {...state.profiles, status: 'loading', error: undefined}};
		}

		case 'profiles-loaded': {
			const loaded = {...state, profiles: {status: 'done' as const, list: action.list}};
			return matchPendingProfile(loaded);
		}

		case 'profiles-failed': {
			return {...state, profiles: {...state.profiles, status: 'error', error: action.error}};
		}

		case 'choose-profile': {
			const profile = state.profiles.list.find((p) => p.id === action.id);
			if (!profile?.usable) {
				return state;
			}

			return wizardReducer({...state, profileId: action.id}, {type: 'next'});
		}

		case 'set-options': {
			return wizardReducer({...state, options: action.options}, {type: 'next'});
		}

		case 'review-checking': {
			return {...state, review: {status: 'loading', excluded: []}};
		}

		case 'review-ready': {
			return {...state, review: {status: 'done', excluded: action.excluded}};
		}

		case 'review-failed': {
			return {...state, review: {status: 'error', excluded: [], error: action.error}};
		}

		case 'review-retry': {
			return {...state, review: {status: 'idle', excluded: []}};
		}

		case 'review-saved': {
			return {...state, review: {...state.review, savedTo: action.path}};
		}

		case 'submit-start': {
			return {...push(state, 'submit'), submit: startedSubmit(action.batchId, action.chunks)};
		}

		case 'submit-progress': {
			return {...state, submit: submitProgress(state.submit, action.event)};
		}

		case 'watch': {
			// Leaving the status view goes home, not back into a finished submit.
			return {...state, watch: action.target, stack: ['home'], screen: 'status'};
		}

		case 'watch-none': {
			return {...state, stack: [], screen: 'home'};
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
				return {...state, options, retryAsk: undefined, review: {status: 'idle', excluded: []}};
			}

			return {
				...state,
				retryAsk: undefined,
				list: removeFromList(state.list, new Set([...ask.premium, ...ask.trademark])),
			};
		}

		case 'retry-failed': {
			// The options of the batch stay; the failed domains go back through review, never straight to submit.
			const kept = optionsFrom(action.options ?? {}, state.options);
			const asked = action.ask && action.ask.premium.length + action.ask.trademark.length > 0 ? action.ask : undefined;
			const fresh = {
				...state,
				...freshFlow(action.operation),
				options: kept.options,
				profileId: kept.profileId ?? state.profileId,
				retryNotes: action.notes ?? [],
				retryAsk: asked,
			};
			const list = addToList(emptyList(), action.domains.join('\n'), action.operation);
			if (action.operation !== 'register') {
				// Every expiry is looked up in the account again (a typed one may be why it failed), and a domain redeemed
				// meanwhile is out of its redemption period: the expiry step leaves it out with the reason.
				return {...fresh, list, stack: ['home', 'domains'], screen: 'expiry'};
			}

			// Esc from review walks back through the steps, options first: that is where a refused premium name is allowed.
			const before = FLOW[action.operation].slice(0, FLOW[action.operation].indexOf('review'));
			return {...fresh, list, stack: ['home', ...before], screen: 'review', review: {status: 'idle', excluded: []}};
		}
	}
}

// Expiries were looked up for the old list; a new lookup runs when the expiry step shows again.
const listChanged = (state: WizardState): WizardState => ({
	...state,
	expiry: {...state.expiry, status: 'idle', ready: [], refused: [], notices: []},
});

function matchPendingProfile(state: WizardState): WizardState {
	const wanted = state.pendingProfile;
	if (wanted === undefined) {
		return state;
	}

	const profile = state.profiles.list.find((p) => (wanted === 'default' ? p.isDefault : p.id === wanted));
	const cleared = {...state, pendingProfile: undefined};
	if (!profile?.usable) {
		return cleared;
	}

	const chosen = {...cleared, profileId: profile.id, skipped: [...state.skipped, 'profile' as const]};
	// Loaded while the profile step shows: move on as if the user had chosen it, leaving no step behind to go back to.
	if (state.screen !== 'profile') {
		return chosen;
	}

	const next = nextStep(chosen);
	return next ? {...chosen, screen: next} : chosen;
}

// What the review sends and what it costs are read from this state in wizard-selectors.ts.
export {checksOf, domainsToSend, estimateOf, expiryRows, isUnavailable} from './wizard-selectors.js';
