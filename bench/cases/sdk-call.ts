// One QueryTaskDetailList call through our client against the same call through Alibaba's official Node SDK
// (@alicloud/openapi-client, V3 signature, as the generated Domain SDK sends it), on one sandbox in one process,
// for a task of 1 and of 1,000 domains. Repetitions of the two are interleaved so a loaded machine slows both
// alike; the row reports the median time per call of each. Target: ours ≤ the SDK's.
import * as OpenApiModule from '@alicloud/openapi-client';
import * as OpenApiUtilModule from '@alicloud/openapi-util';
import * as TeaUtil from '@alicloud/tea-util';
import {performance} from 'node:perf_hooks';
import {createDomainClient, type DomainClient} from '../../source/api/client.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {median, report, type Row} from '../lib.js';

const unwrap = <T>(module: unknown): T => {
	const d = (module as {default?: unknown}).default;
	return ((d as {default?: unknown} | undefined)?.default ?? d ?? module) as T;
};
type SdkClient = {callApi(params: unknown, request: unknown, runtime: unknown): Promise<{body?: unknown}>};
const OpenApiClient = unwrap<new (config: unknown) => SdkClient>(OpenApiModule);
const OpenApiUtil = unwrap<{query(filter: Record<string, unknown>): Record<string, string>}>(OpenApiUtilModule);
const {Config, OpenApiRequest, Params} = OpenApiModule;
const {RuntimeOptions} = TeaUtil;

function sdkCaller(sandbox: RunningSandbox) {
	const client = new OpenApiClient(
		new Config({...SANDBOX_CREDENTIALS, endpoint: `127.0.0.1:${sandbox.port}`, protocol: 'http'}),
	);
	return async (taskNo: string): Promise<number> => {
		const params = new Params({
			action: 'QueryTaskDetailList',
			version: '2018-01-29',
			protocol: 'HTTP',
			pathname: '/',
			method: 'POST',
			authType: 'AK',
			style: 'RPC',
			reqBodyType: 'formData',
			bodyType: 'json',
		});
		const request = new OpenApiRequest({query: OpenApiUtil.query({TaskNo: taskNo, PageNum: 1, PageSize: 1000})});
		const response = await client.callApi(params, request, new RuntimeOptions({}));
		return (response.body as {Data: {TaskDetail: unknown[]}}).Data.TaskDetail.length;
	};
}

function ourCaller(client: DomainClient) {
	return async (taskNo: string): Promise<number> =>
		(await client.queryTaskDetailList({TaskNo: taskNo, PageNum: 1, PageSize: 1000})).Data.TaskDetail.length;
}

/** Median ms per call of ours and of the SDK over `rounds` interleaved rounds of `calls` calls each. */
export async function measureSdkCall(rows: number, rounds = 15, calls = rows > 1 ? 10 : 100): Promise<Row> {
	const sandbox = await startSandbox({quiet: true});
	try {
		const client = createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url});
		const names = Array.from({length: rows}, (_, i) => `bench-sdk-${i}.com`);
		const {TaskNo} = await client.saveBatchTaskForCreatingOrderActivate({
			OrderActivateParam: names.map((DomainName) => ({DomainName, RegistrantProfileId: 1_000_001})),
		});
		const callers = {ours: ourCaller(client), sdk: sdkCaller(sandbox)};
		const times = {ours: [] as number[], sdk: [] as number[]};
		const once = async (who: 'ours' | 'sdk') => {
			const start = performance.now();
			for (let i = 0; i < calls; i++)
				if ((await callers[who](TaskNo)) !== rows) throw new Error(`${who} saw the wrong number of rows`);
			times[who].push((performance.now() - start) / calls);
		};
		await once('ours');
		await once('sdk');
		times.ours.length = 0;
		times.sdk.length = 0;
		for (let r = 0; r < rounds; r++) {
			// Alternate who goes first, so neither always runs on a warmer (or more crowded) machine.
			if (r % 2 === 0) {
				await once('ours');
				await once('sdk');
			} else {
				await once('sdk');
				await once('ours');
			}
		}
		const ours = median(times.ours);
		const sdk = median(times.sdk);
		return {
			name: `QueryTaskDetailList of ${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'}, per call`,
			value: ours,
			unit: 'ms',
			reference: sdk,
			referenceLabel: 'official Node SDK',
			target: '≤ 1.0× the SDK',
			limit: {ratio: 1},
		};
	} finally {
		await sandbox.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const rows of [1, 1000]) report(await measureSdkCall(rows));
}
