// The batch the review shows and the submit sends, built by the engine's own functions from the wizard's data.
import type {BatchPlan} from '../../core/submit/journal-rules.js';
import type {RegisterOptions} from '../../core/order/order-items.js';
import {planOrder, type OrderInput} from '../../core/submit/submit-path.js';
import type {Runtime} from '../../runtime.js';
import {domainsToSend, type WizardState} from '../state/wizard-state.js';

export const registerOptionsOf = (state: WizardState): RegisterOptions => ({
	profileId: state.profileId ?? 0,
	years: state.options.years,
	dns: state.options.dns,
	privacy: state.options.privacy,
	premium: state.options.premium,
	trademark: state.options.trademark,
});

const voucherOf = (state: WizardState) => ({
	...(state.options.coupon ? {coupon: state.options.coupon} : {}),
	...(state.options.promotion ? {promotion: state.options.promotion} : {}),
});

/** What the wizard hands to the one prepared order (core/order/prepared-order.ts): the names it would send, with their options. */
export function orderInputOf(state: WizardState): OrderInput {
	const domains = domainsToSend(state);
	return state.operation === 'register'
		? {operation: 'register', names: domains.map((d) => d.name), register: registerOptionsOf(state)}
		: state.operation === 'renew'
			? {
					operation: 'renew',
					entries: domains.map((d) => ({name: d.name, expiryMs: d.expiryMs!})),
					renew: {years: state.options.years, premium: state.options.premium},
				}
			: {operation: 'redeem', entries: domains.map((d) => ({name: d.name, expiryMs: d.expiryMs!}))};
}

/**
 * A retry's list was already sorted by why each name failed (core/order/retry-plan.ts): what may not succeed was left out
 * there, and premium or trademark names wait for the review's question; so earlier failures are not looked at again.
 * `--send-failed-again` says the same for any list.
 */
export const prepareOptionsOf = (state: WizardState) => ({
	batchSize: state.options.batchSize,
	voucher: voucherOf(state),
	sendFailedAgain: state.retryNotes !== undefined || state.sendFailedAgain === true,
});

export function planOf(
	state: WizardState,
	runtime: Pick<Runtime, 'accountLabel' | 'endpoint' | 'sandbox'> & {client: {accessKeyId: string}},
): BatchPlan {
	return planOrder(runtime, {...orderInputOf(state), ...prepareOptionsOf(state)});
}
