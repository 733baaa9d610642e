// Any failure as the Notice shows it: the one error presenter's view (core/error-view.ts).
import {errorView} from '../../core/error-view.js';
import type {NoticeError} from '../components/Notice.js';

export function noticeOf(error: unknown): NoticeError {
	const {code, message, requestId, hint} = errorView(error);
	return {code, message, ...(requestId ? {requestId} : {}), ...(hint ? {hint} : {})};
}
