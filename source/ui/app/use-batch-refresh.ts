// History's running batches read from the server (core/status/batch-refresh.ts): when history is shown, and again on
// `r`, each batch of this server that the journal says is running is read once, newest first, and what was read is
// recorded, so a batch nobody watched to the end does not stay "running" for good. Part of the engine: it calls the
// API. A batch that cannot be read keeps what it showed; nothing is retried until the next round.
import {useEffect, useRef} from 'react';
import {needsRefresh, refreshBatchCounts, REFRESH_LIMIT} from '../../core/status/batch-refresh.js';
import type {PollerApi} from '../../core/status/status-poller.js';
import type {JournalLookup} from '../../core/status/watch-target.js';
import {sameEndpoint} from '../../core/submit/endpoint-key.js';
import type {BatchView, ChunkEvent} from '../../core/submit/journal-rules.js';

export type BatchRefreshRuntime = {
	client: PollerApi;
	journal: Pick<JournalLookup, 'has' | 'load'> & {append(batchId: string, event: ChunkEvent): void};
	endpoint: string;
};

/**
 * `round` starts a new round of reads (each batch is read at most once a round); `onChanged` is called when a read
 * wrote to the journal, to read it again.
 */
export function useBatchRefresh(
	runtime: BatchRefreshRuntime,
	batches: readonly BatchView[],
	round: number,
	onChanged: () => void,
): void {
	const read = useRef({round, ids: new Set<string>()});
	const mounted = useRef(true);
	const changed = useRef(onChanged);
	changed.current = onChanged;

	useEffect(() => {
		mounted.current = true;
		return () => {
			mounted.current = false;
		};
	}, []);

	useEffect(() => {
		if (read.current.round !== round) read.current = {round, ids: new Set()};
		const {ids} = read.current;
		const due = batches
			.filter(
				(view) =>
					!ids.has(view.plan.id) && needsRefresh(view, sameEndpoint(view.plan.account.endpoint, runtime.endpoint)),
			)
			.slice(0, Math.max(0, REFRESH_LIMIT - ids.size));
		if (due.length === 0) return;
		for (const view of due) ids.add(view.plan.id);
		void (async () => {
			let wrote = false;
			for (const view of due) {
				if (!mounted.current) return;
				wrote = (await refreshBatchCounts(runtime.client, runtime.journal, view.plan.id).catch(() => false)) || wrote;
			}

			if (wrote && mounted.current) changed.current();
		})();
	}, [batches, round, runtime]);
}
