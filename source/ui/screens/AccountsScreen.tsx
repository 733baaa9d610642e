// Stored accounts: switch, add, import, remove. Secrets appear only masked.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {Notice} from '../components/Notice.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

const SITE_LABEL = {cn: 'China site', intl: 'International site'} as const;

export const AccountsScreen = () => {
	const {symbols, colors} = useTheme();
	const {rows} = useTerminalSize();
	const session = useSessionState();
	const {dispatch, accounts, connect} = useActions();
	const [confirmRemove, setConfirmRemove] = useState<string | undefined>(undefined);
	const [message, setMessage] = useState<string | undefined>(undefined);
	const height = Math.max(3, rows - 14);
	const navigation = useListNavigation({count: accounts.accounts.length, pageSize: height});
	const highlighted = accounts.accounts[navigation.index];
	const common = keys.commonHints(symbols.arrowUpDown);
	const usingEnv = session.runtime?.accountLabel === 'environment';

	const useAccount = (name: string) => {
		accounts.setActive(name);
		setMessage(`Using ${name}.`);
		connect({...session.flags, sandbox: false, account: undefined});
	};

	useKeypress(key => {
		if (confirmRemove) {
			if (key.text === 'y' || keys.isSubmit(key)) {
				accounts.remove(confirmRemove);
				setMessage(`Removed ${confirmRemove}.`);
				if (session.runtime?.accountLabel === confirmRemove) {
					connect({...session.flags, account: undefined});
				}
			}

			setConfirmRemove(undefined);
			return true;
		}

		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (keys.isSubmit(key) && highlighted) {
			useAccount(highlighted.name);
			return true;
		}

		switch (key.text) {
			case 'a': {
				dispatch({type: 'go', screen: 'add-account'});
				return true;
			}

			case 'i': {
				if (accounts.cliConfig) {
					void accounts.importFromCli().then(result => {
						setMessage(`Imported ${result.added.length} account(s)${result.kept.length > 0 ? `; kept ${result.kept.join(', ')} as stored` : ''}${result.skipped.length > 0 ? `; skipped ${result.skipped.map(s => `${s.name} (${s.reason})`).join(', ')}` : ''}.`);
						if (result.added.length > 0 && !session.runtime) {
							connect({...session.flags, sandbox: false});
						}
					});
				}

				return true;
			}

			case 'd': {
				if (highlighted) {
					setConfirmRemove(highlighted.name);
				}

				return true;
			}

			case 's': {
				connect({...session.flags, sandbox: true});
				setMessage('Using the sandbox.');
				return true;
			}
		}

		return undefined;
	});

	const hints: keys.KeyHint[] = [
		common.move,
		{keys: 'Enter', label: 'use', description: 'Use the highlighted account from now on'},
		{keys: 'a', label: 'add', description: 'Add an AccessKey'},
		...(accounts.cliConfig ? [{keys: 'i', label: 'import', description: `Import AK and StsToken profiles from ${accounts.cliConfig.path}`}] : []),
		{keys: 'd', label: 'remove', description: 'Remove the highlighted account (asks first)'},
		{keys: 's', label: 'sandbox', description: 'Use the built-in sandbox'},
		common.back,
	];

	return (
		<ScreenFrame title="Accounts" hints={hints}>
			<Text>
				<Text bold>Stored accounts</Text>
				<Text color={colors.muted}>{`  in use: ${session.runtime?.accountLabel ?? 'none'}`}</Text>
			</Text>
			{usingEnv && <Notice kind="warn">ALIBABA_CLOUD_ACCESS_KEY_ID is set: it is used before any stored account.</Notice>}
			<Box marginTop={1} flexDirection="column">
				<WindowedList
					items={accounts.accounts}
					height={height}
					selectedIndex={navigation.index}
					noun="accounts"
					emptyText={accounts.ready ? 'No accounts yet: press a to add an AccessKey, or s to use the sandbox.' : 'Loading…'}
					getKey={account => account.name}
					renderItem={(account, _index, selected) => (
						<Text wrap="truncate-end">
							<Text color={selected ? colors.accent : undefined} bold={selected}>{`${selected ? symbols.pointer : ' '} ${account.name.padEnd(14)}`}</Text>
							{` ${account.accessKeyId}  secret ${account.maskedSecret}  ${SITE_LABEL[account.site]}${account.sts ? '  STS' : ''}`}
							{account.active && <Text color={colors.success}>{`  ${symbols.success} active`}</Text>}
						</Text>
					)}
				/>
			</Box>
			<Box marginTop={1} flexDirection="column">
				{confirmRemove && <Notice kind="warn">{`Remove ${confirmRemove}? Press y to remove, any other key to keep it.`}</Notice>}
				{message && !confirmRemove && <Notice kind="success">{message}</Notice>}
				{accounts.loadError && <Notice error={accounts.loadError}>Could not read the accounts file</Notice>}
			</Box>
		</ScreenFrame>
	);
};
