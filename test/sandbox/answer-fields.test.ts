// Every documented answer field, per operation and per API version, and nothing else: the field lists below are
// the SDK models' (Domain 2018-01-29 and Domain-intl 2017-12-18), written out here as the independent reference.
// Each answer also decodes with the shared schema, which must declare every field the sandbox sends.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {z} from 'zod';
import {INTL_DIFFERENCES, operations, type OperationName} from '../../source/api/schema.js';
import {DEFAULT_PROFILE_ID} from '../../source/sandbox/seed.js';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import {send, v3Request} from './server-helpers.js';

const PAGING = ['RequestId', 'TotalItemNum', 'CurrentPageNum', 'TotalPageNum', 'PageSize', 'PrePage', 'NextPage'];
const DETAIL = [
	'TaskNo',
	'TaskDetailNo',
	'DomainName',
	'InstanceId',
	'TaskType',
	'TaskTypeDescription',
	'TaskStatus',
	'TaskStatusCode',
	'TaskResult',
	'ErrorMsg',
	'FailReason',
	'TryCount',
	'CreateTime',
	'UpdateTime',
];
const HISTORY = [
	'TaskNo',
	'TaskNum',
	'TaskType',
	'TaskTypeDescription',
	'TaskStatus',
	'TaskStatusCode',
	'CreateTime',
	'CreateTimeLong',
	'Clientip',
];

/** [path to the rows (or [] for the top level), the documented fields there] per operation, 2018-01-29. */
const DOCUMENTED: Record<
	Exclude<OperationName, 'QueryAccountBalance' | 'QueryDomainRealTimePrice' | 'GetCallerIdentity'>,
	[string[], string[]][]
> = {
	SaveBatchTaskForCreatingOrderActivate: [[[], ['RequestId', 'TaskNo']]],
	SaveBatchTaskForCreatingOrderRedeem: [[[], ['RequestId', 'TaskNo']]],
	SaveBatchTaskForCreatingOrderRenew: [[[], ['RequestId', 'TaskNo']]],
	QueryTaskDetailList: [
		[[], [...PAGING, 'Data']],
		[['Data', 'TaskDetail'], DETAIL],
	],
	QueryTaskList: [
		[[], [...PAGING, 'Data']],
		[
			['Data', 'TaskInfo'],
			[
				'TaskNo',
				'TaskNum',
				'TaskType',
				'TaskTypeCode',
				'TaskTypeDescription',
				'TaskStatus',
				'TaskStatusCode',
				'TaskCancelStatus',
				'TaskCancelStatusCode',
				'TaskResult',
				'TaskBizType',
				'Clientip',
				'CreateTime',
			],
		],
	],
	QueryTaskInfoHistory: [
		[[], ['RequestId', 'PageSize', 'Objects', 'CurrentPageCursor', 'NextPageCursor', 'PrePageCursor']],
		[['Objects'], HISTORY],
		[['CurrentPageCursor'], HISTORY],
	],
	QueryRegistrantProfiles: [
		[[], [...PAGING, 'RegistrantProfiles']],
		[
			['RegistrantProfiles', 'RegistrantProfile'],
			[
				'Address',
				'City',
				'Country',
				'CreateTime',
				'CredentialNo',
				'CredentialType',
				'DefaultRegistrantProfile',
				'Email',
				'EmailVerificationStatus',
				'Params',
				'PostalCode',
				'Province',
				'RealNameStatus',
				'RegistrantName',
				'RegistrantOrganization',
				'RegistrantProfileId',
				'RegistrantProfileType',
				'RegistrantType',
				'Remark',
				'TelArea',
				'TelExt',
				'Telephone',
				'UpdateTime',
				'ZhAddress',
				'ZhCity',
				'ZhProvince',
				'ZhRegistrantName',
				'ZhRegistrantOrganization',
			],
		],
	],
	QueryDomainList: [
		[[], [...PAGING, 'Data']],
		[
			['Data', 'Domain'],
			[
				'AutoRenewEnabled',
				'Ccompany',
				'ChgholderStatus',
				'DnsList',
				'DomainAuditStatus',
				'DomainGroupId',
				'DomainGroupName',
				'DomainName',
				'DomainStatus',
				'DomainType',
				'ExpirationCurrDateDiff',
				'ExpirationDate',
				'ExpirationDateLong',
				'ExpirationDateStatus',
				'InstanceId',
				'Premium',
				'ProductId',
				'RegistrantType',
				'Registrar',
				'RegistrationDate',
				'RegistrationDateLong',
				'Remark',
				'ResourceGroupId',
				'Tag',
			],
		],
	],
	QueryDomainByDomainName: [
		[
			[],
			[
				'CnnicPrivacyServiceStatus',
				'DnsList',
				'DomainGroupId',
				'DomainGroupName',
				'DomainName',
				'DomainNameProxyService',
				'DomainNameVerificationStatus',
				'DomainStatus',
				'DomainType',
				'Email',
				'EmailVerificationClientHold',
				'EmailVerificationStatus',
				'ExpirationCurrDateDiff',
				'ExpirationDate',
				'ExpirationDateLong',
				'ExpirationDateStatus',
				'InstanceId',
				'Premium',
				'PrivacyServiceStatus',
				'RealNameStatus',
				'RegistrantName',
				'RegistrantOrganization',
				'RegistrantType',
				'RegistrantUpdatingStatus',
				'Registrar',
				'RegistrationDate',
				'RegistrationDateLong',
				'Remark',
				'RequestId',
				'ResourceGroupId',
				'Tag',
				'TransferOutStatus',
				'TransferProhibitionLock',
				'UpdateProhibitionLock',
				'UserId',
				'ZhRegistrantName',
				'ZhRegistrantOrganization',
			],
		],
	],
	CheckDomain: [
		[[], ['Avail', 'DomainName', 'DynamicCheck', 'Premium', 'Price', 'Reason', 'RequestId', 'StaticPriceInfo']],
	],
};

/** The intl model of QueryDomainByDomainName, written out whole (the largest difference between the products). */
const INTL_DOMAIN_BY_NAME = [
	'DnsList',
	'DomainName',
	'DomainNameProxyService',
	'DomainNameVerificationStatus',
	'Email',
	'EmailVerificationClientHold',
	'EmailVerificationStatus',
	'ExpirationDate',
	'ExpirationDateLong',
	'InstanceId',
	'Premium',
	'RealNameStatus',
	'RegistrantName',
	'RegistrantOrganization',
	'RegistrantType',
	'RegistrantUpdatingStatus',
	'RegistrationDate',
	'RegistrationDateLong',
	'RequestId',
	'TransferOutStatus',
	'TransferProhibitionLock',
	'UpdateProhibitionLock',
	'UserId',
];

function expected(action: keyof typeof DOCUMENTED, version: string): [string[], string[]][] {
	if (version === '2018-01-29') return DOCUMENTED[action];
	if (action === 'QueryDomainByDomainName') return [[[], INTL_DOMAIN_BY_NAME]];
	const diff = INTL_DIFFERENCES[action];
	return DOCUMENTED[action].map(([path, fields]) => {
		const applies = diff && (diff.rows ? diff.rows.join('.') === path.join('.') : path.length === 0);
		return [path, applies ? fields.filter((f) => !diff.answerFields.includes(f)) : fields];
	});
}

/** Keys at `path` across every answer (rows of a list are merged): optional fields count once any row has them. */
function keysAt(answers: Record<string, unknown>[], path: string[]): string[] {
	const keys = new Set<string>();
	for (const answer of answers) {
		let nodes: unknown[] = [answer];
		for (const part of path)
			nodes = nodes.flatMap((n) =>
				(n as Record<string, unknown>)?.[part] === undefined ? [] : [(n as Record<string, unknown>)[part]],
			);
		for (const node of nodes.flatMap((n) => (Array.isArray(n) ? n : [n])))
			for (const key of Object.keys(node as object)) keys.add(key);
	}
	return [...keys].sort();
}

/** Field paths in `value` that `schema` does not declare (zod 4 internals: object shape, array element, wrappers). */
function undeclared(schema: z.ZodType, value: unknown, path = ''): string[] {
	let s = schema as unknown as {_zod: {def: Record<string, unknown>}};
	for (;;) {
		const def = s._zod.def;
		if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') s = def.innerType as typeof s;
		else if (def.type === 'pipe') s = def.out as typeof s;
		else break;
	}
	const def = s._zod.def;
	if (def.type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const shape = def.shape as Record<string, z.ZodType>;
		return Object.entries(value).flatMap(([key, v]) =>
			key in shape ? undeclared(shape[key]!, v, `${path}.${key}`) : [`${path}.${key}`],
		);
	}
	if (def.type === 'array' && Array.isArray(value))
		return value.flatMap((v, i) => undeclared(def.element as z.ZodType, v, `${path}[${i}]`));
	return [];
}

let clock = Date.parse('2026-05-06T07:08:09Z');
let sandbox: RunningSandbox;
const answers = new Map<string, Record<string, unknown>[]>();

async function call(
	action: OperationName,
	version: string,
	params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
	const reply = await send(v3Request(sandbox.url, {action, version, params, date: new Date(clock)}));
	if (reply.status !== 200) throw new Error(`${action} ${version}: ${reply.status} ${JSON.stringify(reply.json)}`);
	const key = `${action} ${version}`;
	answers.set(key, [...(answers.get(key) ?? []), reply.json]);
	return reply.json;
}

beforeAll(async () => {
	sandbox = await startSandbox({quiet: true, now: () => clock});
	for (const version of ['2018-01-29', '2017-12-18']) {
		const names = ['fields-ok', 'taken-fields', 'flaky-fields', 'abc'].map((label) =>
			`${label}-${version.slice(0, 4)}.com`.replace('abc-', 'ab'),
		);
		const {TaskNo} = await call('SaveBatchTaskForCreatingOrderActivate', version, {
			OrderActivateParam: names.map((DomainName) => ({DomainName, RegistrantProfileId: DEFAULT_PROFILE_ID})),
		});
		const redeem = await call('QueryDomainList', version, {PageNum: 1, PageSize: 1, QueryType: '2'});
		const [row] = (redeem.Data as {Domain: {DomainName: string; ExpirationDateLong: number}[]}).Domain;
		await call('SaveBatchTaskForCreatingOrderRedeem', version, {
			OrderRedeemParam: [{DomainName: row!.DomainName, CurrentExpirationDate: row!.ExpirationDateLong}],
		});
		const renew = await call('QueryDomainList', version, {PageNum: 1, PageSize: 1, QueryType: '1'});
		const [due] = (renew.Data as {Domain: {DomainName: string; ExpirationDateLong: number}[]}).Domain;
		await call('SaveBatchTaskForCreatingOrderRenew', version, {
			OrderRenewParam: [
				{
					DomainName: due!.DomainName,
					CurrentExpirationDate: due!.ExpirationDateLong,
					SubscriptionDuration: 1,
					PermitPremiumRenew: true,
				},
			],
		});
		// Half way (some waiting, some running) and at the end (successes and failures).
		await call('QueryTaskDetailList', version, {TaskNo, PageNum: 1, PageSize: 100});
		for (let i = 0; i < 40; i++) {
			clock += 2_000;
			await call('QueryTaskDetailList', version, {TaskNo, PageNum: 1, PageSize: 100});
		}
		await call('QueryTaskList', version, {PageNum: 1, PageSize: 50});
		await call('QueryTaskInfoHistory', version, {PageSize: 1});
		await call('QueryRegistrantProfiles', version, {PageNum: 1, PageSize: 50});
		await call('QueryDomainList', version, {PageNum: 1, PageSize: 500});
		await call('QueryDomainByDomainName', version, {DomainName: 'lianyun-tech.com'});
		await call('CheckDomain', version, {DomainName: 'unclaimed-fields.com'});
		await call('CheckDomain', version, {DomainName: 'xyz.com'});
		clock += 1_000;
	}
}, 60_000);
afterAll(async () => {
	await sandbox.close();
});

describe.each(['2018-01-29', '2017-12-18'])('version %s', (version) => {
	it.each(Object.keys(DOCUMENTED) as Array<keyof typeof DOCUMENTED>)(
		'%s sends exactly the documented fields, all declared by the shared schema',
		(action) => {
			const got = answers.get(`${action} ${version}`) ?? [];
			expect(got.length).toBeGreaterThan(0);
			for (const [path, fields] of expected(action, version)) {
				expect({path: path.join('.'), keys: keysAt(got, path)}).toEqual({
					path: path.join('.'),
					keys: [...fields].sort(),
				});
			}
			const schema = operations[action].response as unknown as z.ZodType;
			for (const answer of got) {
				const decoded = schema.safeParse(answer);
				expect(decoded.success, JSON.stringify(decoded.error?.issues[0])).toBe(true);
				expect(undeclared(schema, answer)).toEqual([]);
			}
		},
	);
});

it('QueryDomainRealTimePrice answers with SDK-model fields only (2018-01-29), and 2017-12-18 does not have it', async () => {
	const DomainItem = JSON.stringify([
		{Action: 'activate', DomainName: 'batch-fields.com', Period: 2, Suffix: 'com'},
		{Action: 'activate', DomainName: 'ab.com', Period: 1, Suffix: 'com'},
	]);
	const answer = await call('QueryDomainRealTimePrice', '2018-01-29', {Currency: 'CNY', DomainItem});
	const top = [
		'DynamicCode',
		'DynamicMessage',
		'ErrorCode',
		'ErrorMsg',
		'HttpStatusCode',
		'Module',
		'RequestId',
		'Success',
		'Synchro',
	];
	expect(keysAt([answer], []).every((key) => top.includes(key))).toBe(true);
	expect(keysAt([answer], ['Module'])).toEqual(['DomainPrices']);
	expect(keysAt([answer], ['Module', 'DomainPrices'])).toEqual([
		'Action',
		'Avail',
		'Currency',
		'DomainName',
		'Period',
		'Premium',
		'Price',
		'Reason',
	]);
	expect(undeclared(operations.QueryDomainRealTimePrice.response as unknown as z.ZodType, answer)).toEqual([]);
	const rows = (answer.Module as {DomainPrices: Array<Record<string, unknown>>}).DomainPrices;
	expect(rows.map((r) => [r.DomainName, r.Avail, r.Premium, r.Price])).toEqual([
		['batch-fields.com', 1, false, 138],
		['ab.com', 1, true, 48_000],
	]);
	const intl = await send(
		v3Request(sandbox.url, {
			action: 'QueryDomainRealTimePrice',
			version: '2017-12-18',
			params: {Currency: 'CNY', DomainItem},
			date: new Date(clock),
		}),
	);
	expect(intl.json.Code).toBe('InvalidAction.NotFound');
});

it('the billing API (2017-12-14) answers QueryAccountBalance with exactly its documented fields', async () => {
	const answer = await call('QueryAccountBalance', '2017-12-14', {});
	expect(keysAt([answer], [])).toEqual(['Code', 'Data', 'Message', 'RequestId', 'Success']);
	expect(keysAt([answer], ['Data'])).toEqual([
		'AvailableAmount',
		'AvailableCashAmount',
		'CreditAmount',
		'Currency',
		'MybankCreditAmount',
		'QuotaLimit',
	]);
	expect(undeclared(operations.QueryAccountBalance.response as unknown as z.ZodType, answer)).toEqual([]);
	expect(operations.QueryAccountBalance.response.safeParse(answer).success).toBe(true);
});

it('keeps fields the schema does not declare when decoding', () => {
	const decoded = operations.QueryTaskList.response.parse({
		RequestId: 'R',
		TotalItemNum: 1,
		CurrentPageNum: 1,
		TotalPageNum: 1,
		PageSize: 1,
		SomethingNew: 'kept',
		Data: {TaskInfo: [{TaskNo: 'T', NewTaskField: 7}], Extra: true},
	}) as Record<string, unknown> & {Data: {TaskInfo: Record<string, unknown>[]}};
	expect(decoded.SomethingNew).toBe('kept');
	expect(decoded.Data.TaskInfo[0]!.NewTaskField).toBe(7);
	expect(decoded.Data.TaskInfo[0]!.TaskNum).toBeUndefined();
	// The walker above sees such fields, so an empty list from it means something.
	expect(
		undeclared(operations.QueryTaskList.response as unknown as z.ZodType, {
			Data: {TaskInfo: [{TaskNo: 'T', NewTaskField: 7}]},
			SomethingNew: 1,
		}),
	).toEqual(['.Data.TaskInfo[0].NewTaskField', '.SomethingNew']);
});
