// The sandbox's own texts in Chinese, for requests that send Lang=zh, as Alibaba answers them. Details keep the
// English text they were given when they finished (so saved states stay as they are); the language is applied
// when a page is read.
import {MAX_REGISTRATION_YEARS, WEEKLY_REGISTRATION_LIMIT} from './registry-rules.js';

const FIXED: Record<string, string> = {
	'The domain name is invalid.': '域名无效。',
	'The domain name does not follow the naming rules of the registry.': '域名不符合注册局的命名规则。',
	'The domain name suffix is not supported.': '不支持该域名后缀。',
	'This domain name suffix cannot be registered through Alibaba Cloud.': '该域名后缀无法通过阿里云注册。',
	'The domain name is not available.': '域名不可注册。',
	'Purchase record exists for the domain name in Aliyun': '该域名在阿里云已有购买记录',
	'The domain name has already been registered.': '域名已被注册。',
	'The domain name is a premium domain name.': '该域名为溢价域名。',
	'Premium domain names can be registered only with PermitPremiumActivation set to true.':
		'溢价域名须将 PermitPremiumActivation 设为 true 才能注册。',
	'The domain name contains a trademark term.': '域名包含商标词。',
	'The registrant profile is missing.': '缺少注册人信息模板。',
	'No registrant profile was given for this domain name (RegistrantProfileId); the registrant information is required to register it.':
		'未为该域名指定注册人信息模板（RegistrantProfileId）；注册域名需要注册人信息。',
	'Insufficient account balance.': '账户余额不足。',
	'The available balance of the account is insufficient to pay for the order.': '账户可用余额不足以支付订单。',
	'The registration quota is exceeded.': '超出注册配额。',
	'The registry did not respond in time. The task will be retried.': '注册局未及时响应，任务将重试。',
	'Registry connection timed out.': '连接注册局超时。',
	'The domain name does not exist.': '域名不存在。',
	'The domain does not exist in this account.': '该域名不在此账号中。',
	'The domain name cannot be redeemed.': '该域名无法赎回。',
	'The domain name is not in its redemption period.': '该域名不在赎回期内。',
	'The domain name is pending deletion; its redemption period has ended.': '该域名处于待删除状态，赎回期已结束。',
	'The current expiration date does not match.': '当前到期时间不匹配。',
	'The domain name cannot be renewed.': '该域名无法续费。',
	'The domain name is in its redemption period; redeem it instead.': '该域名处于赎回期，请改为赎回。',
	'Premium domain names can be renewed only with PermitPremiumRenew set to true.':
		'溢价域名须将 PermitPremiumRenew 设为 true 才能续费。',
	'The renewal period is too long.': '续费年限过长。',
	'The operation is successful.': '操作成功。',
	'In use': '已被使用',
};

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
	[
		/^The domain name contains the protected trademark "(.+)"; register it only with TrademarkDomainActivation set to true\.$/,
		(m) => `域名包含受保护的商标“${m[1]}”；须将 TrademarkDomainActivation 设为 true 才能注册。`,
	],
	[
		/^The CurrentExpirationDate does not match the expiration date of the domain name \((\d+)\)\.$/,
		(m) => `CurrentExpirationDate 与域名的到期时间（${m[1]}）不一致。`,
	],
	[
		new RegExp(`^A domain name cannot be renewed to more than ${MAX_REGISTRATION_YEARS} years from now\\.$`),
		() => `域名续费后的到期时间不能超过自今日起 ${MAX_REGISTRATION_YEARS} 年。`,
	],
	[
		new RegExp(
			`^No more than ${WEEKLY_REGISTRATION_LIMIT.toLocaleString('en-US')} domain names can be registered in a week\\.$`,
		),
		() => `每周最多注册 ${WEEKLY_REGISTRATION_LIMIT.toLocaleString('en-US')} 个域名。`,
	],
];

/** A sandbox text in the request's language; English (the default) and unknown texts are returned as they are. */
export function inLang(text: string, lang: 'en' | 'zh' | undefined): string {
	if (lang !== 'zh') return text;
	const fixed = FIXED[text];
	if (fixed !== undefined) return fixed;
	for (const [pattern, render] of PATTERNS) {
		const m = pattern.exec(text);
		if (m) return render(m);
	}
	return text;
}
