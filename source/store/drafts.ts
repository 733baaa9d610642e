// A domain list the user was still editing, kept in the data folder so that Esc, Ctrl+C or a crash loses nothing:
// `<data>/drafts/<operation>.json`, written whole by rename (a crash leaves the old draft or the new one, never
// half of one), readable by the owner only. One draft per operation; the wizard offers it back when the domain
// list step opens empty, and deletes it when the list is submitted or the user discards it.
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import type {Operation} from '../core/order/order-items.js';
import {writeFileAtomic} from '../files/atomic-file.js';

export interface Draft {
	operation: Operation;
	/** Epoch milliseconds of the last save. */
	savedAt: number;
	/** The list as text, one item per line, in the form the list editor reads. */
	text: string;
	/** What the editor counted in it, for a word about the draft without reading the list again. */
	counts?: {domains: number; rejected: number};
}

export function draftPath(dataDir: string, operation: Operation): string {
	return join(dataDir, 'drafts', `${operation}.json`);
}

export function saveDraft(dataDir: string, draft: Draft): void {
	writeFileAtomic(draftPath(dataDir, draft.operation), JSON.stringify(draft) + '\n', 0o600);
}

/** The saved draft, or undefined when there is none or the file is not a draft (a damaged file is not an error). */
export function loadDraft(dataDir: string, operation: Operation): Draft | undefined {
	let raw: string;
	try {
		raw = readFileSync(draftPath(dataDir, operation), 'utf8');
	} catch {
		return undefined;
	}
	try {
		const parsed = JSON.parse(raw) as Partial<Draft>;
		if (
			parsed.operation !== operation ||
			typeof parsed.savedAt !== 'number' ||
			typeof parsed.text !== 'string' ||
			parsed.text.trim() === ''
		)
			return undefined;
		const counts =
			parsed.counts && Number.isSafeInteger(parsed.counts.domains) && Number.isSafeInteger(parsed.counts.rejected)
				? {domains: parsed.counts.domains, rejected: parsed.counts.rejected}
				: undefined;
		return {operation, savedAt: parsed.savedAt, text: parsed.text, ...(counts ? {counts} : {})};
	} catch {
		return undefined;
	}
}

export function discardDraft(dataDir: string, operation: Operation): void {
	rmSync(draftPath(dataDir, operation), {force: true});
}
