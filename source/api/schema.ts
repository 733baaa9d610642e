// One schema per operation, shared by the client (to encode requests and decode responses) and the sandbox
// (to validate requests and to shape answers), so the two cannot drift apart. Facts: docs/api.md.
import {z} from 'zod';
import {bool, int, list, num, str, wrapper} from './wire-types.js';

export const API_VERSION = {domain: '2018-01-29', 'domain-intl': '2017-12-18'} as const;
/** The billing API (BssOpenApi) that answers QueryAccountBalance; see docs/api.md "The account balance". */
export const BILLING_API_VERSION = '2017-12-14';
/** STS, which says whose a key is (GetCallerIdentity); see docs/api.md "Whose key is this". */
export const STS_API_VERSION = '2015-04-01';

const common = {Lang: z.enum(['zh', 'en']).optional(), UserClientIp: str().optional()};
const voucher = {
	CouponNo: str().optional(),
	UseCoupon: bool().optional(),
	PromotionNo: str().optional(),
	UsePromotion: bool().optional(),
};
const paging = {
	TotalItemNum: int(),
	CurrentPageNum: int(),
	TotalPageNum: int(),
	PageSize: int(),
	PrePage: bool().optional(),
	NextPage: bool().optional(),
};
/**
 * Response objects keep fields they do not declare (the live API adds fields over time), and declare every field
 * the SDK models document, optional unless the client reads it.
 */
const answer = z.looseObject;
const taskSubmitted = answer({RequestId: str(), TaskNo: str()});

/** Items one Save* request may carry; the sandbox refuses more with InvalidParameter (docs/api.md). */
export const MAX_BATCH_ITEMS = 1000;
const tooManyItems = `at most ${MAX_BATCH_ITEMS} items are allowed in one request`;

export const OrderActivateItem = z.object({
	DomainName: str(),
	RegistrantProfileId: int().optional(),
	SubscriptionDuration: int(1, 10).optional(),
	AliyunDns: bool().optional(),
	Dns1: str().optional(),
	Dns2: str().optional(),
	EnableDomainProxy: bool().optional(),
	PermitPremiumActivation: bool().optional(),
	TrademarkDomainActivation: bool().optional(),
	ResourceGroupId: str().optional(),
	ExpectedPunycode: str().optional(),
});

export const OrderRedeemItem = z.object({DomainName: str(), CurrentExpirationDate: int()});

/** A renewal: the domain's current expiry (ms) as the account lists it, and the years to add. */
export const OrderRenewItem = z.object({
	DomainName: str(),
	CurrentExpirationDate: int(),
	SubscriptionDuration: int(1, 10),
	// 2018-01-29 only (see INTL_DIFFERENCES).
	PermitPremiumRenew: bool().optional(),
});

export const TaskDetail = answer({
	TaskNo: str(),
	TaskDetailNo: str().optional(),
	DomainName: str(),
	InstanceId: str().optional(),
	TaskType: str().optional(),
	TaskTypeDescription: str().optional(),
	TaskStatus: str(),
	TaskStatusCode: int(),
	TaskResult: str().optional(),
	ErrorMsg: str().optional(),
	FailReason: str().optional(),
	TryCount: int().optional(),
	CreateTime: str().optional(),
	UpdateTime: str().optional(),
});

// The SDK models make every task field optional; the client needs only TaskNo and copes without the rest.
export const TaskInfo = answer({
	TaskNo: str(),
	TaskNum: int().optional(),
	TaskType: str().optional(),
	TaskTypeCode: int().optional(),
	TaskTypeDescription: str().optional(),
	TaskStatus: str().optional(),
	TaskStatusCode: int().optional(),
	TaskCancelStatus: str().optional(),
	TaskCancelStatusCode: int().optional(),
	TaskResult: str().optional(),
	TaskBizType: str().optional(),
	Clientip: str().optional(),
	CreateTime: str().optional(),
});

export const TaskHistoryItem = answer({
	TaskNo: str(),
	TaskNum: int().optional(),
	TaskType: str().optional(),
	TaskTypeDescription: str().optional(),
	TaskStatus: str().optional(),
	TaskStatusCode: int().optional(),
	CreateTime: str().optional(),
	CreateTimeLong: int().optional(),
	Clientip: str().optional(),
});
/** A cursor is a whole task record, or `{}` when there is no such page. */
const historyCursor = TaskHistoryItem.partial();

export const RegistrantProfile = answer({
	RegistrantProfileId: int(),
	RegistrantProfileType: str().optional(),
	DefaultRegistrantProfile: bool().optional(),
	RealNameStatus: str().optional(),
	EmailVerificationStatus: int().optional(),
	RegistrantType: str().optional(),
	RegistrantOrganization: str().optional(),
	RegistrantName: str().optional(),
	Email: str().optional(),
	Country: str().optional(),
	Province: str().optional(),
	City: str().optional(),
	Address: str().optional(),
	PostalCode: str().optional(),
	TelArea: str().optional(),
	Telephone: str().optional(),
	TelExt: str().optional(),
	ZhRegistrantOrganization: str().optional(),
	ZhRegistrantName: str().optional(),
	ZhProvince: str().optional(),
	ZhCity: str().optional(),
	ZhAddress: str().optional(),
	CredentialType: str().optional(),
	CredentialNo: str().optional(),
	Params: str().optional(),
	Remark: str().optional(),
	CreateTime: str().optional(),
	UpdateTime: str().optional(),
});

/** A row of QueryDomainList. */
export const OwnedDomain = answer({
	DomainName: str(),
	InstanceId: str().optional(),
	DomainStatus: str().optional(),
	ExpirationDateStatus: str().optional(),
	ExpirationDate: str().optional(),
	ExpirationDateLong: int().optional(),
	ExpirationCurrDateDiff: int().optional(),
	RegistrationDate: str().optional(),
	RegistrationDateLong: int().optional(),
	DomainAuditStatus: str().optional(),
	DomainType: str().optional(),
	Premium: bool().optional(),
	RegistrantType: str().optional(),
	ProductId: str().optional(),
	Remark: str().optional(),
	AutoRenewEnabled: bool().optional(),
	Ccompany: str().optional(),
	ChgholderStatus: str().optional(),
	DnsList: wrapper({DnsList: list(str())}).optional(),
	DomainGroupId: str().optional(),
	DomainGroupName: str().optional(),
	Registrar: str().optional(),
	ResourceGroupId: str().optional(),
	Tag: wrapper({Tag: list(answer({Key: str().optional(), Value: str().optional()}))}).optional(),
});

/** QueryDomainByDomainName's answer: one domain in detail (no DomainAuditStatus or ProductId here). */
export const DomainDetail = answer({
	RequestId: str(),
	DomainName: str(),
	InstanceId: str().optional(),
	DomainStatus: str().optional(),
	DomainType: str().optional(),
	ExpirationDate: str().optional(),
	ExpirationDateLong: int().optional(),
	ExpirationDateStatus: str().optional(),
	ExpirationCurrDateDiff: int().optional(),
	RegistrationDate: str().optional(),
	RegistrationDateLong: int().optional(),
	Premium: bool().optional(),
	RealNameStatus: str().optional(),
	DomainNameVerificationStatus: str().optional(),
	RegistrantType: str().optional(),
	RegistrantName: str().optional(),
	RegistrantOrganization: str().optional(),
	ZhRegistrantName: str().optional(),
	ZhRegistrantOrganization: str().optional(),
	Email: str().optional(),
	EmailVerificationStatus: int().optional(),
	EmailVerificationClientHold: bool().optional(),
	DomainNameProxyService: bool().optional(),
	PrivacyServiceStatus: str().optional(),
	CnnicPrivacyServiceStatus: str().optional(),
	TransferOutStatus: str().optional(),
	TransferProhibitionLock: str().optional(),
	UpdateProhibitionLock: str().optional(),
	RegistrantUpdatingStatus: str().optional(),
	DnsList: wrapper({Dns: list(str())}).optional(),
	DomainGroupId: int().optional(),
	DomainGroupName: str().optional(),
	Remark: str().optional(),
	ResourceGroupId: str().optional(),
	Registrar: str().optional(),
	UserId: str().optional(),
	// `Vaue` is the field's real name in Alibaba's model.
	Tag: wrapper({Tag: list(answer({Key: str().optional(), Vaue: str().optional()}))}).optional(),
});

// Amounts of the billing API arrive as decimal text ("10000.00"); some answers carry thousands separators.
const amount = () =>
	z.preprocess((v) => (typeof v === 'string' ? Number(v.replace(/,/g, '').trim()) : v), z.number().finite());

export const operations = {
	SaveBatchTaskForCreatingOrderActivate: {
		kind: 'submit',
		ramAction: 'domain:CreateOrderActivate',
		request: z.object({
			OrderActivateParam: z.array(OrderActivateItem).min(1).max(MAX_BATCH_ITEMS, tooManyItems),
			...voucher,
			...common,
		}),
		response: taskSubmitted,
	},
	SaveBatchTaskForCreatingOrderRedeem: {
		kind: 'submit',
		ramAction: 'domain:CreateOrderRedeem',
		request: z.object({
			OrderRedeemParam: z.array(OrderRedeemItem).min(1).max(MAX_BATCH_ITEMS, tooManyItems),
			...voucher,
			...common,
		}),
		response: taskSubmitted,
	},
	SaveBatchTaskForCreatingOrderRenew: {
		kind: 'submit',
		ramAction: 'domain:CreateOrderRenew',
		request: z.object({
			OrderRenewParam: z.array(OrderRenewItem).min(1).max(MAX_BATCH_ITEMS, tooManyItems),
			...voucher,
			...common,
		}),
		response: taskSubmitted,
	},
	QueryTaskDetailList: {
		kind: 'read',
		ramAction: 'domain:QueryDomainTask',
		request: z.object({
			TaskNo: str(),
			PageNum: int(1),
			PageSize: int(1, 1000),
			TaskStatus: int(0, 3).optional(),
			DomainName: str().optional(),
			InstanceId: str().optional(),
			...common,
		}),
		response: answer({RequestId: str(), ...paging, Data: wrapper({TaskDetail: list(TaskDetail)})}),
	},
	QueryTaskList: {
		kind: 'read',
		ramAction: 'domain:QueryDomainTask',
		request: z.object({
			PageNum: int(1),
			PageSize: int(1),
			BeginCreateTime: int().optional(),
			EndCreateTime: int().optional(),
			...common,
		}),
		response: answer({RequestId: str(), ...paging, Data: wrapper({TaskInfo: list(TaskInfo)})}),
	},
	QueryTaskInfoHistory: {
		kind: 'read',
		ramAction: 'domain:QueryDomainTask',
		request: z.object({
			PageSize: int(1),
			BeginCreateTime: int().optional(),
			EndCreateTime: int().optional(),
			TaskNoCursor: str().optional(),
			CreateTimeCursor: int().optional(),
			...common,
		}),
		response: answer({
			RequestId: str(),
			PageSize: int().optional(),
			Objects: list(TaskHistoryItem),
			CurrentPageCursor: historyCursor.optional(),
			NextPageCursor: historyCursor.optional(),
			PrePageCursor: historyCursor.optional(),
		}),
	},
	QueryRegistrantProfiles: {
		kind: 'read',
		ramAction: 'domain:QueryRegistrantProfile',
		request: z.object({
			RegistrantProfileId: int().optional(),
			RegistrantProfileType: z.enum(['common', 'cnnic']).optional(),
			DefaultRegistrantProfile: bool().optional(),
			RealNameStatus: z.enum(['FAILED', 'SUCCEED', 'NONAUDIT', 'AUDITING']).optional(),
			RegistrantType: z.enum(['1', '2']).optional(),
			RegistrantOrganization: str().optional(),
			Email: str().optional(),
			PageNum: int(0).optional(),
			PageSize: int(0, 5000).optional(),
			...common,
		}),
		response: answer({
			RequestId: str(),
			...paging,
			RegistrantProfiles: wrapper({RegistrantProfile: list(RegistrantProfile)}),
		}),
	},
	QueryDomainList: {
		kind: 'read',
		ramAction: 'domain:QueryCommonInfo',
		request: z.object({
			PageNum: int(1),
			PageSize: int(1),
			QueryType: z.enum(['1', '2']).optional(),
			DomainName: str().optional(),
			StartExpirationDate: int().optional(),
			EndExpirationDate: int().optional(),
			StartRegistrationDate: int().optional(),
			EndRegistrationDate: int().optional(),
			OrderKeyType: z.enum(['RegistrationDate', 'ExpirationDate']).optional(),
			OrderByType: z.enum(['ASC', 'DESC']).optional(),
			ProductDomainType: z.enum(['New gTLD', 'gTLD', 'ccTLD']).optional(),
			Ccompany: str().optional(),
			// Not in the 2017-12-18 product (see INTL_DIFFERENCES).
			DomainGroupId: str().optional(),
			ResourceGroupId: str().optional(),
			Dns: str().optional(),
			Registrar: str().optional(),
			AutoRenewEnabled: bool().optional(),
			Tag: z.array(z.object({Key: str().optional(), Value: str().optional()})).optional(),
			...common,
		}),
		response: answer({RequestId: str(), ...paging, Data: wrapper({Domain: list(OwnedDomain)})}),
	},
	QueryDomainByDomainName: {
		kind: 'read',
		ramAction: 'domain:QueryCommonInfo',
		request: z.object({DomainName: str(), ...common}),
		response: DomainDetail,
	},
	CheckDomain: {
		kind: 'read',
		ramAction: 'domain:CheckDomain',
		// For the main account and all its RAM users together (CheckDomain's page in Alibaba's API explorer).
		perSecond: 10,
		request: z.object({
			DomainName: str(),
			FeeCommand: z.enum(['create', 'renew', 'transfer', 'restore']).optional(),
			// Documented with USD only (API explorer and metadata); the China site sends none (docs/api.md).
			FeeCurrency: z.enum(['USD']).optional(),
			FeePeriod: int(1, 10).optional(),
			...common,
		}),
		response: answer({
			RequestId: str(),
			DomainName: str(),
			Avail: str(),
			Premium: str().optional(),
			Price: int().optional(),
			DynamicCheck: bool().optional(),
			Reason: str().optional(),
			// Domain 2018-01-29 only; `period` is in months (12 for one year).
			StaticPriceInfo: wrapper({
				PriceInfo: list(answer({action: str(), money: num(), period: int().optional()})),
			}).optional(),
		}),
	},
	/**
	 * Prices and availability of many names in one call (Domain 2018-01-29 only; in Alibaba's SDK models, not yet in
	 * the public API docs). `DomainItem` travels as JSON text, as the SDKs' "shrink" request sends it; each item is a
	 * PriceItem. Its item limit, rate limit and RAM action are UNCONFIRMED (docs/api.md "Batch prices").
	 */
	QueryDomainRealTimePrice: {
		kind: 'read',
		ramAction: 'domain:QueryDomainRealTimePrice',
		perSecond: 10,
		versions: [API_VERSION.domain],
		request: z.object({Currency: z.enum(['CNY', 'USD']), DomainItem: str(), ...common}),
		response: answer({
			RequestId: str(),
			Success: bool().optional(),
			ErrorCode: str().optional(),
			ErrorMsg: str().optional(),
			DynamicCode: str().optional(),
			DynamicMessage: str().optional(),
			HttpStatusCode: int().optional(),
			Synchro: bool().optional(),
			Module: wrapper({
				DomainPrices: list(
					answer({
						DomainName: str(),
						Action: str().optional(),
						// 1 free, 0 taken, negative: the registry refuses it (as CheckDomain's Avail, but a number).
						Avail: int().optional(),
						Currency: str().optional(),
						// Years.
						Period: int().optional(),
						Premium: bool().optional(),
						// For the whole period.
						Price: num().optional(),
						Reason: str().optional(),
					}),
				),
			}).optional(),
		}),
	},
	/**
	 * The billing API's balance query (BssOpenApi 2017-12-14, no parameters). Its RAM action is
	 * `bssapi:QueryAccountBalance`; the console-compatible action `bss:DescribeAcccount` (sic) grants it too.
	 */
	QueryAccountBalance: {
		kind: 'read',
		product: 'billing',
		ramAction: 'bssapi:QueryAccountBalance / bss:DescribeAcccount',
		request: z.object({}),
		response: z.object({
			RequestId: str(),
			Code: str().optional(),
			Message: str().optional(),
			Success: bool().optional(),
			Data: z.object({
				AvailableAmount: amount(),
				AvailableCashAmount: amount().optional(),
				CreditAmount: amount().optional(),
				MybankCreditAmount: amount().optional(),
				Currency: str(),
				QuotaLimit: amount().optional(),
			}),
		}),
	},
	/**
	 * STS (2015-04-01): the account a key belongs to. Any key may call it, no permission needed; the main key and
	 * every RAM user's key of one account answer the same AccountId.
	 */
	GetCallerIdentity: {
		kind: 'read',
		product: 'sts',
		ramAction: 'none needed',
		request: z.object({}),
		response: answer({
			RequestId: str(),
			AccountId: str(),
			UserId: str().optional(),
			Arn: str().optional(),
			IdentityType: str().optional(),
			PrincipalId: str().optional(),
			RoleId: str().optional(),
		}),
	},
} as const;

export type Product = 'domain' | 'billing' | 'sts';

/** Which API an operation belongs to: the Domain API unless the schema says otherwise. */
export function productOf(action: OperationName): Product {
	const op = operations[action] as {product?: Product};
	return op.product ?? 'domain';
}

export type OperationName = keyof typeof operations;

/** One item of QueryDomainRealTimePrice's `DomainItem` list (`Period` in years; `Action` e.g. `activate`, `renew`). */
export const PriceItem = z.object({
	Action: str(),
	DomainName: str(),
	Period: int(1, 10).optional(),
	Suffix: str().optional(),
});
export type PriceItemShape = z.output<typeof PriceItem>;

/** Calls a second per account, for the operations whose limit Alibaba documents (or the sandbox models). */
export const RATE_LIMITS: Readonly<Record<string, number>> = Object.fromEntries(
	Object.entries(operations).flatMap(([action, op]) => ('perSecond' in op ? [[action, op.perSecond]] : [])),
);

/** The products (versions) an operation exists in, when not all of them. */
export function versionsOf(action: OperationName): readonly string[] | undefined {
	const op = operations[action] as {versions?: readonly string[]};
	return op.versions;
}

/** The operations that order something (and change the account): the schema's `kind` says which. */
export const isSubmit = (action: OperationName): boolean => operations[action].kind === 'submit';
export type RequestOf<A extends OperationName> = z.output<(typeof operations)[A]['request']>;
export type ResponseOf<A extends OperationName> = z.output<(typeof operations)[A]['response']>;

/** Alibaba's error body (help.aliyun.com "API 报错诊断"). */
export const ErrorBody = z.object({
	RequestId: str().optional(),
	HostId: str().optional(),
	Code: str(),
	Message: str().optional(),
	Recommend: str().optional(),
	AccessDeniedDetail: z.unknown().optional(),
});
export type ErrorBodyShape = z.output<typeof ErrorBody>;

/**
 * What the 2017-12-18 (Domain-intl) product lacks next to 2018-01-29, per operation: answer fields it never sends
 * (`rows` names the list they sit in, when they are per row) and request parameters it does not know. From a
 * diff of the two products' SDK models; docs/api.md lists them.
 */
export const INTL_DIFFERENCES: Partial<
	Record<OperationName, {rows?: readonly string[]; answerFields: readonly string[]; requestParams?: readonly string[]}>
> = {
	SaveBatchTaskForCreatingOrderActivate: {answerFields: [], requestParams: ['ResourceGroupId']},
	SaveBatchTaskForCreatingOrderRenew: {answerFields: [], requestParams: ['PermitPremiumRenew']},
	QueryTaskList: {rows: ['Data', 'TaskInfo'], answerFields: ['TaskBizType', 'TaskResult', 'TaskTypeCode']},
	QueryRegistrantProfiles: {
		rows: ['RegistrantProfiles', 'RegistrantProfile'],
		answerFields: [
			'CredentialNo',
			'CredentialType',
			'Params',
			'Remark',
			'ZhAddress',
			'ZhCity',
			'ZhProvince',
			'ZhRegistrantName',
			'ZhRegistrantOrganization',
		],
	},
	QueryDomainList: {
		rows: ['Data', 'Domain'],
		answerFields: [
			'AutoRenewEnabled',
			'Ccompany',
			'ChgholderStatus',
			'DnsList',
			'DomainGroupId',
			'DomainGroupName',
			'Registrar',
			'ResourceGroupId',
			'Tag',
		],
		requestParams: ['AutoRenewEnabled', 'Dns', 'DomainGroupId', 'Registrar', 'ResourceGroupId', 'Tag'],
	},
	QueryDomainByDomainName: {
		answerFields: [
			'CnnicPrivacyServiceStatus',
			'DomainGroupId',
			'DomainGroupName',
			'DomainStatus',
			'DomainType',
			'ExpirationCurrDateDiff',
			'ExpirationDateStatus',
			'PrivacyServiceStatus',
			'Registrar',
			'Remark',
			'ResourceGroupId',
			'Tag',
			'ZhRegistrantName',
			'ZhRegistrantOrganization',
		],
	},
	CheckDomain: {answerFields: ['StaticPriceInfo']},
};
