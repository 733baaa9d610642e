// The review step's data: what the prepared order leaves out and why, the review's own prices, the account's
// balance, and the limits flags set (`--max-spend`, `--send-failed-again`). What the review sends and what it
// costs are read from the whole state in wizard-selectors.ts. A pure reducer, no I/O; the loads run in ui/app/
// (use-review-check.ts, use-balance-read.ts, use-pricing.ts).
import type {CheckResult} from '../../core/pricing/availability.js';
import type {BalanceView} from '../../core/pricing/balance.js';
import type {NoticeError} from '../components/Notice.js';
import type {Load} from './wizard-load.js';

/** Prices the review asked for itself: names the availability check did not price, or redemption fees. */
export type PricingState = {
	status: 'idle' | 'running' | 'done' | 'stopped';
	results: Record<string, CheckResult>;
	done: number;
	total: number;
};

export type ReviewState = {
	review: Load<{excluded: Array<{domain: string; reason: string}>}> & {savedTo?: string};
	pricing: PricingState;
	balance: {status: 'idle' | 'loading' | 'done'; view?: BalanceView};
	/** `--max-spend`: the review refuses to submit a batch whose estimate exceeds it. */
	maxSpend?: number;
	/** `--send-failed-again`: names whose earlier order failed for a reason that still holds go all the same. */
	sendFailedAgain?: boolean;
};

export type ReviewAction =
	| {type: 'review-checking'}
	| {type: 'review-ready'; excluded: Array<{domain: string; reason: string}>}
	| {type: 'review-failed'; error: NoticeError}
	| {type: 'review-saved'; path: string}
	| {type: 'review-retry'}
	| {type: 'price-start'; total: number}
	| {type: 'price-result'; result: CheckResult; done: number}
	| {type: 'price-end'; stopped: boolean}
	| {type: 'balance-loading'}
	| {type: 'balance-loaded'; view: BalanceView};

export const idleReview = (): ReviewState['review'] => ({status: 'idle', excluded: []});
export const idlePricing = (): PricingState => ({status: 'idle', results: {}, done: 0, total: 0});

/**
 * The review is entered: its answers depend on the steps before, so the check and the balance are asked again and
 * pricing starts again (a pricing still running goes on; the prices already read stay).
 */
export function enteringReview<S extends ReviewState>(state: S): S {
	const pricing = state.pricing.status === 'running' ? state.pricing : {...state.pricing, status: 'idle' as const};
	return {...state, review: idleReview(), balance: {status: 'idle'}, pricing};
}

/** Another account: nothing it answered holds. */
export const reviewForgotten = <S extends ReviewState>(state: S): S => ({
	...state,
	review: idleReview(),
	pricing: idlePricing(),
	balance: {status: 'idle'},
});

export function reviewReducer<S extends ReviewState>(state: S, action: ReviewAction): S {
	switch (action.type) {
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
			return {...state, review: idleReview()};
		}

		case 'review-saved': {
			return {...state, review: {...state.review, savedTo: action.path}};
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
	}
}
