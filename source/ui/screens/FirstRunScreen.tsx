// No credentials anywhere: try the sandbox, add an AccessKey, or import the Alibaba Cloud CLI's profiles.
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import {count, messages} from '../../i18n/index.js';
import {Notice} from '../components/Notice.js';
import {SelectList, type SelectListItem} from '../components/SelectList.js';
import {Spinner} from '../components/Spinner.js';
import {hint} from '../input/key-bindings.js';
import {isLeave} from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useSessionState} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {describeImport} from './accounts-text.js';

type Choice = 'sandbox' | 'add' | 'import' | 'quit';

const text = messages({
	title: {en: 'Welcome', zh: '欢迎'},
	noCredentials: {en: 'No Alibaba Cloud credentials were found.', zh: '未找到阿里云凭证。'},
	where: {en: 'alidomain looks in ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET, then in its stored accounts.', zh: 'alidomain 先读取环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET，再读取已保存的账号。'},
	sandbox: {en: 'Try the sandbox', zh: '试用沙箱'},
	sandboxHint: {en: 'no account needed, nothing is charged', zh: '无需账号，不产生费用'},
	add: {en: 'Add an AccessKey', zh: '添加 AccessKey'},
	addHint: {en: 'stored in a file only you can read', zh: '保存在仅你可读的文件中'},
	import: {en: (path: string) => `Import from ${path}`, zh: (path: string) => `从 ${path} 导入`},
	importHint: {en: (n: number) => `${count(n, ['profile', 'profiles'], '')} can be imported`, zh: (n: number) => `可导入 ${n} 个配置`},
	quit: {en: 'Quit', zh: '退出'},
	startingSandbox: {en: 'Starting the sandbox…', zh: '正在启动沙箱…'},
	connecting: {en: 'Connecting…', zh: '正在连接…'},
	couldNotConnect: {en: 'Could not connect', zh: '无法连接'},
});

export const FirstRunScreen = () => {
	const {symbols, colors} = useTheme();
	const session = useSessionState();
	const {dispatch, accounts, connect, quit} = useActions();
	const [imported, setImported] = useState<string | undefined>(undefined);
	// `q` leaves the app from here, as it leaves any view with nothing behind it.
	useKeypress(key => {
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
		...(accounts.cliConfig ? [{label: text.import(accounts.cliConfig.path), value: 'import' as const, hint: text.importHint(accounts.cliConfig.importable)}] : []),
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
		<ScreenFrame title={text.title} hints={[hint('select'), hint('quitHome'), hint('move', {arrows: symbols.arrowUpDown})]}>
			<Text bold>{text.noCredentials}</Text>
			<Text color={colors.muted}>{text.where}</Text>
			<Box marginTop={1}>
				<SelectList items={items} onSelect={item => void choose(item)} isActive={session.status !== 'connecting'} />
			</Box>
			<Box marginTop={1} flexDirection="column">
				{session.status === 'connecting' && <Spinner label={session.flags.sandbox ? text.startingSandbox : text.connecting} />}
				{imported && <Notice kind="info">{imported}</Notice>}
				{session.status === 'error' && <Notice error={session.error}>{text.couldNotConnect}</Notice>}
			</Box>
		</ScreenFrame>
	);
};
