// What the submit screen shows of a submit in flight, folded from one kind of action: each progress event the
// submit path reports (sending, an answer, a throttling wait) and the end of the submit. No I/O.
import type {NoticeError} from '../components/Notice.js';

export type SubmitState = {
	status: 'idle' | 'running' | 'done';
	batchId?: string;
	/** The batch's tasks (chunks of the plan). */
	chunks: number;
	sending?: number;
	submitted: Array<{chunk: number; taskNo: string; domains: number}>;
	unknown: Array<{chunk: number; reason: string}>;
	rejected: Array<{chunk: number; error: NoticeError}>;
	/** The last throttling wait, while it lasts. */
	throttled?: {chunk: number; delayMs: number};
	stopping: boolean;
	stopped: boolean;
	error?: NoticeError;
};

/** One step of a submit, as the engine reports it; `chunk` is the task's place in the batch. */
export type SubmitProgress =
	| {type: 'sending'; chunk: number}
	| {type: 'submitted'; chunk: number; taskNo: string; domains: number}
	| {type: 'unknown'; chunk: number; reason: string}
	| {type: 'rejected'; chunk: number; error: NoticeError}
	| {type: 'throttled'; chunk: number; delayMs: number}
	/** Ctrl+C: the task in flight is finished and recorded, then nothing more is sent. */
	| {type: 'stopping'}
	| {type: 'done'; stopped: boolean}
	| {type: 'failed'; error: NoticeError};

/** Tasks with an answer, one way or the other. */
export const finishedChunks = (submit: Pick<SubmitState, 'submitted' | 'unknown' | 'rejected'>): number =>
	submit.submitted.length + submit.unknown.length + submit.rejected.length;

export const idleSubmit = (): SubmitState => ({status: 'idle', chunks: 0, submitted: [], unknown: [], rejected: [], stopping: false, stopped: false});

export const startedSubmit = (batchId: string, chunks: number): SubmitState => ({...idleSubmit(), status: 'running', batchId, chunks});

export function submitProgress(submit: SubmitState, event: SubmitProgress): SubmitState {
	switch (event.type) {
		case 'sending': {
			return {...submit, sending: event.chunk, throttled: undefined};
		}

		case 'submitted': {
			return {...submit, sending: undefined, submitted: [...submit.submitted, {chunk: event.chunk, taskNo: event.taskNo, domains: event.domains}]};
		}

		case 'unknown': {
			return {...submit, sending: undefined, unknown: [...submit.unknown, {chunk: event.chunk, reason: event.reason}]};
		}

		case 'rejected': {
			return {...submit, sending: undefined, rejected: [...submit.rejected, {chunk: event.chunk, error: event.error}]};
		}

		case 'throttled': {
			return {...submit, throttled: {chunk: event.chunk, delayMs: event.delayMs}};
		}

		case 'stopping': {
			return {...submit, stopping: true};
		}

		case 'done': {
			return {...submit, status: 'done', sending: undefined, throttled: undefined, stopped: event.stopped};
		}

		case 'failed': {
			return {...submit, status: 'done', sending: undefined, error: event.error};
		}
	}
}
