// The wizard's screens in the Frame, with the header filled from the session: the account (or "connecting…"),
// the endpoint and the sandbox badge.
import type {ReactNode} from 'react';
import {messages} from '../../i18n/index.js';
import {Frame, useBodyRows} from '../components/Frame.js';
import type {KeyHint} from '../input/keys.js';
import {useSessionState} from './contexts.js';

const text = messages({
	connecting: {en: 'connecting…', zh: '正在连接…'},
	noAccount: {en: 'no account', zh: '未配置'},
});

export type ScreenFrameProps = {
	title: string;
	hints: readonly KeyHint[];
	children: ReactNode;
	/** Off while a text field takes `?` as text: F1 opens the help then, and the bar says so. */
	helpActive?: boolean;
};

export const ScreenFrame = ({title, hints, children, helpActive = true}: ScreenFrameProps) => {
	const session = useSessionState();
	const runtime = session.runtime;
	const account =
		session.status === 'connecting'
			? text.connecting
			: (runtime?.accountLabel ?? (session.status === 'no-credentials' ? text.noAccount : undefined));
	return (
		<Frame
			title={title}
			account={account}
			endpoint={runtime?.endpoint}
			sandbox={runtime?.sandbox ?? Boolean(session.flags.sandbox)}
			hints={hints}
			inTextField={!helpActive}
		>
			{children}
		</Frame>
	);
};

/** The lines a wizard screen's body may take inside its ScreenFrame with these hints (see useBodyRows). */
export const useScreenBodyRows = (hints: readonly KeyHint[], helpActive = true): number =>
	useBodyRows({hints, inTextField: !helpActive});
