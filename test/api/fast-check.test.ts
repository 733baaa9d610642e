// The client's quick shape check may only say yes where the full schema parse would give back the same value.
import {describe, expect, it} from 'vitest';
import type {z} from 'zod';
import {fastCheck} from '../../source/api/fast-check.js';
import {operations, type OperationName} from '../../source/api/schema.js';
import {activateParams, makeWorld} from '../sandbox/world-helpers.js';

function samples(): [OperationName, unknown][] {
	const h = makeWorld();
	const {TaskNo} = h.call(
		'SaveBatchTaskForCreatingOrderActivate',
		activateParams(['fast-a.com', 'taken-fast.com', 'ab.com']),
	);
	h.clock.tick(60_000);
	return [
		['SaveBatchTaskForCreatingOrderActivate', {RequestId: 'R', TaskNo}],
		['QueryTaskDetailList', h.call('QueryTaskDetailList', {TaskNo, PageNum: 1, PageSize: 10})],
		['QueryTaskList', h.call('QueryTaskList', {PageNum: 1, PageSize: 10})],
		['QueryTaskInfoHistory', h.call('QueryTaskInfoHistory', {PageSize: 10})],
		['QueryRegistrantProfiles', h.call('QueryRegistrantProfiles', {})],
		['QueryDomainList', h.call('QueryDomainList', {PageNum: 1, PageSize: 50})],
		['QueryDomainByDomainName', h.call('QueryDomainByDomainName', {DomainName: 'lianyun-tech.com'})],
		['CheckDomain', h.call('CheckDomain', {DomainName: 'fast-b.com'})],
	].map(([action, answer]) => [action as OperationName, JSON.parse(JSON.stringify(answer)) as unknown]);
}

/** Every variation of one leaf or list: wrong primitive types, a lone object for a list, a field left out. */
function* mutations(value: unknown): Generator<unknown> {
	if (Array.isArray(value)) {
		if (value.length > 0) yield value[0];
		for (let i = 0; i < value.length; i++)
			for (const m of mutations(value[i])) yield value.map((v, j) => (j === i ? m : v));
		return;
	}
	if (typeof value === 'object' && value !== null) {
		for (const [key, v] of Object.entries(value)) {
			const {[key]: _gone, ...rest} = value as Record<string, unknown>;
			yield rest;
			for (const m of mutations(v)) yield {...value, [key]: m};
		}
		return;
	}
	if (typeof value === 'number') yield String(value);
	if (typeof value === 'string') yield 7;
	if (typeof value === 'boolean') yield String(value);
	yield null;
}

describe('fastCheck', () => {
	it.each(samples())('passes the sandbox answer to %s as it is, and the full parse agrees', (action, answer) => {
		const schema = operations[action].response as unknown as z.ZodType;
		expect(fastCheck(schema)(answer)).toBe(true);
		expect(schema.parse(answer)).toEqual(answer);
	});

	it('says yes to a variation only when the full parse gives the same value back', () => {
		let yes = 0;
		let no = 0;
		for (const [action, answer] of samples()) {
			const schema = operations[action].response as unknown as z.ZodType;
			for (const mutated of mutations(answer)) {
				if (fastCheck(schema)(mutated)) {
					yes++;
					expect(schema.parse(mutated)).toEqual(mutated);
				} else no++;
			}
		}
		// Leaving out an optional field is fine; most variations are not.
		expect(yes).toBeGreaterThan(50);
		expect(no).toBeGreaterThan(500);
	});
});
