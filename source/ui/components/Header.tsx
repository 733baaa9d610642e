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
	const details = [showAccount && text.account(account), showEndpoint && endpointLabel(endpoint)].filter(Boolean).join(` ${symbols.separator} `);
	return (
		<Box justifyContent="space-between">
			<Box flexShrink={0}>
				<Text bold color={colors.accent}>alidomain</Text>
				{title && <Text>{` ${symbols.arrowRight} ${title}`}</Text>}
			</Box>
			<Box flexShrink={1} marginLeft={2} justifyContent="flex-end">
				{details && (
					<Box flexShrink={1}>
						<Text color={colors.muted} wrap="truncate-start">{details}</Text>
					</Box>
				)}
				{sandbox && (
					<Box flexShrink={0} marginLeft={1}>
						<Text bold inverse color={colors.sandbox}>{text.sandbox}</Text>
					</Box>
				)}
			</Box>
		</Box>
	);
};
