// What the submit screen shows of a submit in flight, folded from one kind of action: each progress event the
// submit path reports (waiting for the account's lock, the server check, domains left out, sending, an answer, a
// throttling wait) and the end of the submit. No I/O.
import {errorNotice} from '../../core/words/error-view.js';
import type {OrderProgress} from '../../core/submit/submit-path.js';
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
	/** Another process holds this account's submit lock (pid, since when; absent: not known yet): waiting for it. */
	lockWait?: {pid?: number; since?: number; note?: string};
	/** The latest server check: requests made and tasks seen. */
	check?: {requests: number; tasks: number};
	/** Domains the server check left out, each with the task that already holds it. */
	leftOut: Array<{chunk: number; domain: string; taskNo: string}>;
	/** Chunks not sent at all: a task on the server already had every one of their domains. */
	skipped: number[];
	/** The server could not be checked, so nothing more was sent: why. */
	checkFailed?: string;
	stopping: boolean;
	stopped: boolean;
	error?: NoticeError;
};

/**
 * What the submit state folds: the submit path's own progress events (core/submit/submit-path.ts), then Ctrl+C, the end of
 * the submit, or its failure.
 */
export type SubmitStep =
	| OrderProgress
	/** Ctrl+C: the task in flight is finished and recorded, then nothing more is sent. */
	| {type: 'stopping'}
	| {type: 'done'; stopped: boolean; checkFailed?: string}
	| {type: 'failed'; error: NoticeError};

/** Tasks with an answer, one way or the other, and those the server check made needless. */
export const finishedChunks = (submit: Pick<SubmitState, 'submitted' | 'unknown' | 'rejected' | 'skipped'>): number =>
	submit.submitted.length + submit.unknown.length + submit.rejected.length + submit.skipped.length;

export const idleSubmit = (): SubmitState => ({
	status: 'idle',
	chunks: 0,
	submitted: [],
	unknown: [],
	rejected: [],
	leftOut: [],
	skipped: [],
	stopping: false,
	stopped: false,
});

export const startedSubmit = (batchId: string, chunks: number): SubmitState => ({
	...idleSubmit(),
	status: 'running',
	batchId,
	chunks,
});

export function submitProgress(submit: SubmitState, event: SubmitStep): SubmitState {
	switch (event.type) {
		case 'lock-wait': {
			return {...submit, lockWait: event.holder ?? {}};
		}

		case 'lock-held': {
			return {...submit, lockWait: undefined};
		}

		case 'reconciled': {
			return submit;
		}

		case 'server-check': {
			return {...submit, check: {requests: event.requests, tasks: event.tasks}};
		}

		case 'left-out': {
			return {
				...submit,
				leftOut: [...submit.leftOut, ...event.domains.map((d) => ({chunk: event.chunk, ...d}))],
				skipped: event.wholeChunk ? [...submit.skipped, event.chunk] : submit.skipped,
			};
		}

		case 'sending': {
			return {...submit, sending: event.chunk, throttled: undefined};
		}

		case 'submitted': {
			return {
				...submit,
				sending: undefined,
				submitted: [...submit.submitted, {chunk: event.chunk, taskNo: event.taskNo, domains: event.domains}],
			};
		}

		case 'unknown': {
			return {...submit, sending: undefined, unknown: [...submit.unknown, {chunk: event.chunk, reason: event.reason}]};
		}

		case 'rejected': {
			return {
				...submit,
				sending: undefined,
				rejected: [...submit.rejected, {chunk: event.chunk, error: errorNotice(event.error)}],
			};
		}

		case 'throttled': {
			return {...submit, throttled: {chunk: event.chunk, delayMs: event.delayMs}};
		}

		case 'stopping': {
			return {...submit, stopping: true};
		}

		case 'done': {
			return {
				...submit,
				status: 'done',
				sending: undefined,
				throttled: undefined,
				lockWait: undefined,
				stopped: event.stopped,
				checkFailed: event.checkFailed,
			};
		}

		case 'failed': {
			return {...submit, status: 'done', sending: undefined, error: event.error};
		}
	}
}
