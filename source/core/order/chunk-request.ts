// The exact request a chunk of a batch is sent as. The submit and the dry run both build it here, so what a dry run
// shows is what would be sent.
import type {BatchPlan} from '../submit/journal-rules.js';
import {voucherParams, type ActivateItem, type RedeemItem, type RenewItem} from './order-items.js';

type Voucher = ReturnType<typeof voucherParams>;

export type ChunkRequest =
	| {Action: 'SaveBatchTaskForCreatingOrderActivate'; params: {OrderActivateParam: ActivateItem[]} & Voucher}
	| {Action: 'SaveBatchTaskForCreatingOrderRedeem'; params: {OrderRedeemParam: RedeemItem[]} & Voucher}
	| {Action: 'SaveBatchTaskForCreatingOrderRenew'; params: {OrderRenewParam: RenewItem[]} & Voucher};

/** The request for these items of the batch (a whole chunk, or the part of it the server check left in). */
export function requestOf(
	plan: Pick<BatchPlan, 'operation' | 'options'>,
	items: ReadonlyArray<Record<string, unknown>>,
): ChunkRequest {
	const voucher = voucherParams(plan.options as {coupon?: string; promotion?: string});
	switch (plan.operation) {
		case 'register':
			return {
				Action: 'SaveBatchTaskForCreatingOrderActivate',
				params: {OrderActivateParam: items as ActivateItem[], ...voucher},
			};
		case 'redeem':
			return {
				Action: 'SaveBatchTaskForCreatingOrderRedeem',
				params: {OrderRedeemParam: items as RedeemItem[], ...voucher},
			};
		case 'renew':
			return {
				Action: 'SaveBatchTaskForCreatingOrderRenew',
				params: {OrderRenewParam: items as RenewItem[], ...voucher},
			};
	}
}

/** Exactly what each request of the batch would carry, for a dry run: the action and its parameters. */
export function requestsOf(plan: BatchPlan): Array<Record<string, unknown>> {
	return plan.chunks.map((chunk) => {
		const request = requestOf(plan, chunk.items);
		return {Action: request.Action, ...request.params};
	});
}
