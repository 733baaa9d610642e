// The domain list editor's modes without Ink: keys become intents through the key table, intents change one state.
import {describe, expect, it} from 'vitest';
import {createInputParser} from '../../../source/ui/input/input-parser.js';
import type {KeyEvent} from '../../../source/ui/input/key-event.js';
import {
	initialListEditor,
	listEditorKeyIntent,
	listEditorReducer,
	type ListEditorAction,
	type ListEditorKeyContext,
	type ListEditorState,
} from '../../../source/ui/state/list-editor.js';
import type {ListEntry} from '../../../source/ui/state/wizard-list.js';
import {ARROW_DOWN, DELETE, ENTER, ESC, TAB} from '../../../source/ui/testing/keys.js';

const CTRL_O = '\u000F';
const CTRL_X = '\u0018';

const key = (sequence: string): KeyEvent => {
	const parser = createInputParser();
	const [event] = [...parser.push(sequence), ...parser.flush()];
	if (event?.kind !== 'key') {
		throw new Error(`no key for ${JSON.stringify(sequence)}`);
	}

	return event;
};

const entry: ListEntry = {name: 'xn--fiq228c.com', unicode: '中文.com'} as ListEntry;
const context: ListEditorKeyContext = {hasDraft: false, hasRows: true, highlighted: entry};
const OWN = new Set(['pass', 'swallow', 'discard-draft', 'proceed', 'back', 'delete']);

/** Presses keys as the screen does: each intent that is the editor's own goes through the reducer. */
const press = (state: ListEditorState, ctx: ListEditorKeyContext, ...sequences: string[]) => {
	const intents: string[] = [];
	for (const sequence of sequences) {
		const intent = listEditorKeyIntent(state, key(sequence), ctx);
		intents.push(intent.type);
		if (!OWN.has(intent.type)) {
			state = listEditorReducer(state, intent as ListEditorAction);
		}
	}

	return {state, intents};
};

describe('the list editor reducer', () => {
	it('moves the keys between the name field, the list and the file path, and back', () => {
		let {state} = press(initialListEditor, context, TAB);
		expect(state.focus).toBe('list');
		state = press(state, context, ESC).state;
		expect(state.focus).toBe('input');
		state = press(state, context, ARROW_DOWN).state;
		expect(state.focus).toBe('list');
		state = press(state, context, TAB).state;
		state = press(state, context, CTRL_O).state;
		expect(state.focus).toBe('file');
		// The path field takes letters and Enter; Esc gives the keys back to the name field.
		expect(press(state, context, 'd', ENTER).intents).toEqual(['pass', 'pass']);
		expect(press(state, context, ESC).state.focus).toBe('input');
	});

	it('does not go into an empty list with Down, and Esc in the name field goes back a step', () => {
		expect(press(initialListEditor, {hasDraft: false, hasRows: false}, ARROW_DOWN).intents).toEqual(['pass']);
		expect(press(initialListEditor, context, ESC).intents).toEqual(['back']);
	});

	it('in the list: Enter goes on, r shows the rejected lines (where nothing is deleted), d and Del delete', () => {
		const inList = press(initialListEditor, context, TAB).state;
		expect(press(inList, context, ENTER, 'd', DELETE).intents).toEqual(['proceed', 'delete', 'delete']);
		const intent = listEditorKeyIntent(inList, key('d'), context);
		expect(intent).toEqual({type: 'delete', entry});
		const rejected = press(inList, context, 'r').state;
		expect(rejected.showRejected).toBe(true);
		expect(press(rejected, {...context, highlighted: undefined}, 'd').state.note).toEqual({kind: 'list-has-keys'});
		expect(press(inList, {...context, highlighted: undefined}, DELETE).intents).toEqual(['swallow']);
	});

	it('says so when letters are typed while the list has the keys, and forgets it when the keys move', () => {
		const inList = press(initialListEditor, context, TAB).state;
		const typed = press(inList, context, 'x').state;
		expect(typed.note).toEqual({kind: 'list-has-keys'});
		expect(press(typed, context, TAB).state.note).toBeUndefined();
	});

	it('drops a restored draft with Ctrl+X from any part, only when there is one', () => {
		const withDraft = {...context, hasDraft: true};
		expect(press(initialListEditor, withDraft, CTRL_X).intents).toEqual(['discard-draft']);
		expect(press({...initialListEditor, focus: 'file'}, withDraft, CTRL_X).intents).toEqual(['discard-draft']);
		expect(press(initialListEditor, context, CTRL_X).intents).toEqual(['pass']);
	});

	it('keeps a paste made in the list and hands the keys back to the name field with a note', () => {
		let state = press(initialListEditor, context, TAB).state;
		state = listEditorReducer({...state, problem: {kind: 'empty'}}, {type: 'pasted-to-list', lines: 300});
		expect(state).toMatchObject({focus: 'input', note: {kind: 'pasted', lines: 300}});
		expect(state.problem).toBeUndefined();
	});

	it('starts the name field again only after a typed name, and clears the problem and note on any addition', () => {
		const before: ListEditorState = {
			...initialListEditor,
			problem: {kind: 'all-rejected'},
			note: {kind: 'list-has-keys'},
		};
		const typed = listEditorReducer(before, {type: 'added', typed: true});
		const pasted = listEditorReducer(before, {type: 'added'});
		expect([typed.inputKey, pasted.inputKey]).toEqual([before.inputKey + 1, before.inputKey]);
		expect([typed.problem, typed.note, pasted.problem, pasted.note]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});

	it('keeps the path field open with the reason when a file cannot be loaded, and leaves it when it was', () => {
		let state = listEditorReducer({...initialListEditor, focus: 'file'}, {type: 'loading'});
		expect(state.loading).toBe(true);
		const failed = listEditorReducer(state, {type: 'loaded', failure: 'no such file'});
		expect(failed).toMatchObject({focus: 'file', loading: false, problem: {kind: 'file', reason: 'no such file'}});
		state = listEditorReducer(failed, {type: 'loaded'});
		expect(state).toMatchObject({focus: 'input', loading: false});
		expect(state.problem).toBeUndefined();
	});
});
