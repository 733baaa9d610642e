// The status view after a submit or from history: the status screen through the watch flow, wired to the wizard
// (retry failed goes back through review; leaving goes home).
import {useMemo} from 'react';
import {appPaths} from '../../store/paths.js';
import {WatchBatch} from '../flows/WatchBatch.js';
import {HistoryScreen} from '../screens/HistoryScreen.js';
import {Spinner} from '../components/Spinner.js';
import {useActions, useSessionState, useWizard} from './contexts.js';
import {ScreenFrame} from './ScreenFrame.js';
import type {RetryIntent} from '../flows/watch-session.js';

const useRetry = () => {
	const {dispatch} = useActions();
	return (intent: RetryIntent) => {
		dispatch({type: 'retry-failed', operation: intent.operation, domains: intent.domains, options: intent.options});
	};
};

/** Back one screen; the screen a command opened at has nothing before it, so leaving it ends the app. */
const useLeave = () => {
	const {dispatch, quit} = useActions();
	const {leaveQuits, stack} = useWizard();
	return () => (leaveQuits && stack.length === 0 ? quit() : dispatch({type: 'back'}));
};

const Connecting = ({title}: {title: string}) => (
	<ScreenFrame title={title} hints={[]}>
		<Spinner label="Connecting…" />
	</ScreenFrame>
);

export const StatusRoute = () => {
	const {watch} = useWizard();
	const {runtime} = useSessionState();
	const {env} = useActions();
	const onRetryFailed = useRetry();
	const onLeave = useLeave();
	const dataDir = useMemo(() => appPaths(env).dataDir, [env]);
	if (!runtime || !watch) {
		return <Connecting title="Status" />;
	}

	return (
		<WatchBatch
			key={`${watch.batchId ?? ''}:${watch.taskNos.join(',')}`}
			runtime={runtime}
			dataDir={dataDir}
			target={watch}
			onRetryFailed={onRetryFailed}
			onLeave={onLeave}
		/>
	);
};

export const HistoryRoute = () => {
	const {runtime} = useSessionState();
	const {env} = useActions();
	const onRetryFailed = useRetry();
	const onLeave = useLeave();
	const dataDir = useMemo(() => appPaths(env).dataDir, [env]);
	if (!runtime) {
		return <Connecting title="Watch tasks" />;
	}

	return <HistoryScreen runtime={runtime} dataDir={dataDir} onRetryFailed={onRetryFailed} onLeave={onLeave} />;
};
