// What the home screen shows beside its menu, read by the engine so that the screen only renders: each operation's
// saved draft (store/drafts.ts) and the batches on this computer still running or unsure (the journal).
import {useCallback, useMemo} from 'react';
import type {BatchSummary} from '../../core/submit/journal-rules.js';
import type {Operation} from '../../core/order/order-items.js';
import {loadDraft, type Draft} from '../../store/drafts.js';
import {appPaths} from '../../store/paths.js';
import type {Runtime} from '../../runtime.js';
import {isUnfinished} from '../components/UnfinishedBatches.js';

export type HomeReads = {
	/** The operation's draft as saved now, or undefined: read at call time, so the screen decides when. */
	draftOf: (operation: Operation) => Draft | undefined;
	/** The journal's unfinished batches, newest first; none when the journal is absent or cannot be read. */
	unfinished: () => BatchSummary[];
};

export function useHomeReads({env, runtime}: {env: NodeJS.ProcessEnv; runtime?: Pick<Runtime, 'journal'>}): HomeReads {
	const dataDir = useMemo(() => appPaths(env).dataDir, [env]);
	const journal = runtime?.journal;
	const draftOf = useCallback((operation: Operation) => loadDraft(dataDir, operation), [dataDir]);
	const unfinished = useCallback(() => {
		try {
			return journal ? journal.listAll().batches.filter(isUnfinished) : [];
		} catch {
			return [];
		}
	}, [journal]);
	return useMemo(() => ({draftOf, unfinished}), [draftOf, unfinished]);
}
