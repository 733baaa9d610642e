// The words of ExpiryScreen, in English and Chinese.
import {count, messages} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

export const text = messages({
	title: {en: 'Redeem · Expiry dates', zh: '赎回域名 · 到期时间'},
	renewTitle: {en: 'Renew · Expiry dates from the account', zh: '续费域名 · 账号中的到期时间'},
	noneRenewable: {
		en: 'No domain can be renewed: none of them is a renewable domain of this account.',
		zh: '没有可续费的域名：它们都不是此账号下可续费的域名。',
	},
	renewable: {
		en: (n: number, of: number) => `${n} of ${of} can be renewed`,
		zh: (n: number, of: number) => `${of} 个中有 ${n} 个可续费`,
	},
	noneRedeemable: {
		en: 'No domain can be redeemed: none of them is in its redemption period.',
		zh: '没有可赎回的域名：它们都不在赎回期内。',
	},
	continueLong: {en: 'Go on with the domains that can be redeemed', zh: '继续处理可赎回的域名'},
	looking: {
		en: (n: number) => `Looking up the expiry of ${count(n, ['domain', 'domains'], '')} in the account…`,
		zh: (n: number) => `正在账号中查询 ${n} 个域名的到期时间…`,
	},
	lookupFailed: {
		en: `Could not look up the expiry dates (${keyOf('retryExpiry')} to try again)`,
		zh: `无法查询到期时间（按 ${keyOf('retryExpiry')} 重试）`,
	},
	redeemable: {
		en: (n: number, of: number) => `${n} of ${of} can be redeemed`,
		zh: (n: number, of: number) => `${of} 个中有 ${n} 个可赎回`,
	},
	leftOutCount: {en: (n: number) => `  ${n} left out`, zh: (n: number) => `  已排除 ${n} 个`},
	domains: {en: 'domains', zh: '域名'},
	leftOut: {en: (why: string) => `left out: ${why}`, zh: (why: string) => `已排除：${why}`},
	since: {
		en: (days: number) => `${count(days, ['day', 'days'], '')} since expiry`,
		zh: (days: number) => `已过期 ${days} 天`,
	},
	expiresIn: {
		en: (days: number) => `expires in ${count(days, ['day', 'days'], '')}`,
		zh: (days: number) => `${days} 天后到期`,
	},
	note: {
		en: (name: string, what: string) => `${name}: ${what}`,
		zh: (name: string, what: string) => `${name}：${what}`,
	},
	typed: {en: '  typed', zh: '  手动输入'},
	expiryOf: {en: (name: string) => `Expiry of ${name} (ms): `, zh: (name: string) => `${name} 的到期时间（毫秒）：`},
	differs: {
		en: (typed: number, account: number) => `${typed} typed, account: ${account}`,
		zh: (typed: number, account: number) => `${typed} 手动输入，账号中为 ${account}`,
	},
});
