// Each slice of the wizard's per-step data on its own reducer, without the navigation and without Ink: the list,
// the availability check, the expiry look-up, the redeem picker's list, the profiles, the review, the retry.
import {describe, expect, it} from 'vitest';
import type {CheckResult} from '../../../source/core/pricing/availability.js';
import type {ProfileView} from '../../../source/core/order/profiles.js';
import {
	availabilityReducer,
	idleAvailability,
	namesToCheck,
	unavailableNames,
} from '../../../source/ui/state/wizard-availability.js';
import {
	expiryForgotten,
	expiryOfPicked,
	expiryReducer,
	idleExpiry,
	withAccountExpiries,
	type ExpiryState,
} from '../../../source/ui/state/wizard-expiry.js';
import {
	addToList,
	emptyList,
	listOfNames,
	listReducer,
	withoutTypedExpiries,
	type ListState,
} from '../../../source/ui/state/wizard-list.js';
import {
	idleProfiles,
	isUsableProfile,
	matchPendingProfile,
	profilesReducer,
	type ProfilesState,
} from '../../../source/ui/state/wizard-profiles.js';
import {idleRedemption, redemptionForgotten, redemptionReducer} from '../../../source/ui/state/wizard-redemption.js';
import {
	enteringReview,
	idlePricing,
	idleReview,
	reviewForgotten,
	reviewReducer,
	type ReviewState,
} from '../../../source/ui/state/wizard-review.js';
import type {NavState} from '../../../source/ui/state/wizard-nav.js';
import {initialWizardState, wizardReducer} from '../../../source/ui/state/wizard-state.js';
import {retryReducer} from '../../../source/ui/state/wizard-retry.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const check = (name: string, availability: CheckResult['availability']): CheckResult => ({name, availability});
const profile = (id: number, extra: Partial<ProfileView> = {}): ProfileView => ({
	id,
	name: `P${id}`,
	type: 'individual',
	cnnic: false,
	isDefault: false,
	usable: true,
	...extra,
});

describe('the list slice', () => {
	it('adds, removes, restores and discards; a redeem line keeps its expiry', () => {
		let state = listReducer<ListState>({list: emptyList()}, {type: 'list-add', text: 'a.com\nb.com'}, 'register');
		expect(state.list.entries.map((e) => e.name)).toEqual(['a.com', 'b.com']);
		state = listReducer(state, {type: 'cut-to-balance', names: ['b.com']}, 'register');
		expect(state.list.entries.map((e) => e.name)).toEqual(['a.com']);
		const restored = listReducer(state, {type: 'draft-restore', text: `c.com,${NOW}`, savedAt: 42}, 'redeem');
		expect(restored.draft).toEqual({savedAt: 42});
		expect(restored.list.entries).toMatchObject([{name: 'c.com', expiryMs: NOW}]);
		const discarded = listReducer(restored, {type: 'draft-discard'}, 'redeem');
		expect(discarded.list.entries).toEqual([]);
		expect(discarded.draft).toBeUndefined();
	});

	it('forgets typed expiries only for the names asked, and lists picked names one a line', () => {
		const list = addToList(emptyList(), `a.com,${NOW}\nb.com,${NOW}`, 'redeem');
		const cleared = withoutTypedExpiries(list, new Set(['a.com']));
		expect(cleared.entries.map((e) => e.expiryMs)).toEqual([undefined, NOW]);
		expect(listOfNames(['x.com', 'y.com'])).toMatchObject({
			entries: [
				{name: 'x.com', line: 1},
				{name: 'y.com', line: 2},
			],
			lines: 2,
		});
	});
});

describe('the availability slice', () => {
	it('counts answers, resumes with the listed names already answered, and ends stopped only when names are left', () => {
		const list = addToList(emptyList(), 'a.com b.com c.com', 'register');
		let state = availabilityReducer(idleAvailability(), {type: 'check-start', total: 3}, list);
		state = availabilityReducer(state, {type: 'check-result', result: check('a.com', 'available'), done: 1}, list);
		state = availabilityReducer(state, {type: 'check-result', result: check('b.com', 'error'), done: 2}, list);
		state = availabilityReducer(state, {type: 'check-end', stopped: true}, list);
		expect(state.status).toBe('stopped');
		// b.com failed: it is checked again with c.com; a.com's answer stays.
		expect(namesToCheck({list, availability: state})).toEqual({names: ['b.com', 'c.com'], resumeFrom: 1});
		const resumed = availabilityReducer(state, {type: 'check-start', total: 3, resume: true}, list);
		expect(resumed).toMatchObject({status: 'running', done: 1, total: 3});
		expect(Object.keys(resumed.results)).toEqual(['a.com']);
		const full = availabilityReducer({...resumed, done: 3}, {type: 'check-end', stopped: true}, list);
		expect(full.status).toBe('done');
	});

	it('names the unavailable listed names', () => {
		const list = addToList(emptyList(), 'a.com b.com', 'register');
		const state = {
			...idleAvailability(),
			results: {'a.com': check('a.com', 'unavailable'), 'b.com': check('b.com', 'available')},
		};
		expect([...unavailableNames(list, state)]).toEqual(['a.com']);
	});
});

describe('the expiry slice', () => {
	const looked: ExpiryState = {
		...idleExpiry(),
		status: 'done',
		ready: [{name: 'a.com', expiryMs: NOW, source: 'typed', accountMs: NOW - DAY}],
		refused: [{name: 'z.com', reason: 'not in redemption'}],
		notices: [{name: 'a.com', notice: 'typed differs'}],
		typed: {'a.com': NOW + DAY},
	};

	it('loads, fails and is typed into; forgetting the look-up keeps what was typed', () => {
		let state = expiryReducer(idleExpiry(), {type: 'expiry-loading'});
		expect(state.status).toBe('loading');
		state = expiryReducer(state, {type: 'expiry-failed', error: {code: 'X', message: 'down'}});
		expect(state).toMatchObject({status: 'error', error: {code: 'X'}});
		state = expiryReducer(state, {
			type: 'expiry-loaded',
			lookup: {ready: looked.ready, refused: looked.refused, notices: looked.notices},
		});
		expect(state).toMatchObject({status: 'done', error: undefined, ready: looked.ready});
		state = expiryReducer(state, {type: 'expiry-typed', name: 'b.com', expiryMs: 7});
		expect(state.typed).toEqual({'b.com': 7});
		const forgotten = expiryForgotten(looked);
		expect(forgotten).toMatchObject({status: 'idle', ready: [], refused: [], notices: [], typed: looked.typed});
	});

	it("takes the account's expiry for the names asked, and a picked row comes with the account's", () => {
		const taken = withAccountExpiries(looked, new Set(['a.com']));
		expect(taken.ready[0]).toMatchObject({expiryMs: NOW - DAY, source: 'account'});
		expect(taken.typed).toEqual({});
		expect(taken.notices).toEqual([]);
		expect(taken.refused).toBe(looked.refused);
		const picked = expiryOfPicked([{name: 'p.com', expiryMs: NOW, premium: true}]);
		expect(picked).toMatchObject({
			status: 'done',
			ready: [{name: 'p.com', expiryMs: NOW, accountMs: NOW, source: 'account', premium: true}],
		});
	});
});

describe('the redeem picker list slice', () => {
	const domains = [
		{name: 'soon.com', status: '2', expiryMs: NOW - 58 * DAY},
		{name: 'later.com', status: '2', expiryMs: NOW - 40 * DAY},
	];

	it('shows progress only while loading, selects all on load when asked, and retries only after a failure', () => {
		const idle = idleRedemption();
		expect(redemptionReducer(idle, {type: 'redemption-progress', read: 1, total: 2})).toBe(idle);
		const loading = redemptionReducer({...idle, selectAllOnLoad: true}, {type: 'redemption-loading'});
		expect(redemptionReducer(loading, {type: 'redemption-progress', read: 1, total: 2}).progress).toEqual({
			read: 1,
			total: 2,
		});
		const loaded = redemptionReducer(loading, {type: 'redemption-loaded', domains, now: NOW});
		expect([...loaded.picker.selected].sort()).toEqual(['later.com', 'soon.com']);
		expect(redemptionReducer(loaded, {type: 'redemption-retry'})).toBe(loaded);
		const failed = redemptionReducer(loading, {type: 'redemption-failed', error: {code: 'X', message: 'down'}});
		expect(redemptionReducer(failed, {type: 'redemption-retry'}).status).toBe('idle');
		// Another account before the list came: read again, still selecting all.
		expect(redemptionForgotten(loading)).toMatchObject({status: 'idle', domains: [], selectAllOnLoad: true});
	});

	it('marks what earlier batches ordered and prices each suffix', () => {
		const loaded = redemptionReducer(idleRedemption(), {type: 'redemption-loaded', domains, now: NOW});
		const ordered = redemptionReducer(loaded, {
			type: 'redemption-ordered',
			ordered: new Map([['soon.com', 'in flight']]),
		});
		expect(ordered.picker.ordered.get('soon.com')).toBe('in flight');
		const priced = redemptionReducer(ordered, {type: 'redemption-fees', fees: new Map([['com', 1200]])});
		expect(priced.picker.fees.get('com')).toBe(1200);
	});
});

describe('the profiles slice', () => {
	it('loads and fails; only a usable profile can be chosen', () => {
		let state = profilesReducer({profiles: idleProfiles()}, {type: 'profiles-loading'});
		expect(state.profiles.status).toBe('loading');
		state = profilesReducer(state, {type: 'profiles-loaded', list: [profile(1), profile(2, {usable: false})]});
		expect(isUsableProfile(state, 1)).toBe(true);
		expect(isUsableProfile(state, 2)).toBe(false);
		expect(isUsableProfile(state, 3)).toBe(false);
		expect(profilesReducer(state, {type: 'profiles-failed', error: {code: 'X', message: 'm'}}).profiles.status).toBe(
			'error',
		);
	});

	it('matches a pending --profile-id once: chosen and the step skipped, or left to the user', () => {
		const base: NavState & ProfilesState = {
			screen: 'profile',
			stack: ['home'],
			operation: 'register',
			skipped: [],
			profiles: {status: 'done', list: [profile(7, {isDefault: true}), profile(8, {usable: false})]},
		};
		const matched = matchPendingProfile({...base, pendingProfile: 'default'});
		expect(matched).toMatchObject({profileId: 7, pendingProfile: undefined, skipped: ['profile'], screen: 'options'});
		const refused = matchPendingProfile({...base, pendingProfile: 8});
		expect(refused).toMatchObject({skipped: [], screen: 'profile'});
		expect(refused.profileId).toBeUndefined();
		expect(refused.pendingProfile).toBeUndefined();
		const none = {...base};
		expect(matchPendingProfile(none)).toBe(none);
	});
});

describe('the review slice', () => {
	const fresh = (): ReviewState => ({review: idleReview(), pricing: idlePricing(), balance: {status: 'idle'}});

	it('checks, prices and reads the balance; entering again asks again but keeps a pricing that runs', () => {
		let state = reviewReducer(fresh(), {type: 'review-checking'});
		state = reviewReducer(state, {type: 'review-ready', excluded: [{domain: 'a.com', reason: 'ordered'}]});
		state = reviewReducer(state, {type: 'price-start', total: 2});
		state = reviewReducer(state, {type: 'price-result', result: check('b.com', 'available'), done: 1});
		state = reviewReducer(state, {type: 'balance-loading'});
		state = reviewReducer(state, {type: 'balance-loaded', view: {status: 'error', error: 'no permission'}});
		expect(state).toMatchObject({
			review: {status: 'done'},
			pricing: {status: 'running', done: 1, total: 2},
			balance: {status: 'done'},
		});
		const entered = enteringReview(state);
		expect(entered.review).toEqual(idleReview());
		expect(entered.balance).toEqual({status: 'idle'});
		expect(entered.pricing).toBe(state.pricing);
		const ended = reviewReducer(state, {type: 'price-end', stopped: true});
		const again = enteringReview(ended);
		expect(again.pricing).toMatchObject({status: 'idle', results: ended.pricing.results});
		expect(reviewForgotten(ended).pricing).toEqual(idlePricing());
	});

	it('fails, retries and says where the dry run went', () => {
		let state = reviewReducer(fresh(), {type: 'review-failed', error: {code: 'X', message: 'm'}});
		expect(state.review).toMatchObject({status: 'error', excluded: []});
		state = reviewReducer(state, {type: 'review-retry'});
		expect(state.review.status).toBe('idle');
		expect(reviewReducer(state, {type: 'review-saved', path: '/d.json'}).review.savedTo).toBe('/d.json');
	});
});

describe('the retry slice', () => {
	it('a register retry opens at review with the batch options; nothing is asked without premium or trademark names', () => {
		const state = retryReducer(initialWizardState(), {
			type: 'retry-failed',
			operation: 'register',
			domains: ['a.com', 'b.com'],
			options: {years: 3},
		});
		expect(state).toMatchObject({screen: 'review', operation: 'register', retryAsk: undefined, retryNotes: []});
		expect(state.options.years).toBe(3);
		expect(state.stack).toEqual(['home', 'domains', 'availability', 'profile', 'options']);
		expect(retryReducer(state, {type: 'retry-allow', allow: true})).toBe(state);
	});

	it('allowing turns on only the guard the names need; refusing leaves them out', () => {
		const asked = retryReducer(initialWizardState(), {
			type: 'retry-failed',
			operation: 'register',
			domains: ['abc.com', 'nike-fan.com', 'plain.com'],
			ask: {premium: ['abc.com'], trademark: []},
		});
		const allowed = retryReducer(asked, {type: 'retry-allow', allow: true});
		expect(allowed.options).toMatchObject({premium: true, trademark: asked.options.trademark});
		expect(allowed.retryAsk).toBeUndefined();
		const refused = retryReducer(asked, {type: 'retry-allow', allow: false});
		expect(refused.list.entries.map((e) => e.name)).toEqual(['nike-fan.com', 'plain.com']);
		// Through the composed reducer it is the same move.
		expect(wizardReducer(asked, {type: 'retry-allow', allow: false})).toEqual(refused);
		// Names are still left to send: the review stays, nothing is said on a status view.
		expect(refused).toMatchObject({screen: 'review', retryDeclined: undefined});
	});

	it('refusing when that leaves nothing to send goes back to the status view it came from, with why', () => {
		const batch = {batchId: 'b1', taskNos: ['t1']};
		const fromStatus = initialWizardState({watch: batch});
		const asked = retryReducer(fromStatus, {
			type: 'retry-failed',
			operation: 'register',
			domains: ['abc.com', 'nike-fan.com'],
			notes: ['Left out 1 that cannot succeed: 1 taken'],
			ask: {premium: ['abc.com'], trademark: ['nike-fan.com']},
		});
		const back = retryReducer(asked, {type: 'retry-allow', allow: false});
		expect(back).toMatchObject({screen: 'status', stack: fromStatus.stack, watch: batch, leaveQuits: true});
		expect(back.retryDeclined).toEqual({
			premium: ['abc.com'],
			trademark: ['nike-fan.com'],
			notes: ['Left out 1 that cannot succeed: 1 taken'],
		});
		expect(back.list.entries).toEqual([]);
		expect(back.retryNotes).toBeUndefined();
		// A new retry from there asks afresh and forgets what was said.
		expect(retryReducer(back, {type: 'retry-failed', operation: 'register', domains: ['a.com']}).retryDeclined).toBe(
			undefined,
		);

		// From history's status view (the batch is history's, not the wizard's): Esc from the status view goes to history.
		const inHistory = {...initialWizardState(), screen: 'history' as const, stack: ['home' as const]};
		const fromHistory = retryReducer(
			retryReducer(inHistory, {
				type: 'retry-failed',
				operation: 'register',
				domains: ['abc.com'],
				ask: {premium: ['abc.com'], trademark: []},
				target: batch,
			}),
			{type: 'retry-allow', allow: false},
		);
		expect(fromHistory).toMatchObject({screen: 'status', stack: ['home', 'history'], watch: batch});
	});
});
