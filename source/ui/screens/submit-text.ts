// The words of SubmitScreen, in English and Chinese.
import {count, messages, plural} from '../../i18n/index.js';

export const text = messages({
	registerTitle: {en: 'Register · Submit', zh: '注册域名 · 提交'},
	redeemTitle: {en: 'Redeem · Submit', zh: '赎回域名 · 提交'},
	renewTitle: {en: 'Renew · Submit', zh: '续费域名 · 提交'},
	batch: {
		en: (done: boolean, id: string) => `${done ? 'Submitted' : 'Submitting'} batch ${id}`,
		zh: (done: boolean, id: string) => `${done ? '已提交' : '正在提交'}批次 ${id}`,
	},
	chunks: {
		en: (n: number) => `  ${count(n, ['task', 'tasks'], '')}, each recorded in the journal before it is sent`,
		zh: (n: number) => `  共 ${n} 个任务，每个任务发出前先记入日志`,
	},
	progress: {
		en: (done: number, all: number) => `${done}/${all} ${plural(all, 'task', 'tasks')}`,
		zh: (done: number, all: number) => `${done}/${all} 个任务`,
	},
	sending: {
		en: (n: number, all: number) => `Sending task ${n} of ${all}…`,
		zh: (n: number, all: number) => `正在发送第 ${n} 个任务，共 ${all} 个…`,
	},
	accepted: {
		en: (tasks: number, domains: number) =>
			`${count(tasks, ['task', 'tasks'], '')} accepted, ${count(domains, ['domain', 'domains'], '')}`,
		zh: (tasks: number, domains: number) => `已受理 ${tasks} 个任务，共 ${domains.toLocaleString('en-US')} 个域名`,
	},
	task: {
		en: (taskNo: string, chunk: number, domains: number) =>
			`  task ${chunk}: ${taskNo}, ${count(domains, ['domain', 'domains'], '')}`,
		zh: (taskNo: string, chunk: number, domains: number) => `  第 ${chunk} 个任务：${taskNo}，${domains} 个域名`,
	},
	submitStopped: {en: 'The submit stopped', zh: '提交已中止'},
	stoppedEarly: {
		en: 'Stopped before every task was sent; the rest stay planned in the journal.',
		zh: '在全部发送前已停止；其余的任务仍按计划保留在日志中。',
	},
	leftOut: {
		en: (n: number) =>
			`${count(n, ['domain was', 'domains were'], '')} left out: a task on the server already has ${plural(n, 'it', 'them')}`,
		zh: (n: number) => `${n} 个域名已排除：服务器上已有任务包含它们`,
	},
	leftOutLine: {
		en: (domain: string, taskNo: string) => `  ${domain}  task ${taskNo}`,
		zh: (domain: string, taskNo: string) => `  ${domain}  任务 ${taskNo}`,
	},
	more: {en: (n: number) => `  … and ${n} more`, zh: (n: number) => `  …… 另有 ${n} 个`},
	checkFailed: {
		en: (why: string) =>
			`Could not check the account's tasks on the server (${why}); nothing more was sent. Open the batch from history to go on.`,
		zh: (why: string) => `无法在服务器上核对账号的任务（${why}）；没有再发送任何内容。请从历史记录打开该批次继续。`,
	},
});
