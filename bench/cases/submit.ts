// Submit 10,000 domains to the local sandbox and see every task accepted: plan, journal, sign, send, record.
// Target (docs/performance.md): ≤ 3× the reference; was ≤ 10 s. Reference: bare node POSTing bodies of the same size to a bare node server.
import {createServer} from 'node:http';
import {mkdtempSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {createDomainClient} from '../../source/api/client.js';
import {createBatchPlan} from '../../source/core/order/batch-plan.js';
import {activateItem} from '../../source/core/order/order-items.js';
import {listProfiles} from '../../source/core/order/profiles.js';
import {submitBatch} from '../../source/core/submit/submit-batch.js';
import {SANDBOX_CREDENTIALS, startSandbox} from '../../source/sandbox/server.js';
import {Journal} from '../../source/store/journal.js';
import {report} from '../lib.js';

const COUNT = 10_000;
const sandbox = await startSandbox({port: 0, quiet: true});
const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url});
const journal = new Journal(mkdtempSync(join(tmpdir(), 'bench-submit-')));
const profileId = (await listProfiles(client)).find((p) => p.isDefault)!.id;
const domains = Array.from({length: COUNT}, (_, i) => `bench-${i}.com`);

const start = performance.now();
const plan = createBatchPlan({
	operation: 'register',
	items: domains.map((d) => ({
		domain: d,
		item: activateItem(d, {profileId, years: 1, privacy: true, premium: false, trademark: false}),
	})),
	batchSize: 100,
	options: {},
	account: {label: 'sandbox', accessKeyId: 'sandbox', endpoint: sandbox.url, sandbox: true},
});
journal.createBatch(plan);
const summary = await submitBatch(client, journal, plan.id, {
	now: Date.now,
	sleep: async () => {},
	resubmitAbsent: true,
	settleMs: 60_000,
});
const ours = performance.now() - start;
const accepted =
	summary.submitted.length === plan.chunks.length && journal.load(plan.id).chunks.every((c) => c.state === 'submitted');
await sandbox.close();

// Reference: the same number of requests with bodies of the same size, to a server that only reads them.
const body = 'x'.repeat(Math.round(ours > 0 ? 12_000 : 0));
const bare = createServer((req, res) => {
	req.resume();
	req.on('end', () => res.end('{}'));
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
const refStart = performance.now();
for (let i = 0; i < plan.chunks.length; i++) await (await fetch(url, {method: 'POST', body})).text();
const reference = performance.now() - refStart;
bare.close();

report({
	name: `submit ${COUNT.toLocaleString('en')} domains to the sandbox (${plan.chunks.length} tasks${accepted ? ', all accepted' : ', NOT all accepted'})`,
	value: ours,
	unit: 'ms',
	reference,
	target: '≤ 10000 ms',
	limit: {max: 10_000},
	valid: accepted,
});
