import {describe, expect, it} from 'vitest';
import {isSubmit, operations, type OperationName} from '../../source/api/schema.js';

describe("the schema's kind of operation", () => {
	it('names the three batch submits, and only them, as orders', () => {
		const names = Object.keys(operations) as OperationName[];
		expect(names.filter(isSubmit).sort()).toEqual([
			'SaveBatchTaskForCreatingOrderActivate',
			'SaveBatchTaskForCreatingOrderRedeem',
			'SaveBatchTaskForCreatingOrderRenew',
		]);
		expect(names.filter((name) => !isSubmit(name)).length).toBeGreaterThanOrEqual(7);
	});
});
