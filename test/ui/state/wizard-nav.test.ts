// The wizard's navigation on its own, without any step's data: the steps of each operation, what flags skip, Esc's
// way back, and the moves that change nothing.
import {describe, expect, it} from 'vitest';
import {
	FLOW,
	firstStep,
	navReducer,
	nextStep,
	skipping,
	stepsOf,
	unskipping,
	type NavAction,
	type NavState,
} from '../../../source/ui/state/wizard-nav.js';

const nav = (extra: Partial<NavState> = {}): NavState => ({
	screen: 'home',
	stack: [],
	operation: 'register',
	skipped: [],
	...extra,
});
const run = (state: NavState, ...actions: NavAction[]) =>
	actions.reduce((s, action) => navReducer(s, action, {sent: false}), state);

describe('the wizard navigation', () => {
	it('walks each operation through its steps in order, up to submit and not past it', () => {
		for (const operation of ['register', 'redeem', 'renew'] as const) {
			let state = nav({operation, screen: firstStep({operation, skipped: []})});
			const seen = [state.screen];
			for (let i = 0; i < FLOW[operation].length + 2; i++) {
				state = run(state, {type: 'next'});
				if (state.screen !== seen.at(-1)) seen.push(state.screen);
			}

			expect(seen).toEqual(FLOW[operation]);
			expect(state.screen).toBe('submit');
			// Esc walks back the same way, then home.
			const back = FLOW[operation].map(() => 'x').reduce((s) => run(s, {type: 'back'}), state);
			expect(back.screen).toBe('home');
		}
	});

	it('passes over skipped steps, forward and back', () => {
		const skipped = skipping(nav({operation: 'register'}), ['availability', 'profile']);
		expect(stepsOf(skipped)).toEqual(FLOW.register.filter((s) => s !== 'availability' && s !== 'profile'));
		let state = run({...skipped, screen: 'domains'}, {type: 'next'});
		expect(state.screen).toBe('options');
		expect(nextStep(state)).toBe('review');
		state = run(state, {type: 'back'});
		expect(state.screen).toBe('domains');
		// Skipping a step twice lists it once; unskipping brings it back.
		expect(skipping(skipped, ['profile']).skipped.filter((s) => s === 'profile')).toHaveLength(1);
		expect(stepsOf(unskipping(skipped, ['profile']))).toContain('profile');
	});

	it('once a submit has sent anything, Esc stays on submit', () => {
		const state = nav({screen: 'submit', stack: ['home', 'review']});
		expect(navReducer(state, {type: 'back'}, {sent: true})).toBe(state);
		expect(navReducer(state, {type: 'back'}, {sent: false}).screen).toBe('review');
	});

	it('goes to a screen with a way back; going where it already is changes nothing', () => {
		const home = nav();
		const history = run(home, {type: 'go', screen: 'history', reopen: 'batch-1'});
		expect(history).toMatchObject({screen: 'history', stack: ['home'], reopen: 'batch-1'});
		expect(run(history, {type: 'go', screen: 'history'})).toBe(history);
		expect(run(history, {type: 'back'}).screen).toBe('home');
		// Replace leaves no way back to the screen replaced.
		expect(run(history, {type: 'replace', screen: 'accounts'})).toMatchObject({screen: 'accounts', stack: ['home']});
		// Esc with nothing behind stays at home (or the first-run screen), and leaves any other screen for home.
		expect(run(home, {type: 'back'}).screen).toBe('home');
		expect(run(nav({screen: 'first-run'}), {type: 'back'}).screen).toBe('first-run');
		expect(run(nav({screen: 'status'}), {type: 'back'}).screen).toBe('home');
	});

	it('watching a batch opens the status view with home behind it; leaving a submit unwatched goes home', () => {
		const submit = nav({screen: 'submit', stack: ['home', 'domains', 'review']});
		const watching = run(submit, {type: 'watch', target: {batchId: 'b-1', taskNos: ['T1']}});
		expect(watching).toMatchObject({screen: 'status', stack: ['home']});
		expect(watching.watch).toEqual({batchId: 'b-1', taskNos: ['T1']});
		expect(run(submit, {type: 'watch-none'})).toMatchObject({screen: 'home', stack: []});
	});

	it('keeps what it does not own: a state with more in it comes back with the rest untouched', () => {
		const rich = {...nav({screen: 'domains', operation: 'register'}), list: ['a.com']};
		const moved = navReducer(rich, {type: 'next'}, {sent: false});
		expect(moved.screen).toBe('availability');
		expect(moved.list).toBe(rich.list);
	});
});
