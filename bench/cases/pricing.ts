// Pricing at the speed of the batch (docs/performance.md "Pricing"), against a sandbox served over HTTP with
// 200–400 ms added to every answer. Each row stands next to its floor: the names ÷ CheckDomain's limit of 10 a
// second, what pricing one name per call would need at best.
//  - headless register of 3,000 .com names whose bound exceeds the 200,000 balance: refused, nothing sent
//  - headless register of 10,000 .xyz names within the balance, --batch-size 1000 --yes: every task accepted, each
//    name ordered once
//  - the review's pricing of 1,000 names with premium allowed (the function the review calls), batch API
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {performance} from 'node:perf_hooks';
import {createDomainClient} from '../../source/api/client.js';
import {parseCommandLine} from '../../source/cli/args.js';
import {runSubmitCommand} from '../../source/commands/submit-command.js';
import {checkAvailability} from '../../source/core/pricing/availability.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {report} from '../lib.js';

const LATENCY = 'latency=200-400';
const LIMIT = 10;

async function headless(
	sandbox: RunningSandbox,
	args: string[],
	names: string[],
): Promise<{code: number; err: string; ms: number}> {
	const home = mkdtempSync(join(tmpdir(), 'bench-pricing-'));
	const stdin = new PassThrough();
	stdin.end(names.join('\n'));
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let err = '';
	stdout.resume();
	stderr.on('data', (d) => (err += d));
	const env = {
		ALIDOMAIN_HOME: home,
		ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.accessKeyId,
		ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.accessKeySecret,
		ALIDOMAIN_SETTLE_MS: '0',
	};
	const start = performance.now();
	const code = await runSubmitCommand(
		'register',
		parseCommandLine(['register', ...args, '--endpoint', sandbox.url, '--domains', '-']),
		{stdin, stdout, stderr, env, isTerminal: false},
	);
	return {code, err, ms: performance.now() - start};
}

const floor = (names: number) => (names / LIMIT) * 1000;

{
	const sandbox = await startSandbox({port: 0, quiet: true, faults: LATENCY});
	const names = Array.from({length: 3000}, (_, i) => `over-balance-${i}.com`);
	const run = await headless(sandbox, ['--profile-id', 'default', '--yes'], names);
	const refused =
		run.code !== 0 &&
		run.err.includes('Nothing was sent') &&
		sandbox.world.activeTaskCount === 0 &&
		names.every((n) => sandbox.world.tasksForDomain(n).length === 0);
	await sandbox.close();
	report({
		name: `3,000 .com over the balance: refused, nothing sent${refused ? '' : ' (NOT refused)'}`,
		value: run.ms,
		unit: 'ms',
		reference: floor(names.length),
		referenceLabel: 'floor: names ÷ 10/s',
		target: '≤ 20000 ms',
		limit: {max: 20_000},
		valid: refused,
	});
}

{
	const sandbox = await startSandbox({port: 0, quiet: true, faults: LATENCY, speed: 50});
	const names = Array.from({length: 10_000}, (_, i) => `within-${i}.xyz`);
	const run = await headless(sandbox, ['--profile-id', 'default', '--yes', '--batch-size', '1000'], names);
	const once = run.code === 0 && names.every((n) => sandbox.world.tasksForDomain(n).length === 1);
	await sandbox.close();
	report({
		name: `10,000 .xyz within the balance: priced, checked, 10 tasks accepted${once ? ', each name once' : ' (NOT each name once)'}`,
		value: run.ms,
		unit: 'ms',
		reference: floor(names.length),
		referenceLabel: 'floor: names ÷ 10/s',
		target: '≤ 60000 ms',
		limit: {max: 60_000},
		valid: once,
	});
}

{
	const sandbox = await startSandbox({port: 0, quiet: true, faults: LATENCY});
	const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url});
	const names = [
		...Array.from({length: 990}, (_, i) => `review-${i}.com`),
		...Array.from({length: 10}, (_, i) => `${String.fromCharCode(97 + i)}q.net`),
	];
	const start = performance.now();
	const results = await checkAvailability(client, names, {currency: 'CNY'});
	const ms = performance.now() - start;
	const priced =
		results.length === names.length &&
		results.every((r) => r.yearlyPrice !== undefined) &&
		results.filter((r) => r.availability === 'premium').length === 10;
	await sandbox.close();
	report({
		name: `review pricing of 1,000 names, premium allowed, batch API${priced ? '' : ' (NOT all priced)'}`,
		value: ms,
		unit: 'ms',
		reference: floor(names.length),
		referenceLabel: 'floor: names ÷ 10/s',
		target: '≤ 30000 ms',
		limit: {max: 30_000},
		valid: priced,
	});
}
