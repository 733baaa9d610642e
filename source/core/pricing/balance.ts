// The account balance, read with the billing API's QueryAccountBalance. A RAM user may lack the permission: the
// balance is then unknown and named as such, and that alone never stops a batch (docs/api.md "The account balance").
import type {DomainClient} from '../../api/client.js';
import {ApiError, DecodeError, NetworkError} from '../../api/errors.js';
import {operations} from '../../api/schema.js';
import type {Balance} from './estimate.js';

export type BalanceView =
	| {status: 'known'; balance: Balance}
	/** No permission: `permission` names the RAM action to grant. */
	| {status: 'no-permission'; code: string; permission: string}
	| {status: 'error'; error: string};

export const BALANCE_PERMISSION = operations.QueryAccountBalance.ramAction;

export async function readBalance(
	api: Pick<DomainClient, 'queryAccountBalance'>,
	signal?: AbortSignal,
): Promise<BalanceView> {
	try {
		const answer = await api.queryAccountBalance({}, {signal});
		return {status: 'known', balance: {amount: answer.Data.AvailableAmount, currency: answer.Data.Currency}};
	} catch (error) {
		if (error instanceof ApiError && error.category === 'permission')
			return {status: 'no-permission', code: error.code, permission: BALANCE_PERMISSION};
		if (error instanceof ApiError || error instanceof NetworkError || error instanceof DecodeError)
			return {status: 'error', error: error.message};
		throw error;
	}
}

/** The balance as `--json` and the dry run carry it. */
export function balanceJson(view: BalanceView) {
	switch (view.status) {
		case 'known':
			return {known: true, amount: view.balance.amount, currency: view.balance.currency};
		case 'no-permission':
			return {known: false, reason: `no permission (${view.code})`, permission: view.permission};
		case 'error':
			return {known: false, reason: view.error};
	}
}
