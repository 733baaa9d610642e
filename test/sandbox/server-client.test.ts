// Our own client against the sandbox: the pairing the app runs on, including the faults it must survive.
import {afterEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {ApiError, NetworkError} from '../../source/api/errors.js';
import {DEFAULT_PROFILE_ID} from '../../source/sandbox/seed.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
	await sandbox?.close();
	sandbox = undefined;
});

const clientFor = (s: RunningSandbox, signature: 'v1' | 'v3', secret: string = SANDBOX_CREDENTIALS.accessKeySecret) =>
	createDomainClient({
		credentials: {accessKeyId: SANDBOX_CREDENTIALS.accessKeyId, accessKeySecret: secret},
		endpoint: s.url,
		signature,
		retry: {retries: 0},
	});

describe.each(['v1', 'v3'] as const)('the alidomain client signing %s', (signature) => {
	it('lists profiles, submits, and reads the task back', async () => {
		sandbox = await startSandbox({quiet: true});
		const client = clientFor(sandbox, signature);
		const profiles = await client.queryRegistrantProfiles({RealNameStatus: 'SUCCEED'});
		const profileId = profiles.RegistrantProfiles.RegistrantProfile[0]!.RegistrantProfileId;
		const domains = [`own-client-${signature}-one.com`, `own-client-${signature}-two.net`];
		const {TaskNo} = await client.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: domains.map((DomainName) => ({DomainName, RegistrantProfileId: profileId})),
		});
		const detail = await client.queryTaskDetailList({TaskNo, PageNum: 1, PageSize: 10});
		expect(detail.Data.TaskDetail.map((d) => d.DomainName).sort()).toEqual(domains);
	});

	it('renews over signed HTTP: the wire carries OrderRenewParam.N.*, and the new expiry is read back', async () => {
		sandbox = await startSandbox({quiet: true, speed: 100});
		const client = clientFor(sandbox, signature);
		const before = await client.queryDomainByDomainName({DomainName: 'weekend-market.com'});
		const {TaskNo} = await client.saveBatchTaskForCreatingOrderRenew({
			OrderRenewParam: [
				{DomainName: 'weekend-market.com', CurrentExpirationDate: before.ExpirationDateLong!, SubscriptionDuration: 2},
			],
		});
		expect(sandbox.world.tasksForDomain('weekend-market.com')).toEqual([TaskNo]);
		let detail = await client.queryTaskDetailList({TaskNo, PageNum: 1, PageSize: 10});
		for (let i = 0; i < 100 && detail.Data.TaskDetail[0]!.TaskStatusCode < 2; i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			detail = await client.queryTaskDetailList({TaskNo, PageNum: 1, PageSize: 10});
		}
		expect(detail.Data.TaskDetail[0]).toMatchObject({TaskType: 'ORDER_RENEW', TaskStatusCode: 2});
		const after = await client.queryDomainByDomainName({DomainName: 'weekend-market.com'});
		expect(after.ExpirationDateLong! - before.ExpirationDateLong!).toBe(2 * 365 * 86_400_000);
	});

	it('turns a wrong secret into an auth ApiError', async () => {
		sandbox = await startSandbox({quiet: true});
		const error = await clientFor(sandbox, signature, 'nope')
			.queryRegistrantProfiles({})
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).code).toBe('SignatureDoesNotMatch');
		expect((error as ApiError).category).toBe('auth');
	});
});

it('hands the client the throttling wait in milliseconds', async () => {
	sandbox = await startSandbox({faults: 'throttle=1', quiet: true});
	const error = await clientFor(sandbox, 'v3')
		.queryRegistrantProfiles({})
		.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ApiError);
	expect((error as ApiError).code).toBe('Throttling.User');
	expect((error as ApiError).retryAfterMs).toBe(500);
});

it('a lost submit answer reaches the client as "may have reached the server", while the task exists', async () => {
	sandbox = await startSandbox({faults: 'lost-response=1', quiet: true});
	const client = clientFor(sandbox, 'v3');
	const error = await client
		.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: [{DomainName: 'answer-went-missing.com', RegistrantProfileId: DEFAULT_PROFILE_ID}],
		})
		.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(NetworkError);
	expect((error as NetworkError).mayHaveReachedServer).toBe(true);
	expect(sandbox.world.tasksForDomain('answer-went-missing.com')).toHaveLength(1);
	expect(sandbox.requests).toBe(1);
});
