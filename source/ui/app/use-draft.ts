// The domain list as a draft on disk (store/drafts.ts): saved as the user edits it on the domain list step (after a
// short pause, so a crash loses at most that pause), offered back when that step opens empty, deleted when the list
// is submitted or the user discards it. `flush()` writes what is pending at once: the app calls it on its way out.
import {useCallback, useEffect, useRef, type Dispatch} from 'react';
import {discardDraft, loadDraft, saveDraft} from '../../store/drafts.js';
import type {Operation} from '../../core/order/order-items.js';
import type {WizardAction, WizardState} from '../state/wizard-state.js';
import {isEmptyList, listAsText, listCounts} from '../state/wizard-list.js';

export const DRAFT_SAVE_DELAY_MS = 300;

// A draft that cannot be written must never stop the user: the list is still on screen.
const quietly = (write: () => void) => {
	try {
		write();
	} catch {
		// Nothing to do: the next edit tries again.
	}
};

export function useDraft({
	state,
	dispatch,
	dataDir,
}: {
	state: WizardState;
	dispatch: Dispatch<WizardAction>;
	dataDir?: string;
}) {
	const pending = useRef<{operation: Operation; text: string; counts: {domains: number; rejected: number}} | undefined>(
		undefined,
	);
	const timer = useRef<NodeJS.Timeout | undefined>(undefined);
	// The wizard's list is the one the user edited on the domain list step (not a retry's list, nor a file's).
	const owned = useRef<{operation: Operation; lines: number} | undefined>(undefined);
	const previousList = useRef(state.list);
	const previousScreen = useRef(state.screen);

	const flush = useCallback(() => {
		clearTimeout(timer.current);
		const next = pending.current;
		pending.current = undefined;
		if (!next || !dataDir) {
			return;
		}

		quietly(() => {
			if (next.text === '') {
				discardDraft(dataDir, next.operation);
			} else {
				saveDraft(dataDir, {operation: next.operation, savedAt: Date.now(), text: next.text, counts: next.counts});
			}
		});
	}, [dataDir]);

	// Offered back when the domain list step opens with nothing in it.
	useEffect(() => {
		if (!dataDir || state.screen !== 'domains' || !isEmptyList(state.list) || state.draft) {
			return;
		}

		const draft = loadDraft(dataDir, state.operation);
		if (draft) {
			dispatch({type: 'draft-restore', text: draft.text, savedAt: draft.savedAt});
		}
		// Only when the step opens: a list the user empties by hand stays empty.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [dataDir, state.screen, state.operation]);

	useEffect(() => {
		if (previousList.current === state.list) {
			return;
		}

		previousList.current = state.list;
		const wasEditing = previousScreen.current === 'domains';
		// A flow that opens empty is not the user emptying the list: the draft on disk waits to be offered back.
		if (state.screen === 'domains' && isEmptyList(state.list) && !wasEditing) {
			return;
		}

		if (state.screen === 'domains') {
			owned.current = {operation: state.operation, lines: state.list.entries.length + state.list.rejected.length};
			pending.current = {
				operation: state.operation,
				text: isEmptyList(state.list) ? '' : listAsText(state.list),
				counts: listCounts(state.list),
			};
			clearTimeout(timer.current);
			if (pending.current.text === '') {
				flush();
			} else {
				timer.current = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
			}
		} else if (state.retryNotes !== undefined) {
			// A retry's list is not the one being edited: submitting it leaves the draft alone. Other changes on later
			// steps (dropping the unavailable, taking the account's expiry) are edits of the user's own list.
			owned.current = undefined;
		}
	}, [state.list, state.screen, state.operation, state.retryNotes, flush]);

	// After the effect above: it compares with the screen of the previous render. Leaving the step (Esc, or on to
	// the next one) writes the draft at once.
	useEffect(() => {
		if (previousScreen.current === 'domains' && state.screen !== 'domains') {
			flush();
		}

		previousScreen.current = state.screen;
	});

	// Submitted: the draft has done its job.
	useEffect(() => {
		if (state.submit.status === 'running' && owned.current && dataDir) {
			const {operation} = owned.current;
			owned.current = undefined;
			pending.current = undefined;
			clearTimeout(timer.current);
			quietly(() => {
				discardDraft(dataDir, operation);
			});
		}
	}, [state.submit.status, dataDir]);

	useEffect(() => () => clearTimeout(timer.current), []);

	/** Writes what is pending now; returns the number of lines kept in the draft, if there is one. */
	const keep = useCallback((): {operation: Operation; lines: number} | undefined => {
		flush();
		return owned.current && owned.current.lines > 0 ? owned.current : undefined;
	}, [flush]);

	return {flush, keep};
}
