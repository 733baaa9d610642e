// The wizard engine's loaders against the sandbox, through the whole app: each step reads what it needs once when
// it shows, in the order the engine composes them, and a picker's follow-ups (prices, earlier orders) come after
// its list. Requests are counted on the client as the app makes them.
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {DEFAULT_RENEWAL_WINDOW_DAYS, listRenewalDomains} from '../../../source/core/account/renewal-list.js';
import type {DomainClient} from '../../../source/api/client.js';
import type {RunningSandbox} from '../../../source/sandbox/server.js';
import {addToList, emptyList} from '../../../source/ui/state/wizard-list.js';
import {ENTER, waitFor} from '../../../source/ui/testing/index.js';
import {runtimeFor, sandboxClient, startApp, startTestSandbox, tempHome} from '../screens/wizard-harness.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startTestSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
afterEach(() => {
	cleanup();
});

/** The sandbox's client, with the name of every operation called on it, in the order called. */
function countedClient(): {client: DomainClient; calls: string[]} {
	const calls: string[] = [];
	const inner = sandboxClient(sandbox);
	const client = new Proxy(inner, {
		get(target, property, receiver) {
			const value: unknown = Reflect.get(target, property, receiver);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				calls.push(property === 'call' ? String(args[0]) : String(property));
				return (value as (...a: unknown[]) => unknown).apply(target, args);
			};
		},
	});
	return {client, calls};
}

const open = async (start: Parameters<typeof startApp>[0]['start']) => {
	const home = tempHome();
	const {client, calls} = countedClient();
	const app = await startApp({home, createRuntime: async () => runtimeFor(client, home), start});
	return {app, calls};
};

const count = (calls: readonly string[], name: string) => calls.filter((call) => call === name).length;

describe('the wizard loaders', () => {
	it('renew opened from the command line reads its list once, then prices and earlier orders after it', async () => {
		const {app, calls} = await open({operation: 'renew'});
		await app.see('expiring-soon.com');
		await waitFor(
			() => calls.includes('queryTaskList'),
			() => calls.join(' '),
		);
		// One read of the list is as many pages as listing it once takes.
		const once = countedClient();
		await listRenewalDomains(once.client, {withinDays: DEFAULT_RENEWAL_WINDOW_DAYS});
		const listed = count(once.calls, 'queryDomainList');
		expect(listed).toBeGreaterThan(0);
		expect(count(calls, 'queryDomainList')).toBe(listed);
		const lastListRead = calls.lastIndexOf('queryDomainList');
		expect(calls.indexOf('checkDomain')).toBeGreaterThan(lastListRead);
		expect(calls.indexOf('queryTaskList')).toBeGreaterThan(lastListRead);
	});

	it('redeem reads the redemption list before its fees and the never-order-twice check', async () => {
		const {app, calls} = await open({operation: 'redeem'});
		await app.see('Domains in redemption');
		await waitFor(
			() => calls.includes('queryTaskList'),
			() => calls.join(' '),
		);
		const lastListRead = calls.lastIndexOf('queryDomainList');
		expect(lastListRead).toBeGreaterThanOrEqual(0);
		expect(calls.indexOf('checkDomain')).toBeGreaterThan(lastListRead);
		expect(calls.indexOf('queryTaskList')).toBeGreaterThan(lastListRead);
	});

	it('register: the profiles when the step shows, then at review one check and one balance read per entry', async () => {
		const list = addToList(emptyList(), 'yearly-shop.com\nquiet-meadow.com', 'register');
		const {app, calls} = await open({
			operation: 'register',
			prefill: {list, profileId: 'default', options: {years: 1}},
		});
		await app.see('Register · Availability');
		expect(calls).toEqual([]);
		await app.press(ENTER, 'Register · Review');
		await waitFor(
			() => count(calls, 'queryAccountBalance') === 1 && calls.includes('queryTaskList'),
			() => calls.join(' '),
		);
		expect(calls[0]).toBe('queryRegistrantProfiles');
		expect(count(calls, 'queryRegistrantProfiles')).toBe(1);
		expect(count(calls, 'queryTaskList')).toBe(1);
	});
});
