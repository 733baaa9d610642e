// Any failure as the Notice shows it: Alibaba's code, message, request id and what to do. The screens take plain
// data, so this is the one place that knows the client's error classes.
import {ApiError, DecodeError, NetworkError} from '../../api/errors.js';
import {DamagedFileError} from '../../files/damaged-file.js';
import {messages} from '../../i18n/index.js';
import type {NoticeError} from '../components/Notice.js';

const text = messages({
	refused: {en: 'Nothing answered at the endpoint: check the address, or that the sandbox is running.', zh: '接入地址无响应：请检查地址，或确认沙箱正在运行。'},
	dns: {en: 'The endpoint\'s name did not resolve: check the address and your network.', zh: '无法解析接入地址的域名：请检查地址和网络。'},
	timeout: {en: 'No answer in time: check your network, then try again.', zh: '响应超时：请检查网络后重试。'},
	reset: {en: 'The connection dropped: check your network, then try again.', zh: '连接已断开：请检查网络后重试。'},
	network: {en: 'Check your network, then try again.', zh: '请检查网络后重试。'},
	networkCode: {en: (kind: string) => `Network (${kind})`, zh: (kind: string) => `网络错误 (${kind})`},
	decode: {en: 'The endpoint may not be the Domain API; check --endpoint.', zh: '该接入地址可能不是域名 API，请检查 --endpoint。'},
});

const networkHint = (kind: string): string => (kind === 'refused' || kind === 'dns' || kind === 'timeout' || kind === 'reset' ? text[kind] : text.network);

export function noticeOf(error: unknown): NoticeError {
	if (error instanceof ApiError) {
		return {code: error.code, message: error.apiMessage, requestId: error.requestId, hint: error.hint};
	}

	if (error instanceof NetworkError) {
		return {code: text.networkCode(error.kind), message: error.message, hint: networkHint(error.kind)};
	}

	if (error instanceof DecodeError) {
		return {code: 'UnexpectedAnswer', message: error.message, requestId: error.requestId, hint: text.decode};
	}

	if (error instanceof DamagedFileError) {
		return {code: 'DamagedFile', message: error.problem, hint: error.fix};
	}

	// Errors of our own that say what to do (unknown task numbers, for one).
	const hint = error instanceof Error ? (error as {hint?: unknown}).hint : undefined;
	return {code: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error), ...(typeof hint === 'string' ? {hint} : {})};
}
