// How errors and results are printed by the headless commands. Nothing here ever receives a secret.
import {ApiError, NetworkError} from '../api/errors.js';
import {errorLines, errorView} from '../core/words/error-view.js';

/** Lines that explain an error (core/words/error-view.ts). */
export const describeError = errorLines;

export function errorJson(error: unknown): Record<string, unknown> {
	if (error instanceof ApiError)
		return {
			code: error.code,
			message: error.apiMessage,
			requestId: error.requestId,
			// The hint as printed: after the retries, what the user does now (core/words/error-view.ts).
			hint: errorView(error).hint,
			recommend: error.recommend,
		};
	if (error instanceof NetworkError) return {code: `Network.${error.kind}`, message: error.message, hint: error.hint};
	const hint = error instanceof Error ? (error as {hint?: unknown}).hint : undefined;
	if (error instanceof Error && typeof hint === 'string') return {message: error.message, hint};
	return {message: error instanceof Error ? error.message : String(error)};
}

export function printLines(stream: NodeJS.WritableStream, lines: string[]): void {
	if (lines.length > 0) stream.write(lines.join('\n') + '\n');
}
