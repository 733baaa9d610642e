// Sending the batch chunk by chunk through the one submit path (docs/never-order-twice.md): waiting for another
// submitter of this account if there is one, checking the server before each chunk, leaving out what a task there
// already holds. An unknown outcome is shown as such and never sent again by itself; when every chunk has its task
// and nothing was left out, the status view takes over.
import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {Notice} from '../components/Notice.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {Spinner} from '../components/Spinner.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {localTimeWithZone} from '../format-time.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {finishedChunks} from '../state/wizard-state.js';
import {lockWaitLines, progressWords as words} from '../../core/words/progress-words.js';
import {text} from './submit-text.js';

const SHOWN_TASKS = 5;

const SHOWN_LEFT_OUT = 3;
const clock = (ms: number) => localTimeWithZone(ms);

export const SubmitScreen = ({stopping}: {stopping: boolean}) => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const {dispatch} = useActions();
	const {submit, operation} = state;
	const done = submit.status === 'done';
	const clean =
		done &&
		submit.unknown.length === 0 &&
		submit.rejected.length === 0 &&
		submit.leftOut.length === 0 &&
		!submit.checkFailed &&
		!submit.stopped &&
		!submit.error;
	const taskNos = submit.submitted.map((s) => s.taskNo);
	const watch = () => dispatch({type: 'watch', target: {batchId: submit.batchId, taskNos, operation}});

	useEffect(() => {
		if (clean && !stopping && taskNos.length > 0) {
			dispatch({type: 'watch', target: {batchId: submit.batchId, taskNos, operation}});
		}
		// eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the submit ends cleanly, not on every new array of task numbers
	}, [clean, stopping]);

	useKeypress((key) => {
		if (!done) {
			return keys.isQuit(key) ? undefined : true;
		}

		if (keys.isSubmit(key) && taskNos.length > 0) {
			watch();
			return true;
		}

		if (matches('home', key)) {
			dispatch({type: 'watch-none'});
			return true;
		}

		return undefined;
	});

	const hints: KeyHint[] = done
		? [...(taskNos.length > 0 ? [hint('watchTasks')] : []), hint('home')]
		: [hint('stopSubmit')];

	const domainsSent = submit.submitted.reduce((n, s) => n + s.domains, 0);
	return (
		<ScreenFrame
			title={{register: text.registerTitle, redeem: text.redeemTitle, renew: text.renewTitle}[operation]}
			hints={hints}
		>
			<Text>
				<Text bold>{text.batch(done, submit.batchId ?? '')}</Text>
				<Text color={colors.muted}>{text.chunks(submit.chunks)}</Text>
			</Text>
			<ProgressBar
				value={submit.chunks === 0 ? 0 : finishedChunks(submit) / submit.chunks}
				label={text.progress(finishedChunks(submit), submit.chunks)}
			/>
			{!done &&
				submit.lockWait &&
				// The same lines as the command line's: who holds the lock, how to end that hold, how to stop waiting.
				lockWaitLines(
					submit.lockWait.pid === undefined || submit.lockWait.since === undefined
						? undefined
						: {pid: submit.lockWait.pid, since: submit.lockWait.since, host: '', note: submit.lockWait.note},
					clock,
				).map((line, i) =>
					i === 0 ? (
						<Spinner key={line} label={line} />
					) : (
						<Text key={line} color={colors.muted} wrap="wrap">
							{line}
						</Text>
					),
				)}
			{!done && submit.sending !== undefined && <Spinner label={text.sending(submit.sending + 1, submit.chunks)} />}
			{submit.check && (
				<Text color={colors.muted} wrap="wrap">{`  ${words.checked(submit.check.tasks, submit.check.requests)}`}</Text>
			)}
			{submit.throttled && (
				<Text
					color={colors.warning}
				>{`${symbols.warning} ${words.throttled(submit.throttled.chunk + 1, (submit.throttled.delayMs / 1000).toFixed(1))}`}</Text>
			)}
			{(submit.stopping || stopping) && !done && (
				<Text color={colors.warning}>{`${symbols.warning} ${words.stopping}`}</Text>
			)}
			<Box flexDirection="column" marginTop={1}>
				{submit.submitted.length > 0 && (
					<Text
						color={colors.success}
					>{`${symbols.success} ${text.accepted(submit.submitted.length, domainsSent)}`}</Text>
				)}
				{submit.submitted.slice(-SHOWN_TASKS).map((s) => (
					<Text key={s.taskNo} color={colors.muted}>
						{text.task(s.taskNo, s.chunk + 1, s.domains)}
					</Text>
				))}
				{submit.leftOut.length > 0 && <Notice kind="info">{text.leftOut(submit.leftOut.length)}</Notice>}
				{submit.leftOut.slice(0, SHOWN_LEFT_OUT).map((l) => (
					<Text key={`l${l.domain}`} color={colors.muted} wrap="truncate-end">
						{text.leftOutLine(l.domain, l.taskNo)}
					</Text>
				))}
				{submit.leftOut.length > SHOWN_LEFT_OUT && (
					<Text color={colors.muted}>{text.more(submit.leftOut.length - SHOWN_LEFT_OUT)}</Text>
				)}
				{submit.checkFailed && <Notice kind="error">{text.checkFailed(submit.checkFailed)}</Notice>}
				{submit.unknown.map((u) => (
					<Notice key={`u${u.chunk}`} kind="warn">
						{words.unknown(u.chunk + 1, u.reason)}
					</Notice>
				))}
				{submit.rejected.map((r) => (
					<Notice key={`r${r.chunk}`} error={r.error}>
						{words.refused(r.chunk + 1)}
					</Notice>
				))}
				{submit.error && <Notice error={submit.error}>{text.submitStopped}</Notice>}
				{done && submit.stopped && <Notice kind="warn">{text.stoppedEarly}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
