// The real poller and our client against an in-process sandbox running tasks fast: a small batch watched to the end.
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';
import {ApiError} from '../../source/api/errors.js';
import {StatusBoard} from '../../source/core/status/status-board.js';
import {StatusPoller, waitUntilDone, type PollerState} from '../../source/core/status/status-poller.js';
import {DEFAULT_PROFILE_ID} from '../../source/sandbox/seed.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

const BATCH = [
	['watch-alpha.com', 'watch-bravo.net', 'taken-watch.com'],
	['abc.com', 'watch-charlie.org'],
];

// A throttled request is refused before it is processed, so the test may send it again; the app never resends a
// submit on anything but a provably unsent request.
async function submit(client: DomainClient, domains: string[]): Promise<string> {
	for (;;) {
		try {
			const {TaskNo} = await client.saveBatchTaskForCreatingOrderActivate({
				OrderActivateParam: domains.map((DomainName) => ({DomainName, RegistrantProfileId: DEFAULT_PROFILE_ID})),
			});
			return TaskNo;
		} catch (error) {
			if (!(error instanceof ApiError && error.category === 'throttled')) throw error;
		}
	}
}

async function watch(faults?: string) {
	sandbox = await startSandbox({port: 0, speed: 100, quiet: true, faultSeed: 3, ...(faults ? {faults} : {})});
	const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
	const tasks = [];
	for (const domains of BATCH) tasks.push({taskNo: await submit(client, domains), domains});
	const board = new StatusBoard();
	const poller = new StatusPoller({api: client, board, tasks, minIntervalMs: 20, maxIntervalMs: 100});
	const states: PollerState[] = [];
	const final = await waitUntilDone(poller, (s) => states.push(s));
	return {board, final, states, sandbox};
}

describe('watching a sandbox batch', () => {
	it('follows every domain to its final state, then stops asking', async () => {
		const {board, final, sandbox} = await watch();
		expect(final.counts).toMatchObject({total: 5, succeeded: 3, failed: 2, waiting: 0, executing: 0});
		const failed = board.names('failed');
		expect(failed.sort()).toEqual(['abc.com', 'taken-watch.com']);
		const premium = board.row(Array.from(board.view('all', 'abc.com'))[0]!);
		expect(premium.error).toMatch(/premium/i);
		const requests = sandbox.requests;
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(sandbox.requests).toBe(requests);
	});

	it('rides out throttling with notices and still reaches the end', async () => {
		const {final, states} = await watch('throttle=0.5');
		expect(final.done).toBe(true);
		expect(final.counts.finished).toBe(5);
		const notices = states.flatMap((s) => (s.notice ? [s.notice] : []));
		expect(notices.length).toBeGreaterThan(0);
		expect(notices[0]).toMatchObject({kind: 'throttled', code: 'Throttling.User'});
		expect(final.notice).toBeUndefined();
	});
});
