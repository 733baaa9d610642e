// Elapsed time, time left and when the next refresh comes, ticking on its own so the rest of the screen does not
// redraw every second.
import {Text} from 'ink';
import type {PollerState} from '../../core/status-poller.js';
import {formatDuration, secondsUntil} from '../format-duration.js';
import {useNow} from '../hooks/use-now.js';
import {useTheme} from '../theme.js';

export const PollClock = ({state}: {state: PollerState}) => {
	const {colors, symbols} = useTheme();
	const now = useNow(1000, !state.done);
	const parts: string[] = [];
	if (state.done) {
		parts.push(`finished in ${formatDuration((state.lastRefreshAt ?? now) - state.startedAt)}`);
	} else {
		parts.push(`elapsed ${formatDuration(now - state.startedAt)}`);
		const left = state.etaMs === undefined ? undefined : Math.max(0, state.etaMs - (now - (state.lastRefreshAt ?? now)));
		parts.push(left === undefined ? 'estimating time left' : `about ${formatDuration(left)} left`);
		if (state.refreshing) {
			parts.push('refreshing');
		} else if (state.nextRefreshAt !== undefined) {
			parts.push(`next refresh in ${secondsUntil(state.nextRefreshAt, now)}s`);
		}
	}

	parts.push(`${state.requestsLastRefresh} requests last refresh`);
	return <Text color={colors.muted} wrap="truncate-end">{parts.join(` ${symbols.separator} `)}</Text>;
};
