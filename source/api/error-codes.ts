// Alibaba's error codes as the Domain API answers them (docs/api.md, Errors; statuses from the Domain
// error code table where it gives one): the sandbox answers with
// these, the client classifies by them and tells the user what to do. One table, so the two agree.
// The messages are Alibaba's and stay in English; only the hints follow the interface language.
import {getLang, messages} from '../i18n/index.js';

export type ErrorCategory =
	| 'auth' // the credentials are wrong or unknown
	| 'permission' // RAM or account verification denies the call
	| 'clock' // timestamp outside the window
	| 'throttled' // slow down and try again
	| 'retryable' // a server-side hiccup; reads may be retried
	| 'conflict' // a domain already has an operation in flight
	| 'bad-request'; // fix the request

export interface ErrorCodeInfo {
	status: number;
	message: string;
	category: ErrorCategory;
	/** What the user should do, in plain words, in each interface language. */
	hint: {en: string; zh: string};
}

export const ERROR_CODES: Record<string, ErrorCodeInfo> = {
	MissingParameter: {
		status: 400,
		message: 'The input parameter is missing.',
		category: 'bad-request',
		hint: {
			en: 'A required parameter was not sent; this is a bug in the request, please report it.',
			zh: '请求缺少必填参数；这是 alidomain 的缺陷，请报告。',
		},
	},
	InvalidParameter: {
		status: 400,
		message: 'The specified parameter is not valid.',
		category: 'bad-request',
		hint: {en: 'Check the value named in the message.', zh: '请检查消息中指出的参数值。'},
	},
	ParameterIllegal: {
		status: 400,
		message: 'Parameter illegal.',
		category: 'bad-request',
		hint: {en: 'Check the domain names and options in the batch.', zh: '请检查这批中的域名和选项。'},
	},
	UnsupportedOperation: {
		status: 400,
		message: 'The specified action is not supported.',
		category: 'bad-request',
		hint: {
			en: 'The endpoint does not offer this operation; check --endpoint and --site.',
			zh: '该接入地址不提供此操作；请检查 --endpoint 和 --site。',
		},
	},
	'InvalidAction.NotFound': {
		status: 404,
		message: 'Specified api is not found, please check your url and method.',
		category: 'bad-request',
		hint: {
			en: 'Check --endpoint and --site: this product does not have the operation.',
			zh: '请检查 --endpoint 和 --site：此产品没有这个操作。',
		},
	},
	InvalidVersion: {
		status: 400,
		message: 'Specified parameter Version is not valid.',
		category: 'bad-request',
		hint: {
			en: 'The API version does not match the endpoint; check --site.',
			zh: 'API 版本与接入地址不符；请检查 --site。',
		},
	},
	NoSuchVersion: {
		status: 400,
		message: 'The specified version does not exist.',
		category: 'bad-request',
		hint: {
			en: 'The API version does not match the endpoint; check --site.',
			zh: 'API 版本与接入地址不符；请检查 --site。',
		},
	},
	'InvalidAccessKeyId.NotFound': {
		status: 400,
		message: 'Specified access key is not found.',
		category: 'auth',
		hint: {
			en: 'The AccessKey ID does not exist: check it, or create one in the RAM console.',
			zh: 'AccessKey ID 不存在：请核对，或在 RAM 控制台新建一个。',
		},
	},
	'InvalidAccessKeyId.Inactive': {
		status: 400,
		message: 'Specified access key is disabled.',
		category: 'auth',
		hint: {
			en: 'The AccessKey is disabled: enable it in the RAM console or use another.',
			zh: 'AccessKey 已被禁用：请在 RAM 控制台启用，或换一个。',
		},
	},
	SignatureDoesNotMatch: {
		status: 403,
		message: 'Specified signature is not matched with our calculation.',
		category: 'auth',
		hint: {
			en: 'The AccessKey secret is wrong: add the account again with the right secret.',
			zh: 'AccessKey Secret 不正确：请用正确的 Secret 重新添加账号。',
		},
	},
	IncompleteSignature: {
		status: 400,
		message: 'The request signature does not conform to Aliyun standards.',
		category: 'auth',
		hint: {en: 'The request was not signed completely; check the credentials.', zh: '请求签名不完整；请检查凭据。'},
	},
	SignatureNonceUsed: {
		status: 400,
		message: 'Specified signature nonce was used already.',
		category: 'retryable',
		hint: {en: 'A request was replayed; it is retried with a fresh nonce.', zh: '请求被重放；将用新的 nonce 重试。'},
	},
	'InvalidTimeStamp.Expired': {
		status: 400,
		message: 'Specified time stamp or date value is expired.',
		category: 'clock',
		hint: {
			en: "This computer's clock is off by more than 15 minutes: set it right (enable network time) and try again.",
			zh: '本机时钟偏差超过 15 分钟：请校准时间（开启网络对时）后重试。',
		},
	},
	'InvalidTimeStamp.Format': {
		status: 400,
		message: 'Specified time stamp or date value is not well formatted.',
		category: 'clock',
		hint: {en: "Check this computer's clock and time zone.", zh: '请检查本机的时钟和时区。'},
	},
	'InvalidSecurityToken.Malformed': {
		status: 400,
		message: 'Specified SecurityToken is malformed.',
		category: 'auth',
		hint: {en: 'The STS token is not valid: get a new one.', zh: 'STS 令牌无效：请重新获取。'},
	},
	'InvalidSecurityToken.Expired': {
		status: 400,
		message: 'Specified SecurityToken is expired.',
		category: 'auth',
		hint: {en: 'The STS token has expired: get a new one.', zh: 'STS 令牌已过期：请重新获取。'},
	},
	Forbidden: {
		status: 403,
		message: 'User not authorized to operate on the specified resource.',
		category: 'permission',
		hint: {en: 'The account may not call this operation.', zh: '此账号无权调用该操作。'},
	},
	'Forbidden.RAM': {
		status: 403,
		message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
		category: 'permission',
		hint: {
			en: 'Grant the RAM user the permission named below (for example the AliyunDomainFullAccess policy).',
			zh: '请为 RAM 用户授予下面列出的权限（例如 AliyunDomainFullAccess 策略）。',
		},
	},
	'Forbidden.RiskControl': {
		status: 403,
		message: 'This operation is forbidden by Aliyun RiskControl system.',
		category: 'permission',
		hint: {
			en: 'Alibaba Cloud risk control blocked the call; contact Alibaba Cloud support.',
			zh: '调用被阿里云风控拦截；请联系阿里云客服。',
		},
	},
	'Forbidden.UserVerification': {
		status: 403,
		message: 'Your user account is not verified by Aliyun.',
		category: 'permission',
		hint: {
			en: 'Complete the real-name verification of the Alibaba Cloud account first.',
			zh: '请先完成阿里云账号的实名认证。',
		},
	},
	// QueryAccountBalance's error table: a RAM user without the billing permission.
	NoPermission: {
		status: 400,
		message: 'You are not authorized to perform this action.',
		category: 'permission',
		hint: {
			en: 'Grant the RAM user the permission named below (for example the AliyunBSSReadOnlyAccess policy).',
			zh: '请为 RAM 用户授予下面列出的权限（例如 AliyunBSSReadOnlyAccess 策略）。',
		},
	},
	// The billing API's own codes (QueryAccountBalance's error table).
	NotAuthorized: {
		status: 400,
		message: 'This API is not authorized for caller.',
		category: 'permission',
		hint: {
			en: 'Grant the RAM user the permission named below (for example the AliyunBSSReadOnlyAccess policy).',
			zh: '请为 RAM 用户授予下面列出的权限（例如 AliyunBSSReadOnlyAccess 策略）。',
		},
	},
	NotApplicable: {
		status: 400,
		message: 'This API is not applicable for caller.',
		category: 'permission',
		hint: {
			en: "This account cannot use the billing API (for example a reseller's customer account).",
			zh: '此账号不能使用费用 API（例如分销客户账号）。',
		},
	},
	Unauthorized: {
		status: 403,
		message: 'The resource is unauthorized.',
		category: 'permission',
		hint: {en: 'Grant the RAM user the permission named below.', zh: '请为 RAM 用户授予下面列出的权限。'},
	},
	Throttling: {
		status: 400,
		message: 'Request was denied due to request throttling.',
		category: 'throttled',
		hint: {
			en: 'Too many requests: alidomain slows down and tries again.',
			zh: '请求过多，已被限流：alidomain 会放慢速度后重试。',
		},
	},
	'Throttling.User': {
		status: 400,
		message: 'Request was denied due to user flow control.',
		category: 'throttled',
		hint: {
			en: 'Too many requests: alidomain slows down and tries again.',
			zh: '请求过多，已被限流：alidomain 会放慢速度后重试。',
		},
	},
	'Throttling.Api': {
		status: 400,
		message: 'Request was denied due to api flow control.',
		category: 'throttled',
		hint: {
			en: 'Too many requests: alidomain slows down and tries again.',
			zh: '请求过多，已被限流：alidomain 会放慢速度后重试。',
		},
	},
	TaskIsBeingProcessed: {
		status: 400,
		message: 'An operation is being processed. Please try again later.',
		category: 'conflict',
		hint: {
			en: 'A domain in this batch already has a task in flight: watch that task instead of ordering again.',
			zh: '这批中有域名已有进行中的任务：请查看那个任务，不要重复下单。',
		},
	},
	DomainNotExist: {
		status: 400,
		message: 'The domain name does not exist.',
		category: 'bad-request',
		hint: {en: 'The domain is not in this account.', zh: '该域名不在此账号下。'},
	},
	contactTemplateRealNamedNotExist: {
		status: 400,
		message: 'The Registrant Profile completed Real-name verification does not exist.',
		category: 'bad-request',
		hint: {
			en: 'Choose a registrant profile that has passed real-name verification.',
			zh: '请选择已通过实名认证的注册人信息模板。',
		},
	},
	ContactTemplateNotExist: {
		status: 400,
		message: 'The registrant profile does not exist.',
		category: 'bad-request',
		hint: {
			en: 'Choose an existing registrant profile (alidomain lists them).',
			zh: '请选择已存在的注册人信息模板（alidomain 会列出它们）。',
		},
	},
	NetworkIOError: {
		status: 400,
		message: 'Network IO Error.',
		category: 'retryable',
		hint: {en: 'A passing fault on Alibaba Cloud; try again.', zh: '阿里云出现临时故障；请重试。'},
	},
	Busy: {
		status: 400,
		message: 'Server is busy, please try again later.',
		category: 'retryable',
		hint: {en: 'Alibaba Cloud is busy; alidomain tries again.', zh: '阿里云繁忙；alidomain 会重试。'},
	},
	InternalError: {
		status: 500,
		message: 'The request processing has failed due to some unknown error.',
		category: 'retryable',
		hint: {en: 'A fault on Alibaba Cloud; try again later.', zh: '阿里云出现故障；请稍后重试。'},
	},
	ServiceUnavailable: {
		status: 503,
		message: 'The request has failed due to a temporary failure of the server.',
		category: 'retryable',
		hint: {
			en: 'Alibaba Cloud is temporarily unavailable; alidomain tries again.',
			zh: '阿里云暂时不可用；alidomain 会重试。',
		},
	},
};

/** Classifies any code, including ones not in the table, by Alibaba's naming conventions and the HTTP status. */
export function classifyError(code: string, status: number): ErrorCategory {
	const known = ERROR_CODES[code];
	if (known) return known.category;
	if (code.includes('Throttling')) return 'throttled';
	if (code.startsWith('InvalidTimeStamp')) return 'clock';
	if (code.startsWith('InvalidAccessKeyId') || code.startsWith('Signature')) return 'auth';
	if (code.startsWith('Forbidden') || status === 403) return 'permission';
	if (status >= 500) return 'retryable';
	return 'bad-request';
}

const text = messages({
	serverFault: {en: 'A fault on Alibaba Cloud; try again later.', zh: '阿里云出现故障；请稍后重试。'},
	seeMessage: {en: 'See the message and the diagnosis link.', zh: '请查看错误消息和诊断链接。'},
});

/** What to do about a code, in the interface language of the moment it is asked. */
export function hintFor(code: string, status: number): string {
	const known = ERROR_CODES[code]?.hint;
	if (known) return known[getLang()];
	return status >= 500 ? text.serverFault : text.seeMessage;
}
