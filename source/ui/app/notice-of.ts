// Any failure as the Notice shows it: Alibaba's code, message, request id and what to do. The screens take plain
// data, so this is the one place that knows the client's error classes.
import {ApiError, DecodeError, NetworkError} from '../../api/errors.js';
import type {NoticeError} from '../components/Notice.js';

const NETWORK_HINT: Record<string, string> = {
	refused: 'Nothing answered at the endpoint: check the address, or that the sandbox is running.',
	dns: 'The endpoint\'s name did not resolve: check the address and your network.',
	timeout: 'No answer in time: check your network, then try again.',
	reset: 'The connection dropped: check your network, then try again.',
};

export function noticeOf(error: unknown): NoticeError {
	if (error instanceof ApiError) {
		return {code: error.code, message: error.apiMessage, requestId: error.requestId, hint: error.hint};
	}

	if (error instanceof NetworkError) {
		return {code: `Network (${error.kind})`, message: error.message, hint: NETWORK_HINT[error.kind] ?? 'Check your network, then try again.'};
	}

	if (error instanceof DecodeError) {
		return {code: 'UnexpectedAnswer', message: error.message, requestId: error.requestId, hint: 'The endpoint may not be the Domain API; check --endpoint.'};
	}

	return {code: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error)};
}
