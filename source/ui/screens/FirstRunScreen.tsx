// No credentials anywhere: try the sandbox, add an AccessKey, or import the Alibaba Cloud CLI's profiles.
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {commonHints} from '../input/keys.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

type Choice = 'sandbox' | 'add' | 'import' | 'quit';

export const FirstRunScreen = () => {
	const {symbols, colors} = useTheme();
	const session = useSessionState();
	const {dispatch, accounts, connect, quit} = useActions();
	const [imported, setImported] = useState<string | undefined>(undefined);
	const common = commonHints(symbols.arrowUpDown);

	// Connected (the sandbox, a new account, an import): back to where the user was going.
	useEffect(() => {
		if (session.status === 'ready') {
			dispatch({type: 'back'});
		}
	}, [session.status, dispatch]);

	const items: Array<SelectListItem<Choice>> = [
		{label: 'Try the sandbox', value: 'sandbox', hint: 'no account needed, nothing is charged'},
		{label: 'Add an AccessKey', value: 'add', hint: 'stored in a file only you can read'},
		...(accounts.cliConfig ? [{label: `Import from ${accounts.cliConfig.path}`, value: 'import' as const, hint: `${accounts.cliConfig.importable} profile(s) can be imported`}] : []),
		{label: 'Quit', value: 'quit'},
	];

	const choose = async ({value}: SelectListItem<Choice>) => {
		switch (value) {
			case 'sandbox': {
				connect({...session.flags, sandbox: true});
				break;
			}

			case 'add': {
				dispatch({type: 'go', screen: 'add-account'});
				break;
			}

			case 'import': {
				const result = await accounts.importFromCli();
				setImported(`Imported ${result.added.length} account(s)${result.skipped.length > 0 ? `; skipped ${result.skipped.map(s => `${s.name} (${s.reason})`).join(', ')}` : ''}.`);
				if (result.added.length > 0) {
					connect({...session.flags, sandbox: false});
				}

				break;
			}

			case 'quit': {
				quit();
				break;
			}
		}
	};

	return (
		<ScreenFrame title="Welcome" hints={[common.move, common.select]}>
			<Text bold>No Alibaba Cloud credentials were found.</Text>
			<Text color={colors.muted}>alidomain looks in ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET, then in its stored accounts.</Text>
			<Box marginTop={1}>
				<SelectList items={items} onSelect={item => void choose(item)} isActive={session.status !== 'connecting'} />
			</Box>
			<Box marginTop={1} flexDirection="column">
				{session.status === 'connecting' && <Spinner label={session.flags.sandbox ? 'Starting the sandbox…' : 'Connecting…'} />}
				{imported && <Notice kind="info">{imported}</Notice>}
				{session.status === 'error' && <Notice error={session.error}>Could not connect</Notice>}
			</Box>
		</ScreenFrame>
	);
};
