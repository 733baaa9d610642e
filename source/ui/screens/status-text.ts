// The status screen's words, in both languages.
import type {StatusFilter} from '../../core/status/status-board.js';
import {count, messages, plural} from '../../i18n/index.js';
import {operationName, operationTitle} from '../../core/words/operation-name.js';
import type {Operation} from '../../core/order/order-items.js';
import {keyOf} from '../input/key-bindings.js';

const filterNames = messages({
	all: {en: 'all', zh: '全部'},
	failed: {en: 'failed', zh: '失败'},
	'in-progress': {en: 'in progress', zh: '进行中'},
	succeeded: {en: 'succeeded', zh: '已成功'},
});
export const filterLabel = (filter: StatusFilter): string => filterNames[filter];

export const text = messages({
	noExport: {en: 'Export is not available here.', zh: '此处无法导出。'},
	exporting: {en: 'Exporting…', zh: '正在导出…'},
	exported: {
		en: (n: number) => `Exported ${count(n, ['domain', 'domains'], '')}:`,
		zh: (n: number) => `已导出 ${n.toLocaleString('en-US')} 个域名：`,
	},
	exportFailed: {en: (why: string) => `Export failed: ${why}`, zh: (why: string) => `导出失败：${why}`},
	nothingToRetry: {en: 'Nothing to retry: no domain has failed.', zh: '无需重试：没有失败的域名。'},
	noRetry: {
		en: 'Retry is not available here; export failed.txt and submit it as a new batch.',
		zh: '此处无法重试；请导出 failed.txt 并作为新批次提交。',
	},
	filter: {en: (name: string) => `filter: ${name}`, zh: (name: string) => `筛选：${name}`},
	retry: {en: (n: string) => `retry ${n} failed`, zh: (n: string) => `重试 ${n} 个失败`},
	retryNone: {en: 'retry failed (none)', zh: '重试失败（无）'},
	domains: {en: 'domains', zh: '域名'},
	noMatch: {
		en: (search: string) => `No domain matches "${search}"`,
		zh: (search: string) => `没有匹配“${search}”的域名`,
	},
	noneIn: {en: (filter: string) => `No ${filter} domains`, zh: (filter: string) => `没有${filter}的域名`},
	noDomains: {en: 'No domains yet', zh: '还没有域名'},
	noError: {en: 'no error', zh: '无错误'},
	noErrorYet: {en: 'no error so far', zh: '暂无错误'},
	rowError: {
		en: (name: string, error: string) => `${name}: ${error}`,
		zh: (name: string, error: string) => `${name}：${error}`,
	},
	title: {
		// `domains` is undefined while nothing has been read: the count is shown as `?`.
		// Once every domain is final the batch is no longer "Registering": it is named by its operation.
		en: (operation: Operation, domains: number | undefined, tasks: number, separator: string, done = false) =>
			`${done ? operationTitle(operation) : operation === 'register' ? 'Registering' : operation === 'redeem' ? 'Redeeming' : 'Renewing'} ${domains === undefined ? '? domains' : count(domains, ['domain', 'domains'], '')} ${separator} ${count(tasks, ['task', 'tasks'], '')}`,
		zh: (operation: Operation, domains: number | undefined, tasks: number, separator: string, _done = false) =>
			`${operationName(operation)} ${domains === undefined ? '?' : domains.toLocaleString('en-US')} 个域名 ${separator} ${tasks.toLocaleString('en-US')} 个任务`,
	},
	final: {
		en: (total: number, ok: number, failed: number) =>
			`${plural(total, 'The domain is', `All ${total.toLocaleString('en-US')} domains are`)} final: ${ok.toLocaleString('en-US')} succeeded, ${failed.toLocaleString('en-US')} failed`,
		zh: (total: number, ok: number, failed: number) =>
			`全部 ${total.toLocaleString('en-US')} 个域名已结束：${ok.toLocaleString('en-US')} 个成功，${failed.toLocaleString('en-US')} 个失败`,
	},
	filterLine: {en: (name: string) => `filter ${name}`, zh: (name: string) => `筛选 ${name}`},
	searchPlaceholder: {
		en: `type part of a name, ${keyOf('keepSearch')} to keep, ${keyOf('clearSearch')} to clear`,
		zh: `输入部分名称，${keyOf('keepSearch')} 保留，${keyOf('clearSearch')} 清除`,
	},
	searchShown: {
		en: (search: string) => `search "${search}" (${keyOf('clearSearch')} clears)`,
		zh: (search: string) => `搜索“${search}”（${keyOf('clearSearch')} 清除）`,
	},
	noSearch: {en: `no search (${keyOf('search')} to search)`, zh: `未搜索（按 ${keyOf('search')} 搜索）`},
	reading: {
		en: (tasks: number) => `Reading ${count(tasks, ['task', 'tasks'], '')} from the server…`,
		zh: (tasks: number) => `正在从服务器读取 ${tasks.toLocaleString('en-US')} 个任务…`,
	},
	cannotRead: {en: 'Could not read the tasks from the server', zh: '无法从服务器读取任务'},
	unknownTasks: {en: 'Unknown task numbers', zh: '未知的任务编号'},
	stopped: {
		en: 'No counts are shown and nothing can be exported: none were read from the server. This is not retried.',
		zh: '不显示任何数字，也无法导出：没有从服务器读到任何结果。不会自动重试。',
	},
	whatToDo: {en: (hint: string) => `What to do: ${hint}`, zh: (hint: string) => `怎么办：${hint}`},
	requestId: {en: (id: string) => `Request id ${id}`, zh: (id: string) => `请求 ID ${id}`},
	notReadYet: {
		en: 'Nothing to export yet: the tasks have not been read from the server.',
		zh: '暂无可导出的内容：尚未从服务器读到任务。',
	},
	leaveFailed: {en: 'Leave this view', zh: '离开此视图'},
});
