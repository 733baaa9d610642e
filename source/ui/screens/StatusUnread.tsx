// The status view before anything was read from the server (docs/architecture.md, "Only what the server said"): an
// error that ended polling takes the whole view, and so does a retry before the first answer; no count is shown.
import {Box, Text} from 'ink';
import type {PollerState} from '../../core/status/status-poller.js';
import {Frame} from '../components/Frame.js';
import {PollNotice} from '../components/PollNotice.js';
import {Spinner} from '../components/Spinner.js';
import {hint} from '../input/key-bindings.js';
import {useTheme} from '../theme.js';
import type {StatusScreenTitle} from './StatusScreen.js';
import {text} from './status-text.js';

export type StatusUnreadProps = {
	state: PollerState;
	title: StatusScreenTitle;
};

export const StatusUnread = ({state, title}: StatusUnreadProps) => {
	const {colors, symbols} = useTheme();
	const {counts, failure, notice} = state;
	return (
		<Frame
			title={text.title(title.operation, counts.total > 0 ? counts.total : undefined, title.tasks, symbols.separator)}
			account={title.account}
			endpoint={title.endpoint}
			sandbox={title.sandbox}
			hints={[hint('leaveStatus', failure ? {description: text.leaveFailed} : {})]}
			spacious={false}
		>
			{failure ? (
				<Box flexDirection="column" marginTop={1}>
					<Text
						color={colors.failure}
						bold
						wrap="wrap"
					>{`${symbols.failure} ${failure.kind === 'unknown-tasks' ? text.unknownTasks : text.cannotRead}`}</Text>
					<Text wrap="wrap">{failure.code ? `${failure.code}: ${failure.message}` : failure.message}</Text>
					{failure.hint ? <Text wrap="wrap">{text.whatToDo(failure.hint)}</Text> : null}
					{failure.requestId ? (
						<Text color={colors.muted} wrap="wrap">
							{text.requestId(failure.requestId)}
						</Text>
					) : null}
					<Box marginTop={1}>
						<Text color={colors.muted} wrap="wrap">
							{text.stopped}
						</Text>
					</Box>
				</Box>
			) : (
				<Box flexDirection="column">
					<Spinner label={text.reading(title.tasks)} />
					{notice ? <PollNotice notice={notice} /> : null}
				</Box>
			)}
		</Frame>
	);
};
