// Elapsed time, time left and when the next refresh comes, ticking on its own so the rest of the screen does not
// redraw every second.
import {Text} from 'ink';
import type {PollerState} from '../../core/status/status-poller.js';
import {count, messages} from '../../i18n/index.js';
import {formatDuration, secondsUntil} from '../format-duration.js';
import {useNow} from '../hooks/use-now.js';
import {useTheme} from '../theme.js';

const text = messages({
	finished: {en: (d: string) => `finished in ${d}`, zh: (d: string) => `已完成，用时 ${d}`},
	elapsed: {en: (d: string) => `elapsed ${d}`, zh: (d: string) => `已用 ${d}`},
	estimating: {en: 'estimating time left', zh: '正在估算剩余时间'},
	left: {en: (d: string) => `about ${d} left`, zh: (d: string) => `约剩 ${d}`},
	refreshing: {en: 'refreshing', zh: '正在刷新'},
	next: {en: (s: number) => `next refresh in ${s}s`, zh: (s: number) => `${s} 秒后刷新`},
	requests: {
		en: (n: number) => `${count(n, ['call', 'calls'], '')} a refresh`,
		zh: (n: number) => `每次刷新调用 ${n} 次`,
	},
});

/** `finishedAt`: when a reopened batch was first seen final, so "finished in" reads the same each time. */
export const PollClock = ({state, finishedAt}: {state: PollerState; finishedAt?: number}) => {
	const {colors, symbols} = useTheme();
	const now = useNow(1000, !state.done);
	const parts: string[] = [];
	if (state.done) {
		parts.push(text.finished(formatDuration((finishedAt ?? state.lastRefreshAt ?? now) - state.startedAt)));
	} else {
		parts.push(text.elapsed(formatDuration(now - state.startedAt)));
		const left =
			state.etaMs === undefined ? undefined : Math.max(0, state.etaMs - (now - (state.lastRefreshAt ?? now)));
		parts.push(left === undefined ? text.estimating : text.left(formatDuration(left)));
		if (state.refreshing) {
			parts.push(text.refreshing);
		} else if (state.nextRefreshAt !== undefined) {
			parts.push(text.next(secondsUntil(state.nextRefreshAt, now)));
		}
	}

	// How many calls to the server a refresh cost, while it refreshes: the account's rate limit is shared with every
	// other tool.
	if (!state.done) parts.push(text.requests(state.requestsLastRefresh));
	return (
		<Text color={colors.muted} wrap="truncate-end">
			{parts.join(` ${symbols.separator} `)}
		</Text>
	);
};
