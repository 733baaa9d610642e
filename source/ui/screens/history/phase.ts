// What the history screen is doing, as one reducer: listing, typing task numbers, waiting on a check or a send,
// showing a check's report, asking before sending, or watching a status view. Keys and results become actions;
// the screen renders the state. What a key means in each phase is `historyKeyIntent`; both are tested without Ink
// (test/ui/state/history-phase.test.ts).
import type {BatchCheck} from '../../../core/submit/reopen-batch.js';
import type {WatchTarget} from '../../../core/status/watch-target.js';
import type {NoticeKind} from '../../components/Notice.js';
import {hint, matches, type KeyHint} from '../../input/key-bindings.js';
import type {KeyEvent} from '../../input/key-event.js';
import * as keys from '../../input/keys.js';
import {text} from './text.js';

export type Section = 'batches' | 'server';

export type Line = {kind: NoticeKind; text: string};

export type Phase =
	| {kind: 'list'}
	| {kind: 'typing'}
	| {kind: 'busy'; label: string}
	| {kind: 'report'; batchId: string; lines: Line[]; check: BatchCheck}
	| {kind: 'confirm'; batchId: string; lines: Line[]; check: BatchCheck}
	| {kind: 'watching'; target: WatchTarget; key: number};

export type HistoryState = {
	section: Section;
	phase: Phase;
	/** One line under the list: why a batch could not be opened, a failed check. */
	message?: Line;
	/** Bumped to read the journal again. */
	journalVersion: number;
	/** Bumped to read the running batches from the server again (on opening, and on `r`). */
	serverRound: number;
	/** What the submit path is doing while a batch is checked or sent: waiting for the lock, reading the server. */
	activity?: string;
};

export type HistoryAction =
	| {type: 'switch-section'}
	| {type: 'type-task-numbers'}
	| {type: 'reload'}
	/** Something else wrote to the journal (counts read from the server): read it again, nothing else changes. */
	| {type: 'journal-changed'}
	| {type: 'say'; line?: Line}
	| {type: 'busy'; label: string}
	| {type: 'activity'; text?: string}
	| {type: 'report'; batchId: string; check: BatchCheck; lines: Line[]}
	| {type: 'confirm'}
	| {type: 'unconfirm'}
	| {type: 'watch'; target: WatchTarget; key: number}
	| {type: 'back-to-list'; line?: Line};

export const initialHistoryState = (section: Section): HistoryState => ({
	section,
	phase: {kind: 'list'},
	journalVersion: 0,
	serverRound: 0,
});

export const historyReducer = (state: HistoryState, action: HistoryAction): HistoryState => {
	switch (action.type) {
		case 'switch-section': {
			return {...state, section: state.section === 'batches' ? 'server' : 'batches', message: undefined};
		}

		case 'type-task-numbers': {
			return {...state, phase: {kind: 'typing'}, message: undefined};
		}

		case 'reload': {
			return {
				...state,
				message: undefined,
				journalVersion: state.journalVersion + 1,
				serverRound: state.serverRound + 1,
			};
		}

		case 'journal-changed': {
			return {...state, journalVersion: state.journalVersion + 1};
		}

		case 'say': {
			return {...state, message: action.line};
		}

		case 'busy': {
			return {...state, phase: {kind: 'busy', label: action.label}, message: undefined, activity: undefined};
		}

		case 'activity': {
			return {...state, activity: action.text};
		}

		case 'report': {
			return {...state, phase: {kind: 'report', batchId: action.batchId, check: action.check, lines: action.lines}};
		}

		case 'confirm': {
			return state.phase.kind === 'report' ? {...state, phase: {...state.phase, kind: 'confirm'}} : state;
		}

		case 'unconfirm': {
			return state.phase.kind === 'confirm' ? {...state, phase: {...state.phase, kind: 'report'}} : state;
		}

		case 'watch': {
			return {...state, phase: {kind: 'watching', target: action.target, key: action.key}, message: undefined};
		}

		case 'back-to-list': {
			return {...state, phase: {kind: 'list'}, message: action.line, journalVersion: state.journalVersion + 1};
		}
	}
};

/**
 * What a key asks of the history screen: a change of phase, or the screen's own doings (leave, open the highlighted
 * row). `pass`: not the screen's key (a field's, a list's arrows, a report's choices).
 */
export type HistoryKeyIntent =
	| {type: 'switch-section'}
	| {type: 'type-task-numbers'}
	| {type: 'reload'}
	| {type: 'unconfirm'}
	| {type: 'back-to-list'}
	| {type: 'leave'}
	| {type: 'open'}
	| {type: 'pass'};

export const historyKeyIntent = (phase: Phase, key: KeyEvent): HistoryKeyIntent => {
	switch (phase.kind) {
		case 'typing': {
			return keys.isBack(key) ? {type: 'back-to-list'} : {type: 'pass'};
		}

		case 'report':
		case 'confirm': {
			if (keys.isBack(key) || keys.isLeave(key)) {
				return phase.kind === 'confirm' ? {type: 'unconfirm'} : {type: 'back-to-list'};
			}

			return {type: 'pass'};
		}

		case 'list': {
			break;
		}

		default: {
			return {type: 'pass'};
		}
	}

	if (keys.isBack(key) || keys.isLeave(key)) {
		return {type: 'leave'};
	}

	if (keys.isNextField(key) || keys.isPreviousField(key) || keys.isLeft(key) || keys.isRight(key)) {
		return {type: 'switch-section'};
	}

	if (keys.isSubmit(key)) {
		return {type: 'open'};
	}

	if (matches('taskNumber', key)) {
		return {type: 'type-task-numbers'};
	}

	return matches('reload', key) ? {type: 'reload'} : {type: 'pass'};
};

/**
 * The key bar of each phase (a report and the sandbox's question choose from a list). `typedAnswer`: a paid
 * account's question is waiting for the count or yes to be typed (report.tsx, ConfirmPaid), so Enter submits what
 * was typed and there is no list to move in.
 */
export const historyHints = (phase: Phase, section: Section, arrows: string, typedAnswer = false): KeyHint[] =>
	phase.kind === 'typing'
		? [hint('openTasks'), hint('cancelTyping')]
		: phase.kind === 'confirm' && typedAnswer
			? [hint('confirmSubmit'), hint('back')]
			: phase.kind === 'list'
				? [
						hint('open'),
						hint('leaveHistory'),
						hint('switchSection', {label: section === 'batches' ? text.serverTasks : text.batches}),
						hint('taskNumber'),
						hint('reload'),
						hint('move', {arrows}),
					]
				: [hint('select', {label: text.choose}), hint('back'), hint('move', {arrows})];
