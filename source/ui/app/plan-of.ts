// The batch the review shows and the submit sends, built by the engine's own functions from the wizard's data.
import type {BatchPlan} from '../../core/journal-rules.js';
import type {RegisterOptions} from '../../core/orders.js';
import {planOrder} from '../../core/submit-path.js';
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
	const domains = domainsToSend(state);
	const input = state.operation === 'register'
		? {operation: 'register' as const, names: domains.map(d => d.name), register: registerOptionsOf(state)}
		: state.operation === 'renew'
			? {operation: 'renew' as const, entries: domains.map(d => ({name: d.name, expiryMs: d.expiryMs!})), renew: {years: state.options.years, premium: state.options.premium}}
			: {operation: 'redeem' as const, entries: domains.map(d => ({name: d.name, expiryMs: d.expiryMs!}))};
	return planOrder(runtime, {...input, batchSize: state.options.batchSize, voucher: voucherOf(state)});
}
