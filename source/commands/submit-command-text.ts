// The words of headless register, redeem and renew (commands/submit-command.ts), in English and Chinese.
import {count, messages, plural} from '../i18n/index.js';

export const msg = messages({
	isMissing: {en: 'is missing', zh: '缺少'},
	needsTerminal: {en: 'needs a terminal, or', zh: '需要终端，或者'},
	missing: {
		en: (operation: string, why: string, flags: string) => `alidomain ${operation} ${why}: ${flags}.`,
		zh: (operation: string, why: string, flags: string) => `alidomain ${operation} ${why}：${flags}。`,
	},
	rejected: {
		en: (line: number, input: string, reason: string) => `line ${line}: '${input}' ${reason}`,
		zh: (line: number, input: string, reason: string) => `第 ${line} 行：'${input}' ${reason}`,
	},
	duplicates: {
		en: (n: number) => `${count(n, ['duplicate line', 'duplicate lines'], '')} dropped`,
		zh: (n: number) => `已去掉 ${n} 行重复`,
	},
	notice: {
		en: (line: number, name: string, notice: string) => `line ${line}: ${name}: ${notice}`,
		zh: (line: number, name: string, notice: string) => `第 ${line} 行：${name}：${notice}`,
	},
	retrying: {
		en: (action: string, why: string, seconds: string) => `${action}: ${why}; retrying in ${seconds}s`,
		zh: (action: string, why: string, seconds: string) => `${action}：${why}；${seconds} 秒后重试`,
	},
	leftOut: {
		en: (domain: string, reason: string) => `${domain}: left out, ${reason}`,
		zh: (domain: string, reason: string) => `${domain}：已排除，${reason}`,
	},
	watchStopped: {
		en: (taskNos: string) =>
			`Stopped watching; the tasks go on on the server. Watch them again: alidomain status ${taskNos}`,
		zh: (taskNos: string) => `已停止查看；任务在服务器上继续执行。再次查看：alidomain status ${taskNos}`,
	},
	invalid: {
		en: (n: number) =>
			`Nothing sent: ${count(n, ['line was', 'lines were'], '')} rejected (reasons above). Fix the list, or pass --skip-invalid to send only the valid names.`,
		zh: (n: number) =>
			`未发送任何请求：有 ${n} 行被拒绝（原因见上）。请修正列表，或加 --skip-invalid 只发送有效的域名。`,
	},
	skipping: {
		en: (n: number) => `--skip-invalid: leaving out ${count(n, ['rejected line', 'rejected lines'], '')}`,
		zh: (n: number) => `--skip-invalid：排除 ${n} 行被拒绝的内容`,
	},
	// How a run with nothing to send ends (core/order/order-outcome.ts, unsentOutcome), one line each.
	emptyList: {
		en: 'Nothing to do: the list has no domain names. Nothing sent.',
		zh: '无事可做：列表中没有域名。未发送任何请求。',
	},
	noneInAccount: {
		en: (renew: boolean) =>
			`Nothing to do: no domain of the account can be ${renew ? 'renewed' : 'redeemed'} now. Nothing sent.`,
		zh: (renew: boolean) => `无事可做：账号中现在没有可${renew ? '续费' : '赎回'}的域名。未发送任何请求。`,
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
	notYet: {en: 'Nothing sent yet.', zh: '暂未发送任何请求。'},
	inFlight: {
		en: (n: number, taskNos: string) =>
			`Nothing sent: ${count(n, ['domain is', 'domains are'], '')} still in flight in another task (reasons above). Watch it with alidomain status ${taskNos}, or run the same command again once it has finished.`,
		zh: (n: number, taskNos: string) =>
			`未发送任何请求：${n} 个域名仍在另一个任务中处理（原因见上）。可用 alidomain status ${taskNos} 查看，或在它完成后再运行同一条命令。`,
	},
	refusedNames: {
		en: (n: number) =>
			`Nothing sent: ${count(n, ['domain', 'domains'], '')} of the list cannot be ordered (reasons above). Fix the list, then run it again.`,
		zh: (n: number) => `未发送任何请求：列表中有 ${n} 个域名无法下单（原因见上）。请修正列表后再运行。`,
	},
	summary: {
		en: (title: string, domains: number, tasks: number, account: string, endpoint: string) =>
			`${title} ${count(domains, ['domain', 'domains'], '')} in ${count(tasks, ['task', 'tasks'], '')} (account ${account}, ${endpoint})`,
		zh: (title: string, domains: number, tasks: number, account: string, endpoint: string) =>
			`${title} ${domains} 个域名，分 ${tasks} 个任务（账号 ${account}，${endpoint}）`,
	},
	ask: {en: (summary: string) => `${summary}. Submit? [y/N] `, zh: (summary: string) => `${summary}。提交吗？[y/N] `},
	notSubmitted: {en: 'Not submitted.', zh: '未提交。'},
	submitting: {en: (summary: string) => `${summary}…`, zh: (summary: string) => `${summary}……`},
	unknownAfter: {
		en: (n: number) =>
			`${count(n, ['task has', 'tasks have'], '')} an unknown outcome: run the same command again later; nothing will be ordered twice.`,
		zh: (n: number) => `${n} 个任务结果未知：请稍后再运行同一条命令；不会重复下单。`,
	},
	taskLine: {
		en: (taskNo: string, n: number) => `${taskNo}\t${count(n, ['domain', 'domains'], '')}`,
		zh: (taskNo: string, n: number) => `${taskNo}\t${n} 个域名`,
	},
	typedExpiry: {
		en: (name: string) =>
			`${name}: the account's expiry is sent instead of the typed one (--keep-typed-expiry sends the typed one)`,
		zh: (name: string) => `${name}：改为发送账号中的到期时间，而不是填写的（加 --keep-typed-expiry 则发送填写的）`,
	},
	failedAgain: {
		en: (n: number) =>
			`${count(n, ['domain', 'domains'], '')} left out because an earlier order failed for a reason that still holds; --send-failed-again sends ${plural(n, 'it', 'them')} anyway.`,
		zh: (n: number) => `${n} 个域名因之前下单失败且原因未变而排除；加 --send-failed-again 仍会发送。`,
	},
	noDefaultProfile: {
		en: 'this account has no default registrant profile; pass --profile-id ID.',
		zh: '此账号没有默认的注册人信息模板；请加 --profile-id ID。',
	},
	noProfile: {
		en: (raw: string) => `no registrant profile ${raw} in this account.`,
		zh: (raw: string) => `此账号下没有注册人信息模板 ${raw}。`,
	},
	unverified: {
		en: (id: number, status: string) =>
			`registrant profile ${id} has not passed real-name verification (status ${status}); only verified profiles can register domains.`,
		zh: (id: number, status: string) =>
			`注册人信息模板 ${id} 未通过实名认证（状态 ${status}）；只有已实名认证的模板才能注册域名。`,
	},
	unknownStatus: {en: 'unknown', zh: '未知'},
	allOnlyRedeem: {
		en: '--all-in-redemption is for alidomain redeem.',
		zh: '--all-in-redemption 只用于 alidomain redeem。',
	},
	allOnlyRenew: {
		en: '--all-expiring and --within are for alidomain renew.',
		zh: '--all-expiring 和 --within 只用于 alidomain renew。',
	},
	domainsOrExpiring: {en: '--domains FILE (or --all-expiring)', zh: '--domains FILE（或 --all-expiring）'},
	expiringOrDomains: {
		en: 'give either --domains or --all-expiring, not both.',
		zh: '--domains 和 --all-expiring 只能二选一。',
	},
	domainsOrAll: {en: '--domains FILE (or --all-in-redemption)', zh: '--domains FILE（或 --all-in-redemption）'},
	allOrDomains: {
		en: 'give either --domains or --all-in-redemption, not both.',
		zh: '--domains 和 --all-in-redemption 只能二选一。',
	},
	checkFailed: {
		en: (why: string) =>
			`could not check the account's tasks on the server (${why}); nothing more was sent. Run the same command again.`,
		zh: (why: string) => `无法在服务器上核对账号的任务（${why}）；没有再发送任何内容。请再次运行同一条命令。`,
	},
	heldBack: {
		en: (n: number, at: string, seconds: number) =>
			`${count(n, ['domain was', 'domains were'], '')} held back because an earlier request is still undecided: run the same command again after ${at} (in ${seconds}s), or add --wait.`,
		zh: (n: number, at: string, seconds: number) =>
			`${n} 个域名因之前的请求结果未定而暂缓：请在 ${at} 之后（${seconds} 秒后）再运行同一条命令，或加 --wait。`,
	},
	waiting: {
		en: (n: number, seconds: number) =>
			`${count(n, ['domain', 'domains'], '')} held back until an earlier request is decided: checking again in ${seconds}s…`,
		zh: (n: number, seconds: number) => `${n} 个域名暂缓，等待之前的请求结果确定：${seconds} 秒后再次核对……`,
	},
});
