// `alidomain register` and `alidomain redeem` without the wizard: read the list, check it, leave out what is
// already ordered, journal the plan, submit it chunk by chunk, and optionally watch it to the end.
import {createInterface} from 'node:readline/promises';
import {findAlreadyOrdered} from '../core/already-ordered.js';
import {parseDomainList} from '../core/domain-list.js';
import {activateItem, redeemItem, type Operation, type RegisterOptions} from '../core/orders.js';
import {createBatchPlan} from '../core/batch-plan.js';
import {DEFAULT_BATCH_SIZE} from '../core/plan-batches.js';
import {lookupRedeemExpiries} from '../core/redeem-lookup.js';
import {parseRedeemList} from '../core/redeem-list.js';
import {blockedReason, byDaysLeft, listRedemptionDomains, redemptionRow} from '../core/redemption-list.js';
import {submitBatch} from '../core/submit-batch.js';
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import {orderFlags, type OrderFlags} from '../cli/options-from-flags.js';
import {EXIT} from '../cli/exit-codes.js';
import {describeError, errorJson, printLines} from './output.js';
import {readDomainsInput} from '../cli/read-input.js';
import {createRuntime, endpointLabel, type Runtime} from '../runtime.js';
import type {CommandIo} from '../cli/command-io.js';
import {watchToEnd} from './watch.js';
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
	summary: {
		en: (register: boolean, domains: number, tasks: number, account: string, endpoint: string) =>
			`${register ? 'Register' : 'Redeem'} ${domains} domain${domains === 1 ? '' : 's'} in ${tasks} task${tasks === 1 ? '' : 's'} (account ${account}, ${endpoint})`,
		zh: (register: boolean, domains: number, tasks: number, account: string, endpoint: string) =>
			`${register ? '注册' : '赎回'} ${domains} 个域名，分 ${tasks} 个任务（账号 ${account}，${endpoint}）`,
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
	domainsOrAll: {en: '--domains FILE (or --all-in-redemption)', zh: '--domains FILE（或 --all-in-redemption）'},
	allOrDomains: {en: 'give either --domains or --all-in-redemption, not both.', zh: '--domains 和 --all-in-redemption 只能二选一。'},
});

export async function runSubmitCommand(operation: Operation, {flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const all = operation === 'redeem' && Boolean(flags['all-in-redemption']);
	if (flags['all-in-redemption'] && operation !== 'redeem') throw new UsageError(msg.allOnlyRedeem);
	if (all && flags.domains !== undefined) throw new UsageError(msg.allOrDomains);
	const missing = [
		...(flags.domains === undefined && !all ? [operation === 'redeem' ? msg.domainsOrAll : '--domains FILE'] : []),
		...(operation === 'register' && flags['profile-id'] === undefined ? ['--profile-id ID'] : []),
	];
	// In a terminal the wizard asks for whatever is missing, and its review stands in for --yes.
	if (io.isTerminal && (missing.length > 0 || !flags.yes)) {
		return (await import('../ui/run-app.js')).runApp({command: operation, flags, positionals: []}, io, {operation});
	}
	if (!io.isTerminal && !flags.yes) missing.unshift('--yes');
	if (missing.length > 0) {
		const why = io.isTerminal ? msg.isMissing : msg.needsTerminal;
		throw new UsageError(msg.missing(operation, why, missing.join(', ')));
	}
	const json = Boolean(flags.json);
	const given = orderFlags(operation, flags);
	const batchSize = given.batchSize ?? DEFAULT_BATCH_SIZE;
	const registerOptions = operation === 'register' ? registerOptionsOf(given) : undefined;
	const voucher = {coupon: given.coupon, promotion: given.promotion};
	const text = all ? '' : await readDomainsInput(flags.domains!, io.stdin);
	const parsed = operation === 'register' ? parseDomainList(text) : parseRedeemList(text);
	const report: Record<string, unknown> = {operation, rejected: parsed.rejected, duplicates: parsed.duplicates};
	const say = (lines: string[]) => printLines(io.stderr, lines);

	say(parsed.rejected.map((r) => msg.rejected(r.line, r.input, r.reason)));
	if (parsed.duplicates > 0) say([msg.duplicates(parsed.duplicates)]);
	for (const e of parsed.entries) if (e.notice) say([msg.notice(e.line, e.name, e.notice)]);

	const runtime = await createRuntime({flags, env: io.env, onRetry: (e) => say([msg.retrying(e.action, e.error.message, (e.delayMs / 1000).toFixed(1))])});
	try {
		// What to send, domain by domain.
		let items: Array<{domain: string; item: Record<string, unknown>}>;
		const excluded: Array<{domain: string; reason: string}> = [];
		if (registerOptions) {
			const profile = await resolveProfile(runtime, given.profileId!);
			registerOptions.profileId = profile;
			items = parsed.entries.map((e) => ({domain: e.name, item: activateItem(e.name, registerOptions)}));
		} else if (all) {
			// Every domain the account lists in its redemption period, with the account's own expiries.
			const now = Date.now();
			const rows = (await listRedemptionDomains(runtime.client)).map((d) => redemptionRow(d, now)).sort(byDaysLeft);
			for (const r of rows) if (r.blocked) excluded.push({domain: r.name, reason: blockedReason(r.blocked)});
			items = rows.filter((r) => !r.blocked).map((r) => ({domain: r.name, item: redeemItem(r.name, r.expiryMs)}));
		} else {
			const lookup = await lookupRedeemExpiries(runtime.client, parsed.entries.map((e) => ({name: e.name, expiryMs: (e as {expiryMs?: number}).expiryMs})));
			say(lookup.notices.map((n) => `${n.name}: ${n.notice}`));
			for (const r of lookup.refused) excluded.push({domain: r.name, reason: r.reason});
			items = lookup.ready.map((r) => ({domain: r.name, item: redeemItem(r.name, r.expiryMs)}));
		}

		const already = await findAlreadyOrdered(runtime.client, runtime.journal, items.map((i) => i.domain), {
			operation,
			accessKeyId: runtime.client.accessKeyId,
			endpoint: runtime.endpoint,
			now: Date.now,
			settleMs: runtime.settleMs,
		});
		for (const [domain, reason] of already) excluded.push({domain, reason});
		items = items.filter((i) => !already.has(i.domain));
		say(excluded.map((x) => msg.leftOut(x.domain, x.reason)));
		report.excluded = excluded;

		if (items.length === 0) {
			say([msg.nothing]);
			if (json) io.stdout.write(JSON.stringify({...report, tasks: []}, null, 2) + '\n');
			return EXIT.error;
		}

		const plan = createBatchPlan({
			operation,
			items,
			batchSize,
			options: {...(registerOptions ?? {}), ...voucher},
			account: {label: runtime.accountLabel, accessKeyId: runtime.client.accessKeyId, endpoint: runtime.endpoint, sandbox: runtime.sandbox},
		});
		const summaryLine = msg.summary(operation === 'register', items.length, plan.chunks.length, runtime.accountLabel, endpointLabel(runtime.endpoint));
		if (!flags.yes && !(await confirm(io, msg.ask(summaryLine)))) {
			say([msg.notSubmitted]);
			return EXIT.error;
		}
		say([msg.submitting(summaryLine)]);
		runtime.journal.createBatch(plan);
		const stop = new AbortController();
		const onSigint = () => {
			say([msg.stopping]);
			stop.abort();
		};
		process.once('SIGINT', onSigint);
		const summary = await submitBatch(runtime.client, runtime.journal, plan.id, {
			now: Date.now,
			sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
			resubmitAbsent: true,
			settleMs: runtime.settleMs,
			signal: stop.signal,
			onProgress: (e) => {
				if (e.type === 'submitted') say([msg.accepted(e.taskNo, plan.chunks[e.chunk]!.domains.length)]);
				if (e.type === 'unknown') say([msg.unknown(e.chunk + 1, e.error)]);
				if (e.type === 'rejected') say([msg.refused(e.chunk + 1), ...describeError(e.error)]);
				if (e.type === 'throttled') say([msg.throttled(e.chunk + 1, (e.delayMs / 1000).toFixed(1))]);
			},
		}).finally(() => process.removeListener('SIGINT', onSigint));

		report.batchId = plan.id;
		report.tasks = summary.submitted.map((s) => ({taskNo: s.taskNo, domains: plan.chunks[s.chunk]!.domains}));
		report.unknown = summary.unknown.map((u) => ({domains: plan.chunks[u.chunk]!.domains, reason: u.reason}));
		report.refused = summary.rejected.map((r) => ({domains: plan.chunks[r.chunk]!.domains, ...errorJson(r.error)}));
		if (summary.unknown.length > 0) say([msg.unknownAfter(summary.unknown.length)]);
		if (summary.stopped) say([msg.stopped]);

		let exit: number = summary.rejected.length > 0 || summary.unknown.length > 0 || summary.stopped ? EXIT.error : EXIT.ok;
		if (flags.wait && summary.submitted.length > 0) {
			const watched = await watchToEnd(runtime, plan.id, summary.submitted.map((s) => s.taskNo), {quiet: false, stderr: io.stderr});
			report.status = watched.report;
			if (watched.failed > 0 && exit === EXIT.ok) exit = EXIT.someFailed;
		}
		if (json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
		else printLines(io.stdout, (report.tasks as Array<{taskNo: string; domains: string[]}>).map((t) => msg.taskLine(t.taskNo, t.domains.length)));
		return exit;
	} finally {
		await runtime.close();
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

