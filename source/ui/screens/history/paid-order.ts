// What sending a batch's never-ordered domains would order, for the price a paid account is shown before it types
// the count (docs/architecture.md, "One order, every door"): the domains of those chunks with the batch's terms
// (years, premium, trademark), which core prices by the same rule as the review and the command line.
import {useMemo} from 'react';
import {orderTerms} from '../../../core/order/order-money.js';
import type {HistoryRuntime} from './HistoryScreen.js';
import type {Phase} from './phase.js';
import type {PaidOrder} from './report.js';

export const usePaidOrder = (runtime: HistoryRuntime, phase: Phase): PaidOrder | undefined => {
	const batchId = phase.kind === 'confirm' ? phase.batchId : undefined;
	const chunks = phase.kind === 'confirm' ? phase.check.neverSent : undefined;
	return useMemo(() => {
		if (batchId === undefined || !chunks) {
			return undefined;
		}

		const {plan} = runtime.journal.load(batchId);
		return {
			api: runtime.client,
			currency: runtime.currency,
			order: {
				terms: orderTerms(plan.operation, plan.options),
				domains: chunks.flatMap((index) => plan.chunks[index]!.domains),
			},
		};
	}, [batchId, chunks, runtime]);
};
