// A runtime for screen tests: an in-process sandbox, a client without read retries' long waits, and a journal
// and data folder in a temporary directory.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createDomainClient} from '../../source/api/client.js';
import {createBatchPlan} from '../../source/core/order/batch-plan.js';
import {activateItem, type RegisterOptions} from '../../source/core/order/order-items.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {sendOrder} from '../../source/core/submit/submit-path.js';
import type {Runtime} from '../../source/runtime.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {Journal} from '../../source/store/journal.js';
import {createSubmitLock} from '../../source/store/submit-lock.js';

export interface TestRuntime {
	sandbox: RunningSandbox;
	runtime: Runtime;
	dataDir: string;
	options: RegisterOptions;
	/** Writes a batch plan to the journal, nothing sent. */
	plan(domains: string[], batchSize?: number, now?: number): string;
	/** Plans and submits a batch; returns its id and task numbers. */
	submit(domains: string[], batchSize?: number): Promise<{batchId: string; taskNos: string[]}>;
}

/** The status views read the sandbox every 30–100 ms instead of every 1–20 s: its tasks take milliseconds here. */
export const TEST_STATUS_PACE = {minIntervalMs: 30, maxIntervalMs: 100};

export async function sandboxRuntime(speed = 200): Promise<TestRuntime> {
	const sandbox = await startSandbox({port: 0, speed, quiet: true});
	const client = createDomainClient({
		credentials: SANDBOX_CREDENTIALS,
		endpoint: sandbox.url,
		retry: {retries: 2, baseDelayMs: 20},
	});
	const dataDir = mkdtempSync(join(tmpdir(), 'alidomain-ui-'));
	const journal = new Journal(join(dataDir, 'journal'));
	const runtime: Runtime = {
		client,
		journal,
		accountLabel: 'sandbox',
		endpoint: sandbox.url,
		sandbox: true,
		lang: 'en',
		settleMs: 60_000,
		lock: createSubmitLock(join(dataDir, 'locks'), 'test'),
		statusPace: TEST_STATUS_PACE,
		close: () => sandbox.close(),
	};
	const profileId = (await listProfiles(client)).find((p) => p.isDefault)!.id;
	const options: RegisterOptions = {profileId, years: 2, privacy: true, premium: false, trademark: false};
	const plan = (domains: string[], batchSize = 2, now?: number) => {
		const p = createBatchPlan({
			operation: 'register',
			items: domains.map((domain) => ({domain, item: activateItem(domain, options)})),
			batchSize,
			options: {...options},
			account: {label: 'sandbox', accessKeyId: 'sandbox', endpoint: sandbox.url, sandbox: true},
			now,
		});
		journal.createBatch(p);
		return p.id;
	};
	return {
		sandbox,
		runtime,
		dataDir,
		options,
		plan,
		async submit(domains, batchSize = 2) {
			const batchId = plan(domains, batchSize);
			const summary = await sendOrder(runtime, batchId, {sleep: async () => {}});
			return {batchId, taskNos: summary.submitted.map((s) => s.taskNo)};
		},
	};
}
