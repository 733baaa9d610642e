// A redeem list: one domain per line, optionally followed by its current expiry (`example.com,1735689600000`,
// or separated by a tab, spaces or a semicolon). Same rules as the registration list for names, comments and
// duplicates; a domain listed twice with two different expiries is refused, since one of them must be wrong.
import {normalizeDomain} from './domain-name.js';
import {forEachLineFields, printable, type DuplicateItem, type RejectedItem} from './domain-list.js';
import {parseExpiry} from './expiry.js';

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
		if (contentLines === 1 && HEADER_WORDS.has(fields[0]!.toLowerCase())) return reject('looks like a column header; skipped');
		if (fields.length > 2) {
			return reject(`has ${fields.length} fields; a line is a domain, optionally followed by its expiry in milliseconds`);
		}
		const normalized = normalizeDomain(fields[0]!);
		if (!normalized.ok) return reject(normalized.reason);
		const entry: RedeemEntry = {name: normalized.name, line};
		if (normalized.unicode !== undefined) entry.unicode = normalized.unicode;
		let notice = normalized.notice;
		if (fields.length === 2) {
			const expiry = parseExpiry(fields[1]!);
			if (!expiry.ok) {
				const oneDomainPerLine = normalizeDomain(fields[1]!).ok ? '; put one domain per line' : '';
				return reject(`expiry '${printable(fields[1]!)}' ${expiry.reason}${oneDomainPerLine}`);
			}
			entry.expiryMs = expiry.ms;
			if (expiry.notice) notice = notice ? `${notice}; ${expiry.notice}` : expiry.notice;
		}
		if (notice) entry.notice = notice;

		const first = byName.get(entry.name);
		if (first) {
			if (first.expiryMs !== undefined && entry.expiryMs !== undefined && first.expiryMs !== entry.expiryMs) {
				return reject(`is also on line ${first.line} with a different expiry (${first.expiryMs}); keep the right one`);
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
