// What a dry run writes down: the exact requests of the plan, and what the batch would cost against the balance.
import {balanceJson, type BalanceView} from '../pricing/balance.js';
import {requestsOf} from './chunk-request.js';
import {estimateJson, type Estimate} from '../pricing/estimate.js';
import type {BatchPlan} from '../submit/journal-rules.js';

export function dryRunRecord(
	plan: BatchPlan,
	about: {endpoint: string; account: string; version: string; estimate?: Estimate; balance?: BalanceView},
) {
	return {
		dryRun: true,
		nothingSent: true,
		createdAt: new Date(plan.createdAt).toISOString(),
		account: about.account,
		endpoint: about.endpoint,
		version: about.version,
		operation: plan.operation,
		estimate: about.estimate ? estimateJson(about.estimate) : null,
		balance: about.balance ? balanceJson(about.balance) : null,
		requests: requestsOf(plan),
	};
}
