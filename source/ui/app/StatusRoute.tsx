// The status view after a submit or from history: the status screen through the watch flow, wired to the wizard
// (retry failed goes back through review; leaving goes home).
import {useMemo} from 'react';
import {messages} from '../../i18n/index.js';
import {appPaths} from '../../store/paths.js';
import {WatchBatch} from '../flows/WatchBatch.js';
import {HistoryScreen} from '../screens/history/HistoryScreen.js';
import {Spinner} from '../components/Spinner.js';
import {useActions, useSessionState, useWizard} from './contexts.js';
import {ScreenFrame} from './ScreenFrame.js';
import type {RetryIntent} from './watch-session.js';
import {planRetry} from '../../core/order/retry-plan.js';
import {nothingLeftToRetry, nothingToRetry, retryNotes} from './retry-notes.js';

const text = messages({
	connecting: {en: 'Connecting…', zh: '正在连接…'},
	status: {en: 'Status', zh: '状态'},
	// The name Home's menu gives it, and the title History shows once connected.
	watch: {en: 'History', zh: '历史记录'},
});

const useRetry = () => {
	const {dispatch} = useActions();
	// Core decides what goes again and with which fix; this only turns it into an intent and words.
	return (intent: RetryIntent): string | void => {
		const plan = planRetry(intent.operation, intent.failures);
		if (plan.retry.length === 0) {
			return nothingToRetry(plan);
		}

		dispatch({
			type: 'retry-failed',
			operation: intent.operation,
			domains: plan.retry,
			options: intent.options,
			notes: retryNotes(plan),
			ask: plan.ask,
			target: intent.target,
		});
	};
};

/** Back one screen; the screen a command opened at has nothing before it, so leaving it ends the app. */
const useLeave = () => {
	const {dispatch, quit} = useActions();
	const {leaveQuits, stack} = useWizard();
	// A status view the command opened at that ended on an error makes the app's exit code 1, as headless status does.
	return (failed?: boolean) => (leaveQuits && stack.length === 0 ? quit(failed ? 1 : 0) : dispatch({type: 'back'}));
};

const Connecting = ({title}: {title: string}) => (
	<ScreenFrame title={title} hints={[]}>
		<Spinner label={text.connecting} />
	</ScreenFrame>
);

export const StatusRoute = () => {
	const {watch, retryDeclined} = useWizard();
	const {runtime} = useSessionState();
	const {env} = useActions();
	const onRetryFailed = useRetry();
	const onLeave = useLeave();
	const dataDir = useMemo(() => appPaths(env).dataDir, [env]);
	if (!runtime || !watch) {
		return <Connecting title={text.status} />;
	}

	return (
		<WatchBatch
			key={`${watch.batchId ?? ''}:${watch.taskNos.join(',')}`}
			runtime={runtime}
			dataDir={dataDir}
			target={watch}
			pollerOptions={runtime.statusPace}
			onRetryFailed={onRetryFailed}
			onLeave={onLeave}
			// Back from a retry whose answer left nothing to send: the view says so as it shows.
			note={retryDeclined ? {kind: 'warn', lines: nothingLeftToRetry(retryDeclined)} : undefined}
		/>
	);
};

export const HistoryRoute = ({stopping}: {stopping: boolean}) => {
	const {runtime} = useSessionState();
	const {reopen} = useWizard();
	const {env, runBackground} = useActions();
	const onRetryFailed = useRetry();
	const onLeave = useLeave();
	const dataDir = useMemo(() => appPaths(env).dataDir, [env]);
	if (!runtime) {
		return <Connecting title={text.watch} />;
	}

	return (
		<HistoryScreen
			runtime={runtime}
			dataDir={dataDir}
			pollerOptions={runtime.statusPace}
			onRetryFailed={onRetryFailed}
			onLeave={onLeave}
			reopen={reopen}
			runSubmit={runBackground}
			stopping={stopping}
		/>
	);
};
