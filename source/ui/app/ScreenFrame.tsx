// What every screen shares: the header with account, endpoint and the SANDBOX badge; the key bar; `?` help.
// The help covers the screen without unmounting it, so nothing typed is lost while it is open.
import {Box} from 'ink';
import type {ReactNode} from 'react';
import {messages} from '../../i18n/index.js';
import {Header} from '../components/Header.js';
import {HelpOverlay, useHelpToggle} from '../components/HelpOverlay.js';
import {KeyBar} from '../components/KeyBar.js';
import {commonHints, type KeyHint} from '../input/keys.js';
import {useTheme} from '../theme.js';
import {useSessionState} from './contexts.js';

const text = messages({
	connecting: {en: 'connecting…', zh: '正在连接…'},
	noAccount: {en: 'no account', zh: '未配置'},
	keys: {en: (title: string) => `${title}: keys`, zh: (title: string) => `${title}：按键`},
});

export type ScreenFrameProps = {
	title: string;
	hints: readonly KeyHint[];
	children: ReactNode;
	/** Off while a text field takes `?` as text. */
	helpActive?: boolean;
};

export const ScreenFrame = ({title, hints, children, helpActive = true}: ScreenFrameProps) => {
	const {symbols} = useTheme();
	const session = useSessionState();
	const help = useHelpToggle({isActive: helpActive});
	const common = commonHints(symbols.arrowUpDown);
	const all = [...hints, ...(helpActive ? [common.help] : []), common.quit];
	const runtime = session.runtime;
	const account = session.status === 'connecting' ? text.connecting : runtime?.accountLabel ?? (session.status === 'no-credentials' ? text.noAccount : undefined);
	return (
		<Box flexDirection="column">
			<Header title={title} account={account} endpoint={runtime?.endpoint} sandbox={runtime?.sandbox ?? Boolean(session.flags.sandbox)} />
			{help.isOpen && <HelpOverlay hints={all} title={text.keys(title)} onClose={help.close} />}
			<Box flexDirection="column" display={help.isOpen ? 'none' : 'flex'} marginTop={1}>
				{children}
			</Box>
			<Box marginTop={1}>
				<KeyBar hints={all} />
			</Box>
		</Box>
	);
};
