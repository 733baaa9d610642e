// Sending the batch chunk by chunk through the journal. An unknown outcome is shown as such and never sent again
// by itself; when every chunk has its task, the status view takes over.
import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {Notice} from '../components/Notice.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {Spinner} from '../components/Spinner.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

const SHOWN_TASKS = 5;

export const SubmitScreen = ({stopping}: {stopping: boolean}) => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const {dispatch} = useActions();
	const {submit, operation} = state;
	const done = submit.status === 'done';
	const clean = done && submit.unknown.length === 0 && submit.rejected.length === 0 && !submit.stopped && !submit.error;
	const taskNos = submit.submitted.map(s => s.taskNo);
	const watch = () => dispatch({type: 'watch', target: {batchId: submit.batchId, taskNos, operation}});

	useEffect(() => {
		if (clean && !stopping && taskNos.length > 0) {
			dispatch({type: 'watch', target: {batchId: submit.batchId, taskNos, operation}});
		}
	// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [clean, stopping]);

	useKeypress(key => {
		if (!done) {
			return keys.isQuit(key) ? undefined : true;
		}

		if (keys.isSubmit(key) && taskNos.length > 0) {
			watch();
			return true;
		}

		if (keys.isBack(key) || key.text === 'h') {
			dispatch({type: 'watch-none'});
			return true;
		}

		return undefined;
	});

	const hints: keys.KeyHint[] = done
		? [
			...(taskNos.length > 0 ? [{keys: 'Enter', label: 'watch tasks', description: 'Open the live status of the submitted tasks'}] : []),
			{keys: 'Esc', label: 'home', description: 'Back to the home screen; the batch stays in the history'},
		]
		: [];

	const domainsSent = submit.submitted.reduce((n, s) => n + s.domains, 0);
	return (
		<ScreenFrame title={operation === 'register' ? 'Register · Submit' : 'Redeem · Submit'} hints={hints}>
			<Text>
				<Text bold>{`${done ? 'Submitted' : 'Submitting'} batch ${submit.batchId ?? ''}`}</Text>
				<Text color={colors.muted}>{`  ${submit.chunks} chunk${submit.chunks === 1 ? '' : 's'}, recorded in the journal before each request`}</Text>
			</Text>
			<ProgressBar value={submit.chunks === 0 ? 0 : submit.finished / submit.chunks} label={`${submit.finished}/${submit.chunks} chunks`} />
			{!done && submit.sending !== undefined && <Spinner label={`Sending chunk ${submit.sending + 1} of ${submit.chunks}…`} />}
			{submit.throttled && <Text color={colors.warning}>{`${symbols.warning} Throttled: chunk ${submit.throttled.chunk + 1} goes again in ${(submit.throttled.delayMs / 1000).toFixed(1)} s`}</Text>}
			{(submit.stopping || stopping) && !done && <Text color={colors.warning}>{`${symbols.warning} Stopping: the request in flight is finished and recorded first…`}</Text>}
			<Box flexDirection="column" marginTop={1}>
				{submit.submitted.length > 0 && <Text color={colors.success}>{`${symbols.success} ${submit.submitted.length} task(s) accepted, ${domainsSent.toLocaleString('en-US')} domains`}</Text>}
				{submit.submitted.slice(-SHOWN_TASKS).map(s => (
					<Text key={s.taskNo} color={colors.muted}>{`  task ${s.taskNo}  chunk ${s.chunk + 1}, ${s.domains} domains`}</Text>
				))}
				{submit.unknown.map(u => (
					<Notice key={`u${u.chunk}`} kind="warn">{`Chunk ${u.chunk + 1}: outcome unknown (${u.reason}). It was not sent again; it is checked against the account before anything may resend it (Watch tasks, or run the same batch again).`}</Notice>
				))}
				{submit.rejected.map(r => (
					<Notice key={`r${r.chunk}`} error={r.error}>{`Chunk ${r.chunk + 1} was refused; nothing in it was ordered`}</Notice>
				))}
				{submit.error && <Notice error={submit.error}>The submit stopped</Notice>}
				{done && submit.stopped && <Notice kind="warn">Stopped before every chunk was sent; the rest stay planned in the journal.</Notice>}
			</Box>
		</ScreenFrame>
	);
};
