// `alidomain register`, `alidomain redeem` and `alidomain renew` without the wizard: read the list, then the one
// prepared order (core/order/prepared-order.ts: what goes, what is left out and why, what is held back), its money
// (commands/money.ts reads the prices, core derives the estimate and the balance), then the one submit path (lock,
// server check, send, record; docs/never-order-twice.md), and optionally watch it to the end. How it ends is core's
// (core/order/order-outcome.ts); this file reads the input, prints, and maps the outcome to the exit code. Domains held
// back by an undecided earlier request exit 4, or with --wait are waited for first. Ctrl+C (SIGINT) stops it: nothing
// is sent after it, a request already on the wire is finished and recorded, and it exits 1. Its words are in
// submit-command-text.ts.
import {createInterface} from 'node:readline/promises';
import {parseDomainList} from '../core/names/domain-list.js';
import {shownDomain} from '../core/names/domain-name.js';
import type {Operation, RegisterOptions} from '../core/order/order-items.js';
import {defaultOrderOptions} from '../core/order/order-options.js';
import {parseRedeemList} from '../core/names/redeem-lines.js';
import {loadPublicSuffixList} from '../core/names/public-suffix.js';
import {sendOrder, type OrderProgress} from '../core/submit/submit-path.js';
import {gatherOrderInput} from '../core/order/order-input.js';
import {prepareOrder} from '../core/order/prepared-order.js';
import {lockWaitLines, progressWords as words, stoppedLines} from '../core/words/progress-words.js';
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import {maxSpendFlag, orderFlags, withinFlag, type OrderFlags} from '../cli/options-from-flags.js';
import {operationTitle} from '../core/words/operation-name.js';
import {EXIT} from '../cli/exit-codes.js';
import {describeError, errorJson, printLines} from './output.js';
import {readDomainsInput} from '../cli/read-input.js';
import {createRuntime, endpointLabel, type Runtime} from '../runtime.js';
import type {CommandIo} from '../cli/command-io.js';
import {failureLines, watchToEnd} from './watch.js';
import {checkMoney, writeDryRunReport} from './money.js';
import {isoWithOffset} from '../core/status/server-time.js';
import {msg} from './submit-command-text.js';
import {failedBefore, sentOutcome, unsentOutcome, type Outcome} from '../core/order/order-outcome.js';

/** How an order ended, as the exit code the README states. */
const exitOf = (outcome: Outcome): number =>
	({
		ok: EXIT.ok,
		error: EXIT.error,
		'held-back': EXIT.heldBack,
		'some-failed': EXIT.someFailed,
		'left-out': EXIT.leftOut,
	})[outcome];

// A moment said in headless output: ISO 8601 with this computer's offset, as every file writes times.
const clock = (ms: number) => isoWithOffset(ms);

export async function runSubmitCommand(
	operation: Operation,
	{flags}: ParsedCommandLine,
	io: CommandIo,
): Promise<number> {
	const all =
		(operation === 'redeem' && Boolean(flags['all-in-redemption'])) ||
		(operation === 'renew' && Boolean(flags['all-expiring']));
	if (flags['all-in-redemption'] && operation !== 'redeem') throw new UsageError(msg.allOnlyRedeem);
	if ((flags['all-expiring'] || flags.within !== undefined) && operation !== 'renew')
		throw new UsageError(msg.allOnlyRenew);
	if (all && flags.domains !== undefined)
		throw new UsageError(operation === 'renew' ? msg.expiringOrDomains : msg.allOrDomains);
	const within = operation === 'renew' ? withinFlag(flags) : undefined;
	const missing = [
		...(flags.domains === undefined && !all
			? [operation === 'redeem' ? msg.domainsOrAll : operation === 'renew' ? msg.domainsOrExpiring : '--domains FILE']
			: []),
		...(operation === 'register' && flags['profile-id'] === undefined ? ['--profile-id ID'] : []),
	];
	const dryRun = Boolean(flags['dry-run']);
	// In a terminal the wizard asks for whatever is missing, and its review stands in for --yes. A dry run sends
	// nothing, so it needs no --yes and never opens the wizard.
	if (io.isTerminal && !dryRun && (missing.length > 0 || !flags.yes)) {
		return (await import('../ui/run-app.js')).runApp({command: operation, flags, positionals: []}, io, {operation});
	}
	if (!io.isTerminal && !flags.yes && !dryRun) missing.unshift('--yes');
	if (missing.length > 0) {
		const why = io.isTerminal ? msg.isMissing : msg.needsTerminal;
		throw new UsageError(msg.missing(operation, why, missing.join(', ')));
	}
	const json = Boolean(flags.json);
	const maxSpend = maxSpendFlag(flags);
	const given = orderFlags(operation, flags);
	const defaults = defaultOrderOptions();
	const batchSize = given.batchSize ?? defaults.batchSize;
	const registerOptions = operation === 'register' ? registerOptionsOf(given) : undefined;
	const renew = {years: given.years ?? defaults.years, premium: given.premium ?? defaults.premium};
	const voucher = {coupon: given.coupon, promotion: given.promotion};
	const text = all ? '' : await readDomainsInput(flags.domains!, io.stdin);
	await loadPublicSuffixList();
	// A renew list is names only: the expiry to send is always the account's.
	const parsed = operation === 'redeem' ? parseRedeemList(text) : parseDomainList(text);
	const report: Record<string, unknown> = {operation, rejected: parsed.rejected, duplicates: parsed.duplicates};
	const say = (lines: string[]) => printLines(io.stderr, lines);

	say(parsed.rejected.map((r) => msg.rejected(r.line, r.input, r.reason)));
	// A list with rejected lines is not half-submitted behind the user's back: every reason is listed, and only
	// --skip-invalid sends the valid rest.
	if (parsed.rejected.length > 0) {
		if (!flags['skip-invalid']) {
			say([msg.invalid(parsed.rejected.length)]);
			if (json) io.stdout.write(JSON.stringify({...report, error: 'rejected lines', tasks: []}, null, 2) + '\n');
			return EXIT.usage;
		}
		say([msg.skipping(parsed.rejected.length)]);
	}
	if (parsed.duplicates > 0) say([msg.duplicates(parsed.duplicates)]);
	for (const e of parsed.entries) if (e.notice) say([msg.notice(e.line, e.name, e.notice)]);

	// Ctrl+C (SIGINT) from here on stops the run. The handler stays installed until the command has written its last
	// line: the exit hooks the lock and file libraries load re-raise SIGINT (one as soon as it is the only listener
	// left, one always), which would kill the process before the request in flight is recorded.
	const stop = new AbortController();
	// After the last request has its answer, Ctrl+C only ends the watching of --wait.
	const watching = new AbortController();
	let sent = false;
	const onSigint = () => {
		if (sent) return watching.abort();
		if (!stop.signal.aborted) say([words.stopping]);
		stop.abort();
	};
	process.on('SIGINT', onSigint);
	try {
		const runtime = await createRuntime({
			flags,
			env: io.env,
			onRetry: (e) => say([msg.retrying(e.action, e.error.message, (e.delayMs / 1000).toFixed(1))]),
		});
		try {
			return await orderAndSend(runtime);
		} catch (error) {
			// Stopped before anything was sent (while the account, the list or the prices were read).
			if (!stop.signal.aborted) throw error;
			say([words.stoppedEarly, words.resumeAgain]);
			if (json) io.stdout.write(JSON.stringify({...report, stopped: true, tasks: []}, null, 2) + '\n');
			return EXIT.error;
		} finally {
			await runtime.close();
		}
	} finally {
		// After a stop the handler stays: the file-writing library's exit hook raises SIGINT once more on its way, and
		// with no handler of ours that second signal would end the process before it exits with its own code.
		if (!stop.signal.aborted && !watching.signal.aborted) process.off('SIGINT', onSigint);
	}

	async function orderAndSend(runtime: Runtime): Promise<number> {
		const stopped = () => stop.signal.throwIfAborted();
		// What the door hands to the prepared order: the names, or the account's domains with their own expiries, and
		// what was left out on the way (core/order/order-input.ts).
		const gathered = await gatherOrderInput(
			runtime.client,
			registerOptions
				? {
						operation: 'register',
						names: parsed.entries.map((e) => e.name),
						register: {...registerOptions, profileId: await resolveProfile(runtime, given.profileId!)},
					}
				: operation === 'renew'
					? {operation, all, names: parsed.entries.map((e) => e.name), withinDays: within, renew}
					: {
							operation: 'redeem',
							all,
							entries: parsed.entries.map((e) => ({name: e.name, expiryMs: (e as {expiryMs?: number}).expiryMs})),
							keepTypedExpiry: Boolean(flags['keep-typed-expiry']),
						},
		);
		say(gathered.notices);
		say(gathered.replacedExpiry.map((name) => msg.typedExpiry(name)));
		const {input, leftOut: doorLeftOut, premiumNames} = gathered;
		stopped();

		const prepare = () =>
			prepareOrder(runtime, input, {
				batchSize,
				voucher,
				sendFailedAgain: Boolean(flags['send-failed-again']),
				leftOut: doorLeftOut,
				signal: stop.signal,
			});
		let order = await prepare();
		// --wait: wait out the settle window of an undecided earlier chunk, with a countdown, then look again.
		for (let round = 0; flags.wait && order.heldBack.length > 0 && round < 20; round++) {
			const until = Math.max(...order.heldBack.map((x) => x.retryAt));
			await countdown(until, (seconds) => say([msg.waiting(order.heldBack.length, seconds)]), stop.signal);
			stopped();
			order = await prepare();
		}
		const {heldBack, leftOut} = order;
		say(leftOut.map((x) => msg.leftOut(shownDomain(x.domain), x.reason)));
		const failed = failedBefore(order);
		if (failed > 0) say([msg.failedAgain(failed)]);
		report.excluded = leftOut.map(({domain, reason}) => ({domain, reason}));
		report.heldBack = heldBack.map((x) => ({
			domain: x.domain,
			reason: x.reason,
			retryAt: new Date(x.retryAt).toISOString(),
		}));
		const sayHeldBack = () => {
			if (heldBack.length === 0) return;
			const at = Math.max(...heldBack.map((x) => x.retryAt));
			say([msg.heldBack(heldBack.length, clock(at), Math.max(1, Math.ceil((at - Date.now()) / 1000)))]);
		};

		const plan = order.plan;
		if (!plan) {
			// Nothing to send: one rule for how it ends (core/order/order-outcome.ts; README, "Exit codes").
			const end = unsentOutcome(order, !all);
			// The tasks to watch, named when they are few (the reasons above name every one).
			const watch = end.taskNos.length > 0 && end.taskNos.length <= 3 ? end.taskNos.join(' ') : 'TASK';
			say([
				{
					'all-done': () => msg.allDone(leftOut.length),
					settled: () => msg.settled(end.done, end.failedBefore),
					'held-back': () => msg.notYet,
					'in-flight': () => msg.inFlight(end.pending, watch),
					refused: () => msg.refusedNames(end.refused),
					nothing: () => (all ? msg.noneInAccount(operation === 'renew') : msg.emptyList),
				}[end.why](),
			]);
			sayHeldBack();
			if (json)
				io.stdout.write(
					JSON.stringify({...report, ...(order.allDone ? {alreadyDone: true} : {}), tasks: []}, null, 2) + '\n',
				);
			return exitOf(end.outcome);
		}
		const summaryLine = msg.summary(
			operationTitle(operation),
			order.domains.length,
			plan.chunks.length,
			runtime.accountLabel,
			endpointLabel(runtime.endpoint),
		);

		// Money before anything is sent: the estimate, the balance, and a refusal when they do not fit.
		const money = await checkMoney(runtime, order, {
			estimate: !flags['no-estimate'],
			maxSpend,
			progress: (line) => say([line]),
			signal: stop.signal,
			premiumNames: premiumNames.filter((name) => order.domains.includes(name)),
		});
		stopped();
		Object.assign(report, money.json);
		if (dryRun) return writeDryRunReport(io, runtime, plan, money, {report, summary: summaryLine, json});
		say(money.lines);
		if (money.refusal) {
			say([money.refusal]);
			if (json) io.stdout.write(JSON.stringify({...report, notSent: money.refusal, tasks: []}, null, 2) + '\n');
			return EXIT.error;
		}

		if (!flags.yes && !(await confirm(io, msg.ask(summaryLine)))) {
			say([msg.notSubmitted]);
			return EXIT.error;
		}
		stopped();
		say([msg.submitting(summaryLine)]);
		const summary = await sendOrder(runtime, plan, {signal: stop.signal, onProgress: progressPrinter(say)});
		// Every request has its answer: a Ctrl+C from here on ends the watching, and the tasks go on.
		sent = true;

		report.batchId = plan.id;
		const recorded = runtime.journal.has(plan.id);
		const view = recorded ? runtime.journal.load(plan.id) : undefined;
		const sentOf = (chunk: number) => view?.chunks[chunk]?.sentDomains ?? plan.chunks[chunk]!.domains;
		report.tasks = summary.submitted.map((s) => ({taskNo: s.taskNo, domains: sentOf(s.chunk)}));
		report.leftOut = summary.leftOut.map(({domain, taskNo}) => ({domain, taskNo}));
		report.unknown = summary.unknown.map((u) => ({domains: sentOf(u.chunk), reason: u.reason}));
		report.refused = summary.rejected.map((r) => ({domains: sentOf(r.chunk), ...errorJson(r.error)}));
		if (summary.checkFailed) say([msg.checkFailed(summary.checkFailed)]);
		if (summary.unknown.length > 0) say([msg.unknownAfter(summary.unknown.length)]);
		if (summary.stopped) {
			report.stopped = true;
			say(
				stoppedLines(
					{
						id: plan.id,
						taskNos: view?.chunks.flatMap((c) => (c.taskNo ? [c.taskNo] : [])) ?? [],
						requests: plan.chunks.length,
						recorded,
					},
					'again',
				),
			);
		}
		sayHeldBack();

		let exit: number = exitOf(sentOutcome(order, summary));
		if (flags.wait && summary.submitted.length > 0 && !summary.stopped) {
			try {
				const watched = await watchToEnd(
					runtime,
					plan.id,
					summary.submitted.map((s) => s.taskNo),
					{quiet: false, stderr: io.stderr, signal: watching.signal},
				);
				report.status = watched.report;
				if (watched.stopped) {
					say([msg.watchStopped(summary.submitted.map((s) => s.taskNo).join(' '))]);
					exit = EXIT.error;
				}
				if (watched.failed > 0 && exit === EXIT.ok) exit = EXIT.someFailed;
			} catch (error) {
				// The tasks could not be watched (a missing permission to read them, say): they were still sent, so
				// their numbers are reported all the same, with the error and exit 1.
				say(describeError(error));
				report.watchError = errorJson(error);
				exit = EXIT.error;
			}
		}
		if (json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
		else {
			printLines(
				io.stdout,
				(report.tasks as Array<{taskNo: string; domains: string[]}>).map((t) =>
					msg.taskLine(t.taskNo, t.domains.length),
				),
			);
			// --wait ends with what failed and why, so a script's log answers "what do I do next".
			if (report.status) printLines(io.stdout, failureLines(report.status as Parameters<typeof failureLines>[0]));
		}
		return exit;
	}
}

/** The submit path's progress as lines: the first server check once, later ones only when they leave something out. */
function progressPrinter(say: (lines: string[]) => void): (e: OrderProgress) => void {
	let checks = 0;
	let lastCheck: {requests: number; tasks: number} | undefined;
	return (e) => {
		if (e.type === 'lock-wait') say(lockWaitLines(e.holder, clock));
		if (e.type === 'server-check') lastCheck = e;
		if ((e.type === 'sending' || e.type === 'left-out') && lastCheck) {
			if (checks++ === 0) say([words.checked(lastCheck.tasks, lastCheck.requests)]);
			lastCheck = undefined;
		}
		if (e.type === 'left-out') say(e.domains.map((d) => words.onServer(shownDomain(d.domain), d.taskNo)));
		if (e.type === 'submitted') say([words.accepted(e.taskNo, e.domains)]);
		if (e.type === 'unknown') say([words.unknown(e.chunk + 1, e.reason)]);
		if (e.type === 'rejected') say([`${words.refused(e.chunk + 1)}:`, ...describeError(e.error)]);
		if (e.type === 'throttled') say([words.throttled(e.chunk + 1, (e.delayMs / 1000).toFixed(1))]);
	};
}

/** Sleeps until `until`, saying how long is left now and then (every 10 s, each second of the last 5). */
async function countdown(until: number, tell: (seconds: number) => void, signal?: AbortSignal): Promise<void> {
	let told = Infinity;
	for (;;) {
		if (signal?.aborted) return;
		const left = Math.ceil((until - Date.now()) / 1000);
		if (left <= 0) return;
		if (left < told && (told === Infinity || left % 10 === 0 || left <= 5)) {
			tell(left);
			told = left;
		}
		await new Promise((resolve) => setTimeout(resolve, Math.min(1000, until - Date.now())));
	}
}

/** The flags over the defaults (core/order/order-options.ts). */
function registerOptionsOf(given: OrderFlags): RegisterOptions {
	const defaults = defaultOrderOptions();
	return {
		profileId: 0,
		years: given.years ?? defaults.years,
		dns: given.dns,
		privacy: given.privacy ?? defaults.privacy,
		premium: given.premium ?? defaults.premium,
		trademark: given.trademark ?? defaults.trademark,
	};
}

/** `--profile-id ID` must be a real-name-verified profile; `default` picks the account's default verified one. */
async function resolveProfile(runtime: Runtime, wanted: number | 'default'): Promise<number> {
	const answer = await runtime.client.queryRegistrantProfiles(
		wanted === 'default'
			? {DefaultRegistrantProfile: true, PageNum: 1, PageSize: 10}
			: {RegistrantProfileId: wanted, PageNum: 1, PageSize: 10},
	);
	const profile = answer.RegistrantProfiles.RegistrantProfile[0];
	if (!profile) throw new UsageError(wanted === 'default' ? msg.noDefaultProfile : msg.noProfile(String(wanted)));
	if (profile.RealNameStatus !== 'SUCCEED') {
		throw new UsageError(msg.unverified(profile.RegistrantProfileId, profile.RealNameStatus ?? msg.unknownStatus));
	}
	return profile.RegistrantProfileId;
}

async function confirm(io: CommandIo, question: string): Promise<boolean> {
	const rl = createInterface({input: io.stdin, output: io.stderr});
	try {
		return /^y(es)?$/i.test((await rl.question(question)).trim());
	} finally {
		rl.close();
	}
}
