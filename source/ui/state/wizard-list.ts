// The domain list the editor holds, for both operations, and the list step's slice of the wizard's state (the list
// and the draft it came from). Registration lists grow with the engine's incremental merge; a redeem line may carry
// an expiry, so each added text is parsed on its own and merged here by name. No I/O.
import {emptyDomainList, mergeDomainList, type DuplicateItem, type RejectedItem} from '../../core/names/domain-list.js';
import type {Operation} from '../../core/order/order-items.js';
import {parseRedeemList, type RedeemEntry} from '../../core/names/redeem-lines.js';

export type ListEntry = RedeemEntry;

export type EditorList = {
	entries: ListEntry[];
	rejected: RejectedItem[];
	duplicates: number;
	duplicateNames: DuplicateItem[];
	/** Lines read so far; the next text is numbered after them. */
	lines: number;
};

export const emptyList = (): EditorList => emptyDomainList();

export function addToList(list: EditorList, text: string, operation: Operation): EditorList {
	// A renew list is names only: the expiry sent is always the account's.
	if (operation !== 'redeem') {
		return mergeDomainList(list, text);
	}

	const added = parseRedeemList(text);
	const seen = new Map(list.entries.map((entry, index) => [entry.name, index]));
	const entries = list.entries.slice();
	const duplicateNames = list.duplicateNames.slice();
	for (const entry of added.entries) {
		const line = entry.line + list.lines;
		const at = seen.get(entry.name);
		if (at === undefined) {
			seen.set(entry.name, entries.length);
			entries.push({...entry, line});
			continue;
		}

		// A name added again with an expiry fills in one that was missing.
		const first = entries[at]!;
		if (first.expiryMs === undefined && entry.expiryMs !== undefined) {
			entries[at] = {...first, expiryMs: entry.expiryMs};
		}

		duplicateNames.push({line, name: entry.name, firstLine: first.line});
	}

	for (const duplicate of added.duplicateNames) {
		duplicateNames.push({...duplicate, line: duplicate.line + list.lines, firstLine: duplicate.firstLine + list.lines});
	}

	return {
		entries,
		rejected: [...list.rejected, ...added.rejected.map((item) => ({...item, line: item.line + list.lines}))],
		duplicates: duplicateNames.length,
		duplicateNames,
		lines: list.lines + added.lines,
	};
}

export function removeFromList(list: EditorList, names: ReadonlySet<string>): EditorList {
	if (names.size === 0) {
		return list;
	}

	return {...list, entries: list.entries.filter((entry) => !names.has(entry.name))};
}

/**
 * The list as text the editor reads back the same way, every item on the line it came from: names (with a redeem
 * line's expiry), rejected lines and dropped duplicates where they were, blank lines where a line was deleted, so a
 * restored draft keeps its line numbers and its counts.
 */
export function listAsText(list: EditorList): string {
	const lines: string[][] = [];
	const put = (line: number, item: string) => {
		(lines[line - 1] ??= []).push(item);
	};

	for (const entry of list.entries) {
		put(entry.line, entry.expiryMs === undefined ? entry.name : `${entry.name},${entry.expiryMs}`);
	}

	for (const item of list.rejected) {
		put(item.line, item.input);
	}

	for (const duplicate of list.duplicateNames) {
		put(duplicate.line, duplicate.name);
	}

	return Array.from(lines, (items) => items?.join(' ') ?? '').join('\n');
}

/** What the editor counts in a list, in its words: domains and rejected lines. */
export const listCounts = (list: EditorList) => ({domains: list.entries.length, rejected: list.rejected.length});

export const isEmptyList = (list: EditorList): boolean => list.entries.length === 0 && list.rejected.length === 0;

/** The list step's part of the wizard's state. */
export type ListState = {
	list: EditorList;
	/** The list came back from a draft saved earlier (see store/drafts.ts); shown with the way to discard it. */
	draft?: {savedAt: number};
};

export type ListAction =
	| {type: 'list-add'; text: string}
	| {type: 'list-remove'; names: string[]}
	/** The domain list step opened empty and a draft was on disk. */
	| {type: 'draft-restore'; text: string; savedAt: number}
	/** Throw the restored draft away: the list empties. */
	| {type: 'draft-discard'}
	/** Leave out the domains the balance does not cover. */
	| {type: 'cut-to-balance'; names: string[]};

/** The list's own changes; `operation` says how an added text is read (a redeem line may carry an expiry). */
export function listReducer<S extends ListState>(state: S, action: ListAction, operation: Operation): S {
	switch (action.type) {
		case 'list-add': {
			return {...state, list: addToList(state.list, action.text, operation)};
		}

		case 'list-remove':
		case 'cut-to-balance': {
			return {...state, list: removeFromList(state.list, new Set(action.names))};
		}

		case 'draft-restore': {
			return {...state, list: addToList(emptyList(), action.text, operation), draft: {savedAt: action.savedAt}};
		}

		case 'draft-discard': {
			return {...state, list: emptyList(), draft: undefined};
		}
	}
}

/** The list without the expiries typed on it for these names: the account's go instead. */
export function withoutTypedExpiries(list: EditorList, names: ReadonlySet<string>): EditorList {
	const entries = list.entries.map((entry) =>
		names.has(entry.name) && entry.expiryMs !== undefined ? {...entry, expiryMs: undefined} : entry,
	);
	return {...list, entries};
}

/** A list of picked rows, one a line, as if typed in that order. */
export const listOfNames = (names: readonly string[]): EditorList => ({
	entries: names.map((name, i) => ({name, line: i + 1})),
	rejected: [],
	duplicates: 0,
	duplicateNames: [],
	lines: names.length,
});
