// Typed or pasted names to renew, checked against the account before anything is sent: the expiry to send is the
// account's own (from the renewal list when the name is on it, else QueryDomainByDomainName). A name that is not
// the account's, or is in its redemption period, is refused with the reason.
import type {DomainClient} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import {messages} from '../../i18n/index.js';
import type {RenewalDomain} from './renewal-list.js';
import {DOMAIN_STATUS} from '../../api/task-status.js';

const text = messages({
	notInAccount: {en: 'not a domain of this account', zh: '不是此账号下的域名'},
	inRedemption: {en: 'in its redemption period: it can only be redeemed now', zh: '处于赎回期：现在只能赎回'},
	noExpiry: {en: 'the account gives no expiry for it', zh: '账号中没有它的到期时间'},
});

export type RenewLookupApi = Pick<DomainClient, 'queryDomainByDomainName'>;

export interface RenewLookup {
	ready: RenewalDomain[];
	refused: Array<{name: string; reason: string}>;
}

export async function lookupRenewals(
	api: RenewLookupApi,
	names: readonly string[],
	context: {known?: readonly RenewalDomain[]; concurrency?: number} = {},
): Promise<RenewLookup> {
	const known = new Map((context.known ?? []).map((d) => [d.name, d]));
	const found = new Map<string, RenewalDomain | string>();
	const rest = names.filter((name) => {
		const d = known.get(name);
		if (d) found.set(name, d);
		return !d;
	});
	let next = 0;
	const worker = async () => {
		while (next < rest.length) {
			const name = rest[next++]!;
			try {
				const d = await api.queryDomainByDomainName({DomainName: name});
				if (d.DomainStatus === DOMAIN_STATUS.REDEMPTION) found.set(name, text.inRedemption);
				else if (d.ExpirationDateLong === undefined) found.set(name, text.noExpiry);
				// The 2017-12-18 product gives no DomainStatus here: the task says whether it could be renewed.
				else
					found.set(name, {
						name,
						expiryMs: d.ExpirationDateLong,
						status: d.DomainStatus ?? '',
						premium: d.Premium === true,
					});
			} catch (error) {
				if (error instanceof ApiError && error.code === 'DomainNotExist') found.set(name, text.notInAccount);
				else throw error;
			}
		}
	};
	await Promise.all(Array.from({length: Math.min(context.concurrency ?? 5, rest.length)}, worker));
	const out: RenewLookup = {ready: [], refused: []};
	for (const name of names) {
		const result = found.get(name)!;
		if (typeof result === 'string') out.refused.push({name, reason: result});
		else out.ready.push(result);
	}
	return out;
}
