import {Box, Text} from 'ink';
import {messages} from '../../i18n/index.js';
import {BUILT_IN_SANDBOX, endpointLabel} from '../endpoint-label.js';
import {useTheme} from '../theme.js';

const text = messages({
	account: {en: (name: string) => `account ${name}`, zh: (name: string) => `账号 ${name}`},
	sandbox: {en: ' SANDBOX ', zh: ' 沙箱 '},
});

export type HeaderProps = {
	/** The screen's name, after the app's. */
	title?: string;
	account?: string;
	endpoint?: string;
	/** Shows a badge no one can miss: nothing here touches a real account or costs money. */
	sandbox?: boolean;
};

export const Header = ({title, account, endpoint, sandbox = false}: HeaderProps) => {
	const {colors, symbols} = useTheme();
	// The built-in sandbox is its own account and its own endpoint: the badge says "sandbox" once for all three.
	const showAccount = account && !(sandbox && account === 'sandbox');
	const showEndpoint = endpoint && !(sandbox && endpoint === BUILT_IN_SANDBOX);
	return (
		<Box justifyContent="space-between">
			<Box flexShrink={0}>
				<Text bold color={colors.accent}>
					alidomain
				</Text>
				{title && <Text>{` ${symbols.arrowRight} ${title}`}</Text>}
			</Box>
			<Box flexShrink={1} marginLeft={2} justifyContent="flex-end">
				{/* Short of room the endpoint gives way first (its host cut from the left, the port kept), the account last. */}
				{showAccount && (
					<Box flexShrink={1}>
						<Text color={colors.muted} wrap="truncate-end">
							{text.account(account)}
						</Text>
					</Box>
				)}
				{showAccount && showEndpoint && (
					<Box flexShrink={0}>
						<Text color={colors.muted}>{` ${symbols.separator} `}</Text>
					</Box>
				)}
				{showEndpoint && (
					<Box flexShrink={1000}>
						<Text color={colors.muted} wrap="truncate-start">
							{endpointLabel(endpoint)}
						</Text>
					</Box>
				)}
				{sandbox && (
					<Box flexShrink={0} marginLeft={1}>
						<Text bold inverse color={colors.sandbox}>
							{text.sandbox}
						</Text>
					</Box>
				)}
			</Box>
		</Box>
	);
};
