// No credentials anywhere: try the sandbox, add an AccessKey, or import the Alibaba Cloud CLI's profiles.
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {hint} from '../input/key-bindings.js';
import {isLeave} from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {describeImport} from './import-text.js';
import {text} from './first-run-text.js';

type Choice = 'sandbox' | 'add' | 'import' | 'quit';

export const FirstRunScreen = () => {
	const {symbols, colors} = useTheme();
	const session = useSessionState();
	const {dispatch, accounts, connect, quit} = useActions();
	const [imported, setImported] = useState<string | undefined>(undefined);
	// `q` leaves the app from here, as it leaves any view with nothing behind it.
	useKeypress((key) => {
		if (isLeave(key)) {
			quit();
			return true;
		}

		return undefined;
	});

	// Connected (the sandbox, a new account, an import): back to where the user was going.
	useEffect(() => {
		if (session.status === 'ready') {
			dispatch({type: 'back'});
		}
	}, [session.status, dispatch]);

	const items: Array<SelectListItem<Choice>> = [
		{label: text.sandbox, value: 'sandbox', hint: text.sandboxHint},
		{label: text.add, value: 'add', hint: text.addHint},
		...(accounts.cliConfig
			? [
					{
						label: text.import(accounts.cliConfig.path),
						value: 'import' as const,
						hint: text.importHint(accounts.cliConfig.importable),
					},
				]
			: []),
		{label: text.quit, value: 'quit'},
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
				if (!result) {
					break;
				}

				setImported(describeImport(result));
				if (result.found && result.added.length > 0) {
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
		<ScreenFrame
			title={text.title}
			hints={[hint('select'), hint('quitHome'), hint('move', {arrows: symbols.arrowUpDown})]}
		>
			<Text bold>{text.noCredentials}</Text>
			<Text color={colors.muted}>{text.where}</Text>
			<Box marginTop={1}>
				<SelectList items={items} onSelect={(item) => void choose(item)} isActive={session.status !== 'connecting'} />
			</Box>
			<Box marginTop={1} flexDirection="column">
				{session.status === 'connecting' && (
					<Spinner label={session.flags.sandbox ? text.startingSandbox : text.connecting} />
				)}
				{imported && <Notice kind="info">{imported}</Notice>}
				{session.status === 'error' && <Notice error={session.error}>{text.couldNotConnect}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
