// What the history screen's choices do: open a batch (checking an unfinished submit first), open tasks by number,
// send what a check proved never ordered. Each ends in an action for the phase reducer.
import {useCallback, type Dispatch} from 'react';
import {sameEndpoint} from '../../../core/submit/endpoint-key.js';
import type {OrderProgress} from '../../../core/submit/submit-path.js';
import type {SubmitSummary} from '../../../core/submit/submit-batch.js';
import type {BatchView} from '../../../core/submit/journal-rules.js';
import {taskNosOf} from '../../../core/submit/journal-rules.js';
import {needsCheck, type BatchCheck} from '../../../core/submit/reopen-batch.js';
import {batchOfTasks, operationOfTaskType, type WatchTarget} from '../../../core/status/watch-target.js';
import {localTimeWithZone} from '../../format-time.js';
import {useBatchActions} from '../../hooks/use-batch-actions.js';
import {errorLine} from '../../../core/words/error-view.js';
import type {ServerTask} from '../../app/use-server-tasks.js';
import type {HistoryRuntime} from './HistoryScreen.js';
import type {HistoryAction, Line} from './phase.js';
import {checkLines, sentLines} from './report.js';
import {text} from './text.js';
import {lockWaitLines} from '../../../core/words/progress-words.js';

/** Runs a send so that Ctrl+C stops it after the request in flight (the app's); without one, the send just runs. */
export type SubmitRunner = (
	batchId: string,
	run: (signal: AbortSignal) => Promise<SubmitSummary>,
) => Promise<SubmitSummary>;

export const useHistoryActions = (
	runtime: HistoryRuntime,
	dispatch: Dispatch<HistoryAction>,
	runSubmit?: SubmitRunner,
) => {
	// The submit path's steps while a batch is checked or sent, shown under the spinner.
	const onProgress = useCallback(
		(event: OrderProgress) => {
			if (event.type === 'lock-wait') {
				dispatch({type: 'activity', text: lockWaitLines(event.holder, localTimeWithZone).join('\n')});
			} else if (event.type === 'server-check') {
				dispatch({type: 'activity', text: text.serverCheck(event.tasks, event.requests)});
			} else if (event.type === 'lock-held') {
				dispatch({type: 'activity'});
			}
		},
		[dispatch],
	);
	const actions = useBatchActions(runtime, onProgress);

	const watch = (target: WatchTarget) => {
		dispatch({type: 'watch', target, key: Date.now()});
	};

	const backToList = (line?: Line) => {
		dispatch({type: 'back-to-list', line});
	};

	const report = (batchId: string, check: BatchCheck, before: Line[] = []) => {
		dispatch({type: 'report', batchId, check, lines: [...before, ...checkLines(check)]});
	};

	const openBatch = (view: BatchView) => {
		const {plan} = view;
		if (!sameEndpoint(plan.account.endpoint, runtime.endpoint)) {
			dispatch({type: 'say', line: {kind: 'warn', text: text.elsewhere(plan.account.endpoint, plan.account.label)}});
			return;
		}

		if (needsCheck(view.chunks)) {
			dispatch({type: 'busy', label: text.checking(plan.id)});
			actions.check(plan.id).then(
				(check) => {
					report(plan.id, check);
				},
				(error: unknown) => {
					backToList({kind: 'error', text: text.checkFailed(errorLine(error))});
				},
			);
			return;
		}

		const taskNos = taskNosOf(view);
		if (taskNos.length === 0) {
			dispatch({type: 'say', line: {kind: 'warn', text: text.noTask}});
			return;
		}

		watch({batchId: plan.id, taskNos});
	};

	const openTasks = (taskNos: string[], task?: ServerTask) => {
		watch({
			taskNos,
			batchId: batchOfTasks(runtime.journal, taskNos),
			operation: task ? operationOfTaskType(task.taskType) : undefined,
		});
	};

	const sendNeverSent = (batchId: string) => {
		dispatch({type: 'busy', label: text.sendingNever});
		const run = async (signal?: AbortSignal) => actions.send(batchId, signal);
		(runSubmit ? runSubmit(batchId, run) : run()).then(
			async (summary) => {
				report(batchId, await actions.check(batchId), sentLines(summary));
			},
			(error: unknown) => {
				backToList({kind: 'error', text: text.submitFailed(errorLine(error))});
			},
		);
	};

	return {watch, backToList, openBatch, openTasks, sendNeverSent};
};
