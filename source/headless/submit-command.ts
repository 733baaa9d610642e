// `alidomain register` and `alidomain redeem` without the wizard: read the list, check it, leave out what is
// already ordered, journal the plan, submit it chunk by chunk, and optionally watch it to the end.
import {createInterface} from 'node:readline/promises';
import {findAlreadyOrdered} from '../core/already-ordered.js';
import {parseDomainList} from '../core/domain-list.js';
import {validateHostName} from '../core/domain-name.js';
import {activateItem, redeemItem, type Operation, type RegisterOptions} from '../core/orders.js';
import {createBatchPlan} from '../core/batch-plan.js';
import {DEFAULT_BATCH_SIZE, parseBatchSize, parseYears} from '../core/plan-batches.js';
import {lookupRedeemExpiries} from '../core/redeem-lookup.js';
import {parseRedeemList} from '../core/redeem-list.js';
import {submitBatch} from '../core/submit-batch.js';
import {UsageError, type ParsedCommandLine} from './args.js';
import {EXIT} from './exit-codes.js';
import {describeError, errorJson, printLines} from './output.js';
import {readDomainsInput} from './read-input.js';
import {createRuntime, type Runtime} from '../runtime.js';
import type {CommandIo} from './command-io.js';
import {watchToEnd} from './watch.js';

export async function runSubmitCommand(operation: Operation, {flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const missing = [
		...(flags.domains === undefined ? ['--domains FILE'] : []),
		...(operation === 'register' && flags['profile-id'] === undefined ? ['--profile-id ID'] : []),
	];
	// In a terminal the wizard asks for whatever is missing, and its review stands in for --yes.
	if (io.isTerminal && (missing.length > 0 || !flags.yes)) {
		return (await import('../ui/run-app.js')).runApp({command: operation, flags, positionals: []}, io, {operation});
	}
	if (!io.isTerminal && !flags.yes) missing.unshift('--yes');
	if (missing.length > 0) {
		const why = io.isTerminal ? 'is missing' : 'needs a terminal, or';
		throw new UsageError(`alidomain ${operation} ${why}: ${missing.join(', ')}.`);
	}
	const json = Boolean(flags.json);
	const batchSize = readBatchSize(flags['batch-size']);
	const registerOptions = operation === 'register' ? readRegisterOptions(flags) : undefined;
	const voucher = {coupon: flags.coupon, promotion: flags.promotion};
	const text = await readDomainsInput(flags.domains!, io.stdin);
	const parsed = operation === 'register' ? parseDomainList(text) : parseRedeemList(text);
	const report: Record<string, unknown> = {operation, rejected: parsed.rejected, duplicates: parsed.duplicates};
	const say = (lines: string[]) => printLines(io.stderr, lines);

	say(parsed.rejected.map((r) => `line ${r.line}: '${r.input}' ${r.reason}`));
	if (parsed.duplicates > 0) say([`${parsed.duplicates} duplicate line${parsed.duplicates === 1 ? '' : 's'} dropped`]);
	for (const e of parsed.entries) if (e.notice) say([`line ${e.line}: ${e.name}: ${e.notice}`]);

	const runtime = await createRuntime({flags, env: io.env, onRetry: (e) => say([`${e.action}: ${e.error.message}; retrying in ${(e.delayMs / 1000).toFixed(1)}s`])});
	try {
		// What to send, domain by domain.
		let items: Array<{domain: string; item: Record<string, unknown>}>;
		const excluded: Array<{domain: string; reason: string}> = [];
		if (registerOptions) {
			const profile = await resolveProfile(runtime, flags['profile-id']!);
			registerOptions.profileId = profile;
			items = parsed.entries.map((e) => ({domain: e.name, item: activateItem(e.name, registerOptions)}));
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
		say(excluded.map((x) => `${x.domain}: left out, ${x.reason}`));
		report.excluded = excluded;

		if (items.length === 0) {
			say(['Nothing to submit.']);
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
		const summaryLine = `${operation === 'register' ? 'Register' : 'Redeem'} ${items.length} domain${items.length === 1 ? '' : 's'} in ${plan.chunks.length} task${plan.chunks.length === 1 ? '' : 's'} (account ${runtime.accountLabel}, ${runtime.endpoint})`;
		if (!flags.yes && !(await confirm(io, `${summaryLine}. Submit? [y/N] `))) {
			say(['Not submitted.']);
			return EXIT.error;
		}
		say([`${summaryLine}…`]);
		runtime.journal.createBatch(plan);
		const stop = new AbortController();
		const onSigint = () => {
			say(['Stopping after the request in flight…']);
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
				if (e.type === 'submitted') say([`task ${e.taskNo}: ${plan.chunks[e.chunk]!.domains.length} domains accepted`]);
				if (e.type === 'unknown') say([`chunk ${e.chunk + 1}: outcome unknown (${e.error}); it will be checked before anything is sent again`]);
				if (e.type === 'rejected') say([`chunk ${e.chunk + 1} refused:`, ...describeError(e.error)]);
				if (e.type === 'throttled') say([`throttled; sending chunk ${e.chunk + 1} again in ${(e.delayMs / 1000).toFixed(1)}s`]);
			},
		}).finally(() => process.removeListener('SIGINT', onSigint));

		report.batchId = plan.id;
		report.tasks = summary.submitted.map((s) => ({taskNo: s.taskNo, domains: plan.chunks[s.chunk]!.domains}));
		report.unknown = summary.unknown.map((u) => ({domains: plan.chunks[u.chunk]!.domains, reason: u.reason}));
		report.refused = summary.rejected.map((r) => ({domains: plan.chunks[r.chunk]!.domains, ...errorJson(r.error)}));
		if (summary.unknown.length > 0) say([`${summary.unknown.length} chunk(s) have an unknown outcome: run the same command again later; nothing will be ordered twice.`]);
		if (summary.stopped) say(['Stopped. Run the same command again to send the rest.']);

		let exit: number = summary.rejected.length > 0 || summary.unknown.length > 0 || summary.stopped ? EXIT.error : EXIT.ok;
		if (flags.wait && summary.submitted.length > 0) {
			const watched = await watchToEnd(runtime, plan.id, summary.submitted.map((s) => s.taskNo), {quiet: false, stderr: io.stderr});
			report.status = watched.report;
			if (watched.failed > 0 && exit === EXIT.ok) exit = EXIT.someFailed;
		}
		if (json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
		else printLines(io.stdout, (report.tasks as Array<{taskNo: string; domains: string[]}>).map((t) => `${t.taskNo}\t${t.domains.length} domains`));
		return exit;
	} finally {
		await runtime.close();
	}
}

function readBatchSize(raw: string | undefined): number {
	if (raw === undefined) return DEFAULT_BATCH_SIZE;
	const size = parseBatchSize(raw);
	if (!size.ok) throw new UsageError(`--batch-size: ${size.reason}`);
	return size.value;
}

function readRegisterOptions(flags: ParsedCommandLine['flags']): RegisterOptions {
	const years = parseYears(flags.years ?? '1');
	if (!years.ok) throw new UsageError(`--years: ${years.reason}`);
	let dns: [string, string] | undefined;
	if (flags.dns !== undefined) {
		const hosts = flags.dns.split(',').map((h) => h.trim()).filter(Boolean);
		if (hosts.length !== 2) throw new UsageError(`--dns takes exactly two name servers, like ns1.example.com,ns2.example.com (got ${hosts.length}).`);
		const checked = hosts.map((h) => validateHostName(h));
		for (const [i, c] of checked.entries()) if (!c.ok) throw new UsageError(`--dns: '${hosts[i]}' ${c.reason}`);
		dns = [hosts[0]!.toLowerCase(), hosts[1]!.toLowerCase()];
	}
	return {profileId: 0, years: years.value, dns, privacy: !flags['no-privacy'], premium: Boolean(flags.premium), trademark: Boolean(flags.trademark)};
}

/** `--profile-id ID` must be a real-name-verified profile; `default` picks the account's default verified one. */
async function resolveProfile(runtime: Runtime, raw: string): Promise<number> {
	if (raw !== 'default' && !/^\d+$/.test(raw)) throw new UsageError(`--profile-id must be a number (or 'default'), not '${raw}'.`);
	const answer = await runtime.client.queryRegistrantProfiles(
		raw === 'default' ? {DefaultRegistrantProfile: true, PageNum: 1, PageSize: 10} : {RegistrantProfileId: Number(raw), PageNum: 1, PageSize: 10},
	);
	const profile = answer.RegistrantProfiles.RegistrantProfile[0];
	if (!profile) throw new UsageError(raw === 'default' ? 'this account has no default registrant profile; pass --profile-id ID.' : `no registrant profile ${raw} in this account.`);
	if (profile.RealNameStatus !== 'SUCCEED') {
		throw new UsageError(`registrant profile ${profile.RegistrantProfileId} has not passed real-name verification (status ${profile.RealNameStatus ?? 'unknown'}); only verified profiles can register domains.`);
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

