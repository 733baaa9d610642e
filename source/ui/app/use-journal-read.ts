// The journal's batches as history lists them, read by the engine so that the history screen only renders them.
// Every batch that can be read, and a named error for each one that cannot: never a silently shorter list.
import {useMemo} from 'react';
import type {BatchSummary} from '../../core/submit/journal-rules.js';
import type {Runtime} from '../../runtime.js';
import type {JournalError} from '../../store/journal.js';

export type JournalRead = {batches: BatchSummary[]; problems: JournalError[]; error: Error | undefined};

/**
 * The journal changes on disk, where React cannot see it: `version` is bumped after each change to read it again.
 */
export function useJournalRead(journal: Pick<Runtime['journal'], 'listAll'>, version: number): JournalRead {
	return useMemo(() => {
		try {
			return {...journal.listAll(), error: undefined};
		} catch (error) {
			return {batches: [], problems: [], error: error as Error};
		}
		// eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the files on disk
	}, [journal, version]);
}
