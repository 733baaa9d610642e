// The status view's modes as one pure reducer (docs/architecture.md, "Watching a batch"): the list with its filter
// and search, the search field while it has the keys, one domain's details, and the message under the list. What a
// key means in each mode is `statusKeyIntent`, so the screen only renders this state and dispatches; both are tested
// without Ink (test/ui/state/status-view.test.ts).
import type {StatusFilter} from '../../core/status/status-board.js';
import {matches} from '../input/key-bindings.js';
import type {KeyEvent} from '../input/key-event.js';
import * as keys from '../input/keys.js';

/** The order `f` steps through. */
export const FILTER_CYCLE: readonly StatusFilter[] = ['all', 'failed', 'in-progress', 'succeeded'];

export type StatusMessage = {kind: 'info' | 'success' | 'warn' | 'error'; lines: string[]};

/** `searching`: the search field has the keys. `detail`: one domain (a row of the board) fills the list's place. */
export type StatusMode = {kind: 'list'} | {kind: 'searching'} | {kind: 'detail'; row: number};

export type StatusViewState = {
	mode: StatusMode;
	filter: StatusFilter;
	search: string;
	message?: StatusMessage;
};

export type StatusViewAction =
	| {type: 'cycle-filter'}
	| {type: 'start-search'}
	| {type: 'type-search'; value: string}
	/** Enter in the search field: the search stays applied, the list takes the keys again. */
	| {type: 'keep-search'}
	/** Esc: the search is dropped (from the field, or from the list while one is applied). */
	| {type: 'clear-search'}
	| {type: 'open-detail'; row: number}
	| {type: 'close-detail'}
	| {type: 'say'; message?: StatusMessage};

export const initialStatusView: StatusViewState = {mode: {kind: 'list'}, filter: 'all', search: ''};

export const statusViewReducer = (state: StatusViewState, action: StatusViewAction): StatusViewState => {
	switch (action.type) {
		case 'cycle-filter': {
			return {...state, filter: FILTER_CYCLE[(FILTER_CYCLE.indexOf(state.filter) + 1) % FILTER_CYCLE.length]!};
		}

		case 'start-search': {
			return {...state, mode: {kind: 'searching'}};
		}

		case 'type-search': {
			return {...state, search: action.value};
		}

		case 'keep-search': {
			return state.mode.kind === 'searching' ? {...state, mode: {kind: 'list'}} : state;
		}

		case 'clear-search': {
			return {...state, search: '', mode: state.mode.kind === 'searching' ? {kind: 'list'} : state.mode};
		}

		case 'open-detail': {
			return {...state, mode: {kind: 'detail', row: action.row}};
		}

		case 'close-detail': {
			return state.mode.kind === 'detail' ? {...state, mode: {kind: 'list'}} : state;
		}

		case 'say': {
			return {...state, message: action.message};
		}
	}
};

/** Whether an action changes which rows are listed, so the highlight goes back to the first. */
export const resetsSelection = (action: StatusViewAction): boolean =>
	action.type === 'cycle-filter' || action.type === 'type-search' || action.type === 'clear-search';

/**
 * What a key asks of the view: a change of its state, or one of the screen's own doings (leave, export, retry the
 * failed). `pass`: not the view's key (the search field's, the list's arrows, Ctrl+C); `swallow`: taken, no effect.
 */
export type StatusKeyIntent =
	StatusViewAction | {type: 'leave'} | {type: 'export'} | {type: 'retry-failed'} | {type: 'pass'} | {type: 'swallow'};

export type StatusKeyContext = {
	/** Nothing was read from the server yet (an error, or a retry before the first answer): only leaving works. */
	unread: boolean;
	/** The board row under the highlight, if the list has one. */
	highlightedRow?: number;
};

export const statusKeyIntent = (state: StatusViewState, key: KeyEvent, context: StatusKeyContext): StatusKeyIntent => {
	if (context.unread) {
		return keys.isBack(key) || matches('leaveStatus', key) ? {type: 'leave'} : {type: 'pass'};
	}

	const {mode} = state;
	if (mode.kind === 'detail') {
		if (keys.isBack(key) || keys.isSubmit(key) || keys.isLeave(key)) {
			return {type: 'close-detail'};
		}

		// The details take every key but the one that quits the app.
		return keys.isQuit(key) ? {type: 'pass'} : {type: 'swallow'};
	}

	if (mode.kind === 'searching') {
		return keys.isBack(key) ? {type: 'clear-search'} : {type: 'pass'};
	}

	if (keys.isBack(key) && state.search !== '') {
		return {type: 'clear-search'};
	}

	if (keys.isBack(key) || keys.isLeave(key)) {
		return {type: 'leave'};
	}

	if (keys.isSubmit(key)) {
		return context.highlightedRow === undefined
			? {type: 'swallow'}
			: {type: 'open-detail', row: context.highlightedRow};
	}

	if (matches('search', key)) {
		return {type: 'start-search'};
	}

	if (matches('filter', key)) {
		return {type: 'cycle-filter'};
	}

	if (matches('export', key)) {
		return {type: 'export'};
	}

	if (matches('retryFailed', key)) {
		return {type: 'retry-failed'};
	}

	return {type: 'pass'};
};
