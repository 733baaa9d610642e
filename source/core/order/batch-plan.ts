// The plan of a batch, as the journal records it before anything is sent: the exact items of each chunk.
import {randomUUID} from 'node:crypto';
import type {BatchPlan} from '../submit/journal-rules.js';
import type {Operation} from './order-items.js';
import {planBatches} from './task-size.js';

export interface PlannedItem {
	domain: string;
	item: Record<string, unknown>;
}

export function newBatchId(now = new Date()): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
	return `${stamp}-${randomUUID().slice(0, 8)}`;
}

export function createBatchPlan(input: {
	operation: Operation;
	items: readonly PlannedItem[];
	batchSize: number;
	options: Record<string, unknown>;
	account: BatchPlan['account'];
	now?: number;
}): BatchPlan {
	const createdAt = input.now ?? Date.now();
	return {
		id: newBatchId(new Date(createdAt)),
		createdAt,
		operation: input.operation,
		account: input.account,
		options: input.options,
		chunks: planBatches(input.items, input.batchSize).map((chunk, index) => ({
			index,
			items: chunk.map((c) => c.item),
			domains: chunk.map((c) => c.domain),
		})),
	};
}
