// How a headless order ends (core/order/order-outcome.ts): nothing to send is a success only when nothing needed doing
// (an empty list, or everything done before); a typed redeem expiry that differs from the account's is not sent unless asked for.
import {describe, expect, it} from 'vitest';
import {sentOutcome, unsentOutcome} from '../../source/core/order/order-outcome.js';
import {expiriesToSend} from '../../source/core/order/order-input.js';
import {priceOrder, type LeftOut, type PreparedOrder} from '../../source/core/order/prepared-order.js';
import type {SubmitSummary} from '../../source/core/submit/submit-batch.js';

const unsent = (leftOut: LeftOut[], heldBack: PreparedOrder['heldBack'] = []): PreparedOrder =>
	priceOrder({
		input: {operation: 'redeem', entries: []},
		domains: [],
		leftOut,
		heldBack,
		allDone: leftOut.length > 0 && leftOut.every((x) => x.kind === 'done'),
	});
const summary = (extra: Partial<SubmitSummary>): SubmitSummary => ({
	submitted: [],
	unknown: [],
	rejected: [],
	absent: [],
	leftOut: [],
	stopped: false,
	...extra,
});

describe('how a headless order ends', () => {
	it('all done before is a success; done or failed before is a finished batch with failures; held back waits', () => {
		const done: LeftOut = {domain: 'a.com', reason: 'registered', kind: 'done'};
		const failed: LeftOut = {domain: 'b.com', reason: 'taken', kind: 'failed'};
		expect(unsentOutcome(unsent([done]))).toMatchObject({outcome: 'ok', why: 'all-done', done: 1, failedBefore: 0});
		expect(unsentOutcome(unsent([done, failed]))).toMatchObject({
			outcome: 'some-failed',
			why: 'settled',
			done: 1,
			failedBefore: 1,
		});
		const undecided: LeftOut = {domain: 'c.com', reason: 'undecided', kind: 'unsure'};
		expect(unsentOutcome(unsent([undecided], [{domain: 'c.com', reason: 'undecided', retryAt: 1}])).outcome).toBe(
			'held-back',
		);
	});

	it('names left out that were expected (in flight elsewhere, refused) end apart; nothing asked for is a success', () => {
		// README, "Exit codes": 5 when listed names were left out, 0 when nothing needed doing.
		const inFlight: LeftOut = {domain: 'e.com', reason: 'in task T9', kind: 'in-flight', taskNo: 'T9'};
		expect(unsentOutcome(unsent([inFlight]))).toMatchObject({
			outcome: 'left-out',
			why: 'in-flight',
			pending: 1,
			taskNos: ['T9'],
		});
		const refused: LeftOut = {domain: 'd.com', reason: 'not in redemption'};
		expect(unsentOutcome(unsent([refused]))).toMatchObject({outcome: 'left-out', why: 'refused', refused: 1});
		expect(unsentOutcome(unsent([]))).toMatchObject({outcome: 'ok', why: 'nothing'});
		// With --all-in-redemption a domain the account cannot take now was never asked for.
		expect(unsentOutcome(unsent([refused]), false)).toMatchObject({outcome: 'ok', why: 'nothing'});
	});

	it('after sending: a stop or a refusal is an error, nothing new sent is left out; held back names keep the run open', () => {
		const order = {heldBack: []};
		expect(sentOutcome(order, summary({submitted: [{chunk: 0, taskNo: 'T1'}]}))).toBe('ok');
		expect(sentOutcome(order, summary({submitted: [{chunk: 0, taskNo: 'T1'}], stopped: true}))).toBe('error');
		// Another run holds every name: left out, not an error of this run (README, "Exit codes").
		expect(sentOutcome(order, summary({leftOut: [{chunk: 0, domain: 'a.com', taskNo: 'T0'}]}))).toBe('left-out');
		expect(
			sentOutcome(
				{heldBack: [{domain: 'c.com', reason: 'undecided', retryAt: 1}]},
				summary({submitted: [{chunk: 0, taskNo: 'T1'}]}),
			),
		).toBe('held-back');
	});

	it("sends the account's expiry unless the typed one is asked for, naming the ones replaced", () => {
		const ready = [
			{name: 'same.com', expiryMs: 1000, accountMs: 1000},
			{name: 'typed.com', expiryMs: 2000, accountMs: 3000},
		];
		expect(expiriesToSend(ready, false)).toEqual({
			entries: [
				{name: 'same.com', expiryMs: 1000},
				{name: 'typed.com', expiryMs: 3000},
			],
			replaced: ['typed.com'],
		});
		expect(expiriesToSend(ready, true).entries.map((e) => e.expiryMs)).toEqual([1000, 2000]);
		expect(expiriesToSend(ready, true).replaced).toEqual([]);
	});
});
