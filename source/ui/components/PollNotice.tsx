// What went wrong with the last refresh and when the next try is: never the end of watching, so it is a warning
// with a countdown rather than an error screen.
import {Box, Text} from 'ink';
import type {PollerNotice} from '../../core/status-poller.js';
import {secondsUntil} from '../format-duration.js';
import {useNow} from '../hooks/use-now.js';
import {useTheme} from '../theme.js';

const HEADLINE: Record<PollerNotice['kind'], string> = {
	throttled: 'Throttled',
	network: 'Network error',
	error: 'Refresh failed',
};

/** Lines a notice takes on screen. */
export const POLL_NOTICE_HEIGHT = 2;

export const PollNotice = ({notice}: {notice: PollerNotice}) => {
	const {colors, symbols} = useTheme();
	const now = useNow(1000);
	const seconds = secondsUntil(notice.retryAt, now);
	const what = notice.code ? `${notice.code}: ${notice.message}` : notice.message;
	const more = [notice.hint, notice.requestId && `request id ${notice.requestId}`].filter(Boolean).join(` ${symbols.separator} `);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text color={notice.kind === 'error' ? colors.failure : colors.warning}>{`${notice.kind === 'error' ? symbols.failure : symbols.warning} `}</Text>
				<Text bold>{HEADLINE[notice.kind]}</Text>
				{` ${symbols.separator} ${seconds > 0 ? `retrying in ${seconds}s` : 'retrying now'} ${symbols.separator} ${what}`}
			</Text>
			<Text color={colors.muted} wrap="truncate-end">{`  ${more}`}</Text>
		</Box>
	);
};
