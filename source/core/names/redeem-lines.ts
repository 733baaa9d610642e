// A redeem list: one domain per line, optionally followed by its current expiry (`example.com,1735689600000`,
// or separated by a tab, spaces or a semicolon). Same rules as the registration list for names, comments and
// duplicates; a domain listed twice with two different expiries is refused, since one of them must be wrong.
import {normalizeDomain} from './domain-name.js';
import {forEachLineFields, printable, type DuplicateItem, type RejectedItem} from './domain-list.js';
import {parseExpiry} from './typed-expiry.js';
import {messages} from '../../i18n/index.js';

const reasons = messages({
	header: {en: 'looks like a column header; skipped', zh: '像是表头；已跳过'},
	fields: {
		en: (n: number) => `has ${n} fields; a line is a domain, optionally followed by its expiry in milliseconds`,
		zh: (n: number) => `有 ${n} 个字段；每行一个域名，后面可跟以毫秒表示的到期时间`,
	},
	expiry: {
		en: (value: string, reason: string) => `expiry '${value}' ${reason}`,
		zh: (value: string, reason: string) => `到期时间 '${value}' ${reason}`,
	},
	onePerLine: {en: '; put one domain per line', zh: '；请每行只写一个域名'},
	conflict: {
		en: (line: number, expiryMs: number) =>
			`is also on line ${line} with a different expiry (${expiryMs}); keep the right one`,
		zh: (line: number, expiryMs: number) =>
			`在第 ${line} 行也出现了，但到期时间不同（${expiryMs}）；请只保留正确的一行`,
	},
	joinNotices: {en: (a: string, b: string) => `${a}; ${b}`, zh: (a: string, b: string) => `${a}；${b}`},
});

export interface RedeemEntry {
	name: string;
	unicode?: string;
	notice?: string;
	/** Typed on the line; absent means look it up in the account. */
	expiryMs?: number;
	line: number;
}

export interface RedeemListResult {
	entries: RedeemEntry[];
	rejected: RejectedItem[];
	duplicates: number;
	duplicateNames: DuplicateItem[];
	lines: number;
}

const HEADER_WORDS = new Set(['domain', 'domains', 'domainname', 'domain_name', 'domain name', 'name']);

export function parseRedeemList(text: string): RedeemListResult {
	const entries: RedeemEntry[] = [];
	const rejected: RejectedItem[] = [];
	const duplicateNames: DuplicateItem[] = [];
	const byName = new Map<string, RedeemEntry>();
	let contentLines = 0;
	const lines = forEachLineFields(text, 0, (fields, line) => {
		contentLines++;
		const input = printable(fields.join(','));
		const reject = (reason: string) => rejected.push({line, input, reason});
		if (contentLines === 1 && HEADER_WORDS.has(fields[0]!.toLowerCase())) return reject(reasons.header);
		if (fields.length > 2) {
			return reject(reasons.fields(fields.length));
		}
		const normalized = normalizeDomain(fields[0]!);
		if (!normalized.ok) return reject(normalized.reason);
		const entry: RedeemEntry = {name: normalized.name, line};
		if (normalized.unicode !== undefined) entry.unicode = normalized.unicode;
		let notice = normalized.notice;
		if (fields.length === 2) {
			const expiry = parseExpiry(fields[1]!);
			if (!expiry.ok) {
				const oneDomainPerLine = normalizeDomain(fields[1]!).ok ? reasons.onePerLine : '';
				return reject(reasons.expiry(printable(fields[1]!), expiry.reason) + oneDomainPerLine);
			}
			entry.expiryMs = expiry.ms;
			if (expiry.notice) notice = notice ? reasons.joinNotices(notice, expiry.notice) : expiry.notice;
		}
		if (notice) entry.notice = notice;

		const first = byName.get(entry.name);
		if (first) {
			if (first.expiryMs !== undefined && entry.expiryMs !== undefined && first.expiryMs !== entry.expiryMs) {
				return reject(reasons.conflict(first.line, first.expiryMs));
			}
			if (first.expiryMs === undefined && entry.expiryMs !== undefined) first.expiryMs = entry.expiryMs;
			duplicateNames.push({line, name: entry.name, firstLine: first.line});
			return;
		}
		byName.set(entry.name, entry);
		entries.push(entry);
	});
	return {entries, rejected, duplicates: duplicateNames.length, duplicateNames, lines};
}
