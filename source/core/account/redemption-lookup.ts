// Finds the expiry to send for each domain to redeem (docs/api.md): the account's redemption-period list first
// (QueryDomainList, QueryType=2), then QueryDomainByDomainName for the rest. Domains that are not in their
// redemption period are refused with the reason, before anything is sent.
import type {DomainClient} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import {messages} from '../../i18n/index.js';
import {blockedReason, listRedemptionDomains, redemptionRow, type RedemptionDomain} from './redemption-list.js';
import {DOMAIN_STATUS} from '../../api/task-status.js';

const text = messages({
	needsRenewal: {en: 'it needs renewal, not redemption', zh: '它需要续费，而不是赎回'},
	notExpired: {en: 'it is not expired', zh: '它尚未过期'},
	status: {en: (s: string) => `status ${s}`, zh: (s: string) => `状态 ${s}`},
	unknown: {en: 'unknown', zh: '未知'},
	notInRedemption: {
		en: (why: string) => `not in its redemption period: ${why}`,
		zh: (why: string) => `不在赎回期内：${why}`,
	},
	notInAccount: {en: 'not a domain of this account', zh: '不是此账号下的域名'},
	statusUnknown: {
		en: 'expired, but this API version does not say whether it is in its redemption period; the task will tell',
		zh: '已过期，但此 API 版本不说明它是否处于赎回期；以任务结果为准',
	},
	differs: {
		en: (typed: number, account: number) =>
			`the typed expiry ${typed} differs from the account's ${account}; the redemption will fail unless the typed one is right`,
		zh: (typed: number, account: number) =>
			`填写的到期时间 ${typed} 与账号中的 ${account} 不同；除非填写的正确，否则赎回会失败`,
	},
});

export type LookupApi = Pick<DomainClient, 'queryDomainList' | 'queryDomainByDomainName'>;

export interface RedeemCandidate {
	name: string;
	/** Typed by the user; wins over the looked-up value, with a notice when they differ. */
	expiryMs?: number;
}

export interface RedeemLookup {
	/** `accountMs` is the account's own value: a typed `expiryMs` that differs from it is a warning, with it offered. */
	ready: Array<{name: string; expiryMs: number; source: 'typed' | 'account'; accountMs: number; premium?: boolean}>;
	refused: Array<{name: string; reason: string}>;
	notices: Array<{name: string; notice: string}>;
}

function statusText(status: string | undefined): string {
	if (status === DOMAIN_STATUS.RENEWAL_DUE) return text.needsRenewal;
	if (status === DOMAIN_STATUS.NORMAL) return text.notExpired;
	return text.status(status ?? text.unknown);
}

/**
 * `known` is the account's redemption-period list when the caller already has it (the picker loaded it), so typed
 * names are checked against the very list on screen instead of a second copy.
 */
export async function lookupRedeemExpiries(
	api: LookupApi,
	candidates: readonly RedeemCandidate[],
	concurrency = 5,
	context: {known?: readonly RedemptionDomain[]; now?: () => number} = {},
): Promise<RedeemLookup> {
	const now = context.now ?? Date.now;
	const inRedemption = new Map((context.known ?? (await listRedemptionDomains(api))).map((d) => [d.name, d]));
	const out: RedeemLookup = {ready: [], refused: [], notices: []};
	const rest: RedeemCandidate[] = [];
	for (const c of candidates) {
		const known = inRedemption.get(c.name);
		if (known === undefined) rest.push(c);
		else {
			const {blocked} = redemptionRow(known, now());
			if (blocked) out.refused.push({name: c.name, reason: blockedReason(blocked)});
			else accept(c, known.expiryMs);
		}
	}
	let next = 0;
	const worker = async () => {
		while (next < rest.length) {
			const c = rest[next++]!;
			try {
				const d = await api.queryDomainByDomainName({DomainName: c.name});
				if (d.DomainStatus === DOMAIN_STATUS.REDEMPTION && d.ExpirationDateLong !== undefined)
					accept(c, d.ExpirationDateLong);
				else if (d.DomainStatus === undefined && d.ExpirationDateLong !== undefined && d.ExpirationDateLong < now()) {
					// The 2017-12-18 product gives no DomainStatus here: an expired domain may be redeemable; the task says.
					accept(c, d.ExpirationDateLong);
					out.notices.push({name: c.name, notice: text.statusUnknown});
				} else out.refused.push({name: c.name, reason: text.notInRedemption(statusText(d.DomainStatus))});
			} catch (error) {
				if (error instanceof ApiError && error.code === 'DomainNotExist')
					out.refused.push({name: c.name, reason: text.notInAccount});
				else throw error;
			}
		}
	};
	await Promise.all(Array.from({length: Math.min(concurrency, rest.length)}, worker));
	const order = new Map(candidates.map((c, i) => [c.name, i]));
	out.ready.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
	out.refused.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
	return out;

	function accept(c: RedeemCandidate, accountExpiry: number) {
		if (c.expiryMs !== undefined && c.expiryMs !== accountExpiry) {
			out.notices.push({name: c.name, notice: text.differs(c.expiryMs, accountExpiry)});
		}
		out.ready.push({
			name: c.name,
			expiryMs: c.expiryMs ?? accountExpiry,
			source: c.expiryMs === undefined ? 'account' : 'typed',
			accountMs: accountExpiry,
		});
	}
}
