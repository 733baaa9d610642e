// Sending the batch chunk by chunk through the one submit path (docs/never-order-twice.md): waiting for another
// submitter of this account if there is one, checking the server before each chunk, leaving out what a task there
// already holds. An unknown outcome is shown as such and never sent again by itself; when every chunk has its task
// and nothing was left out, the status view takes over.
import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {count, messages, plural} from '../../i18n/index.js';
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
import {holderWords, progressWords as words} from '../../core/words/progress-words.js';

const SHOWN_TASKS = 5;

const text = messages({
	registerTitle: {en: 'Register · Submit', zh: '注册域名 · 提交'},
	redeemTitle: {en: 'Redeem · Submit', zh: '赎回域名 · 提交'},
	renewTitle: {en: 'Renew · Submit', zh: '续费域名 · 提交'},
	batch: {en: (done: boolean, id: string) => `${done ? 'Submitted' : 'Submitting'} batch ${id}`, zh: (done: boolean, id: string) => `${done ? '已提交' : '正在提交'}批次 ${id}`},
	chunks: {en: (n: number) => `  ${count(n, ['task', 'tasks'], '')}, each recorded in the journal before it is sent`, zh: (n: number) => `  共 ${n} 个任务，每个任务发出前先记入日志`},
	progress: {en: (done: number, all: number) => `${done}/${all} ${plural(all, 'task', 'tasks')}`, zh: (done: number, all: number) => `${done}/${all} 个任务`},
	sending: {en: (n: number, all: number) => `Sending task ${n} of ${all}…`, zh: (n: number, all: number) => `正在发送第 ${n} 个任务，共 ${all} 个…`},
	accepted: {en: (tasks: number, domains: string) => `${count(tasks, ['task', 'tasks'], '')} accepted, ${domains} domains`, zh: (tasks: number, domains: string) => `已受理 ${tasks} 个任务，共 ${domains} 个域名`},
	task: {en: (taskNo: string, chunk: number, domains: number) => `  task ${chunk}: ${taskNo}, ${count(domains, ['domain', 'domains'], '')}`, zh: (taskNo: string, chunk: number, domains: number) => `  第 ${chunk} 个任务：${taskNo}，${domains} 个域名`},
	submitStopped: {en: 'The submit stopped', zh: '提交已中止'},
	stoppedEarly: {en: 'Stopped before every task was sent; the rest stay planned in the journal.', zh: '在全部发送前已停止；其余的任务仍按计划保留在日志中。'},
	leftOut: {en: (n: number) => `${count(n, ['domain was', 'domains were'], '')} left out: a task on the server already has ${plural(n, 'it', 'them')}`, zh: (n: number) => `${n} 个域名已排除：服务器上已有任务包含它们`},
	leftOutLine: {en: (domain: string, taskNo: string) => `  ${domain}  task ${taskNo}`, zh: (domain: string, taskNo: string) => `  ${domain}  任务 ${taskNo}`},
	more: {en: (n: number) => `  … and ${n} more`, zh: (n: number) => `  …… 另有 ${n} 个`},
	checkFailed: {en: (why: string) => `Could not check the account's tasks on the server (${why}); nothing more was sent. Open the batch from history to go on.`, zh: (why: string) => `无法在服务器上核对账号的任务（${why}）；没有再发送任何内容。请从历史记录打开该批次继续。`},
});

const SHOWN_LEFT_OUT = 3;
const clock = (ms: number) => localTimeWithZone(ms);

export const SubmitScreen = ({stopping}: {stopping: boolean}) => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const {dispatch} = useActions();
	const {submit, operation} = state;
	const done = submit.status === 'done';
	const clean = done && submit.unknown.length === 0 && submit.rejected.length === 0 && submit.leftOut.length === 0 && !submit.checkFailed && !submit.stopped && !submit.error;
	const taskNos = submit.submitted.map(s => s.taskNo);
	const watch = () => dispatch({type: 'watch', target: {batchId: submit.batchId, taskNos, operation}});

	useEffect(() => {
		if (clean && !stopping && taskNos.length > 0) {
			dispatch({type: 'watch', target: {batchId: submit.batchId, taskNos, operation}});
		}
	// eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the submit ends cleanly, not on every new array of task numbers
	}, [clean, stopping]);

	useKeypress(key => {
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
		<ScreenFrame title={{register: text.registerTitle, redeem: text.redeemTitle, renew: text.renewTitle}[operation]} hints={hints}>
			<Text>
				<Text bold>{text.batch(done, submit.batchId ?? '')}</Text>
				<Text color={colors.muted}>{text.chunks(submit.chunks)}</Text>
			</Text>
			<ProgressBar value={submit.chunks === 0 ? 0 : finishedChunks(submit) / submit.chunks} label={text.progress(finishedChunks(submit), submit.chunks)} />
			{!done && submit.lockWait && <Spinner label={words.lockWait(holderWords(submit.lockWait.pid === undefined || submit.lockWait.since === undefined ? undefined : {pid: submit.lockWait.pid, since: submit.lockWait.since, host: ''}, clock))} />}
			{!done && submit.sending !== undefined && <Spinner label={text.sending(submit.sending + 1, submit.chunks)} />}
			{submit.check && <Text color={colors.muted} wrap="wrap">{`  ${words.checked(submit.check.tasks, submit.check.requests)}`}</Text>}
			{submit.throttled && <Text color={colors.warning}>{`${symbols.warning} ${words.throttled(submit.throttled.chunk + 1, (submit.throttled.delayMs / 1000).toFixed(1))}`}</Text>}
			{(submit.stopping || stopping) && !done && <Text color={colors.warning}>{`${symbols.warning} ${words.stopping}`}</Text>}
			<Box flexDirection="column" marginTop={1}>
				{submit.submitted.length > 0 && <Text color={colors.success}>{`${symbols.success} ${text.accepted(submit.submitted.length, domainsSent.toLocaleString('en-US'))}`}</Text>}
				{submit.submitted.slice(-SHOWN_TASKS).map(s => (
					<Text key={s.taskNo} color={colors.muted}>{text.task(s.taskNo, s.chunk + 1, s.domains)}</Text>
				))}
				{submit.leftOut.length > 0 && <Notice kind="info">{text.leftOut(submit.leftOut.length)}</Notice>}
				{submit.leftOut.slice(0, SHOWN_LEFT_OUT).map(l => (
					<Text key={`l${l.domain}`} color={colors.muted} wrap="truncate-end">{text.leftOutLine(l.domain, l.taskNo)}</Text>
				))}
				{submit.leftOut.length > SHOWN_LEFT_OUT && <Text color={colors.muted}>{text.more(submit.leftOut.length - SHOWN_LEFT_OUT)}</Text>}
				{submit.checkFailed && <Notice kind="error">{text.checkFailed(submit.checkFailed)}</Notice>}
				{submit.unknown.map(u => (
					<Notice key={`u${u.chunk}`} kind="warn">{words.unknown(u.chunk + 1, u.reason)}</Notice>
				))}
				{submit.rejected.map(r => (
					<Notice key={`r${r.chunk}`} error={r.error}>{words.refused(r.chunk + 1)}</Notice>
				))}
				{submit.error && <Notice error={submit.error}>{text.submitStopped}</Notice>}
				{done && submit.stopped && <Notice kind="warn">{text.stoppedEarly}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
