// What "retry failed" decided (core/order/retry-plan.ts), in words for the review and the status screen.
import type {FailureCause, RetryPlan} from '../../core/order/retry-plan.js';
import {messages, plural} from '../../i18n/index.js';
import {keyOf} from '../input/key-bindings.js';

const causes = messages({
	taken: {en: 'taken', zh: '已被注册'},
	owned: {en: 'already bought', zh: '已购买'},
	unsupported: {en: 'not supported', zh: '不受支持'},
	'not-redeemable': {en: 'not redeemable', zh: '无法赎回'},
	'not-renewable': {en: 'not renewable', zh: '无法续费'},
	premium: {en: 'premium', zh: '溢价'},
	trademark: {en: 'trademark', zh: '商标'},
	balance: {en: 'balance', zh: '余额'},
	expiry: {en: 'expiry', zh: '到期时间'},
	transient: {en: 'passing', zh: '临时'},
});

const text = messages({
	leftOut: {
		en: (n: number, groups: string) => `Left out ${n} that cannot succeed: ${groups}`,
		zh: (n: number, groups: string) => `已排除 ${n} 个无法成功的域名：${groups}`,
	},
	group: {en: (n: number, cause: string) => `${n} ${cause}`, zh: (n: number, cause: string) => `${cause} ${n} 个`},
	join: {en: ', ', zh: '，'},
	expiry: {
		en: (n: number) => `${n} had a wrong expiry: the account's is used`,
		zh: (n: number) => `${n} 个到期时间有误：改用账号中的值`,
	},
	transient: {
		en: (n: number) => `${n} failed for a passing reason and ${plural(n, 'goes', 'go')} again`,
		zh: (n: number) => `${n} 个因临时原因失败，将重新提交`,
	},
	balance: {
		en: (n: number) => `${n} failed for lack of balance: top up the account before you submit`,
		zh: (n: number) => `${n} 个因余额不足失败：提交前请先充值`,
	},
	nothing: {
		en: (n: number, groups: string) => `Nothing to retry: ${plural(n, 'it', `all ${n}`)} failed for good (${groups}).`,
		zh: (n: number, groups: string) => `无需重试：${n} 个失败都无法通过重试解决（${groups}）。`,
	},
	// Two short lines: the status view shows each message line on one row (a long one is cut in the middle).
	nothingLeft: {
		en: (n: number, kinds: string) =>
			`Nothing left to retry: you left out the ${plural(n, '', `${n} `)}${kinds} ${plural(n, 'name', 'names')}.`,
		zh: (n: number, kinds: string) => `没有可重试的域名：您排除了 ${n} 个${kinds}域名。`,
	},
	askAgain: {
		en: (names: string) => `Press ${keyOf('retryFailed')} to be asked again: ${names}`,
		zh: (names: string) => `按 ${keyOf('retryFailed')} 可再次询问：${names}`,
	},
	premiumKind: {en: 'premium', zh: '溢价'},
	trademarkKind: {en: 'trademark', zh: '商标'},
	bothKinds: {en: 'premium or trademark', zh: '溢价或商标'},
});

const leftOutGroups = (plan: RetryPlan): string => {
	const counts = new Map<FailureCause, number>();
	for (const x of plan.leftOut) counts.set(x.cause, (counts.get(x.cause) ?? 0) + 1);
	return [...counts].map(([cause, n]) => text.group(n, causes[cause])).join(text.join);
};

/** Lines for the review of the retry. */
export function retryNotes(plan: RetryPlan): string[] {
	const n = (cause: FailureCause) => plan.causes[cause]?.length ?? 0;
	const lines: string[] = [];
	if (plan.leftOut.length > 0) lines.push(text.leftOut(plan.leftOut.length, leftOutGroups(plan)));
	if (n('expiry') > 0) lines.push(text.expiry(n('expiry')));
	if (n('transient') > 0) lines.push(text.transient(n('transient')));
	if (plan.needsBalance) lines.push(text.balance(n('balance')));
	return lines;
}

/** Said on the status screen when every failure is permanent. */
export function nothingToRetry(plan: RetryPlan): string {
	return text.nothing(plan.leftOut.length, leftOutGroups(plan));
}

/** Said on the status view when the answer to the retry's question left nothing to send, with why the rest was. */
export function nothingLeftToRetry(declined: {premium: string[]; trademark: string[]; notes: string[]}): string[] {
	const names = [...declined.premium, ...declined.trademark];
	const kinds =
		declined.premium.length > 0 && declined.trademark.length > 0
			? text.bothKinds
			: declined.premium.length > 0
				? text.premiumKind
				: text.trademarkKind;
	const shown = names.slice(0, 3).join(text.join) + (names.length > 3 ? `${text.join}…` : '');
	return [text.nothingLeft(names.length, kinds), text.askAgain(shown), ...declined.notes];
}
