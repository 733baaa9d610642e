import {describe, expect, it} from 'vitest';
import {addToList, emptyList, listAsText, removeFromList} from '../../../source/ui/state/wizard-list.js';

describe('the editor list as draft text', () => {
	it('reads back with the same line numbers and counts after a deletion, a duplicate and a rejected line', () => {
		let list = addToList(
			emptyList(),
			'a-one.com\nnot a domain!!\nb-two.com\nA-ONE.com\n# a comment\nc-three.com d-four.com',
			'register',
		);
		list = removeFromList(list, new Set(['b-two.com']));
		const restored = addToList(emptyList(), listAsText(list), 'register');
		const lines = (l: typeof list) => l.entries.map((e) => [e.name, e.line]);
		expect(lines(restored)).toEqual(lines(list));
		expect(lines(restored)).toEqual([
			['a-one.com', 1],
			['c-three.com', 6],
			['d-four.com', 6],
		]);
		expect(restored.rejected.map((r) => [r.line, r.input])).toEqual([[2, 'not a domain!!']]);
		expect(restored.duplicates).toBe(1);
	});

	it("keeps a redeem line's expiry on its line", () => {
		const list = addToList(emptyList(), 'x-one.com\na-two.com,1735689600000', 'redeem');
		const restored = addToList(emptyList(), listAsText(list), 'redeem');
		expect(restored.entries.map((e) => [e.name, e.line, e.expiryMs])).toEqual([
			['x-one.com', 1, undefined],
			['a-two.com', 2, 1_735_689_600_000],
		]);
	});
});
