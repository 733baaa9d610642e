// Checking and sending for a batch reopened from history, as promises a screen awaits. Both go through the one
// submit path (docs/never-order-twice.md): the account's lock, then the server check before anything is sent.
import {useMemo} from 'react';
import {checkBatch, sendNeverSent} from '../../core/submit/reopen-batch.js';
import type {OrderProgress, OrderSession} from '../../core/submit/submit-path.js';

export const useBatchActions = (session: OrderSession, onProgress?: (event: OrderProgress) => void) =>
	useMemo(
		() => ({
			check: async (batchId: string) => checkBatch(session, batchId, {onProgress}),
			/** Ctrl+C (the signal) stops it between requests; the one in flight is finished and recorded. */
			send: async (batchId: string, signal?: AbortSignal) => sendNeverSent(session, batchId, {onProgress, signal}),
		}),
		[session, onProgress],
	);
