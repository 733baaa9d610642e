// Watching tasks without a screen: `status --wait` and `register/redeem --wait`. The same poller as the status
// screen; progress goes to standard error as plain lines, one per change.
import {boardRows, jsonReport} from '../core/status/export-results.js';
import {StatusPoller, waitUntilDone, type PollerState} from '../core/status/status-poller.js';
import type {StatusBoard} from '../core/status/status-board.js';
import {boardFor, recordBatchCounts} from '../core/status/watch-target.js';
import type {Runtime} from '../runtime.js';
import {messages} from '../i18n/index.js';
import {reasonWithServerText} from '../core/words/reason-words.js';

const text = messages({
	final: {
		en: (done: number, total: number) => `${done}/${total} final`,
		zh: (done: number, total: number) => `${done}/${total} 已完成`,
	},
	succeeded: {en: (n: number) => `${n} succeeded`, zh: (n: number) => `${n} 成功`},
	failed: {en: (n: number) => `${n} failed`, zh: (n: number) => `${n} 失败`},
	executing: {en: (n: number) => `${n} executing`, zh: (n: number) => `${n} 执行中`},
	waiting: {en: (n: number) => `${n} waiting`, zh: (n: number) => `${n} 等待中`},
	retrying: {
		en: (what: string, message: string) => `(${what}: ${message}; trying again)`,
		zh: (what: string, message: string) => `（${what}：${message}；正在重试）`,
	},
	separator: {en: ', ', zh: '，'},
	failedHeading: {en: (n: number) => `${n} failed:`, zh: (n: number) => `${n} 个失败：`},
	noReason: {en: 'no reason given', zh: '未给出原因'},
});

/** The failed domains with their reasons, after a heading; nothing when none failed. */
export function failureLines(report: {domains: Array<{domain: string; status: string; error?: string}>}): string[] {
	const failed = report.domains.filter((d) => d.status === 'failed');
	if (failed.length === 0) return [];
	// The fix in plain words first, the server's text after it (core/words/reason-words.ts).
	return [
		text.failedHeading(failed.length),
		...failed.map((d) => `  ${d.domain}\t${d.error ? reasonWithServerText(d.error) : text.noReason}`),
	];
}

export interface WatchResult {
	/** Ctrl+C ended the watching before every domain was final. */
	stopped?: boolean;
	report: ReturnType<typeof reportOf>;
	failed: number;
}

export function reportOf(board: StatusBoard) {
	return jsonReport(boardRows(board), {counts: board.counts()});
}

/**
 * Polls until every domain is final. Rejects with the error when polling ends on one that trying again cannot
 * mend (or, with `failFast`, on any error before every task was read once): no counts are made up.
 */
export async function watchToEnd(
	runtime: Runtime,
	batchId: string | undefined,
	taskNos: string[],
	options: {stderr: NodeJS.WritableStream; quiet?: boolean; failFast?: boolean; signal?: AbortSignal},
): Promise<WatchResult> {
	const {board, tasks} = boardFor(runtime.journal, batchId, taskNos);
	const poller = new StatusPoller({api: runtime.client, board, tasks, failFast: options.failFast});
	let last = '';
	// Ctrl+C while watching stops the watching only: the tasks go on on the server.
	const stopped = new Promise<undefined>((resolve) =>
		options.signal?.addEventListener('abort', () => resolve(undefined), {once: true}),
	);
	const final = await Promise.race([
		waitUntilDone(poller, (s) => {
			// Before the first read the counts are only what was submitted: nothing to report yet.
			if (!s.fetched || s.failure) return;
			const line = progressLine(s);
			if (!options.quiet && line !== last) options.stderr.write(line + '\n');
			last = line;
		}),
		stopped,
	]).finally(() => poller.stop());
	if (!final) return {report: reportOf(board), failed: 0, stopped: true};
	recordBatchCounts(runtime.journal, batchId, taskNos, final.counts, Date.now());
	return {report: reportOf(board), failed: final.counts.failed};
}

export function progressLine(s: PollerState): string {
	const c = s.counts;
	const parts = [
		text.final(c.succeeded + c.failed, c.total),
		text.succeeded(c.succeeded),
		text.failed(c.failed),
		text.executing(c.executing),
		text.waiting(c.waiting),
	];
	if (s.notice) parts.push(text.retrying(s.notice.code ?? s.notice.kind, s.notice.message));
	return parts.join(text.separator);
}
