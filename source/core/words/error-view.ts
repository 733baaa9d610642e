// The one error presenter: any failure as {code, message, requestId, hint}, then as the lines a command prints or the
// notice a screen shows. The commands and the screens take this; none of them knows the client's error classes.
import {ApiError, DecodeError, NetworkError} from '../../api/errors.js';
import {DamagedFileError} from '../../files/damaged-file.js';
import {messages} from '../../i18n/index.js';

const text = messages({
	refused: {
		en: "Check the network connection and the endpoint (--endpoint, or the account's): nothing answered there. Is the sandbox running?",
		zh: '请检查网络连接和接入地址（--endpoint 或账号的接入地址）：那里没有响应。沙箱是否在运行？',
	},
	dns: {
		en: "The endpoint's name did not resolve: check the address and your network.",
		zh: '无法解析接入地址的域名：请检查地址和网络。',
	},
	timeout: {en: 'No answer in time: check your network, then try again.', zh: '响应超时：请检查网络后重试。'},
	reset: {en: 'The connection dropped: check your network, then try again.', zh: '连接已断开：请检查网络后重试。'},
	networkCode: {en: (kind: string) => `Network (${kind})`, zh: (kind: string) => `网络错误 (${kind})`},
	decode: {
		en: 'The endpoint may not be the Domain API; check --endpoint.',
		zh: '该接入地址可能不是域名 API，请检查 --endpoint。',
	},
	requestId: {en: (id: string) => `  request id: ${id}`, zh: (id: string) => `  请求 ID：${id}`},
	whatToDo: {en: (hint: string) => `  what to do: ${hint}`, zh: (hint: string) => `  怎么办：${hint}`},
	diagnosis: {en: (link: string) => `  diagnosis: ${link}`, zh: (link: string) => `  诊断：${link}`},
	network: {en: (message: string) => `network: ${message}`, zh: (message: string) => `网络错误：${message}`},
	throttledGaveUp: {
		en: 'Too many requests: alidomain tried again and was still refused. Wait a minute, then run it again.',
		zh: '请求过多：alidomain 重试后仍被限流。请等一分钟后再运行一次。',
	},
	busyGaveUp: {
		en: 'Alibaba Cloud stayed busy while alidomain tried again. Wait a few minutes, then run it again.',
		zh: '阿里云在 alidomain 重试期间一直繁忙。请等几分钟后再运行一次。',
	},
});

/**
 * An error that reaches the user has been retried already (source/api/retry.ts): the table's "alidomain tries again"
 * was true while it tried, and is replaced by what the user does now.
 */
function finalHint(error: ApiError): string {
	if (error.category === 'throttled') return text.throttledGaveUp;
	if (error.code === 'Busy' || error.code === 'ServiceUnavailable') return text.busyGaveUp;
	return error.hint;
}

export type ErrorView = {
	code: string;
	message: string;
	requestId?: string;
	/** What to do about it, in plain words. */
	hint?: string;
	/** Alibaba's diagnosis link, when it gave one. */
	recommend?: string;
	/** How the first line reads: Alibaba's code, a network failure, or only the message. */
	kind: 'api' | 'network' | 'other';
};

const networkHint = (error: NetworkError): string =>
	error.kind === 'refused' || error.kind === 'dns' || error.kind === 'timeout' || error.kind === 'reset'
		? text[error.kind]
		: error.hint;

export function errorView(error: unknown): ErrorView {
	if (error instanceof ApiError) {
		return {
			kind: 'api',
			code: error.code,
			message: error.apiMessage,
			requestId: error.requestId,
			hint: finalHint(error),
			...(error.recommend ? {recommend: error.recommend} : {}),
		};
	}
	if (error instanceof NetworkError)
		return {kind: 'network', code: text.networkCode(error.kind), message: error.message, hint: networkHint(error)};
	if (error instanceof DecodeError)
		return {
			kind: 'other',
			code: 'UnexpectedAnswer',
			message: error.message,
			requestId: error.requestId,
			hint: text.decode,
		};
	if (error instanceof DamagedFileError)
		return {kind: 'other', code: 'DamagedFile', message: error.problem, hint: error.fix};
	// Errors of our own that say what to do (unknown task numbers, for one).
	const hint = error instanceof Error ? (error as {hint?: unknown}).hint : undefined;
	return {
		kind: 'other',
		code: error instanceof Error ? error.name : 'Error',
		message: error instanceof Error ? error.message : String(error),
		...(typeof hint === 'string' ? {hint} : {}),
	};
}

/** The view as a screen's notice shows it: code, message, request id and what to do. */
export function errorNotice(error: unknown): {code: string; message: string; requestId?: string; hint?: string} {
	const {code, message, requestId, hint} = errorView(error);
	return {code, message, ...(requestId ? {requestId} : {}), ...(hint ? {hint} : {})};
}

/** Lines that explain an error: Alibaba's code, message and request id, then what to do. */
export function errorLines(error: unknown): string[] {
	const view = errorView(error);
	// A damaged file's message already says what to do.
	if (error instanceof DamagedFileError) return [error.message];
	const first =
		view.kind === 'api'
			? `${view.code}: ${view.message}`
			: view.kind === 'network'
				? text.network(view.message)
				: view.message;
	return [
		first,
		...(view.kind === 'api' && view.requestId ? [text.requestId(view.requestId)] : []),
		...(view.hint ? [text.whatToDo(view.hint)] : []),
		...(view.recommend ? [text.diagnosis(view.recommend)] : []),
	];
}

/** The same, in one line, for a screen that says a failure in a sentence (History's check, send and pricing). */
export function errorLine(error: unknown): string {
	return errorLines(error)
		.map((line) => line.trim())
		.join(' ');
}
