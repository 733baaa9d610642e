// One schema per operation, shared by the client (to encode requests and decode responses) and the sandbox
// (to validate requests and to shape answers), so the two cannot drift apart. Facts: docs/api.md.
import {z} from 'zod';
import {bool, int, list, str, wrapper} from './wire-types.js';

export const API_VERSION = {domain: '2018-01-29', 'domain-intl': '2017-12-18'} as const;

const common = {Lang: z.enum(['zh', 'en']).optional(), UserClientIp: str().optional()};
const voucher = {CouponNo: str().optional(), UseCoupon: bool().optional(), PromotionNo: str().optional(), UsePromotion: bool().optional()};
const paging = {
	TotalItemNum: int(),
	CurrentPageNum: int(),
	TotalPageNum: int(),
	PageSize: int(),
	PrePage: bool().optional(),
	NextPage: bool().optional(),
};
const taskSubmitted = z.object({RequestId: str(), TaskNo: str()});

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

export const TaskDetail = z.object({
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

export const TaskInfo = z.object({
	TaskNo: str(),
	TaskNum: int(),
	TaskType: str(),
	TaskTypeCode: int().optional(),
	TaskTypeDescription: str().optional(),
	TaskStatus: str(),
	TaskStatusCode: int(),
	TaskCancelStatus: str().optional(),
	TaskCancelStatusCode: int().optional(),
	TaskResult: str().optional(),
	TaskBizType: str().optional(),
	Clientip: str().optional(),
	CreateTime: str().optional(),
});

export const TaskHistoryItem = z.object({
	TaskNo: str(),
	TaskNum: int(),
	TaskType: str(),
	TaskTypeDescription: str().optional(),
	TaskStatus: str(),
	TaskStatusCode: int(),
	CreateTime: str().optional(),
	CreateTimeLong: int(),
	Clientip: str().optional(),
});
const historyCursor = z.object({TaskNo: str().optional(), CreateTimeLong: int().optional()}).partial();

export const RegistrantProfile = z.object({
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
	CreateTime: str().optional(),
	UpdateTime: str().optional(),
});

export const OwnedDomain = z.object({
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
});

export const operations = {
	SaveBatchTaskForCreatingOrderActivate: {
		kind: 'submit',
		ramAction: 'domain:CreateOrderActivate',
		request: z.object({OrderActivateParam: z.array(OrderActivateItem).min(1), ...voucher, ...common}),
		response: taskSubmitted,
	},
	SaveBatchTaskForCreatingOrderRedeem: {
		kind: 'submit',
		ramAction: 'domain:CreateOrderRedeem',
		request: z.object({OrderRedeemParam: z.array(OrderRedeemItem).min(1), ...voucher, ...common}),
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
		response: z.object({RequestId: str(), ...paging, Data: wrapper({TaskDetail: list(TaskDetail)})}),
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
		response: z.object({RequestId: str(), ...paging, Data: wrapper({TaskInfo: list(TaskInfo)})}),
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
		response: z.object({
			RequestId: str(),
			PageSize: int(),
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
		response: z.object({RequestId: str(), ...paging, RegistrantProfiles: wrapper({RegistrantProfile: list(RegistrantProfile)})}),
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
			OrderKeyType: z.enum(['RegistrationDate', 'ExpirationDate']).optional(),
			OrderByType: z.enum(['ASC', 'DESC']).optional(),
			...common,
		}),
		response: z.object({RequestId: str(), ...paging, Data: wrapper({Domain: list(OwnedDomain)})}),
	},
	QueryDomainByDomainName: {
		kind: 'read',
		ramAction: 'domain:QueryCommonInfo',
		request: z.object({DomainName: str(), ...common}),
		response: OwnedDomain.extend({
			RequestId: str(),
			RealNameStatus: str().optional(),
			DomainNameProxyService: bool().optional(),
			RegistrantName: str().optional(),
			RegistrantOrganization: str().optional(),
			Email: str().optional(),
			DnsList: wrapper({Dns: list(str())}).optional(),
		}),
	},
	CheckDomain: {
		kind: 'read',
		ramAction: 'domain:CheckDomain',
		request: z.object({
			DomainName: str(),
			FeeCommand: z.enum(['create', 'renew', 'transfer', 'restore']).optional(),
			FeeCurrency: z.enum(['CNY', 'USD']).optional(),
			FeePeriod: int(1, 10).optional(),
			...common,
		}),
		response: z.object({
			RequestId: str(),
			DomainName: str(),
			Avail: str(),
			Premium: str().optional(),
			Price: int().optional(),
			DynamicCheck: bool().optional(),
			Reason: str().optional(),
			StaticPriceInfo: wrapper({PriceInfo: list(z.object({action: str(), money: z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.number()), period: int()}))}).optional(),
		}),
	},
} as const;

export type OperationName = keyof typeof operations;
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

/** Per-domain status codes of QueryTaskDetailList (docs/api.md, Operations we call). */
export const DETAIL_STATUS = ['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS', 'EXECUTE_FAILURE'] as const;
export type DetailStatus = (typeof DETAIL_STATUS)[number];
/** Task-level status codes of QueryTaskList / QueryTaskInfoHistory (docs/api.md): 1 waiting, 2 executing, 3 done. */
export const TASK_STATUS = {WAITING_EXECUTE: 1, EXECUTING: 2, COMPLETE: 3} as const;
