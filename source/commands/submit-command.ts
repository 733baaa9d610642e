// `alidomain register`, `alidomain redeem` and `alidomain renew` without the wizard: read the list, check it, leave out what is
// already ordered, then the one submit path (lock, server check, send, record; docs/never-order-twice.md), and
// optionally watch it to the end. Domains held back by an undecided earlier request exit 4, or with --wait are
// waited for first.
import {createInterface} from 'node:readline/promises';
import type {Exclusion} from '../core/already-ordered.js';
import {parseDomainList} from '../core/domain-list.js';
import type {Operation, RegisterOptions} from '../core/orders.js';
import {DEFAULT_BATCH_SIZE} from '../core/plan-batches.js';
import {lookupRedeemExpiries} from '../core/redeem-lookup.js';
import {parseRedeemList} from '../core/redeem-list.js';
import {loadPublicSuffixList} from '../core/public-suffix.js';
import {blockedReason, byDaysLeft, listRedemptionDomains, redemptionRow} from '../core/redemption-list.js';
import {alreadyOrdered, planOrder, sendOrder, type OrderProgress} from '../core/submit-path.js';
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import {maxSpendFlag, orderFlags, withinFlag, type OrderFlags} from '../cli/options-from-flags.js';
import {operationTitle} from '../core/operation-name.js';
import {lookupRenewals} from '../core/renew-lookup.js';
import {bySoonestExpiry, listRenewalDomains} from '../core/renewal-list.js';
import {EXIT} from '../cli/exit-codes.js';
import {describeError, errorJson, printLines} from './output.js';
import {readDomainsInput} from '../cli/read-input.js';
import {createRuntime, endpointLabel, type Runtime} from '../runtime.js';
import type {CommandIo} from '../cli/command-io.js';
import {failureLines, watchToEnd} from './watch.js';
import {checkMoney, writeDryRunReport} from './money.js';
import {messages} from '../i18n/index.js';

const msg = messages({
	isMissing: {en: 'is missing', zh: '缺少'},
	needsTerminal: {en: 'needs a terminal, or', zh: '需要终端，或者'},
	missing: {en: (operation: string, why: string, flags: string) => `alidomain ${operation} ${why}: ${flags}.`, zh: (operation: string, why: string, flags: string) => `alidomain ${operation} ${why}：${flags}。`},
	rejected: {en: (line: number, input: string, reason: string) => `line ${line}: '${input}' ${reason}`, zh: (line: number, input: string, reason: string) => `第 ${line} 行：'${input}' ${reason}`},
	duplicates: {en: (n: number) => `${n} duplicate line${n === 1 ? '' : 's'} dropped`, zh: (n: number) => `已去掉 ${n} 行重复`},
	notice: {en: (line: number, name: string, notice: string) => `line ${line}: ${name}: ${notice}`, zh: (line: number, name: string, notice: string) => `第 ${line} 行：${name}：${notice}`},
	retrying: {en: (action: string, why: string, seconds: string) => `${action}: ${why}; retrying in ${seconds}s`, zh: (action: string, why: string, seconds: string) => `${action}：${why}；${seconds} 秒后重试`},
	leftOut: {en: (domain: string, reason: string) => `${domain}: left out, ${reason}`, zh: (domain: string, reason: string) => `${domain}：已排除，${reason}`},
	nothing: {en: 'Nothing to submit.', zh: '没有可提交的域名。'},
	invalid: {
		en: (n: number) => `Nothing sent: ${n} line${n === 1 ? ' was' : 's were'} rejected (reasons above). Fix the list, or pass --skip-invalid to send only the valid names.`,
		zh: (n: number) => `未发送任何请求：有 ${n} 行被拒绝（原因见上）。请修正列表，或加 --skip-invalid 只发送有效的域名。`,
	},
	skipping: {en: (n: number) => `--skip-invalid: leaving out ${n} rejected line${n === 1 ? '' : 's'}`, zh: (n: number) => `--skip-invalid：排除 ${n} 行被拒绝的内容`},
	allDone: {
		en: (n: number) => `Everything is already done: ${n === 1 ? 'the domain was' : `all ${n} domains were`} ordered by an earlier run. Nothing sent.`,
		zh: (n: number) => `全部已完成：${n} 个域名都已由之前的运行下单。未发送任何请求。`,
	},
	summary: {
		en: (title: string, domains: number, tasks: number, account: string, endpoint: string) =>
			`${title} ${domains} domain${domains === 1 ? '' : 's'} in ${tasks} task${tasks === 1 ? '' : 's'} (account ${account}, ${endpoint})`,
		zh: (title: string, domains: number, tasks: number, account: string, endpoint: string) => `${title} ${domains} 个域名，分 ${tasks} 个任务（账号 ${account}，${endpoint}）`,
	},
	ask: {en: (summary: string) => `${summary}. Submit? [y/N] `, zh: (summary: string) => `${summary}。提交吗？[y/N] `},
	notSubmitted: {en: 'Not submitted.', zh: '未提交。'},
	submitting: {en: (summary: string) => `${summary}…`, zh: (summary: string) => `${summary}……`},
	stopping: {en: 'Stopping after the request in flight…', zh: '发送中的请求完成后停止……'},
	accepted: {en: (taskNo: string, n: number) => `task ${taskNo}: ${n} domains accepted`, zh: (taskNo: string, n: number) => `任务 ${taskNo}：已受理 ${n} 个域名`},
	unknown: {
		en: (chunk: number, why: string) => `chunk ${chunk}: outcome unknown (${why}); it will be checked before anything is sent again`,
		zh: (chunk: number, why: string) => `第 ${chunk} 批：结果未知（${why}）；再次发送前会先对账`,
	},
	refused: {en: (chunk: number) => `chunk ${chunk} refused:`, zh: (chunk: number) => `第 ${chunk} 批被拒绝：`},
	throttled: {en: (chunk: number, seconds: string) => `throttled; sending chunk ${chunk} again in ${seconds}s`, zh: (chunk: number, seconds: string) => `被限流；${seconds} 秒后重新发送第 ${chunk} 批`},
	unknownAfter: {
		en: (n: number) => `${n} chunk(s) have an unknown outcome: run the same command again later; nothing will be ordered twice.`,
		zh: (n: number) => `${n} 批结果未知：请稍后再运行同一条命令；不会重复下单。`,
	},
	stopped: {en: 'Stopped. Run the same command again to send the rest.', zh: '已停止。再次运行同一条命令即可发送其余部分。'},
	taskLine: {en: (taskNo: string, n: number) => `${taskNo}\t${n} domains`, zh: (taskNo: string, n: number) => `${taskNo}\t${n} 个域名`},
	noDefaultProfile: {en: 'this account has no default registrant profile; pass --profile-id ID.', zh: '此账号没有默认的注册人信息模板；请加 --profile-id ID。'},
	noProfile: {en: (raw: string) => `no registrant profile ${raw} in this account.`, zh: (raw: string) => `此账号下没有注册人信息模板 ${raw}。`},
	unverified: {
		en: (id: number, status: string) => `registrant profile ${id} has not passed real-name verification (status ${status}); only verified profiles can register domains.`,
		zh: (id: number, status: string) => `注册人信息模板 ${id} 未通过实名认证（状态 ${status}）；只有已实名认证的模板才能注册域名。`,
	},
	unknownStatus: {en: 'unknown', zh: '未知'},
	allOnlyRedeem: {en: '--all-in-redemption is for alidomain redeem.', zh: '--all-in-redemption 只用于 alidomain redeem。'},
	allOnlyRenew: {en: '--all-expiring and --within are for alidomain renew.', zh: '--all-expiring 和 --within 只用于 alidomain renew。'},
	domainsOrExpiring: {en: '--domains FILE (or --all-expiring)', zh: '--domains FILE（或 --all-expiring）'},
	expiringOrDomains: {en: 'give either --domains or --all-expiring, not both.', zh: '--domains 和 --all-expiring 只能二选一。'},
	domainsOrAll: {en: '--domains FILE (or --all-in-redemption)', zh: '--domains FILE（或 --all-in-redemption）'},
	allOrDomains: {en: 'give either --domains or --all-in-redemption, not both.', zh: '--domains 和 --all-in-redemption 只能二选一。'},
	lockWait: {
		en: (who: string) => `Another submit to this account is running (${who}); waiting for it to finish…`,
		zh: (who: string) => `此账号的另一次提交正在进行（${who}）；等待它结束……`,
	},
	holder: {en: (pid: number, since: string) => `process ${pid}, since ${since}`, zh: (pid: number, since: string) => `进程 ${pid}，开始于 ${since}`},
	holderUnknown: {en: 'process not known yet', zh: '进程尚不可知'},
	checked: {
		en: (tasks: number, requests: number) => `checked the account's ${tasks} recent task${tasks === 1 ? '' : 's'} on the server (${requests} request${requests === 1 ? '' : 's'})`,
		zh: (tasks: number, requests: number) => `已在服务器上核对账号最近的 ${tasks} 个任务（${requests} 次请求）`,
	},
	serverHas: {en: (domain: string, taskNo: string) => `${domain}: left out, already in task ${taskNo} on the server`, zh: (domain: string, taskNo: string) => `${domain}：已排除，服务器上的任务 ${taskNo} 已包含它`},
	checkFailed: {
		en: (why: string) => `could not check the account's tasks on the server (${why}); nothing more was sent. Run the same command again.`,
		zh: (why: string) => `无法在服务器上核对账号的任务（${why}）；没有再发送任何内容。请再次运行同一条命令。`,
	},
	heldBack: {
		en: (n: number, at: string, seconds: number) =>
			`${n} domain${n === 1 ? ' was' : 's were'} held back because an earlier request is still undecided: run the same command again after ${at} (in ${seconds}s), or add --wait.`,
		zh: (n: number, at: string, seconds: number) => `${n} 个域名因之前的请求结果未定而暂缓：请在 ${at} 之后（${seconds} 秒后）再运行同一条命令，或加 --wait。`,
	},
	waiting: {
		en: (n: number, seconds: number) => `${n} domain${n === 1 ? '' : 's'} held back until an earlier request is decided: checking again in ${seconds}s…`,
		zh: (n: number, seconds: number) => `${n} 个域名暂缓，等待之前的请求结果确定：${seconds} 秒后再次核对……`,
	},
});

const clock = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', {hour12: false});

/** Held back only until an earlier chunk is decided, as opposed to ordered already. */
const undecided = (found: Map<string, Exclusion>) => [...found].filter(([, x]) => x.retryAt !== undefined);

export async function runSubmitCommand(operation: Operation, {flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const all = (operation === 'redeem' && Boolean(flags['all-in-redemption'])) || (operation === 'renew' && Boolean(flags['all-expiring']));
	if (flags['all-in-redemption'] && operation !== 'redeem') throw new UsageError(msg.allOnlyRedeem);
	if ((flags['all-expiring'] || flags.within !== undefined) && operation !== 'renew') throw new UsageError(msg.allOnlyRenew);
	if (all && flags.domains !== undefined) throw new UsageError(operation === 'renew' ? msg.expiringOrDomains : msg.allOrDomains);
	const within = operation === 'renew' ? withinFlag(flags) : undefined;
	const missing = [
		...(flags.domains === undefined && !all ? [operation === 'redeem' ? msg.domainsOrAll : operation === 'renew' ? msg.domainsOrExpiring : '--domains FILE'] : []),
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
	const batchSize = given.batchSize ?? DEFAULT_BATCH_SIZE;
	const registerOptions = operation === 'register' ? registerOptionsOf(given) : undefined;
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

	const runtime = await createRuntime({flags, env: io.env, onRetry: (e) => say([msg.retrying(e.action, e.error.message, (e.delayMs / 1000).toFixed(1))])});
	try {
		// What to send, domain by domain.
		let items: Array<{domain: string; expiryMs?: number; premium?: boolean}>;
		const excluded: Array<{domain: string; reason: string}> = [];
		// Redeem: a domain redeemed by an earlier run is out of its redemption period, so the lookup refuses it;
		// the journal then says why, and that it is done.
		let refusedNames: string[] = [];
		if (registerOptions) {
			const profile = await resolveProfile(runtime, given.profileId!);
			registerOptions.profileId = profile;
			items = parsed.entries.map((e) => ({domain: e.name}));
		} else if (operation === 'renew') {
			// Every domain due for renewal or expiring within the window, or the names given, checked against the
			// account; either way with the account's own expiries.
			const known = (await listRenewalDomains(runtime.client, {withinDays: within})).sort(bySoonestExpiry);
			const lookup = all ? {ready: known, refused: []} : await lookupRenewals(runtime.client, parsed.entries.map((e) => e.name), {known});
			for (const r of lookup.refused) excluded.push({domain: r.name, reason: r.reason});
			refusedNames = lookup.refused.map((r) => r.name);
			items = lookup.ready.map((r) => ({domain: r.name, expiryMs: r.expiryMs, premium: r.premium}));
		} else if (all) {
			// Every domain the account lists in its redemption period, with the account's own expiries.
			const now = Date.now();
			const rows = (await listRedemptionDomains(runtime.client)).map((d) => redemptionRow(d, now)).sort(byDaysLeft);
			for (const r of rows) if (r.blocked) excluded.push({domain: r.name, reason: blockedReason(r.blocked)});
			items = rows.filter((r) => !r.blocked).map((r) => ({domain: r.name, expiryMs: r.expiryMs}));
		} else {
			const lookup = await lookupRedeemExpiries(runtime.client, parsed.entries.map((e) => ({name: e.name, expiryMs: (e as {expiryMs?: number}).expiryMs})));
			say(lookup.notices.map((n) => `${n.name}: ${n.notice}`));
			for (const r of lookup.refused) excluded.push({domain: r.name, reason: r.reason});
			refusedNames = lookup.refused.map((r) => r.name);
			items = lookup.ready.map((r) => ({domain: r.name, expiryMs: r.expiryMs}));
		}

		// Redeem: the refused names are looked up too, since a domain redeemed by an earlier run has left its
		// redemption period; the journal then says why, and that it is done.
		const lookFor = () => [...items.map((i) => i.domain), ...refusedNames];
		let already = await alreadyOrdered(runtime, operation, lookFor());
		// --wait: wait out the settle window of an undecided earlier chunk, with a countdown, then look again.
		for (let round = 0; flags.wait && undecided(already).length > 0 && round < 20; round++) {
			const until = Math.max(...undecided(already).map(([, x]) => x.retryAt!));
			await countdown(until, (seconds) => say([msg.waiting(undecided(already).length, seconds)]));
			already = await alreadyOrdered(runtime, operation, lookFor());
		}
		const heldBack = undecided(already);
		for (const x of excluded) if (already.has(x.domain)) x.reason = already.get(x.domain)!.reason;
		for (const [domain, {reason}] of already) if (!refusedNames.includes(domain)) excluded.push({domain, reason});
		items = items.filter((i) => !already.has(i.domain));
		say(excluded.map((x) => msg.leftOut(x.domain, x.reason)));
		report.excluded = excluded;
		report.heldBack = heldBack.map(([domain, x]) => ({domain, reason: x.reason, retryAt: new Date(x.retryAt!).toISOString()}));
		const sayHeldBack = () => {
			if (heldBack.length === 0) return;
			const at = Math.max(...heldBack.map(([, x]) => x.retryAt!));
			say([msg.heldBack(heldBack.length, clock(at), Math.max(1, Math.ceil((at - Date.now()) / 1000)))]);
		};

		if (items.length === 0) {
			// A rerun after everything went through is a success, not an error: say so and exit 0.
			const allDone = excluded.length > 0 && excluded.every((x) => already.get(x.domain)?.kind === 'done');
			say([allDone ? msg.allDone(excluded.length) : msg.nothing]);
			sayHeldBack();
			if (json) io.stdout.write(JSON.stringify({...report, ...(allDone ? {alreadyDone: true} : {}), tasks: []}, null, 2) + '\n');
			return allDone ? EXIT.ok : heldBack.length > 0 ? EXIT.heldBack : EXIT.error;
		}

		const entries = items.map((i) => ({name: i.domain, expiryMs: i.expiryMs!}));
		const renew = {years: given.years ?? 1, premium: given.premium ?? false};
		const plan = planOrder(runtime, {
			...(registerOptions
				? {operation: 'register' as const, names: items.map((i) => i.domain), register: registerOptions}
				: operation === 'renew'
					? {operation: 'renew' as const, entries, renew}
					: {operation: 'redeem' as const, entries}),
			batchSize,
			voucher,
		});
		const summaryLine = msg.summary(operationTitle(operation), items.length, plan.chunks.length, runtime.accountLabel, endpointLabel(runtime.endpoint));

		// Money before anything is sent: the estimate, the balance, and a refusal when they do not fit.
		const money = await checkMoney(
			runtime,
			{
				operation,
				domains: plan.chunks.flatMap((c) => c.domains),
				years: registerOptions?.years ?? renew.years,
				premium: registerOptions?.premium ?? renew.premium,
				trademark: registerOptions?.trademark ?? false,
				premiumNames: items.filter((i) => i.premium).map((i) => i.domain),
			},
			{estimate: !flags['no-estimate'], maxSpend, progress: (line) => say([line])},
		);
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
		say([msg.submitting(summaryLine)]);
		const stop = new AbortController();
		const onSigint = () => {
			say([msg.stopping]);
			stop.abort();
		};
		process.once('SIGINT', onSigint);
		let checks = 0;
		let sending = 0;
		let lastCheck: {requests: number; tasks: number} | undefined;
		const onProgress = (e: OrderProgress) => {
			if (e.type === 'lock-wait') say([msg.lockWait(e.holder ? msg.holder(e.holder.pid, clock(e.holder.since)) : msg.holderUnknown), ...(e.holder?.note ? [`  ${e.holder.note}`] : [])]);
			if (e.type === 'server-check') lastCheck = e;
			// The first check of a run is said once; later ones only when they leave something out.
			if ((e.type === 'sending' || e.type === 'left-out') && lastCheck) {
				if (checks++ === 0) say([msg.checked(lastCheck.tasks, lastCheck.requests)]);
				lastCheck = undefined;
			}
			if (e.type === 'left-out') say(e.domains.map((d) => msg.serverHas(d.domain, d.taskNo)));
			if (e.type === 'sending') sending = e.domains;
			if (e.type === 'submitted') say([msg.accepted(e.taskNo, sending)]);
			if (e.type === 'unknown') say([msg.unknown(e.chunk + 1, e.error)]);
			if (e.type === 'rejected') say([msg.refused(e.chunk + 1), ...describeError(e.error)]);
			if (e.type === 'throttled') say([msg.throttled(e.chunk + 1, (e.delayMs / 1000).toFixed(1))]);
		};
		const summary = await sendOrder(runtime, plan, {signal: stop.signal, onProgress}).finally(() => process.removeListener('SIGINT', onSigint));

		report.batchId = plan.id;
		const view = runtime.journal.load(plan.id);
		const sentOf = (chunk: number) => view.chunks[chunk]?.sentDomains ?? plan.chunks[chunk]!.domains;
		report.tasks = summary.submitted.map((s) => ({taskNo: s.taskNo, domains: sentOf(s.chunk)}));
		report.leftOut = summary.leftOut.map(({domain, taskNo}) => ({domain, taskNo}));
		report.unknown = summary.unknown.map((u) => ({domains: sentOf(u.chunk), reason: u.reason}));
		report.refused = summary.rejected.map((r) => ({domains: sentOf(r.chunk), ...errorJson(r.error)}));
		if (summary.checkFailed) say([msg.checkFailed(summary.checkFailed)]);
		if (summary.unknown.length > 0) say([msg.unknownAfter(summary.unknown.length)]);
		if (summary.stopped) say([msg.stopped]);
		sayHeldBack();

		let exit: number = summary.rejected.length > 0 || summary.unknown.length > 0 || summary.stopped || summary.checkFailed ? EXIT.error : heldBack.length > 0 ? EXIT.heldBack : EXIT.ok;
		if (flags.wait && summary.submitted.length > 0) {
			try {
				const watched = await watchToEnd(runtime, plan.id, summary.submitted.map((s) => s.taskNo), {quiet: false, stderr: io.stderr});
				report.status = watched.report;
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
			printLines(io.stdout, (report.tasks as Array<{taskNo: string; domains: string[]}>).map((t) => msg.taskLine(t.taskNo, t.domains.length)));
			// --wait ends with what failed and why, so a script's log answers "what do I do next".
			if (report.status) printLines(io.stdout, failureLines(report.status as Parameters<typeof failureLines>[0]));
		}
		if (exit === EXIT.ok && summary.submitted.length === 0 && summary.leftOut.length > 0) exit = EXIT.error;
		return exit;
	} finally {
		await runtime.close();
	}
}

/** Sleeps until `until`, saying how long is left now and then (every 10 s, each second of the last 5). */
async function countdown(until: number, tell: (seconds: number) => void): Promise<void> {
	let told = Infinity;
	for (;;) {
		const left = Math.ceil((until - Date.now()) / 1000);
		if (left <= 0) return;
		if (left < told && (told === Infinity || left % 10 === 0 || left <= 5)) {
			tell(left);
			told = left;
		}
		await new Promise((resolve) => setTimeout(resolve, Math.min(1000, until - Date.now())));
	}
}

function registerOptionsOf(given: OrderFlags): RegisterOptions {
	return {profileId: 0, years: given.years ?? 1, dns: given.dns, privacy: given.privacy ?? true, premium: given.premium ?? false, trademark: given.trademark ?? false};
}

/** `--profile-id ID` must be a real-name-verified profile; `default` picks the account's default verified one. */
async function resolveProfile(runtime: Runtime, wanted: number | 'default'): Promise<number> {
	const answer = await runtime.client.queryRegistrantProfiles(
		wanted === 'default' ? {DefaultRegistrantProfile: true, PageNum: 1, PageSize: 10} : {RegistrantProfileId: wanted, PageNum: 1, PageSize: 10},
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

