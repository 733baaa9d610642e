// The review's pricing of 1,000 names with premium allowed when the batch price API is refused: CheckDomain, several
// in flight at the account's pace, against a sandbox served over HTTP with 200–400 ms added to every answer.
// Target (docs/performance.md "Pricing"): ≤ 1.15 × the floor of names ÷ 10 a second, however slow each call is.
import {performance} from 'node:perf_hooks';
import {createDomainClient} from '../../source/api/client.js';
import {checkAvailability} from '../../source/core/pricing/availability.js';
import {SANDBOX_CREDENTIALS, startSandbox} from '../../source/sandbox/server.js';
import {report} from '../lib.js';

const sandbox = await startSandbox({
	port: 0,
	quiet: true,
	faults: 'latency=200-400',
	without: ['QueryDomainRealTimePrice'],
});
const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url});
const names = Array.from({length: 1000}, (_, i) => `fallback-${i}.com`);
const start = performance.now();
const results = await checkAvailability(client, names, {currency: 'CNY'});
const ms = performance.now() - start;
const priced = results.length === names.length && results.every((r) => r.yearlyPrice === 69);
await sandbox.close();
report({
	name: `review pricing of 1,000 names, batch API refused: CheckDomain in flight${priced ? '' : ' (NOT all priced)'}`,
	value: ms,
	unit: 'ms',
	reference: (names.length / 10) * 1000,
	referenceLabel: 'floor: names ÷ 10/s',
	target: '≤ 1.15× the floor',
	limit: {ratio: 1.15},
	valid: priced,
});
