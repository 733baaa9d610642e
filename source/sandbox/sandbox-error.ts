// A request-level refusal from the world, carrying an Alibaba error code. The server turns it into Alibaba's error
// body; per-domain business failures never come through here, they show up in the task details instead.
import {ERROR_CODES} from '../api/error-codes.js';

export class SandboxError extends Error {
	override readonly name = 'SandboxError';
	readonly status: number;
	/** For throttling: how long the caller should wait, sent as `x-acs-retry-after`. */
	retryAfterMs?: number;

	constructor(
		readonly code: string,
		message?: string,
		status?: number,
	) {
		super(message ?? ERROR_CODES[code]?.message ?? code);
		this.status = status ?? ERROR_CODES[code]?.status ?? 400;
	}
}

export function throttled(retryAfterMs: number): SandboxError {
	const error = new SandboxError('Throttling.User');
	error.retryAfterMs = Math.max(1, Math.ceil(retryAfterMs));
	return error;
}
