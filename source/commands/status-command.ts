// `alidomain status [TASKNO...]`: the live screen in a terminal; plain or JSON output with --wait / --json.
import {StatusPoller} from '../core/status/status-poller.js';
import {lookBudget, lookOnce} from '../core/status/batch-refresh.js';
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import type {CommandIo} from '../cli/command-io.js';
import {EXIT} from '../cli/exit-codes.js';
import {errorJson, printLines} from './output.js';
import {reasonWithServerText} from '../core/words/reason-words.js';
import {createRuntime, type Runtime} from '../runtime.js';
import {boardFor, recordBatchCounts} from '../core/status/watch-target.js';
import {reportOf, watchToEnd} from './watch.js';
import {sameEndpoint} from '../core/submit/endpoint-key.js';
import {count, messages} from '../i18n/index.js';

const text = messages({
	noTasks: {
		en: 'no task numbers given and no submitted batch in the history for this endpoint; pass TASKNO.',
		zh: '没有给出任务编号，历史中也没有这个接入地址提交过的批次；请指定 TASKNO。',
	},
	summary: {
		en: (c: {total: number; succeeded: number; failed: number; executing: number; waiting: number}, tasks: number) =>
			`${count(c.total, ['domain', 'domains'], '')} in ${count(tasks, ['task', 'tasks'], '')}: ${c.succeeded} succeeded, ${c.failed} failed, ${c.executing} executing, ${c.waiting} waiting`,
		zh: (c: {total: number; succeeded: number; failed: number; executing: number; waiting: number}, tasks: number) =>
			`${tasks} 个任务共 ${c.total} 个域名：${c.succeeded} 成功，${c.failed} 失败，${c.executing} 执行中，${c.waiting} 等待中`,
	},
	failed: {en: 'failed', zh: '失败'},
});

export async function runStatusCommand(parsed: ParsedCommandLine, io: CommandIo): Promise<number> {
	try {
		return await watchOrLook(parsed, io);
	} catch (error) {
		// A script that asked for JSON gets JSON on error too (the error's code, message, request id and what to do),
		// and the same message on standard error with the same exit code as without --json.
		if (parsed.flags.json) io.stdout.write(JSON.stringify({error: errorJson(error)}, null, 2) + '\n');
		throw error;
	}
}

async function watchOrLook({flags, positionals}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const runtime = await createRuntime({flags, env: io.env});
	let handedOver = false;
	try {
		const {batchId, taskNos} = pickTasks(runtime, positionals);
		if (io.isTerminal && !flags.wait && !flags.json) {
			// The app opens at the status view with this runtime (and closes it): retry goes back through review
			// there, and leaving ends the app.
			handedOver = true;
			const {runApp} = await import('../ui/run-app.js');
			return await runApp({command: 'status', flags, positionals}, io, {watch: {batchId, taskNos}}, runtime);
		}
		if (flags.wait) {
			const watched = await watchToEnd(runtime, batchId, taskNos, {
				stderr: io.stderr,
				quiet: Boolean(flags.json),
				failFast: true,
			});
			output(io, Boolean(flags.json), watched.report);
			return watched.failed > 0 ? EXIT.someFailed : EXIT.ok;
		}
		// One look: every unfinished task read once, then the picture as it stands. Any error is the answer instead:
		// counts that were not read from the server are never shown.
		const {board, tasks} = boardFor(runtime.journal, batchId, taskNos);
		const looked = await lookOnce(
			new StatusPoller({
				api: runtime.client,
				board,
				tasks,
				maxRequestsPerRefresh: lookBudget(tasks.length),
				failFast: true,
			}),
		);
		if (looked.failure) throw looked.failure.error;
		// What was read is the batch's latest, for history (docs/architecture.md, "Watching a batch").
		if (looked.fetched)
			recordBatchCounts(runtime.journal, batchId, taskNos, looked.counts, looked.lastRefreshAt ?? Date.now());
		output(io, Boolean(flags.json), reportOf(board));
		return EXIT.ok;
	} finally {
		if (!handedOver) await runtime.close();
	}
}

function pickTasks(runtime: Runtime, positionals: string[]): {batchId?: string; taskNos: string[]} {
	if (positionals.length > 0) {
		// Task numbers of a journaled batch bring its domain list along.
		const batchId = runtime.journal.batchIds().find((id) => {
			const view = runtime.journal.load(id);
			return view.chunks.some((c) => c.taskNo && positionals.includes(c.taskNo));
		});
		return {batchId, taskNos: positionals};
	}
	for (const id of runtime.journal.batchIds()) {
		const view = runtime.journal.load(id);
		if (!sameEndpoint(view.plan.account.endpoint, runtime.endpoint)) continue;
		const taskNos = view.chunks.flatMap((c) => (c.taskNo ? [c.taskNo] : []));
		if (taskNos.length > 0) return {batchId: id, taskNos};
	}
	throw new UsageError(text.noTasks);
}

function output(io: CommandIo, json: boolean, report: ReturnType<typeof reportOf>): void {
	if (json) {
		io.stdout.write(JSON.stringify(report, null, 2) + '\n');
		return;
	}
	const c = report.counts;
	printLines(io.stdout, [
		text.summary(c, report.tasks.length),
		// The fix in plain words, then the server's text (core/words/reason-words.ts); --json keeps the server's text.
		...report.domains
			.filter((d) => d.status === 'failed')
			.map((d) => `${text.failed}\t${d.domain}\t${d.error ? reasonWithServerText(d.error) : ''}`),
	]);
}
