// The account's recent tasks as the server lists them (QueryTaskList), including ones made in the console:
// loaded when first asked for and again on request, never polled. Part of the engine: it calls the API.
import {useCallback, useEffect, useRef, useState} from 'react';
import type {DomainClient} from '../../api/client.js';
import {noticeOf} from './notice-of.js';
import type {NoticeError} from '../components/Notice.js';

/** The API's models make every field but the task number optional, so a list survives any of them missing. */
export type ServerTask = {
	taskNo: string;
	/** '' when the server leaves it out. */
	taskType: string;
	/** The type as the server describes it, when it does. */
	description?: string;
	domains?: number;
	status?: string;
	statusCode?: number;
	createTime?: string;
};

export type ServerTasksState =
	| {status: 'idle' | 'loading'; tasks: ServerTask[]}
	| {status: 'ready'; tasks: ServerTask[]; total: number}
	| {status: 'error'; tasks: ServerTask[]; error: NoticeError};

export const SERVER_TASKS_PAGE = 50;

export const useServerTasks = (client: Pick<DomainClient, 'queryTaskList'>, isWanted: boolean) => {
	const [state, setState] = useState<ServerTasksState>({status: 'idle', tasks: []});
	const generation = useRef(0);

	const load = useCallback(() => {
		const mine = ++generation.current;
		setState((previous) => ({status: 'loading', tasks: previous.tasks}));
		client.queryTaskList({PageNum: 1, PageSize: SERVER_TASKS_PAGE}).then(
			(answer) => {
				if (mine !== generation.current) return;
				const tasks = answer.Data.TaskInfo.map((t) => ({
					taskNo: t.TaskNo,
					taskType: t.TaskType ?? '',
					description: t.TaskTypeDescription,
					domains: t.TaskNum,
					status: t.TaskStatus,
					statusCode: t.TaskStatusCode,
					createTime: t.CreateTime,
				}));
				setState({status: 'ready', tasks, total: answer.TotalItemNum});
			},
			(error: unknown) => {
				if (mine !== generation.current) return;
				setState((previous) => ({status: 'error', tasks: previous.tasks, error: noticeOf(error)}));
			},
		);
	}, [client]);

	useEffect(() => {
		if (isWanted && state.status === 'idle') load();
	}, [isWanted, state.status, load]);

	// An answer that arrives after the screen is gone is dropped.
	useEffect(
		() => () => {
			generation.current++;
		},
		[],
	);

	return {...state, reload: load};
};
