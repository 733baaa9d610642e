// What the headless door hands to the prepared order (core/order/order-input.ts), against the real sandbox over HTTP:
// the account's own expiries win over a differing typed one unless asked, every redeemable domain with `all`, and a
// name that is not the account's is left out with its reason.
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {listRedemptionDomains} from '../../source/core/account/redemption-list.js';
import {listRenewalDomains} from '../../source/core/account/renewal-list.js';
import {gatherOrderInput} from '../../source/core/order/order-input.js';
import type {OrderInput} from '../../source/core/submit/submit-path.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

async function client() {
	sandbox = await startSandbox({port: 0, speed: 1000, quiet: true});
	return createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url, retry: {retries: 0}});
}

const entriesOf = (input: OrderInput) => (input.operation === 'register' ? [] : [...input.entries]);

describe('gatherOrderInput', () => {
	it('redeem: a typed expiry that differs from the account’s is replaced by the account’s, unless kept', async () => {
		const api = await client();
		const [first] = await listRedemptionDomains(api);
		const typed = first!.expiryMs - 86_400_000;
		const replaced = await gatherOrderInput(api, {
			operation: 'redeem',
			all: false,
			entries: [{name: first!.name, expiryMs: typed}],
			keepTypedExpiry: false,
		});
		expect(entriesOf(replaced.input)).toEqual([{name: first!.name, expiryMs: first!.expiryMs}]);
		expect(replaced.replacedExpiry).toEqual([first!.name]);

		const kept = await gatherOrderInput(api, {
			operation: 'redeem',
			all: false,
			entries: [{name: first!.name, expiryMs: typed}],
			keepTypedExpiry: true,
		});
		expect(entriesOf(kept.input)).toEqual([{name: first!.name, expiryMs: typed}]);
		expect(kept.replacedExpiry).toEqual([]);
	});

	it('redeem all: every domain of the redemption list is either ordered or left out with a reason', async () => {
		const api = await client();
		const listed = (await listRedemptionDomains(api)).map((d) => d.name).sort();
		const gathered = await gatherOrderInput(api, {operation: 'redeem', all: true, entries: [], keepTypedExpiry: false});
		const ordered = entriesOf(gathered.input).map((e) => e.name);
		expect([...ordered, ...gathered.leftOut.map((x) => x.domain)].sort()).toEqual(listed);
		for (const x of gathered.leftOut) expect(x.reason).not.toBe('');
	});

	it('renew: a name that is not the account’s is left out with its reason; the account’s expiry is sent', async () => {
		const api = await client();
		const [own] = await listRenewalDomains(api);
		const gathered = await gatherOrderInput(api, {
			operation: 'renew',
			all: false,
			names: [own!.name, 'not-ours-at-all.com'],
			renew: {years: 1, premium: false},
		});
		expect(entriesOf(gathered.input)).toEqual([{name: own!.name, expiryMs: own!.expiryMs}]);
		expect(gathered.leftOut.map((x) => x.domain)).toEqual(['not-ours-at-all.com']);
		expect(gathered.leftOut[0]!.reason).toMatch(/\w/);
	});
});
