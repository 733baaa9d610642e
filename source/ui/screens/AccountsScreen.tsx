// Stored accounts: switch, add, import, remove. Secrets appear only masked.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {Notice} from '../components/Notice.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {accountLabel} from '../endpoint-label.js';
import {cells, padEndCells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {describeImport} from './import-text.js';
import {text} from './accounts-text.js';

export const AccountsScreen = () => {
	const {symbols, colors} = useTheme();
	const session = useSessionState();
	const {dispatch, accounts, connect} = useActions();
	const [confirmRemove, setConfirmRemove] = useState<string | undefined>(undefined);
	const [message, setMessage] = useState<string | undefined>(undefined);
	const hints: KeyHint[] = [
		hint('useAccount'),
		hint('back'),
		hint('addAccount'),
		...(accounts.cliConfigPath ? [hint('importAccounts', {description: text.importLong(accounts.cliConfigPath)})] : []),
		hint('removeAccount'),
		hint('useSandbox'),
		hint('move', {arrows: symbols.arrowUpDown}),
	];

	// The body less the title, the notices and the margins around the list.
	const height = Math.max(3, useScreenBodyRows(hints) - 10);
	const navigation = useListNavigation({count: accounts.accounts.length, pageSize: height});
	const highlighted = accounts.accounts[navigation.index];
	const runtime = session.runtime;
	// The key the app runs on came from the environment when it is neither the sandbox's nor a stored account's.
	const usingEnv = runtime !== undefined && !runtime.sandbox && runtime.account === undefined;
	// The mark follows the account the app runs on (the header's), not the store's choice for the next start: after
	// `--account`, an import or a switch still connecting, the two differ (README, Accounts).
	const inUse = runtime?.account;
	const statusWidth = cells(`${symbols.success} ${text.inUseMark}`) + 2;
	// Columns as wide as their longest entry, so the AccessKey IDs start in one column.
	const nameWidth = Math.max(14, ...accounts.accounts.map((account) => cells(account.name)));
	const idWidth = Math.max(0, ...accounts.accounts.map((account) => cells(account.accessKeyId)));

	const switchTo = (name: string) => {
		accounts.setActive(name);
		setMessage(text.using(name));
		connect({...session.flags, sandbox: false, account: undefined});
	};

	useKeypress((key) => {
		if (confirmRemove) {
			if (matches('confirmRemove', key)) {
				accounts.remove(confirmRemove);
				setMessage(text.removed(confirmRemove));
				if (runtime?.account === confirmRemove) {
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
			switchTo(highlighted.name);
			return true;
		}

		if (matches('addAccount', key)) {
			dispatch({type: 'go', screen: 'add-account'});
			return true;
		}

		if (matches('importAccounts', key)) {
			void accounts.importFromCli().then((result) => {
				if (!result) {
					return;
				}

				setMessage(describeImport(result));
				if (result.found && result.added.length > 0 && !runtime) {
					connect({...session.flags, sandbox: false});
				}
			});

			return true;
		}

		if (matches('removeAccount', key)) {
			if (highlighted) {
				setConfirmRemove(highlighted.name);
			}

			return true;
		}

		if (matches('useSandbox', key)) {
			connect({...session.flags, sandbox: true});
			setMessage(text.usingSandbox);
			return true;
		}

		return undefined;
	});

	return (
		<ScreenFrame title={text.title} hints={hints}>
			<Text>
				<Text bold>{text.stored}</Text>
				<Text color={colors.muted}>{text.inUse(runtime ? accountLabel(runtime.accountLabel) : text.none)}</Text>
			</Text>
			{usingEnv && <Notice kind="warn">{text.envSet}</Notice>}
			<Box marginTop={1} flexDirection="column">
				<WindowedList
					items={accounts.accounts}
					height={height}
					selectedIndex={navigation.index}
					noun={text.accounts}
					emptyText={accounts.ready ? text.noAccounts : text.loading}
					getKey={(account) => account.name}
					renderItem={(account, _index, selected) => (
						// The status is a column of its own after the name, so a narrow terminal cuts the key's details,
						// never whether the account is the one in use.
						<Box>
							<Box flexShrink={0}>
								<Text
									color={selected ? colors.accent : undefined}
									bold={selected}
								>{`${selected ? symbols.pointer : ' '} ${padEndCells(account.name, nameWidth)} `}</Text>
								<Text color={colors.success}>
									{padEndCells(account.name === inUse ? `${symbols.success} ${text.inUseMark}` : '', statusWidth)}
								</Text>
							</Box>
							<Text wrap="truncate-end">{`${padEndCells(account.accessKeyId, idWidth)}  ${text.secret} ${account.maskedSecret}  ${text[account.site]}${account.sts ? '  STS' : ''}`}</Text>
						</Box>
					)}
				/>
			</Box>
			<Box marginTop={1} flexDirection="column">
				{confirmRemove && <Notice kind="warn">{text.confirmRemove(confirmRemove)}</Notice>}
				{message && !confirmRemove && <Notice kind="success">{message}</Notice>}
				{accounts.loadError && <Notice error={accounts.loadError}>{text.readFailed}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
