// Home: the four things alidomain does, with the account and endpoint in the header.
import {Box, Text} from 'ink';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {commonHints} from '../input/keys.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

type Choice = 'register' | 'redeem' | 'watch' | 'accounts' | 'quit';

const ITEMS: Array<SelectListItem<Choice>> = [
	{label: 'Register domains', value: 'register', hint: 'many names in one batch'},
	{label: 'Redeem domains', value: 'redeem', hint: 'names in their redemption period'},
	{label: 'Watch tasks', value: 'watch', hint: 'batches submitted before'},
	{label: 'Accounts', value: 'accounts', hint: 'add, switch, remove'},
	{label: 'Quit', value: 'quit'},
];

export const HomeScreen = () => {
	const {symbols, colors} = useTheme();
	const session = useSessionState();
	const {dispatch, quit} = useActions();
	const common = commonHints(symbols.arrowUpDown);

	const choose = ({value}: SelectListItem<Choice>) => {
		switch (value) {
			case 'register':
			case 'redeem': {
				dispatch({type: 'start-flow', operation: value});
				break;
			}

			case 'watch': {
				dispatch({type: 'go', screen: 'history'});
				break;
			}

			case 'accounts': {
				dispatch({type: 'go', screen: 'accounts'});
				break;
			}

			case 'quit': {
				quit();
				break;
			}
		}
	};

	return (
		<ScreenFrame title="Home" hints={[common.move, common.select]}>
			<Text bold>What would you like to do?</Text>
			<Box marginTop={1}>
				<SelectList items={ITEMS} onSelect={choose} />
			</Box>
			<Box marginTop={1} flexDirection="column">
				{session.status === 'connecting' && <Spinner label={session.flags.sandbox ? 'Starting the sandbox…' : 'Connecting…'} />}
				{session.status === 'ready' && session.runtime?.sandbox && (
					<Text color={colors.muted}>The sandbox: nothing here touches a real account or costs money.</Text>
				)}
				{session.status === 'error' && <Notice error={session.error}>Could not connect</Notice>}
			</Box>
		</ScreenFrame>
	);
};
