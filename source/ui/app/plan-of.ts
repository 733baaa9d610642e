// The batch the review shows and the submit sends, built by the engine's own functions from the wizard's data.
import {createBatchPlan} from '../../core/batch-plan.js';
export {requestsOf} from '../../core/batch-plan.js';
import type {BatchPlan} from '../../core/journal-rules.js';
import {activateItem, redeemItem, type RegisterOptions} from '../../core/orders.js';
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

export function planOf(state: WizardState, runtime: Pick<Runtime, 'accountLabel' | 'endpoint' | 'sandbox'> & {client: {accessKeyId: string}}): BatchPlan {
	const register = state.operation === 'register' ? registerOptionsOf(state) : undefined;
	const items = domainsToSend(state).map(({name, expiryMs}) => ({domain: name, item: register ? activateItem(name, register) : redeemItem(name, expiryMs!)}));
	return createBatchPlan({
		operation: state.operation,
		items,
		batchSize: state.options.batchSize,
		options: {...(register ?? {}), ...voucherOf(state)},
		account: {label: runtime.accountLabel, accessKeyId: runtime.client.accessKeyId, endpoint: runtime.endpoint, sandbox: runtime.sandbox},
	});
}
