// What the app says on its way out after Ctrl+C, printed below the last frame: what a stopped submit sent and how to
// send the rest, and where an unfinished domain list was kept.
import type {ChunkView} from '../../core/journal-rules.js';
import {messages} from '../../i18n/index.js';
import {operationTitle} from '../../core/operation-name.js';
import type {Operation} from '../../core/orders.js';

const text = messages({
	stopped: {
		en: (sent: number, total: number, tasks: string) => `Stopped: ${sent} of ${total} request${total === 1 ? '' : 's'} sent${tasks}; nothing more was sent.`,
		zh: (sent: number, total: number, tasks: string) => `已停止：${total} 个请求中已发送 ${sent} 个${tasks}；之后没有再发送。`,
	},
	tasks: {en: (list: string) => ` (task ${list})`, zh: (list: string) => `（任务 ${list}）`},
	resume: {
		en: (batchId: string) => `To send the rest: alidomain history, open batch ${batchId} and choose "Submit the domains that were never ordered".`,
		zh: (batchId: string) => `发送其余部分：运行 alidomain history，打开批次 ${batchId}，选择“提交从未下单的域名”。`,
	},
	draft: {
		en: (lines: number, title: string) => `Your list (${lines.toLocaleString('en-US')} line${lines === 1 ? '' : 's'}) is kept as a draft; it comes back when you open ${title} again.`,
		zh: (lines: number, title: string) => `您的列表（${lines.toLocaleString('en-US')} 行）已保存为草稿；再次打开${title}时会恢复。`,
	},
});

/** After a submit stopped by Ctrl+C: the batch's chunks as the journal has them now. */
export function stoppedSubmitLines(batchId: string, chunks: readonly ChunkView[]): string[] {
	const taskNos = chunks.flatMap((c) => (c.taskNo ? [c.taskNo] : []));
	const lines = [text.stopped(taskNos.length, chunks.length, taskNos.length > 0 ? text.tasks(taskNos.join(', ')) : '')];
	if (taskNos.length < chunks.length) lines.push(text.resume(batchId));
	return lines;
}

export function draftKeptLine(lines: number, operation: Operation): string {
	return text.draft(lines, operationTitle(operation));
}
