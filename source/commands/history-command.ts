// `alidomain history`: the batches submitted from this computer, newest first. With credentials, the batches of this
// server that the journal says are running are read once from the server first (core/status/batch-refresh.ts), as the
// History screen does, so a batch nobody watched to the end is not listed as running for good; without them, or when
// the server cannot be read, the list is the journal's.
import {batchStates, domainCount, taskNosOf} from '../core/submit/journal-rules.js';
import {needsRefresh, refreshBatchCounts, REFRESH_LIMIT} from '../core/status/batch-refresh.js';
import {sameEndpoint} from '../core/submit/endpoint-key.js';
import {padEndCells} from '../core/words/text-width.js';
import {createRuntime, NoCredentialsError} from '../runtime.js';
import {Journal} from '../store/journal.js';
import {appPaths} from '../store/paths.js';
import type {ParsedCommandLine} from '../cli/args.js';
import type {CommandIo} from '../cli/command-io.js';
import {EXIT} from '../cli/exit-codes.js';
import {printLines} from './output.js';
import {count, messages} from '../i18n/index.js';
import {operationName} from '../core/words/operation-name.js';
import {isoWithOffset} from '../core/status/server-time.js';

const text = messages({
	none: {
		en: 'No batches yet. Submit one with alidomain register or alidomain redeem.',
		zh: '还没有批次。可用 alidomain register 或 alidomain redeem 提交。',
	},
	counts: {
		en: (ok: number, failed: number) => `${ok} ok, ${failed} failed`,
		zh: (ok: number, failed: number) => `${ok} 成功，${failed} 失败`,
	},
	domains: {en: (n: number) => count(n, ['domain', 'domains'], ''), zh: (n: number) => `${n} 个域名`},
	tasks: {en: (n: number) => count(n, ['task', 'tasks'], ''), zh: (n: number) => `${n} 个任务`},
});

export async function runHistoryCommand({flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
	// Without credentials the screen could not watch anything; the plain list below still helps.
	const runtime =
		io.isTerminal && !flags.json
			? await createRuntime({flags, env: io.env}).catch((error: unknown) => {
					if (error instanceof NoCredentialsError) return undefined;
					throw error;
				})
			: undefined;
	if (runtime) {
		// The app opens at history with this runtime (and closes it); a batch opened there, and retry from its
		// status view, stay in the app.
		const {runApp} = await import('../ui/run-app.js');
		return runApp({command: 'history', flags, positionals: []}, io, {history: true}, runtime);
	}
	const journal = new Journal(appPaths(io.env).journalDir);
	await refreshRunning(flags, io, journal);
	// A batch that cannot be read is named on standard error and the exit is 1: the list is never silently shorter.
	const {batches: readable, problems} = journal.listAll();
	printLines(
		io.stderr,
		problems.map((p) => p.message),
	);
	const exit = problems.length > 0 ? EXIT.error : EXIT.ok;
	const batches = readable.map((b) => ({
		id: b.plan.id,
		// ISO 8601 with this computer's offset, in the JSON and in the text (never a zoneless time).
		createdAt: isoWithOffset(b.plan.createdAt),
		operation: b.plan.operation,
		account: b.plan.account.label,
		endpoint: b.plan.account.endpoint,
		domains: domainCount(b.plan),
		tasks: taskNosOf(b),
		state: b.state,
		counts: b.lastCounts
			? {
					waiting: b.lastCounts.waiting,
					executing: b.lastCounts.executing,
					succeeded: b.lastCounts.succeeded,
					failed: b.lastCounts.failed,
				}
			: undefined,
	}));
	if (flags.json) {
		io.stdout.write(JSON.stringify({batches, unreadable: problems.map((p) => p.path)}, null, 2) + '\n');
		return exit;
	}
	if (batches.length === 0 && problems.length === 0) {
		printLines(io.stdout, [text.none]);
		return EXIT.ok;
	}
	printLines(
		io.stdout,
		batches.map((b) => {
			const counts = b.counts ? text.counts(b.counts.succeeded, b.counts.failed) : '';
			const columns = [
				operationName(b.operation),
				text.domains(b.domains),
				text.tasks(b.tasks.length),
				batchStates[b.state],
			];
			return [b.createdAt, ...columns.map((c, i) => padEndCells(c, [8, 14, 9, 15][i]!)), counts, b.id].join('  ');
		}),
	);
	return exit;
}

/** Reads the running batches of this server once, newest first, at most REFRESH_LIMIT; any failure keeps the journal's. */
async function refreshRunning(flags: ParsedCommandLine['flags'], io: CommandIo, journal: Journal): Promise<void> {
	const runtime = await createRuntime({flags, env: io.env}).catch(() => undefined);
	if (!runtime) return;
	try {
		const due = journal
			.listAll()
			.batches.filter((view) => needsRefresh(view, sameEndpoint(view.plan.account.endpoint, runtime.endpoint)))
			.slice(0, REFRESH_LIMIT);
		for (const view of due) await refreshBatchCounts(runtime.client, journal, view.plan.id).catch(() => false);
	} finally {
		await runtime.close();
	}
}
