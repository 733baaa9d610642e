// What the app says on its way out after Ctrl+C, printed below the last frame: what a stopped submit sent and how to
// send the rest, and where an unfinished domain list was kept.
import type {ChunkView} from '../../core/submit/journal-rules.js';
import {count, messages} from '../../i18n/index.js';
import {stoppedLines} from '../../core/words/progress-words.js';
import {operationTitle} from '../../core/words/operation-name.js';
import type {Operation} from '../../core/order/order-items.js';

const text = messages({
	draft: {
		en: (lines: number, title: string) =>
			`Your list (${count(lines, ['line', 'lines'], '')}) is kept as a draft; it comes back when you open ${title} again.`,
		zh: (lines: number, title: string) =>
			`您的列表（${lines.toLocaleString('en-US')} 行）已保存为草稿；再次打开${title}时会恢复。`,
	},
});

/**
 * After a submit stopped by Ctrl+C: the batch's chunks as the journal has them now; with `unrecorded` requests, a
 * batch stopped before it was written (while another submit held the account's lock).
 */
export function stoppedSubmitLines(batchId: string, chunks: readonly ChunkView[], unrecorded?: number): string[] {
	if (unrecorded !== undefined)
		return stoppedLines({id: batchId, taskNos: [], requests: unrecorded, recorded: false}, 'history');
	return stoppedLines(
		{
			id: batchId,
			taskNos: chunks.flatMap((c) => (c.taskNo ? [c.taskNo] : [])),
			requests: chunks.length,
			recorded: true,
		},
		'history',
	);
}

export function draftKeptLine(lines: number, operation: Operation): string {
	return text.draft(lines, operationTitle(operation));
}
