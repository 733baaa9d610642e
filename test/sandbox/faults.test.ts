import {mkdtempSync, rmSync, statSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
	createFaultPlanner,
	describeFaults,
	FaultSpecError,
	parseFaults,
	seededRandom,
} from '../../source/sandbox/faults.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {expectErrorShape, send, v1Request, v3Request} from './server-helpers.js';

describe('the --faults spec', () => {
	it('reads every fault the design names', () => {
		expect(parseFaults('throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1')).toEqual({
			throttle: 0.1,
			unavailable: 0.05,
			latency: {min: 50, max: 400},
			reset: 0.02,
			lostResponse: 0.1,
		});
	});

	it('takes a single latency, spaces, and nothing at all', () => {
		expect(parseFaults(' latency=30 , throttle=1 ')).toEqual({latency: {min: 30, max: 30}, throttle: 1});
		expect(parseFaults('')).toEqual({});
	});

	it('writes back what it read', () => {
		const text = 'throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1';
		expect(describeFaults(parseFaults(text))).toBe(text);
	});

	it.each([
		['throttel=0.1', /unknown fault "throttel".*known faults: throttle/],
		['throttle=1.5', /probability is a number from 0 to 1/],
		['throttle=-0.1', /probability is a number from 0 to 1/],
		['throttle=abc', /probability/],
		['throttle', /needs a value, e\.g\. throttle=0\.1/],
		['throttle=0.1,throttle=0.2', /given twice/],
		['latency=400-50', /runs backwards/],
		['latency=fast', /latency is milliseconds/],
		['latency=', /needs a value, e\.g\. latency=50-400/],
		['latency=1-99999', /60000/],
	])('refuses %s with a reason', (text, reason) => {
		expect(() => parseFaults(text)).toThrow(FaultSpecError);
		expect(() => parseFaults(text)).toThrow(reason);
		// The command line turns any error mentioning "faults" into a usage error.
		expect(() => parseFaults(text)).toThrow(/--faults/);
	});

	it('refuses a bad spec before the sandbox starts listening', async () => {
		await expect(startSandbox({faults: 'reset=2', quiet: true})).rejects.toThrow(/bad --faults entry "reset=2"/);
	});
});

describe('fault planning', () => {
	it('is the same sequence for the same seed', () => {
		const spec = parseFaults('throttle=0.3,unavailable=0.3,latency=10-20,reset=0.1,lost-response=0.5');
		const a = createFaultPlanner(spec, seededRandom(42));
		const b = createFaultPlanner(spec, seededRandom(42));
		const first = Array.from({length: 50}, a);
		expect(Array.from({length: 50}, b)).toEqual(first);
		expect(first.some((p) => p.refuse === 'throttle')).toBe(true);
		expect(first.some((p) => p.refuse === 'unavailable')).toBe(true);
		expect(first.some((p) => p.refuse === undefined)).toBe(true);
		expect(first.every((p) => p.latencyMs >= 10 && p.latencyMs <= 20)).toBe(true);
	});

	it('never strikes at probability 0 and always at 1', () => {
		const never = createFaultPlanner({throttle: 0, reset: 0}, seededRandom(1));
		const always = createFaultPlanner({unavailable: 1}, seededRandom(1));
		for (let i = 0; i < 100; i++) {
			expect(never()).toMatchObject({reset: false, refuse: undefined, lostResponse: false, latencyMs: 0});
			expect(always().refuse).toBe('unavailable');
		}
	});

	it('hits roughly the asked rate', () => {
		const plan = createFaultPlanner({throttle: 0.1}, seededRandom(7));
		const hits = Array.from({length: 5000}, plan).filter((p) => p.refuse === 'throttle').length;
		expect(hits).toBeGreaterThan(400);
		expect(hits).toBeLessThan(600);
	});
});

describe('faults on a running sandbox', () => {
	let sandbox: RunningSandbox | undefined;
	let dir: string | undefined;
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
		if (dir) rmSync(dir, {recursive: true, force: true});
		dir = undefined;
	});

	it('throttles with Throttling.User and a retry-after in milliseconds, deterministically for a seed', async () => {
		const outcomes: string[][] = [];
		for (let run = 0; run < 2; run++) {
			sandbox = await startSandbox({faults: 'throttle=0.5', faultSeed: 99, quiet: true});
			const seen: string[] = [];
			for (let i = 0; i < 12; i++) {
				const reply = await send(v3Request(sandbox.url, {action: 'QueryRegistrantProfiles'}));
				if (reply.status === 200) seen.push('ok');
				else {
					expectErrorShape(reply, 'Throttling.User', 400);
					expect(reply.headers.get('x-acs-retry-after')).toBe('500');
					seen.push('throttled');
				}
			}
			outcomes.push(seen);
			await sandbox.close();
			sandbox = undefined;
		}
		expect(outcomes[1]).toEqual(outcomes[0]);
		expect(outcomes[0]).toContain('ok');
		expect(outcomes[0]).toContain('throttled');
	});

	it('answers ServiceUnavailable 503 when unavailable strikes', async () => {
		sandbox = await startSandbox({faults: 'unavailable=1', faultSeed: 1, quiet: true});
		const reply = await send(v1Request(sandbox.url, {method: 'GET', action: 'QueryRegistrantProfiles'}));
		expectErrorShape(reply, 'ServiceUnavailable', 503);
	});

	it('lets an unauthenticated request see its auth error, not the fault', async () => {
		sandbox = await startSandbox({faults: 'throttle=1', quiet: true});
		const reply = await send(v3Request(sandbox.url, {secret: 'wrong'}));
		expectErrorShape(reply, 'SignatureDoesNotMatch', 403);
	});

	it('drops the connection on reset without processing anything', async () => {
		sandbox = await startSandbox({faults: 'reset=1', quiet: true});
		await expect(
			send(
				v3Request(sandbox.url, {
					action: 'SaveBatchTaskForCreatingOrderActivate',
					params: activate(['reset-probe.com']),
				}),
			),
		).rejects.toThrow();
		expect(sandbox.world.tasksForDomain('reset-probe.com')).toEqual([]);
		expect(sandbox.requests).toBe(1);
	});

	it('lost-response: the submit creates its task, yet the client only sees a dropped connection', async () => {
		sandbox = await startSandbox({faults: 'lost-response=1', quiet: true});
		const profileId = await verifiedProfileId(sandbox.url);
		const domains = ['lost-answer-one.com', 'lost-answer-two.net'];
		const error = await send(
			v3Request(sandbox.url, {action: 'SaveBatchTaskForCreatingOrderActivate', params: activate(domains, profileId)}),
		).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(Error);
		for (const domain of domains) expect(sandbox.world.tasksForDomain(domain)).toHaveLength(1);
		// Reads are never lost: this is how a client reconciles.
		const list = await send(v3Request(sandbox.url, {action: 'QueryTaskList', params: {PageNum: 1, PageSize: 10}}));
		expect(list.status).toBe(200);
		expect(JSON.stringify(list.json)).toContain(sandbox.world.tasksForDomain(domains[0]!)[0]);
	});

	it('delays answers by the latency range', async () => {
		sandbox = await startSandbox({faults: 'latency=120-150', quiet: true});
		const started = Date.now();
		const reply = await send(v3Request(sandbox.url));
		expect(reply.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(115);
	});

	it('keeps the world in the state file, mode 0600, across restarts', async () => {
		dir = mkdtempSync(join(tmpdir(), 'alidomain-sandbox-'));
		const stateFile = join(dir, 'sandbox.json');
		sandbox = await startSandbox({stateFile, quiet: true});
		const profileId = await verifiedProfileId(sandbox.url);
		const reply = await send(
			v3Request(sandbox.url, {
				action: 'SaveBatchTaskForCreatingOrderActivate',
				params: activate(['kept-across-runs.com'], profileId),
			}),
		);
		expect(reply.status).toBe(200);
		const taskNo = reply.json.TaskNo as string;
		await sandbox.close();
		sandbox = undefined;
		expect(statSync(stateFile).mode & 0o777).toBe(0o600);
		expect(readdirSync(dir)).toEqual(['sandbox.json']);

		sandbox = await startSandbox({stateFile, quiet: true});
		expect(sandbox.world.tasksForDomain('kept-across-runs.com')).toContain(taskNo);
		const detail = await send(
			v3Request(sandbox.url, {action: 'QueryTaskDetailList', params: {TaskNo: taskNo, PageNum: 1, PageSize: 10}}),
		);
		expect(detail.status).toBe(200);
		expect(JSON.stringify(detail.json)).toContain('kept-across-runs.com');
	});
});

function activate(domains: string[], profileId = 1): Record<string, unknown> {
	return {
		OrderActivateParam: domains.map((DomainName) => ({
			DomainName,
			RegistrantProfileId: profileId,
			SubscriptionDuration: 1,
		})),
	};
}

async function verifiedProfileId(base: string): Promise<number> {
	const reply = await send(
		v3Request(base, {action: 'QueryRegistrantProfiles', params: {RealNameStatus: 'SUCCEED', PageNum: 1, PageSize: 50}}),
	);
	const profiles = (reply.json.RegistrantProfiles as {RegistrantProfile: {RegistrantProfileId: number}[]})
		.RegistrantProfile;
	expect(profiles.length).toBeGreaterThan(0);
	return profiles[0]!.RegistrantProfileId;
}
