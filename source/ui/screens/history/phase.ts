// What the history screen is doing, as one reducer: listing, typing task numbers, waiting on a check or a send,
// showing a check's report, asking before sending, or watching a status view. Keys and results become actions;
// the screen renders the state.
import type {BatchCheck} from '../../../core/submit/reopen-batch.js';
import type {WatchTarget} from '../../../core/status/watch-target.js';
import type {NoticeKind} from '../../components/Notice.js';

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
	/** What the submit path is doing while a batch is checked or sent: waiting for the lock, reading the server. */
	activity?: string;
};

export type HistoryAction =
	| {type: 'switch-section'}
	| {type: 'type-task-numbers'}
	| {type: 'reload'}
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
			return {...state, message: undefined, journalVersion: state.journalVersion + 1};
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
