// How a headless register, redeem or renew ends when the prepared order has nothing to send (README, "Exit codes";
// docs/never-order-twice.md). One rule for every such end, so an empty file, "all done" and "all in flight" agree:
// - 0: nothing was wrong and nothing needed doing: an empty list, or every name already ordered and succeeded;
// - 3: the rest failed before for a reason that still holds (the batch ended as before, some failed);
// - 4: some are held back until an earlier request of this account is decided (run again when it says);
// - 5: names the user expected to be ordered were left out: another task holds them (another run is sending them),
//   or the account refused them; each is listed with its reason above this line.
import type {LeftOut} from '../core/order/prepared-order.js';
import type {Operation} from '../core/order/order-items.js';
import {EXIT} from '../cli/exit-codes.js';
import {count, messages, plural} from '../i18n/index.js';

const text = messages({
	emptyList: {
		en: 'Nothing to do: the list has no domain names. Nothing sent.',
		zh: '无事可做：列表中没有域名。未发送任何请求。',
	},
	noneInAccount: {
		en: (operation: Operation) =>
			`Nothing to do: no domain of the account can be ${operation === 'renew' ? 'renewed' : 'redeemed'} now. Nothing sent.`,
		zh: (operation: Operation) =>
			`无事可做：账号中现在没有可${operation === 'renew' ? '续费' : '赎回'}的域名。未发送任何请求。`,
	},
	allDone: {
		en: (n: number) =>
			`Everything is already done: ${plural(n, 'the domain was', `all ${n.toLocaleString('en-US')} domains were`)} ordered by an earlier run. Nothing sent.`,
		zh: (n: number) => `全部已完成：${n} 个域名都已由之前的运行下单。未发送任何请求。`,
	},
	settled: {
		en: (done: number, failed: number) =>
			`Nothing sent: ${done} ordered by an earlier run, ${failed} failed before for a reason that still holds.`,
		zh: (done: number, failed: number) =>
			`未发送任何请求：${done} 个已由之前的运行下单，${failed} 个之前失败且原因未变。`,
	},
	heldBack: {en: 'Nothing sent yet.', zh: '暂未发送任何请求。'},
	inFlight: {
		en: (n: number, taskNos: string) =>
			`Nothing sent: ${count(n, ['domain is', 'domains are'], '')} still in flight in another task (reasons above). Watch it with alidomain status ${taskNos}, or run the same command again once it has finished.`,
		zh: (n: number, taskNos: string) =>
			`未发送任何请求：${n} 个域名仍在另一个任务中处理（原因见上）。可用 alidomain status ${taskNos} 查看，或在它完成后再运行同一条命令。`,
	},
	refused: {
		en: (n: number) =>
			`Nothing sent: ${count(n, ['domain', 'domains'], '')} of the list cannot be ordered (reasons above). Fix the list, then run it again.`,
		zh: (n: number) => `未发送任何请求：列表中有 ${n} 个域名无法下单（原因见上）。请修正列表后再运行。`,
	},
});

export interface NothingToDo {
	exit: number;
	line: string;
	/** Every name was ordered and succeeded before (`alreadyDone` in --json). */
	allDone: boolean;
}

/**
 * The end of a run whose prepared order sends nothing. `listed`: the names came from a list the user gave (not
 * --all-in-redemption or --all-expiring, where a domain the account cannot take now was never asked for).
 */
export function nothingToDo(
	operation: Operation,
	order: {leftOut: readonly LeftOut[]; heldBack: readonly unknown[]; allDone: boolean},
	listed: boolean,
): NothingToDo {
	const {leftOut} = order;
	const done = leftOut.filter((x) => x.kind === 'done').length;
	const failed = leftOut.filter((x) => x.kind === 'failed').length;
	const pending = leftOut.filter((x) => x.kind === 'in-flight' || x.kind === 'unsure').length;
	const refused = listed ? leftOut.filter((x) => x.kind === undefined).length : 0;
	if (order.heldBack.length > 0) return {exit: EXIT.heldBack, line: text.heldBack, allDone: false};
	if (order.allDone) return {exit: EXIT.ok, line: text.allDone(leftOut.length), allDone: true};
	if (pending > 0) {
		// The tasks to watch, named (a few; more are in the reasons above).
		const taskNos = [...new Set(leftOut.flatMap((x) => (x.taskNo ? [x.taskNo] : [])))];
		const named = taskNos.length > 0 && taskNos.length <= 3 ? taskNos.join(' ') : 'TASK';
		return {exit: EXIT.leftOut, line: text.inFlight(pending, named), allDone: false};
	}
	if (refused > 0) return {exit: EXIT.leftOut, line: text.refused(refused), allDone: false};
	if (failed > 0) return {exit: EXIT.someFailed, line: text.settled(done, failed), allDone: false};
	// Nothing asked for is missing: an empty list, or (with --all-…) none the account can take now, the rest done.
	return {exit: EXIT.ok, line: listed ? text.emptyList : text.noneInAccount(operation), allDone: false};
}
