// Watching tasks without a screen: `status --wait` and `register/redeem --wait`. The same poller as the status
// screen; progress goes to standard error as plain lines, one per change.
import {boardRows, toJson} from '../core/export-results.js';
import {StatusPoller, waitUntilDone, type PollerState} from '../core/status-poller.js';
import {type StateCounts, type StatusBoard} from '../core/status.js';
import {boardFor} from '../core/watch-target.js';
import type {Runtime} from '../runtime.js';

export interface WatchResult {
	report: {counts: StateCounts; domains: unknown[]; tasks: string[]};
	failed: number;
}

export function reportOf(board: StatusBoard): WatchResult['report'] {
	return JSON.parse(toJson(boardRows(board), {counts: board.counts()})) as WatchResult['report'];
}

export async function watchToEnd(runtime: Runtime, batchId: string | undefined, taskNos: string[], options: {stderr: NodeJS.WritableStream; quiet?: boolean}): Promise<WatchResult> {
	const {board, tasks} = boardFor(runtime.journal, batchId, taskNos);
	const poller = new StatusPoller({api: runtime.client, board, tasks});
	let last = '';
	const final = await waitUntilDone(poller, (s) => {
		const line = progressLine(s);
		if (!options.quiet && line !== last) options.stderr.write(line + '\n');
		last = line;
	});
	poller.stop();
	const counts = final.counts;
	if (batchId && runtime.journal.has(batchId)) {
		runtime.journal.append(batchId, {type: 'counts', at: Date.now(), counts: {waiting: counts.waiting, executing: counts.executing, succeeded: counts.succeeded, failed: counts.failed}});
	}
	return {report: reportOf(board), failed: counts.failed};
}

export function progressLine(s: PollerState): string {
	const c = s.counts;
	const parts = [`${c.succeeded + c.failed}/${c.total} final`, `${c.succeeded} succeeded`, `${c.failed} failed`, `${c.executing} executing`, `${c.waiting} waiting`];
	if (s.notice) parts.push(`(${s.notice.code ?? s.notice.kind}: ${s.notice.message}; trying again)`);
	return parts.join(', ');
}
