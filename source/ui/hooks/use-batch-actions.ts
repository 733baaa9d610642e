// Checking and sending for a batch reopened from history, as promises a screen awaits. Both go through the one
// submit path (docs/never-order-twice.md): the account's lock, then the server check before anything is sent.
import {useMemo} from 'react';
import {checkBatch, sendNeverSent} from '../../core/reopen-batch.js';
import type {OrderProgress, OrderSession} from '../../core/submit-path.js';

export const useBatchActions = (session: OrderSession, onProgress?: (event: OrderProgress) => void) =>
	useMemo(() => ({
		check: async (batchId: string) => checkBatch(session, batchId, {onProgress}),
		send: async (batchId: string) => sendNeverSent(session, batchId, {onProgress}),
	}), [session, onProgress]);
