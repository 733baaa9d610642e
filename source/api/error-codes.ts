// Alibaba's error codes as the Domain API answers them (shared/api/domain-api.md §3; statuses from the Domain
// error code table where it gives one): the sandbox answers with
// these, the client classifies by them and tells the user what to do. One table, so the two agree.

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
	/** What the user should do, in plain words. */
	hint: string;
}

export const ERROR_CODES: Record<string, ErrorCodeInfo> = {
	MissingParameter: {status: 400, message: 'The input parameter is missing.', category: 'bad-request', hint: 'A required parameter was not sent; this is a bug in the request, please report it.'},
	InvalidParameter: {status: 400, message: 'The specified parameter is not valid.', category: 'bad-request', hint: 'Check the value named in the message.'},
	ParameterIllegal: {status: 400, message: 'Parameter illegal.', category: 'bad-request', hint: 'Check the domain names and options in the batch.'},
	UnsupportedOperation: {status: 400, message: 'The specified action is not supported.', category: 'bad-request', hint: 'The endpoint does not offer this operation; check --endpoint and --site.'},
	'InvalidAction.NotFound': {status: 404, message: 'Specified api is not found, please check your url and method.', category: 'bad-request', hint: 'Check --endpoint and --site: this product does not have the operation.'},
	'InvalidVersion': {status: 400, message: 'Specified parameter Version is not valid.', category: 'bad-request', hint: 'The API version does not match the endpoint; check --site.'},
	NoSuchVersion: {status: 400, message: 'The specified version does not exist.', category: 'bad-request', hint: 'The API version does not match the endpoint; check --site.'},
	'InvalidAccessKeyId.NotFound': {status: 400, message: 'The Access Key ID provided does not exist in our records.', category: 'auth', hint: 'The AccessKey ID does not exist: check it, or create one in the RAM console.'},
	'InvalidAccessKeyId.Inactive': {status: 400, message: 'Specified access key is disabled.', category: 'auth', hint: 'The AccessKey is disabled: enable it in the RAM console or use another.'},
	SignatureDoesNotMatch: {status: 403, message: 'Specified signature is not matched with our calculation.', category: 'auth', hint: 'The AccessKey secret is wrong: add the account again with the right secret.'},
	IncompleteSignature: {status: 400, message: 'The request signature does not conform to Aliyun standards.', category: 'auth', hint: 'The request was not signed completely; check the credentials.'},
	SignatureNonceUsed: {status: 400, message: 'Specified signature nonce was used already.', category: 'retryable', hint: 'A request was replayed; it is retried with a fresh nonce.'},
	'InvalidTimeStamp.Expired': {status: 400, message: 'Specified time stamp or date value is expired.', category: 'clock', hint: "This computer's clock is off by more than 15 minutes: set it right (enable network time) and try again."},
	'InvalidTimeStamp.Format': {status: 400, message: 'Specified time stamp or date value is not well formatted.', category: 'clock', hint: "Check this computer's clock and time zone."},
	'InvalidSecurityToken.Malformed': {status: 400, message: 'Specified SecurityToken is malformed.', category: 'auth', hint: 'The STS token is not valid: get a new one.'},
	'InvalidSecurityToken.Expired': {status: 400, message: 'Specified SecurityToken is expired.', category: 'auth', hint: 'The STS token has expired: get a new one.'},
	Forbidden: {status: 403, message: 'User not authorized to operate on the specified resource.', category: 'permission', hint: 'The account may not call this operation.'},
	'Forbidden.RAM': {status: 403, message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.", category: 'permission', hint: 'Grant the RAM user the permission named below (for example the AliyunDomainFullAccess policy).'},
	'Forbidden.RiskControl': {status: 403, message: 'This operation is forbidden by Aliyun RiskControl system.', category: 'permission', hint: 'Alibaba Cloud risk control blocked the call; contact Alibaba Cloud support.'},
	'Forbidden.UserVerification': {status: 403, message: 'Your user account is not verified by Aliyun.', category: 'permission', hint: 'Complete the real-name verification of the Alibaba Cloud account first.'},
	NoPermission: {status: 403, message: 'You are not authorized to do this action.', category: 'permission', hint: 'Grant the RAM user the permission named below.'},
	Unauthorized: {status: 403, message: 'The resource is unauthorized.', category: 'permission', hint: 'Grant the RAM user the permission named below.'},
	Throttling: {status: 400, message: 'Request was denied due to request throttling.', category: 'throttled', hint: 'Too many requests: alidomain slows down and tries again.'},
	'Throttling.User': {status: 400, message: 'Request was denied due to user flow control.', category: 'throttled', hint: 'Too many requests: alidomain slows down and tries again.'},
	'Throttling.Api': {status: 400, message: 'Request was denied due to api flow control.', category: 'throttled', hint: 'Too many requests: alidomain slows down and tries again.'},
	TaskIsBeingProcessed: {status: 400, message: 'An operation is being processed. Please try again later.', category: 'conflict', hint: 'A domain in this batch already has a task in flight: watch that task instead of ordering again.'},
	DomainNotExist: {status: 400, message: 'The domain name does not exist.', category: 'bad-request', hint: 'The domain is not in this account.'},
	contactTemplateRealNamedNotExist: {status: 400, message: 'The Registrant Profile completed Real-name verification does not exist.', category: 'bad-request', hint: 'Choose a registrant profile that has passed real-name verification.'},
	ContactTemplateNotExist: {status: 400, message: 'The registrant profile does not exist.', category: 'bad-request', hint: 'Choose an existing registrant profile (alidomain lists them).'},
	NetworkIOError: {status: 400, message: 'Network IO Error.', category: 'retryable', hint: 'A passing fault on Alibaba Cloud; try again.'},
	Busy: {status: 400, message: 'Server is busy, please try again later.', category: 'retryable', hint: 'Alibaba Cloud is busy; alidomain tries again.'},
	InternalError: {status: 500, message: 'The request processing has failed due to some unknown error.', category: 'retryable', hint: 'A fault on Alibaba Cloud; try again later.'},
	ServiceUnavailable: {status: 503, message: 'The request has failed due to a temporary failure of the server.', category: 'retryable', hint: 'Alibaba Cloud is temporarily unavailable; alidomain tries again.'},
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

export function hintFor(code: string, status: number): string {
	return ERROR_CODES[code]?.hint ?? (status >= 500 ? 'A fault on Alibaba Cloud; try again later.' : 'See the message and the diagnosis link.');
}
