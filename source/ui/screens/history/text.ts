// Every word the history screens show, in both languages.
import {count, messages, plural} from '../../../i18n/index.js';

export const text = messages({
	elsewhere: {
		en: (endpoint: string, label: string) =>
			`This batch went to ${endpoint} (account ${label}); open it from there, for example with --endpoint.`,
		zh: (endpoint: string, label: string) =>
			`该批次提交到 ${endpoint}（账号 ${label}）；请从那里打开，例如使用 --endpoint。`,
	},
	checking: {
		en: (id: string) => `Checking batch ${id}: which of its tasks reached the server…`,
		zh: (id: string) => `正在检查批次 ${id}：哪些任务已到达服务器…`,
	},
	checkFailed: {
		en: (why: string) => `Could not check the batch: ${why}`,
		zh: (why: string) => `无法检查该批次：${why}`,
	},
	noTask: {
		en: 'This batch has no task to watch: the server refused every one.',
		zh: '该批次没有可查看的任务：服务器全部拒绝了。',
	},
	sendingNever: {en: 'Submitting the domains that were never ordered…', zh: '正在提交从未下单的域名…'},
	submitFailed: {en: (why: string) => `Submit failed: ${why}`, zh: (why: string) => `提交失败：${why}`},
	serverTasks: {en: 'server tasks', zh: '服务器任务'},
	batches: {en: 'batches', zh: '批次'},
	choose: {en: 'choose', zh: '选择'},
	title: {
		en: (n: number, separator: string) => `History ${separator} ${count(n, ['batch', 'batches'], '')}`,
		zh: (n: number, separator: string) => `历史记录 ${separator} ${n.toLocaleString('en-US')} 个批次`,
	},
	watch: {en: (n: number) => `Watch ${count(n, ['task', 'tasks'], '')}`, zh: (n: number) => `查看 ${n} 个任务`},
	sendNever: {
		en: (n: number, ellipsis: string) =>
			`Submit the ${count(n, ['domain that was', 'domains that were'], '')} never ordered${ellipsis}`,
		zh: (n: number, ellipsis: string) => `提交从未下单的 ${n.toLocaleString('en-US')} 个域名${ellipsis}`,
	},
	backToHistory: {en: 'Back to history', zh: '返回历史记录'},
	sandboxWhere: {en: 'the sandbox (no money is spent)', zh: '沙箱（不产生费用）'},
	accountWhere: {
		en: (endpoint: string, label: string) => `${endpoint}, account ${label}`,
		zh: (endpoint: string, label: string) => `${endpoint}，账号 ${label}`,
	},
	confirm: {
		en: (domains: number, requests: number, where: string) =>
			`Submit ${count(domains, ['domain', 'domains'], '')} in ${count(requests, ['task', 'tasks'], '')} to ${where}? This batch never ordered ${plural(domains, 'it', 'them')}; any that a task on the server has by now ${plural(domains, 'is', 'are')} left out. This places the ${plural(domains, 'order', 'orders')} now.`,
		zh: (domains: number, requests: number, where: string) =>
			`把 ${domains.toLocaleString('en-US')} 个域名分 ${requests} 个任务提交到${where}？该批次从未为它们下单；服务器上已有任务包含的域名会被排除。现在将会下单。`,
	},
	pricing: {
		en: (n: number) => `Pricing ${count(n, ['domain', 'domains'], '')} with CheckDomain…`,
		zh: (n: number) => `正在用 CheckDomain 为 ${n.toLocaleString('en-US')} 个域名询价…`,
	},
	priceFailed: {
		en: (why: string) => `Could not price them (${why}); nothing is sent. Esc goes back.`,
		zh: (why: string) => `无法询价（${why}）；不会发送。按 Esc 返回。`,
	},
	// The label and its separator: a space after the English colon, none after the full-width one.
	costLabel: {en: 'Estimated cost: ', zh: '预估费用：'},
	balanceLabel: {en: 'Balance: ', zh: '余额：'},
	balanceNoPermission: {
		en: (permission: string) => `unknown (no RAM permission ${permission})`,
		zh: (permission: string) => `未知（缺少 RAM 权限 ${permission}）`,
	},
	balanceUnknown: {en: (why: string) => `unknown (${why})`, zh: (why: string) => `未知（${why}）`},
	balanceLeft: {
		en: (balance: string, left: string) => `${balance}, ${left} left after this batch`,
		zh: (balance: string, left: string) => `${balance}，本批之后剩余 ${left}`,
	},
	balanceShort: {
		en: (balance: string, short: string) => `${balance}, ${short} short: some domains would fail for lack of money`,
		zh: (balance: string, short: string) => `${balance}，还差 ${short}：部分域名会因余额不足而失败`,
	},
	typePrompt: {
		en: (n: number) => `Type ${n} or yes to submit (Esc goes back): `,
		zh: (n: number) => `输入 ${n} 或 yes 提交（按 Esc 返回）：`,
	},
	typeToSubmit: {
		en: (n: number) => `Type ${n} or yes to submit; Esc to go back.`,
		zh: (n: number) => `输入 ${n} 或 yes 提交；按 Esc 返回。`,
	},
	no: {en: 'No, leave them unsent', zh: '否，不发送'},
	yes: {
		en: (n: number) => `Yes, submit ${count(n, ['domain', 'domains'], '')}`,
		zh: (n: number) => `是，提交 ${n.toLocaleString('en-US')} 个域名`,
	},
	batchesNoun: {en: 'batches', zh: '批次'},
	noBatches: {
		en: "No batches yet. Submit one with register or redeem, or press Tab for the account's tasks on the server.",
		zh: '还没有批次。用注册或赎回提交一批，或按 Tab 查看账号在服务器上的任务。',
	},
	loadingTasks: {en: "Loading the account's recent tasks…", zh: '正在加载账号最近的任务…'},
	tasksFailed: {en: "Could not list the account's tasks", zh: '无法列出账号的任务'},
	tasksNoun: {en: 'tasks', zh: '任务'},
	noTasks: {en: 'The account has no tasks yet.', zh: '该账号还没有任务。'},
	batchesTab: {en: ' Batches on this computer ', zh: ' 本机的批次 '},
	serverTab: {en: ' Tasks on the server ', zh: ' 服务器上的任务 '},
	taskNumberPrompt: {en: 'Task number: ', zh: '任务编号：'},
	taskNumberPlaceholder: {en: 'one or more, Enter opens, Esc cancels', zh: '一个或多个，Enter 打开，Esc 取消'},
	notWatched: {en: 'not watched yet', zh: '尚未查看'},
	// The words `alidomain history` prints too; short, so the counts fit beside the state at 80 columns.
	ok: {en: (n: number) => `${n} ok`, zh: (n: number) => `${n} 成功`},
	failed: {en: (n: number) => `${n} failed`, zh: (n: number) => `${n} 失败`},
	left: {en: (n: number) => `${n} left`, zh: (n: number) => `${n} 未完成`},
	countsJoin: {en: ', ', zh: '，'},
	when: {en: (zone: string) => `When (${zone})`, zh: (zone: string) => `时间（${zone}）`},
	operation: {en: 'Operation', zh: '操作'},
	domains: {en: 'Domains', zh: '域名数'},
	tasks: {en: 'Tasks', zh: '任务数'},
	lastCounts: {en: 'Last counts', zh: '上次统计'},
	state: {en: 'State', zh: '状态'},
	endpoint: {en: 'Endpoint', zh: '接入地址'},
	created: {en: (zone: string) => `Created (${zone})`, zh: (zone: string) => `创建时间（${zone}）`},
	type: {en: 'Type', zh: '类型'},
	status: {en: 'Status', zh: '状态'},
	inHistory: {en: 'In history', zh: '在历史中'},
	taskNo: {en: 'Task number', zh: '任务编号'},
	yesShort: {en: 'yes', zh: '是'},
	noShort: {en: 'no', zh: '否'},
	request: {
		en: (chunk: number, domains: number) => `Task ${chunk} (${count(domains, ['domain', 'domains'], '')})`,
		zh: (chunk: number, domains: number) => `第 ${chunk} 个任务（${domains.toLocaleString('en-US')} 个域名）`,
	},
	found: {
		en: (name: string, taskNo: string) => `${name} reached the server as task ${taskNo}.`,
		zh: (name: string, taskNo: string) => `${name}已到达服务器：任务 ${taskNo}。`,
	},
	absent: {
		en: (name: string, how: string) => `${name} was never created (${how}).`,
		zh: (name: string, how: string) => `${name}没有创建任务（${how}）。`,
	},
	unsure: {
		en: (name: string, why: string) =>
			`${name}: still unsure (${why}). Nothing will send it again; open the batch later.`,
		zh: (name: string, why: string) => `${name}：仍无法确定（${why}）。不会自动重发；请稍后再打开该批次。`,
	},
	neverOrdered: {
		en: (domains: number, requests: number) =>
			`${count(domains, ['domain', 'domains'], '')} in ${count(requests, ['task', 'tasks'], '')} ${plural(domains, 'was', 'were')} never ordered. Submit ${plural(requests, 'it', 'them')} only if you still want ${plural(domains, 'it', 'them')}.`,
		zh: (domains: number, requests: number) => `${requests} 个任务中的 ${domains} 个域名从未下单。仅在仍需要时再提交。`,
	},
	accounted: {
		en: (tasks: number) => `Every task of the batch is accounted for: ${count(tasks, ['task', 'tasks'], '')}.`,
		zh: (tasks: number) => `该批次的每个任务都已核实：共 ${tasks} 个任务。`,
	},
	submitted: {en: (list: string) => `Submitted: ${list}.`, zh: (list: string) => `已提交：${list}。`},
	task: {en: (taskNo: string) => `task ${taskNo}`, zh: (taskNo: string) => `任务 ${taskNo}`},
	refused: {
		en: (chunk: number, code: string, message: string) => `Task ${chunk} refused: ${code}: ${message}`,
		zh: (chunk: number, code: string, message: string) => `第 ${chunk} 个任务被拒绝：${code}：${message}`,
	},
	unknown: {
		en: (chunk: number, why: string) =>
			`Task ${chunk}: outcome unknown (${why}); it will be checked before anything sends it again.`,
		zh: (chunk: number, why: string) => `第 ${chunk} 个任务：结果未知（${why}）；重发前会先核对。`,
	},
	serverCheck: {
		en: (tasks: number, requests: number) =>
			`Checking the account's ${count(tasks, ['task', 'tasks'], '')} on the server (${count(requests, ['request', 'requests'], '')})…`,
		zh: (tasks: number, requests: number) => `正在服务器上核对账号的 ${tasks} 个任务（${requests} 次请求）…`,
	},
	leftOut: {
		en: (n: number, tasks: string) =>
			`${count(n, ['domain was', 'domains were'], '')} left out: already in ${tasks} on the server.`,
		zh: (n: number, tasks: string) => `${n} 个域名已排除：服务器上的${tasks}已包含它们。`,
	},
	moreTasks: {en: (n: number) => `${count(n, ['more task', 'more tasks'], '')}`, zh: (n: number) => `另外 ${n} 个任务`},
	checkStopped: {
		en: (why: string) => `Could not check the account's tasks on the server (${why}); nothing more was sent.`,
		zh: (why: string) => `无法在服务器上核对账号的任务（${why}）；没有再发送任何内容。`,
	},
});

export const taskStatuses = messages({
	waiting: {en: 'waiting', zh: '等待中'},
	executing: {en: 'executing', zh: '执行中'},
	finished: {en: 'finished', zh: '已完成'},
	complete: {en: 'complete', zh: '已完成'},
	failed: {en: 'failed', zh: '失败'},
	succeeded: {en: 'succeeded', zh: '已成功'},
});
