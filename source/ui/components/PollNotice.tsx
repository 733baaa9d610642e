// What went wrong with the last refresh and when the next try is: never the end of watching, so it is a warning
// with a countdown rather than an error screen.
import {Box, Text} from 'ink';
import type {PollerNotice} from '../../core/status/status-poller.js';
import {messages} from '../../i18n/index.js';
import {secondsUntil} from '../format-duration.js';
import {useNow} from '../hooks/use-now.js';
import {useTheme} from '../theme.js';

const text = messages({
	throttled: {en: 'Throttled', zh: '请求被限流'},
	network: {en: 'Network error', zh: '网络错误'},
	error: {en: 'Refresh failed', zh: '刷新失败'},
	retryingIn: {en: (s: number) => `retrying in ${s}s`, zh: (s: number) => `${s} 秒后重试`},
	retryingNow: {en: 'retrying now', zh: '正在重试'},
	requestId: {en: (id: string) => `request id ${id}`, zh: (id: string) => `请求 ID ${id}`},
});

/** Lines a notice takes on screen. */
export const POLL_NOTICE_HEIGHT = 2;

export const PollNotice = ({notice}: {notice: PollerNotice}) => {
	const {colors, symbols} = useTheme();
	const now = useNow(1000);
	const seconds = secondsUntil(notice.retryAt, now);
	const what = notice.code ? `${notice.code}: ${notice.message}` : notice.message;
	const more = [notice.hint, notice.requestId && text.requestId(notice.requestId)]
		.filter(Boolean)
		.join(` ${symbols.separator} `);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text
					color={notice.kind === 'error' ? colors.failure : colors.warning}
				>{`${notice.kind === 'error' ? symbols.failure : symbols.warning} `}</Text>
				<Text bold>{text[notice.kind]}</Text>
				{` ${symbols.separator} ${seconds > 0 ? text.retryingIn(seconds) : text.retryingNow} ${symbols.separator} ${what}`}
			</Text>
			<Text color={colors.muted} wrap="truncate-end">{`  ${more}`}</Text>
		</Box>
	);
};
