// Why a domain failed, in plain words with the fix, beside the server's own text (docs/architecture.md). The server's
// texts follow Alibaba's and name API parameters ("…only with PermitPremiumActivation set to true"); a user needs
// the option to change. The cause comes from the one classification (core/order/retry-plan.ts); this is its one table
// of words. Exports keep the server's text unchanged; the screens and `--wait` show these words first.
import {classifyFailure, type FailureCause} from '../order/retry-plan.js';
import {messages} from '../../i18n/index.js';

/** Every cause but `transient` (a passing fault, or a text not recognised: the server's text says it best). */
const text = messages({
	taken: {en: 'taken: someone else has registered it', zh: '已被他人注册'},
	owned: {en: 'already bought: a purchase record exists for it', zh: '已购买：已有它的购买记录'},
	unsupported: {
		en: 'not a name Alibaba Cloud can register (its suffix or its spelling)',
		zh: '阿里云无法注册此名称（后缀或拼写不符合规则）',
	},
	'not-redeemable': {en: 'not redeemable: not in its redemption period', zh: '无法赎回：不在赎回期内'},
	'not-renewable': {
		en: 'cannot be renewed now: in its redemption period, or renewed too many years ahead',
		zh: '现在无法续费：处于赎回期，或续费年限过长',
	},
	premium: {
		en: 'premium name: allow premium in Options, or --premium',
		zh: '溢价域名：在“选项”中允许溢价，或加 --premium',
	},
	trademark: {
		en: 'trademark term: allow trademark in Options, or --trademark',
		zh: '含商标词：在“选项”中允许商标，或加 --trademark',
	},
	balance: {en: 'not enough balance: top up the account, then retry the failed', zh: '余额不足：充值后重试失败的域名'},
	expiry: {
		en: "the expiry sent is not the account's: retrying the failed looks it up again",
		zh: '发送的到期时间与账号不符：重试失败的域名会重新查询',
	},
} satisfies Record<Exclude<FailureCause, 'transient'>, unknown>);

const format = messages({
	withServer: {
		en: (words: string, server: string) => `${words} (${server})`,
		zh: (words: string, server: string) => `${words}（${server}）`,
	},
});

/** The plain words for a failure's server text, or undefined when only the server's text can say it. */
export function reasonWords(error: string | undefined): string | undefined {
	if (!error) return undefined;
	const cause = classifyFailure(error);
	return cause === 'transient' ? undefined : text[cause];
}

/** The words, then the server's text in brackets; the server's text alone when there are no words. */
export function reasonWithServerText(error: string): string {
	const words = reasonWords(error);
	return words ? format.withServer(words, error) : error;
}
