// The domain list editor's modes as one pure reducer: which part has the keys (the name field, the list, the file
// path), whether the list shows the rejected lines, and the notes under it. The list itself is the wizard's
// (wizard-list.ts); what a key means in each mode is `listEditorKeyIntent`. Both are tested without Ink
// (test/ui/state/list-editor.test.ts); DomainListScreen renders this state and dispatches.
import {matches} from '../input/key-bindings.js';
import type {KeyEvent} from '../input/key-event.js';
import * as keys from '../input/keys.js';
import type {ListEntry} from './wizard-list.js';

export type EditorFocus = 'input' | 'list' | 'file';

/** Why the list cannot go on, or why a file was not loaded (its reason as the engine gave it). */
export type EditorProblem = {kind: 'empty'} | {kind: 'all-rejected'} | {kind: 'file'; reason: string};

/** What a key in the list did, which the list itself does not show. */
export type EditorNote = {kind: 'deleted'; name: string} | {kind: 'list-has-keys'} | {kind: 'pasted'; lines: number};

export type ListEditorState = {
	focus: EditorFocus;
	showRejected: boolean;
	/** Changes to start the name field empty again after a name was added. */
	inputKey: number;
	problem?: EditorProblem;
	note?: EditorNote;
	/** A file is being read: its path field takes no keys. */
	loading: boolean;
};

export type ListEditorAction =
	| {type: 'focus'; focus: EditorFocus}
	| {type: 'toggle-rejected'}
	/** Names were added (typed, pasted or loaded): the old problem and note no longer hold. */
	| {type: 'added'; typed?: boolean}
	| {type: 'problem'; problem: EditorProblem}
	| {type: 'note'; note: EditorNote}
	/** A paste arrived while the list had the keys: it went into the list, and the name field takes the keys again. */
	| {type: 'pasted-to-list'; lines: number}
	| {type: 'loading'}
	| {type: 'loaded'; failure?: string};

export const initialListEditor: ListEditorState = {focus: 'input', showRejected: false, inputKey: 0, loading: false};

export const listEditorReducer = (state: ListEditorState, action: ListEditorAction): ListEditorState => {
	switch (action.type) {
		case 'focus': {
			return {...state, focus: action.focus, note: undefined};
		}

		case 'toggle-rejected': {
			return {...state, showRejected: !state.showRejected};
		}

		case 'added': {
			return {
				...state,
				problem: undefined,
				note: undefined,
				inputKey: action.typed ? state.inputKey + 1 : state.inputKey,
			};
		}

		case 'problem': {
			return {...state, problem: action.problem};
		}

		case 'note': {
			return {...state, note: action.note};
		}

		case 'pasted-to-list': {
			return {...state, problem: undefined, focus: 'input', note: {kind: 'pasted', lines: action.lines}};
		}

		case 'loading': {
			return {...state, loading: true};
		}

		case 'loaded': {
			return action.failure === undefined
				? {...state, loading: false, problem: undefined, focus: 'input', note: undefined}
				: {...state, loading: false, problem: {kind: 'file', reason: action.failure}};
		}
	}
};

/**
 * What a key asks of the editor: a change of its modes, or the wizard's doings (go on, go back, drop the draft,
 * remove a name). `pass`: not the editor's key (the fields' and the list's own).
 */
export type ListEditorKeyIntent =
	| ListEditorAction
	| {type: 'discard-draft'}
	| {type: 'proceed'}
	| {type: 'back'}
	| {type: 'delete'; entry: ListEntry}
	| {type: 'pass'}
	| {type: 'swallow'};

export type ListEditorKeyContext = {
	/** A draft was restored: Ctrl+X drops it. */
	hasDraft: boolean;
	/** The list shows at least one line, so Down goes into it. */
	hasRows: boolean;
	/** The domain under the list's highlight (not a rejected line). */
	highlighted?: ListEntry;
};

export const listEditorKeyIntent = (
	state: ListEditorState,
	key: KeyEvent,
	context: ListEditorKeyContext,
): ListEditorKeyIntent => {
	if (context.hasDraft && matches('discardDraft', key)) {
		return {type: 'discard-draft'};
	}

	if (state.focus === 'file') {
		return keys.isBack(key) ? {type: 'focus', focus: 'input'} : {type: 'pass'};
	}

	if (state.focus === 'list') {
		if (matches('toInput', key)) {
			return {type: 'focus', focus: 'input'};
		}

		if (keys.isSubmit(key)) {
			return {type: 'proceed'};
		}

		if (matches('showRejected', key)) {
			return {type: 'toggle-rejected'};
		}

		if (matches('deleteDomain', key) && !state.showRejected) {
			return context.highlighted ? {type: 'delete', entry: context.highlighted} : {type: 'swallow'};
		}

		// Typing meant for the name field is not swallowed without a word.
		return key.text === undefined ? {type: 'pass'} : {type: 'note', note: {kind: 'list-has-keys'}};
	}

	if (keys.isBack(key)) {
		return {type: 'back'};
	}

	if (matches('toList', key) || (keys.isDown(key) && context.hasRows)) {
		return {type: 'focus', focus: 'list'};
	}

	if (matches('loadFile', key)) {
		return {type: 'focus', focus: 'file'};
	}

	return {type: 'pass'};
};
