// Stored accounts: switch, add, import, remove. Secrets appear only masked.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {messages} from '../../i18n/index.js';
import {Notice} from '../components/Notice.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {accountLabel} from '../endpoint-label.js';
import {cells, padEndCells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {describeImport} from './accounts-text.js';

const text = messages({
	title: {en: 'Accounts', zh: '账号'},
	cn: {en: 'China site', zh: '中国站'},
	intl: {en: 'International site', zh: '国际站'},
	using: {en: (name: string) => `Using ${name}.`, zh: (name: string) => `正在使用 ${name}。`},
	removed: {en: (name: string) => `Removed ${name}.`, zh: (name: string) => `已删除 ${name}。`},
	usingSandbox: {en: 'Using the sandbox.', zh: '正在使用沙箱。'},
	importLong: {en: (path: string) => `Import AK and StsToken profiles from ${path}`, zh: (path: string) => `从 ${path} 导入 AK 和 StsToken 配置`},
	sandbox: {en: 'sandbox', zh: '沙箱'},
	stored: {en: 'Stored accounts', zh: '已保存的账号'},
	inUse: {en: (name: string) => `  in use: ${name}`, zh: (name: string) => `  当前使用：${name}`},
	none: {en: 'none', zh: '无'},
	envSet: {en: 'ALIBABA_CLOUD_ACCESS_KEY_ID is set: it is used before any stored account.', zh: '已设置 ALIBABA_CLOUD_ACCESS_KEY_ID：它优先于任何已保存的账号。'},
	accounts: {en: 'accounts', zh: '账号'},
	noAccounts: {en: 'No accounts yet: press a to add an AccessKey, or s to use the sandbox.', zh: '还没有账号：按 a 添加 AccessKey，或按 s 使用沙箱。'},
	loading: {en: 'Loading…', zh: '正在加载…'},
	secret: {en: 'secret', zh: '密钥'},
	active: {en: 'active', zh: '使用中'},
	confirmRemove: {en: (name: string) => `Remove ${name}? Press y to remove, any other key to keep it.`, zh: (name: string) => `删除 ${name}？按 y 删除，按其他键保留。`},
	readFailed: {en: 'Could not read the accounts file', zh: '无法读取账号文件'},
});

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
	const usingEnv = session.runtime?.accountLabel === 'environment';

	const switchTo = (name: string) => {
		accounts.setActive(name);
		setMessage(text.using(name));
		connect({...session.flags, sandbox: false, account: undefined});
	};

	useKeypress(key => {
		if (confirmRemove) {
			if (matches('confirmRemove', key)) {
				accounts.remove(confirmRemove);
				setMessage(text.removed(confirmRemove));
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
			switchTo(highlighted.name);
			return true;
		}

		if (matches('addAccount', key)) {
			dispatch({type: 'go', screen: 'add-account'});
			return true;
		}

		if (matches('importAccounts', key)) {
			void accounts.importFromCli().then(result => {
				if (!result) {
					return;
				}

				setMessage(describeImport(result));
				if (result.found && result.added.length > 0 && !session.runtime) {
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

	const hints: KeyHint[] = [
		hint('useAccount'),
		hint('back'),
		hint('addAccount'),
		...(accounts.cliConfigPath ? [hint('importAccounts', {description: text.importLong(accounts.cliConfigPath)})] : []),
		hint('removeAccount'),
		hint('useSandbox'),
		hint('move', {arrows: symbols.arrowUpDown}),
	];

	return (
		<ScreenFrame title={text.title} hints={hints}>
			<Text>
				<Text bold>{text.stored}</Text>
				<Text color={colors.muted}>{text.inUse(session.runtime ? accountLabel(session.runtime.accountLabel) : text.none)}</Text>
			</Text>
			{usingEnv && <Notice kind="warn">{text.envSet}</Notice>}
			<Box marginTop={1} flexDirection="column">
				<WindowedList
					items={accounts.accounts}
					height={height}
					selectedIndex={navigation.index}
					noun={text.accounts}
					emptyText={accounts.ready ? text.noAccounts : text.loading}
					getKey={account => account.name}
					renderItem={(account, _index, selected) => (
						// The status is a column of its own after the name, so a narrow terminal cuts the key's details,
						// never whether the account is the one in use.
						<Box>
							<Box flexShrink={0}>
								<Text color={selected ? colors.accent : undefined} bold={selected}>{`${selected ? symbols.pointer : ' '} ${padEndCells(account.name, 14)} `}</Text>
								<Text color={colors.success}>{padEndCells(account.active ? `${symbols.success} ${text.active}` : '', cells(`${symbols.success} ${text.active}`) + 2)}</Text>
							</Box>
							<Text wrap="truncate-end">{`${account.accessKeyId}  ${text.secret} ${account.maskedSecret}  ${text[account.site]}${account.sts ? '  STS' : ''}`}</Text>
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
