// How errors and results are printed by the headless commands. Nothing here ever receives a secret.
import {ApiError, DecodeError, NetworkError} from '../api/errors.js';
import {UsageError} from '../cli/args.js';
import {messages} from '../i18n/index.js';

const text = messages({
	requestId: {en: (id: string) => `  request id: ${id}`, zh: (id: string) => `  请求 ID：${id}`},
	whatToDo: {en: (hint: string) => `  what to do: ${hint}`, zh: (hint: string) => `  怎么办：${hint}`},
	diagnosis: {en: (link: string) => `  diagnosis: ${link}`, zh: (link: string) => `  诊断：${link}`},
	network: {en: (message: string) => `network: ${message}`, zh: (message: string) => `网络错误：${message}`},
});

/** Lines that explain an error: Alibaba's code, message and request id, then what to do. */
export function describeError(error: unknown): string[] {
	if (error instanceof ApiError) {
		return [
			`${error.code}: ${error.apiMessage}`,
			...(error.requestId ? [text.requestId(error.requestId)] : []),
			text.whatToDo(error.hint),
			...(error.recommend ? [text.diagnosis(error.recommend)] : []),
		];
	}
	if (error instanceof NetworkError) return [text.network(error.message), text.whatToDo(error.hint)];
	if (error instanceof DecodeError || error instanceof UsageError) return [error.message];
	// Errors of our own that say what to do (unknown task numbers, for one).
	const hint = error instanceof Error ? (error as {hint?: unknown}).hint : undefined;
	if (error instanceof Error && typeof hint === 'string') return [error.message, text.whatToDo(hint)];
	if (error instanceof Error) return [error.message];
	return [String(error)];
}

export function errorJson(error: unknown): Record<string, unknown> {
	if (error instanceof ApiError) return {code: error.code, message: error.apiMessage, requestId: error.requestId, hint: error.hint, recommend: error.recommend};
	if (error instanceof NetworkError) return {code: `Network.${error.kind}`, message: error.message, hint: error.hint};
	const hint = error instanceof Error ? (error as {hint?: unknown}).hint : undefined;
	if (error instanceof Error && typeof hint === 'string') return {message: error.message, hint};
	return {message: error instanceof Error ? error.message : String(error)};
}

export function printLines(stream: NodeJS.WritableStream, lines: string[]): void {
	if (lines.length > 0) stream.write(lines.join('\n') + '\n');
}
