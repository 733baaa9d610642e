import {describe, expect, it} from 'vitest';
import type {ProfileView} from '../../../source/core/order/profiles.js';
import {addToList, emptyList} from '../../../source/ui/state/wizard-list.js';
import {
	domainsToSend,
	estimateOf,
	expiryRows,
	finishedChunks,
	initialWizardState,
	optionsFrom,
	wizardReducer,
	type WizardAction,
	type WizardState,
} from '../../../source/ui/state/wizard-state.js';
import {namesToCheck} from '../../../source/ui/state/wizard-availability.js';
import {listAsText} from '../../../source/ui/state/wizard-list.js';
import {prepareOptionsOf} from '../../../source/ui/app/plan-of.js';

const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);

const profile = (id: number, extra: Partial<ProfileView> = {}): ProfileView => ({
	id,
	name: `P${id}`,
	type: 'individual',
	cnnic: false,
	isDefault: false,
	usable: true,
	...extra,
});

describe('wizard state', () => {
	it('walks the register steps forward and back, keeping what was entered', () => {
		let state = run(initialWizardState(), {type: 'start-flow', operation: 'register'});
		expect(state.screen).toBe('domains');
		state = run(state, {type: 'list-add', text: 'one.com\ntwo.com'}, {type: 'next'});
		expect(state.screen).toBe('availability');
		state = run(state, {type: 'next'});
		expect(state.screen).toBe('profile');
		state = run(state, {type: 'back'}, {type: 'back'});
		expect(state.screen).toBe('domains');
		expect(state.list.entries.map((e) => e.name)).toEqual(['one.com', 'two.com']);
		state = run(state, {type: 'back'});
		expect(state.screen).toBe('home');
	});

	it('redeem opens on the picker; typed names go through the editor, expiry and options, without availability or profile', () => {
		let state = run(initialWizardState(), {type: 'start-flow', operation: 'redeem'});
		const seen = [state.screen];
		state = run(state, {type: 'picker-type'}, {type: 'list-add', text: 'a.com'});
		seen.push(state.screen);
		for (let i = 0; i < 3; i++) {
			state = run(state, {type: 'next'});
			seen.push(state.screen);
		}

		expect(seen).toEqual(['picker', 'domains', 'expiry', 'options', 'review']);
		// Back walks to the picker, not past it.
		state = run(state, {type: 'back'}, {type: 'back'}, {type: 'back'}, {type: 'back'});
		expect(state.screen).toBe('picker');
	});

	it('the picker continues with the selection and the account expiries, straight to options; --all-in-redemption selects all on load', () => {
		const now = Date.UTC(2026, 5, 1);
		const domains = [
			{name: 'soon.com', status: '2', expiryMs: now - 58 * 86_400_000},
			{name: 'later.com', status: '2', expiryMs: now - 40 * 86_400_000},
			{name: 'gone.com', status: '2', expiryMs: now - 61 * 86_400_000},
		];
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'redeem'},
			{type: 'redemption-loading'},
			{type: 'redemption-loaded', domains, now},
		);
		expect(state.screen).toBe('picker');
		expect(run(state, {type: 'picker-continue'})).toBe(state);
		state = run(state, {type: 'picker', action: {type: 'toggle-all'}}, {type: 'picker-continue'});
		expect(state.screen).toBe('options');
		expect(domainsToSend(state)).toEqual([
			{name: 'soon.com', expiryMs: domains[0]!.expiryMs},
			{name: 'later.com', expiryMs: domains[1]!.expiryMs},
		]);
		expect(state.expiry.ready.every((r) => r.source === 'account')).toBe(true);
		expect(run(state, {type: 'back'}).screen).toBe('picker');

		const all = run(
			initialWizardState({operation: 'redeem', prefill: {selectAllInRedemption: true}}),
			{type: 'redemption-loading'},
			{type: 'redemption-loaded', domains, now},
		);
		expect(all.screen).toBe('picker');
		expect([...all.redemption.picker.selected].sort()).toEqual(['later.com', 'soon.com']);
		// A failed look-up offers r: the list is loaded again from scratch.
		const failed = run(
			initialWizardState({operation: 'redeem'}),
			{type: 'redemption-loading'},
			{type: 'redemption-failed', error: {code: 'X', message: 'down'}},
		);
		expect(run(failed, {type: 'redemption-retry'}).redemption.status).toBe('idle');
	});

	it('flags skip their steps: a list skips the editor, an option skips options, a profile id is matched once loaded', () => {
		const list = addToList(emptyList(), 'one.com\ntwo.com', 'register');
		let state = initialWizardState({operation: 'register', prefill: {list, profileId: 'default', options: {years: 3}}});
		expect(state.screen).toBe('availability');
		expect(state.options.years).toBe(3);
		state = run(state, {type: 'next'});
		expect(state.screen).toBe('profile');
		state = run(state, {type: 'profiles-loaded', list: [profile(7, {isDefault: true}), profile(8)]});
		expect(state.profileId).toBe(7);
		expect(state.screen).toBe('review');
		// Back from review skips the steps the flags filled in.
		state = run(state, {type: 'back'});
		expect(state.screen).toBe('availability');
	});

	it('a --profile-id that is not verified leaves the profile step to the user', () => {
		let state = initialWizardState({
			operation: 'register',
			prefill: {list: addToList(emptyList(), 'a.com', 'register'), profileId: 9},
		});
		state = run(
			state,
			{type: 'next'},
			{type: 'profiles-loaded', list: [profile(9, {usable: false, reason: 'under review'})]},
		);
		expect(state.screen).toBe('profile');
		expect(state.profileId).toBeUndefined();
		expect(run(state, {type: 'choose-profile', id: 9}).screen).toBe('profile');
	});

	it('drops the unavailable names in one step and prices the rest', () => {
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'register'},
			{type: 'list-add', text: 'a.com b.com c.com'},
		);
		state = run(
			state,
			{type: 'check-start', total: 3},
			{
				type: 'check-result',
				done: 1,
				result: {name: 'a.com', availability: 'available', yearlyPrice: 10, currency: 'CNY'},
			},
			{type: 'check-result', done: 2, result: {name: 'b.com', availability: 'taken'}},
			{
				type: 'check-result',
				done: 3,
				result: {name: 'c.com', availability: 'premium', price: 500, yearlyPrice: 500, currency: 'CNY'},
			},
			{type: 'check-end', stopped: false},
			{type: 'drop-unavailable'},
		);
		expect(state.list.entries.map((e) => e.name)).toEqual(['a.com', 'c.com']);
		// The count follows the list: "2/2", not "3/3", once the taken name is dropped.
		expect(state.availability).toMatchObject({done: 2, total: 2});
		expect(Object.keys(state.availability.results).sort()).toEqual(['a.com', 'c.com']);
		expect(estimateOf(state)).toMatchObject({
			total: 10,
			lines: [{domain: 'a.com', amount: 10}],
			willFail: [{domain: 'c.com', kind: 'premium'}],
			complete: true,
		});
		const allowed = run(state, {type: 'set-options', options: {...state.options, premium: true}});
		expect(estimateOf(allowed)).toMatchObject({total: 510, willFail: [], complete: true});
		// The years chosen after the check multiply every price: 3 years of both is three times the one-year total.
		const threeYears = run(state, {type: 'set-options', options: {...state.options, premium: true, years: 3}});
		expect(estimateOf(threeYears)).toMatchObject({
			total: 1530,
			years: 3,
			lines: [
				{domain: 'a.com', amount: 30},
				{domain: 'c.com', amount: 1500},
			],
		});
	});

	it('redeem sends the looked-up expiry unless one was typed, and leaves out what review found ordered', () => {
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'redeem'},
			{type: 'list-add', text: 'a.com\nb.com\nc.com'},
		);
		state = run(
			state,
			{
				type: 'expiry-loaded',
				lookup: {
					ready: [
						{name: 'a.com', expiryMs: 1, source: 'account', accountMs: 1},
						{name: 'b.com', expiryMs: 2, source: 'account', accountMs: 2},
					],
					refused: [{name: 'c.com', reason: 'not in its redemption period'}],
					notices: [],
				},
			},
			{type: 'expiry-typed', name: 'b.com', expiryMs: 1_735_689_600_000},
			{type: 'review-ready', excluded: [{domain: 'a.com', reason: 'already in flight'}]},
		);
		expect(domainsToSend(state)).toEqual([{name: 'b.com', expiryMs: 1_735_689_600_000}]);
	});

	it('redeem lines merge by name: a later line fills in a missing expiry and counts as a duplicate', () => {
		let list = addToList(emptyList(), 'a.com\nnot a domain', 'redeem');
		list = addToList(list, 'a.com,1735689600000\nb.com', 'redeem');
		expect(list.entries).toEqual([
			{name: 'a.com', line: 1, expiryMs: 1_735_689_600_000},
			{name: 'b.com', line: 4},
		]);
		expect(list.duplicates).toBe(1);
		expect(list.rejected.map((r) => r.line)).toEqual([2]);
	});

	it('once a submit has started there is no going back, and watching leads home afterwards', () => {
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'register'},
			{type: 'submit-start', batchId: 'b1', chunks: 2},
		);
		expect(run(state, {type: 'back'}).screen).toBe('submit');
		state = run(
			state,
			{type: 'submit-progress', event: {type: 'submitted', chunk: 0, taskNo: 'T1', domains: 5}},
			{type: 'submit-progress', event: {type: 'unknown', chunk: 1, reason: 'timeout'}},
			{type: 'submit-progress', event: {type: 'done', stopped: false}},
		);
		expect(state.submit).toMatchObject({status: 'done', unknown: [{chunk: 1, reason: 'timeout'}]});
		expect(finishedChunks(state.submit)).toBe(2);
		state = run(state, {type: 'watch', target: {batchId: 'b1', taskNos: ['T1']}});
		expect(state.screen).toBe('status');
		expect(run(state, {type: 'back'}).screen).toBe('home');
	});

	it('retry failed takes the domains to review with the batch options', () => {
		const state = run(initialWizardState(), {
			type: 'retry-failed',
			operation: 'register',
			domains: ['x.com', 'y.com'],
			options: {years: 4, profileId: 12, dns: ['ns1.a.com', 'ns2.a.com'], privacy: false},
		});
		expect(state.screen).toBe('review');
		expect(state.list.entries.map((e) => e.name)).toEqual(['x.com', 'y.com']);
		expect(state.options).toMatchObject({years: 4, dns: ['ns1.a.com', 'ns2.a.com'], privacy: false});
		expect(state.profileId).toBe(12);
		expect(optionsFrom({}, state.options).options.years).toBe(4);
		expect(run(state, {type: 'back'}).screen).toBe('options');
	});
});

describe('drafts, typed expiries, resumed checks and retries in the wizard state', () => {
	it('a restored draft reads back as the same list, and discarding it empties the list', () => {
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'redeem'},
			{type: 'list-add', text: 'a.com,1735689600000\nb.com\nnot_valid'},
		);
		const text = listAsText(state.list);
		expect(text).toBe('a.com,1735689600000\nb.com\nnot_valid');
		state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'redeem'},
			{type: 'draft-restore', text, savedAt: 5},
		);
		expect(state.draft).toEqual({savedAt: 5});
		expect(state.list.entries.map((e) => [e.name, e.expiryMs])).toEqual([
			['a.com', 1_735_689_600_000],
			['b.com', undefined],
		]);
		expect(state.list.rejected).toHaveLength(1);
		state = run(state, {type: 'draft-discard'});
		expect(state.draft).toBeUndefined();
		expect(state.list.entries).toEqual([]);
	});

	it("a typed expiry that is not the account's is typed and differs until the account's is taken", () => {
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'redeem'},
			{type: 'list-add', text: 'a.com,1735689600000\nb.com'},
		);
		state = run(state, {
			type: 'expiry-loaded',
			lookup: {
				ready: [
					{name: 'a.com', expiryMs: 1_735_689_600_000, source: 'typed', accountMs: 1_790_000_000_000},
					{name: 'b.com', expiryMs: 7, source: 'account', accountMs: 7},
				],
				refused: [],
				notices: [],
			},
		});
		expect(expiryRows(state).map((r) => [r.name, r.typed, r.differs])).toEqual([
			['a.com', true, true],
			['b.com', false, false],
		]);
		state = run(state, {type: 'expiry-use-account', names: ['a.com']});
		expect(expiryRows(state).map((r) => [r.name, r.typed, r.differs])).toEqual([
			['a.com', false, false],
			['b.com', false, false],
		]);
		expect(domainsToSend(state)).toEqual([
			{name: 'a.com', expiryMs: 1_790_000_000_000},
			{name: 'b.com', expiryMs: 7},
		]);
		expect(state.list.entries[0]!.expiryMs).toBeUndefined();
		expect(state.expiry.status).toBe('done');
	});

	it('a stopped check resumes with the names not yet checked, keeping the results', () => {
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'register'},
			{type: 'list-add', text: 'a.com\nb.com\nc.com'},
		);
		state = run(
			state,
			{type: 'check-start', total: 3},
			{type: 'check-result', result: {name: 'a.com', availability: 'available'}, done: 1},
			{type: 'check-result', result: {name: 'b.com', availability: 'error', reason: 'x'}, done: 2},
			{type: 'check-end', stopped: true},
		);
		expect(state.availability.status).toBe('stopped');
		expect(namesToCheck(state)).toEqual({names: ['b.com', 'c.com'], resumeFrom: 1});
		state = run(state, {type: 'check-start', total: 3, resume: true});
		expect(state.availability).toMatchObject({
			status: 'running',
			done: 1,
			results: {'a.com': {availability: 'available'}},
		});
	});

	it('a redeem retry looks every expiry up again: it opens at the expiry step with nothing typed', () => {
		let state = run(
			initialWizardState(),
			{type: 'start-flow', operation: 'redeem'},
			{type: 'list-add', text: 'a.com,1735689600000'},
			{type: 'expiry-typed', name: 'a.com', expiryMs: 1},
		);
		state = run(state, {
			type: 'retry-failed',
			operation: 'redeem',
			domains: ['a.com'],
			notes: ['1 had a wrong expiry'],
		});
		expect(state.screen).toBe('expiry');
		expect(state.expiry).toMatchObject({status: 'idle', typed: {}, ready: []});
		expect(state.list.entries).toEqual([{name: 'a.com', line: 1}]);
		expect(state.retryNotes).toEqual(['1 had a wrong expiry']);
	});

	it('a retry asks about premium and trademark names: no leaves them out, yes allows them; neither is turned on by itself', () => {
		const retry = (): WizardState =>
			run(initialWizardState(), {
				type: 'retry-failed',
				operation: 'register',
				domains: ['p1.com', 'tm-1.com', 'slow.com'],
				ask: {premium: ['p1.com'], trademark: ['tm-1.com']},
			});
		let state = retry();
		expect(state.retryAsk).toEqual({premium: ['p1.com'], trademark: ['tm-1.com']});
		expect(state.options).toMatchObject({premium: false, trademark: false});
		state = run(state, {type: 'retry-allow', allow: false});
		expect(state.retryAsk).toBeUndefined();
		expect(state.list.entries.map((e) => e.name)).toEqual(['slow.com']);
		expect(state.options).toMatchObject({premium: false, trademark: false});
		state = run(retry(), {type: 'retry-allow', allow: true});
		expect(state.list.entries.map((e) => e.name)).toEqual(['p1.com', 'tm-1.com', 'slow.com']);
		expect(state.options).toMatchObject({premium: true, trademark: true});
	});

	it('the prepared order of the wizard looks at earlier failures unless it is a retry or --send-failed-again said so', () => {
		expect(prepareOptionsOf(initialWizardState({operation: 'register'})).sendFailedAgain).toBe(false);
		expect(
			prepareOptionsOf(initialWizardState({operation: 'register', prefill: {sendFailedAgain: true}})).sendFailedAgain,
		).toBe(true);
		expect(
			prepareOptionsOf(run(initialWizardState(), {type: 'retry-failed', operation: 'register', domains: ['a.com']}))
				.sendFailedAgain,
		).toBe(true);
	});
});
