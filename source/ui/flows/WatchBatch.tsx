// A status view for one target (a journaled batch or bare task numbers): the status screen, wired to export,
// to the journal's last counts, and to a retry intent that the caller turns into a review.
import {useEffect, useState} from 'react';
import {StatusScreen} from '../screens/StatusScreen.js';
import type {StatusMessage} from '../state/status-view.js';
import {createWatchSession, type RetryIntent, type WatchSessionOptions} from '../app/watch-session.js';

export type WatchBatchProps = WatchSessionOptions & {
	/** A message the view shows as it opens (see StatusScreen). */
	note?: StatusMessage;
	/** The failed domains with the batch's operation and options; absent, the screen says retry is not available. */
	onRetryFailed?: (intent: RetryIntent) => string | void;
	onLeave: (failed?: boolean) => void;
};

export const WatchBatch = ({onRetryFailed, onLeave, note, ...options}: WatchBatchProps) => {
	// One session per mounted view; a new target needs a new `key`.
	const [session] = useState(() => createWatchSession(options));

	useEffect(() => {
		const stopListening = session.recordWhenDone();
		return () => {
			stopListening();
			// Leaving, quitting and unmounting all keep what was seen for history.
			session.recordCounts();
		};
	}, [session]);

	return (
		<StatusScreen
			poller={session.poller}
			board={session.board}
			title={session.title}
			note={note}
			onExport={session.exportResults}
			onRetryFailed={
				onRetryFailed
					? (failed) => {
							session.recordCounts();
							return onRetryFailed(session.retryIntent(failed));
						}
					: undefined
			}
			onLeave={(failed) => {
				session.recordCounts();
				onLeave(failed);
			}}
		/>
	);
};
