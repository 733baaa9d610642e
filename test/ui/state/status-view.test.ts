// The status view's modes without Ink: keys become intents through the key table, intents change one state.
import {describe, expect, it} from 'vitest';
import {createInputParser} from '../../../source/ui/input/input-parser.js';
import type {KeyEvent} from '../../../source/ui/input/key-event.js';
import {
	FILTER_CYCLE,
	initialStatusView,
	resetsSelection,
	statusKeyIntent,
	statusViewReducer,
	type StatusKeyContext,
	type StatusViewAction,
	type StatusViewState,
} from '../../../source/ui/state/status-view.js';
import {CTRL_C, ENTER, ESC} from '../../../source/ui/testing/keys.js';

const key = (sequence: string): KeyEvent => {
	const parser = createInputParser();
	const [event] = [...parser.push(sequence), ...parser.flush()];
	if (event?.kind !== 'key') {
		throw new Error(`no key for ${JSON.stringify(sequence)}`);
	}

	return event;
};

const listing: StatusKeyContext = {unread: false, highlightedRow: 7};

/** Types keys one after another as the screen would: each intent that is an action goes through the reducer. */
const press = (state: StatusViewState, context: StatusKeyContext, ...sequences: string[]) => {
	const intents = [];
	for (const sequence of sequences) {
		const intent = statusKeyIntent(state, key(sequence), context);
		intents.push(intent.type);
		if (!['pass', 'swallow', 'leave', 'export', 'retry-failed'].includes(intent.type)) {
			state = statusViewReducer(state, intent as StatusViewAction);
		}
	}

	return {state, intents};
};

describe('the status view reducer', () => {
	it('steps the filter through every state and back to all', () => {
		let state = initialStatusView;
		const seen = [state.filter];
		for (let i = 0; i < FILTER_CYCLE.length; i++) {
			state = press(state, listing, 'f').state;
			seen.push(state.filter);
		}

		expect(seen).toEqual([...FILTER_CYCLE, 'all']);
	});

	it('searches: `/` gives the field the keys, Enter keeps the search, Esc then drops it, and a second Esc leaves', () => {
		let {state, intents} = press(initialStatusView, listing, '/');
		expect(state.mode.kind).toBe('searching');
		// Letters and Enter belong to the field while it has the keys; the screen sends what it typed.
		expect(press(state, listing, 'q', 'f').intents).toEqual(['pass', 'pass']);
		state = statusViewReducer(state, {type: 'type-search', value: 'shop'});
		state = statusViewReducer(state, {type: 'keep-search'});
		expect(state).toMatchObject({mode: {kind: 'list'}, search: 'shop'});
		({state, intents} = press(state, listing, ESC, ESC));
		expect(intents).toEqual(['clear-search', 'leave']);
		expect(state).toMatchObject({mode: {kind: 'list'}, search: ''});
	});

	it('drops the search when Esc is pressed in the field', () => {
		let {state} = press(initialStatusView, listing, '/');
		state = statusViewReducer(state, {type: 'type-search', value: 'x'});
		const after = press(state, listing, ESC);
		expect(after.intents).toEqual(['clear-search']);
		expect(after.state).toMatchObject({mode: {kind: 'list'}, search: ''});
	});

	it('opens the highlighted row with Enter, takes every key but Ctrl+C while open, and closes with Esc, Enter or q', () => {
		const opened = press(initialStatusView, listing, ENTER).state;
		expect(opened.mode).toEqual({kind: 'detail', row: 7});
		expect(press(opened, listing, 'f', 'e', 'r', '/').intents).toEqual(['swallow', 'swallow', 'swallow', 'swallow']);
		expect(press(opened, listing, 'f').state.filter).toBe('all');
		expect(press(opened, listing, CTRL_C).intents).toEqual(['pass']);
		for (const close of [ESC, ENTER, 'q']) {
			expect(press(opened, listing, close).state.mode.kind).toBe('list');
		}
	});

	it('does nothing on Enter with no row highlighted', () => {
		const {state, intents} = press(initialStatusView, {unread: false}, ENTER);
		expect(intents).toEqual(['swallow']);
		expect(state.mode.kind).toBe('list');
	});

	it('hands export, retry and leave to the screen', () => {
		expect(press(initialStatusView, listing, 'e', 'r', 'q', ESC).intents).toEqual([
			'export',
			'retry-failed',
			'leave',
			'leave',
		]);
	});

	it('before the first read, only leaves', () => {
		const unread = {unread: true};
		expect(press(initialStatusView, unread, 'f', '/', ENTER, 'e', 'q', ESC).intents).toEqual([
			'pass',
			'pass',
			'pass',
			'pass',
			'leave',
			'leave',
		]);
	});

	it('keeps a message until another replaces or clears it', () => {
		let state = statusViewReducer(initialStatusView, {type: 'say', message: {kind: 'warn', lines: ['nothing']}});
		state = press(state, listing, 'f').state;
		expect(state.message?.lines).toEqual(['nothing']);
		expect(statusViewReducer(state, {type: 'say'}).message).toBeUndefined();
	});

	it('moves the highlight back to the top only when the listed rows change', () => {
		const moves = (
			['cycle-filter', 'type-search', 'clear-search', 'start-search', 'keep-search', 'close-detail'] as const
		).filter((type) => resetsSelection(type === 'type-search' ? {type, value: 'a'} : {type}));
		expect(moves).toEqual(['cycle-filter', 'type-search', 'clear-search']);
	});
});
