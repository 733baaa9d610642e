// Reading tasks back: per-domain details, the task list, and the cursor-paged task history.
import type {RequestOf, ResponseOf} from '../api/schema.js';
import {DETAIL_STATUS, TASK_STATUS} from '../api/task-status.js';
import {chinaDayStart, formatDateTime, formatTaskListTime} from './clock.js';
import {SUCCESS_MESSAGE} from './registry-rules.js';
import type {DetailRecord, TaskKind, TaskRecord} from './task-engine.js';
import {inLang} from './texts-zh.js';
import {pageFields, pageOf, type CallContext, type WorldState} from './world-state.js';

type DetailRow = ResponseOf<'QueryTaskDetailList'>['Data']['TaskDetail'][number];
type TaskInfoRow = ResponseOf<'QueryTaskList'>['Data']['TaskInfo'][number];
type HistoryRow = ResponseOf<'QueryTaskInfoHistory'>['Objects'][number];

const DESCRIPTIONS: Record<'en' | 'zh', Record<TaskKind, string>> = {
	en: {
		ORDER_ACTIVATE: 'Create a registration order',
		ORDER_REDEEM: 'Create a redemption order',
		ORDER_RENEW: 'Create a renewal order',
	},
	zh: {ORDER_ACTIVATE: '域名注册订单', ORDER_REDEEM: '域名赎回订单', ORDER_RENEW: '域名续费订单'},
};

export function queryTaskDetailList(
	state: WorldState,
	params: RequestOf<'QueryTaskDetailList'>,
	ctx: CallContext,
): ResponseOf<'QueryTaskDetailList'> {
	const task = state.engine.task(params.TaskNo);
	// Alibaba answers an unknown TaskNo with an empty page, not an error.
	const details = task ? filterDetails(task.details, params) : [];
	const page = pageOf(details.length, params.PageNum, params.PageSize);
	const description = DESCRIPTIONS[params.Lang ?? 'en'];
	const rows: DetailRow[] = [];
	for (let i = page.start; i < page.end; i++) rows.push(detailRow(task!, details[i]!, description, params.Lang));
	return {RequestId: ctx.requestId, ...pageFields(page), Data: {TaskDetail: rows}};
}

function filterDetails(details: DetailRecord[], params: RequestOf<'QueryTaskDetailList'>): DetailRecord[] {
	const {TaskStatus: status, InstanceId: instanceId} = params;
	const domain = params.DomainName?.trim().toLowerCase();
	if (status === undefined && !domain && !instanceId) return details;
	return details.filter(
		(d) =>
			(status === undefined || d.status === status) &&
			(!domain || d.domain === domain) &&
			(!instanceId || d.instanceId === instanceId),
	);
}

function detailRow(
	task: TaskRecord,
	d: DetailRecord,
	description: Record<TaskKind, string>,
	lang: 'en' | 'zh' | undefined,
): DetailRow {
	const row: DetailRow = {
		TaskNo: task.no,
		TaskDetailNo: d.no,
		DomainName: d.domain,
		TaskType: task.kind,
		TaskTypeDescription: description[task.kind],
		TaskStatus: DETAIL_STATUS[d.status],
		TaskStatusCode: d.status,
		// Alibaba fills this for some task types only; order tasks carry their outcome in ErrorMsg/FailReason.
		TaskResult: '',
		TryCount: d.tries,
		CreateTime: formatDateTime(d.created),
		UpdateTime: formatDateTime(d.updated),
	};
	if (d.instanceId) row.InstanceId = d.instanceId;
	if (d.status === 2) row.ErrorMsg = inLang(SUCCESS_MESSAGE, lang);
	else if (d.errorMsg) row.ErrorMsg = inLang(d.errorMsg, lang);
	if (d.failReason) row.FailReason = inLang(d.failReason, lang);
	return row;
}

/**
 * TaskTypeCode's numbers are not documented (docs/api.md): the sandbox uses each type's place in the documented
 * TaskType list, as is TaskBizType's value.
 */
const TASK_TYPE_CODE: Record<TaskKind, number> = {ORDER_ACTIVATE: 9, ORDER_RENEW: 10, ORDER_REDEEM: 11};

function taskStatus(task: TaskRecord): keyof typeof TASK_STATUS {
	if (task.pending === 0) return 'COMPLETE';
	return task.startedAt === undefined ? 'WAITING_EXECUTE' : 'EXECUTING';
}

/** Tasks created within [begin, end], newest first. */
function tasksNewestFirst(state: WorldState, begin?: number, end?: number): TaskRecord[] {
	const all = state.engine.allTasks;
	const out: TaskRecord[] = [];
	for (let i = all.length - 1; i >= 0; i--) {
		const task = all[i]!;
		if (begin !== undefined && task.created < begin) continue;
		if (end !== undefined && task.created > end) continue;
		out.push(task);
	}
	// Creation order is time order unless a clock stepped back; a stable sort keeps that case honest too.
	return out.sort((a, b) => b.created - a.created);
}

/** The fields QueryTaskList and QueryTaskInfoHistory share for one task. */
function taskSummary(task: TaskRecord, lang: 'en' | 'zh') {
	const status = taskStatus(task);
	return {
		TaskNo: task.no,
		TaskNum: task.details.length,
		TaskType: task.kind,
		TaskTypeDescription: DESCRIPTIONS[lang][task.kind],
		TaskStatus: status,
		TaskStatusCode: TASK_STATUS[status],
		Clientip: task.clientIp,
	};
}

export function queryTaskList(
	state: WorldState,
	params: RequestOf<'QueryTaskList'>,
	ctx: CallContext,
): ResponseOf<'QueryTaskList'> {
	// "Currently, only query by day is supported" (docs/api.md): in by-day mode each bound keeps only its date in
	// UTC+8, the worst reading of that sentence (an end bound of today means today 00:00).
	const bound = (ms: number | undefined) => (ms === undefined || !state.byDay ? ms : chinaDayStart(ms));
	const tasks = tasksNewestFirst(state, bound(params.BeginCreateTime), bound(params.EndCreateTime));
	const page = pageOf(tasks.length, params.PageNum, params.PageSize);
	const lang = params.Lang ?? 'en';
	const rows: TaskInfoRow[] = tasks.slice(page.start, page.end).map((task) => ({
		...taskSummary(task, lang),
		TaskCancelStatus: 'INIT',
		TaskCancelStatusCode: 0,
		TaskTypeCode: TASK_TYPE_CODE[task.kind],
		TaskBizType: 'ORDER',
		TaskResult: '',
		CreateTime: formatTaskListTime(task.created),
	}));
	return {RequestId: ctx.requestId, ...pageFields(page), Data: {TaskInfo: rows}};
}

/**
 * Cursor paging: NextPageCursor names the first task of the next page; sending it back as TaskNoCursor and
 * CreateTimeCursor starts the page there. `{}` when there is no next page.
 */
export function queryTaskInfoHistory(
	state: WorldState,
	params: RequestOf<'QueryTaskInfoHistory'>,
	ctx: CallContext,
): ResponseOf<'QueryTaskInfoHistory'> {
	const tasks = tasksNewestFirst(state, params.BeginCreateTime, params.EndCreateTime);
	const size = Math.max(1, params.PageSize);
	let start = 0;
	if (params.TaskNoCursor !== undefined || params.CreateTimeCursor !== undefined) {
		start = tasks.findIndex(
			(t) =>
				(params.TaskNoCursor === undefined || t.no === params.TaskNoCursor) &&
				(params.CreateTimeCursor === undefined || t.created === params.CreateTimeCursor),
		);
		// A cursor that names no task: continue after the cursor's time, as a database cursor would.
		if (start < 0)
			start =
				params.CreateTimeCursor === undefined
					? tasks.length
					: tasks.findIndex((t) => t.created < params.CreateTimeCursor!);
		if (start < 0) start = tasks.length;
	}
	const lang = params.Lang ?? 'en';
	const row = (task: TaskRecord): HistoryRow => ({
		...taskSummary(task, lang),
		CreateTime: formatDateTime(task.created),
		CreateTimeLong: task.created,
	});
	const cursor = (task: TaskRecord | undefined) => (task ? row(task) : {});
	return {
		RequestId: ctx.requestId,
		PageSize: size,
		Objects: tasks.slice(start, start + size).map(row),
		CurrentPageCursor: cursor(tasks[start]),
		NextPageCursor: cursor(tasks[start + size]),
		PrePageCursor: start > 0 ? cursor(tasks[Math.max(0, start - size)]) : {},
	};
}
