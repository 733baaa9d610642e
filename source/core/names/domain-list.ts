// A pasted or loaded list of domains → the names to order, and every other item with the reason it was left out.
// Built for big pastes (100,000 lines in 300 ms, docs/architecture.md): one pass, no work per line beyond what the line
// needs.
import {normalizeDomain} from './domain-name.js';
import {messages} from '../../i18n/index.js';

const text = messages({
	cut: {
		en: (shown: string, length: number) => `${shown}… (${length} characters)`,
		zh: (shown: string, length: number) => `${shown}…（共 ${length} 个字符）`,
	},
});

export interface DomainEntry {
	/** ASCII (punycode), lowercase, no trailing dot: what is sent. */
	name: string;
	/** The name in Unicode, when it differs from `name`; show both. */
	unicode?: string;
	/** A repair that was made, e.g. the host taken from a pasted URL. */
	notice?: string;
	/** 1-based line of the source text. */
	line: number;
}

export interface RejectedItem {
	line: number;
	/** The item as typed, safe to print: control and invisible characters escaped, long items cut short. */
	input: string;
	reason: string;
}

export interface DuplicateItem {
	line: number;
	name: string;
	/** Where the name first appeared: that entry is the one kept. */
	firstLine: number;
}

export interface DomainListResult {
	entries: DomainEntry[];
	rejected: RejectedItem[];
	/** Items left out because an earlier item normalises to the same name. */
	duplicates: number;
	duplicateNames: DuplicateItem[];
	/** Lines of source text read so far; a merged paste continues after them. */
	lines: number;
}

/** Separators between items on one line, including the full-width comma, semicolon and enumeration comma. */
export const ITEM_SEPARATORS = /[\s,;\uff0c\uff1b\u3001]+/;

export function emptyDomainList(): DomainListResult {
	return {entries: [], rejected: [], duplicates: 0, duplicateNames: [], lines: 0};
}

export function parseDomainList(text: string): DomainListResult {
	return mergeDomainList(emptyDomainList(), text);
}

/**
 * Adds a paste to a list already parsed, numbering its lines after the existing ones. Costs time in proportion to
 * the paste: the names seen so far are kept in an index that passes from each result to the next. The arrays of the
 * existing result are copied, not changed, so a result can be kept as UI state.
 */
export function mergeDomainList(existing: DomainListResult, text: string): DomainListResult {
	const seen = indexOf(existing);
	const entries = existing.entries.slice();
	const rejected = existing.rejected.slice();
	const duplicateNames = existing.duplicateNames.slice();
	const add = (item: string, normalized: ReturnType<typeof normalizeDomain>, line: number) => {
		if (!normalized.ok) {
			rejected.push({line, input: printable(item), reason: normalized.reason});
			return;
		}
		const firstLine = seen.get(normalized.name);
		if (firstLine !== undefined) {
			duplicateNames.push({line, name: normalized.name, firstLine});
			return;
		}
		seen.set(normalized.name, line);
		const entry: DomainEntry = {name: normalized.name, line};
		if (normalized.unicode !== undefined) entry.unicode = normalized.unicode;
		if (normalized.notice !== undefined) entry.notice = normalized.notice;
		entries.push(entry);
	};
	const lines = forEachLineFields(text, existing.lines, (fields, line, trimmed) => {
		if (fields.length === 1) {
			add(fields[0]!, normalizeDomain(fields[0]!), line);
			return;
		}
		// Several items on a line are several names only if one of them is a name: a line of words ("not a
		// domain!!") is one rejected line, the whole line and why.
		const normalized = fields.map((item) => normalizeDomain(item));
		if (normalized.some((n) => n.ok)) {
			fields.forEach((item, index) => add(item, normalized[index]!, line));
			return;
		}
		const whole = uncommented(trimmed);
		add(whole, normalizeDomain(whole), line);
	});
	const result: DomainListResult = {entries, rejected, duplicates: duplicateNames.length, duplicateNames, lines};
	adoptIndex(result, seen);
	return result;
}

/**
 * Calls `onLine` for each line of the text that has items, with its items, its 1-based line and its trimmed text;
 * blank items and `#` comments (a line starting with `#`, or the rest of a line from an item starting with `#`)
 * are skipped. Returns the number of lines read.
 */
export function forEachLineFields(
	text: string,
	lineOffset: number,
	onLine: (fields: string[], line: number, trimmed: string) => void,
): number {
	return forEachLine(text, lineOffset, (raw, line) => {
		const trimmed = raw.trim();
		if (trimmed === '' || trimmed.charCodeAt(0) === HASH) return;
		const fields = HAS_SEPARATOR.test(trimmed) ? splitFields(trimmed) : [trimmed];
		if (fields.length > 0) onLine(fields, line, trimmed);
	});
}

/** Lines end at `\n`, `\r\n` or a lone `\r`. Returns the number of the last line read. */
function forEachLine(text: string, lineOffset: number, onLine: (raw: string, line: number) => void): number {
	let line = lineOffset;
	let start = 0;
	const length = text.length;
	while (start < length) {
		let end = start;
		while (end < length) {
			const c = text.charCodeAt(end);
			if (c === 10 || c === 13) break;
			end++;
		}
		line++;
		onLine(text.slice(start, end), line);
		start = end < length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
	}
	return line;
}

const HASH = 35;

function splitFields(trimmed: string): string[] {
	const fields: string[] = [];
	for (const item of trimmed.split(ITEM_SEPARATORS)) {
		if (item === '') continue;
		if (item.charCodeAt(0) === HASH) break;
		fields.push(item);
	}
	return fields;
}

/** A line without its trailing `#` comment (one that starts an item). */
function uncommented(trimmed: string): string {
	const at = trimmed.search(COMMENT_AFTER_SEPARATOR);
	return at === -1 ? trimmed : trimmed.slice(0, at).trim();
}

const HAS_SEPARATOR = new RegExp(ITEM_SEPARATORS.source.slice(0, -1));
const COMMENT_AFTER_SEPARATOR = new RegExp(`${ITEM_SEPARATORS.source.slice(0, -1)}#`);

const MAX_SHOWN = 100;

/** Makes a typed item safe to print in a terminal: no escape sequences, no bidirectional tricks, bounded length. */
export function printable(item: string): string {
	const cut =
		item.length > MAX_SHOWN
			? text.cut(item.slice(0, item.codePointAt(MAX_SHOWN - 1)! > 0xffff ? MAX_SHOWN - 1 : MAX_SHOWN), item.length)
			: item;
	return cut.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

// The names seen so far (name → first line), handed on from each result to the one merged from it. Taking it out
// of the map on use means a result merged from twice, or built by hand, rebuilds its own from its entries.
const indexes = new WeakMap<DomainListResult, Map<string, number>>();

function indexOf(result: DomainListResult): Map<string, number> {
	const names = indexes.get(result);
	if (names) {
		indexes.delete(result);
		return names;
	}
	return new Map(result.entries.map((e) => [e.name, e.line]));
}

function adoptIndex(result: DomainListResult, names: Map<string, number>): void {
	indexes.set(result, names);
}
