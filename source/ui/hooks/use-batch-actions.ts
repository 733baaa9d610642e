// Checking and sending for a batch reopened from history, as promises a screen awaits.
import {useMemo} from 'react';
import {checkBatch, sendNeverSent, type ReopenOptions} from '../../core/reopen-batch.js';
import type {JournalPort, SubmitApi} from '../../core/submit-batch.js';

export type BatchActionsRuntime = {client: SubmitApi; journal: JournalPort; settleMs: number};

export const useBatchActions = (runtime: BatchActionsRuntime) =>
	useMemo(() => {
		const options: ReopenOptions = {
			now: Date.now,
			sleep: async ms => new Promise(resolve => {
				setTimeout(resolve, ms);
			}),
			settleMs: runtime.settleMs,
		};
		return {
			check: async (batchId: string) => checkBatch(runtime.client, runtime.journal, batchId, options),
			/** Ctrl+C (the signal) stops it between requests; the one in flight is finished and recorded. */
			send: async (batchId: string, signal?: AbortSignal) => sendNeverSent(runtime.client, runtime.journal, batchId, {...options, signal}),
		};
	}, [runtime]);
