// The words for a submit's progress (the one event type, OrderProgress in core/submit/submit-path.ts) and for its end,
// said the same way by the command line and the screens: waiting for another submitter, the server check, what it
// left out, each answer, and "Stopped: N of M requests sent" with how to send the rest.
import {count, messages, plural} from '../../i18n/index.js';
import type {LockHolder} from '../submit/submit-path.js';

const text = messages({
	lockWait: {
		en: (who: string) => `Waiting: another submit to this account is running (${who}); it goes on when that one ends.`,
		zh: (who: string) => `等待中：此账号的另一次提交正在进行（${who}）；它结束后继续。`,
	},
	holder: {
		en: (pid: number, since: string) => `process ${pid}, since ${since}`,
		zh: (pid: number, since: string) => `进程 ${pid}，开始于 ${since}`,
	},
	holderUnknown: {en: 'process not known yet', zh: '进程尚不可知'},
	stopWaiting: {en: 'Ctrl+C stops waiting; nothing is sent.', zh: '按 Ctrl+C 停止等待；不会发送任何内容。'},
	checked: {
		en: (tasks: number, requests: number) =>
			`Checked on the server: ${count(tasks, ['recent task', 'recent tasks'], '')} of the account, ${count(requests, ['request', 'requests'], '')}`,
		zh: (tasks: number, requests: number) => `已在服务器上核对：账号最近的 ${tasks} 个任务，${requests} 次请求`,
	},
	onServer: {
		en: (domain: string, taskNo: string) => `${domain}: left out, already in task ${taskNo} on the server`,
		zh: (domain: string, taskNo: string) => `${domain}：已排除，服务器上的任务 ${taskNo} 已包含它`,
	},
	accepted: {
		en: (taskNo: string, n: number) => `task ${taskNo}: ${count(n, ['domain', 'domains'], '')} accepted`,
		zh: (taskNo: string, n: number) => `任务 ${taskNo}：已受理 ${n} 个域名`,
	},
	unknown: {
		en: (chunk: number, why: string) =>
			`Task ${chunk}: outcome unknown (${why}). It was not sent again; it is checked against the account before anything may resend it.`,
		zh: (chunk: number, why: string) => `第 ${chunk} 个任务：结果未知（${why}）。没有重发；在重发前会先向账号核对。`,
	},
	refused: {
		en: (chunk: number) => `Task ${chunk} was refused; nothing in it was ordered`,
		zh: (chunk: number) => `第 ${chunk} 个任务被拒绝；其中的域名都没有下单`,
	},
	throttled: {
		en: (chunk: number, seconds: string) => `Throttled: task ${chunk} goes again in ${seconds} s`,
		zh: (chunk: number, seconds: string) => `被限流：第 ${chunk} 个任务将在 ${seconds} 秒后重发`,
	},
	stopping: {en: 'Stopping after the request in flight…', zh: '正在发送的请求完成后停止…'},
	stopped: {
		en: (sent: number, total: number, tasks: string) =>
			`Stopped: ${sent} of ${total} ${plural(total, 'request', 'requests')} sent${tasks}; nothing more was sent.`,
		zh: (sent: number, total: number, tasks: string) =>
			`已停止：${total} 个请求中已发送 ${sent} 个${tasks}；之后没有再发送。`,
	},
	tasks: {en: (list: string) => ` (task ${list})`, zh: (list: string) => `（任务 ${list}）`},
	resumeHistory: {
		en: (batchId: string) =>
			`To send the rest: alidomain history, open batch ${batchId} and choose "Submit the domains that were never ordered".`,
		zh: (batchId: string) => `发送其余部分：运行 alidomain history，打开批次 ${batchId}，选择“提交从未下单的域名”。`,
	},
	resumeAgain: {
		en: 'To send the rest: run the same command again; nothing is ordered twice.',
		zh: '发送其余部分：再次运行同一条命令即可；不会重复下单。',
	},
	stoppedEarly: {
		en: 'Stopped before any request was sent; nothing was ordered.',
		zh: '在发送任何请求之前已停止；没有下单。',
	},
	nothingWritten: {
		en: 'To send them: start the order again; nothing of it was recorded.',
		zh: '如需发送：请重新开始下单；此次没有记录任何内容。',
	},
});

export const progressWords = text;

/** Who holds the account's submit lock, in words; `clock` writes a time. */
export const holderWords = (holder: LockHolder | undefined, clock: (ms: number) => string): string =>
	holder ? text.holder(holder.pid, clock(holder.since)) : text.holderUnknown;

/**
 * The lines every door says while it waits for the account's submit lock: who holds it, how to end that hold when
 * it cannot end by itself (the lock's note: a suspended process, another computer), and how to stop waiting.
 */
export const lockWaitLines = (holder: LockHolder | undefined, clock: (ms: number) => string): string[] => [
	text.lockWait(holderWords(holder, clock)),
	...(holder?.note ? [`  ${holder.note}`] : []),
	`  ${text.stopWaiting}`,
];

/**
 * The lines said after a stopped submit: how many of its requests were sent (with their tasks), then how to send the
 * rest. `resume`: 'history' for the screens (the batch is reopened there), 'again' for a command run again;
 * `recorded` false when the stop came before the batch was written (nothing of it exists to reopen).
 */
export function stoppedLines(
	batch: {id: string; taskNos: readonly string[]; requests: number; recorded: boolean},
	resume: 'history' | 'again',
): string[] {
	const sent = batch.taskNos.length;
	const lines = [text.stopped(sent, batch.requests, sent > 0 ? text.tasks(batch.taskNos.join(', ')) : '')];
	if (sent < batch.requests)
		lines.push(
			resume === 'again' ? text.resumeAgain : batch.recorded ? text.resumeHistory(batch.id) : text.nothingWritten,
		);
	return lines;
}
