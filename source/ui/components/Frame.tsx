// What every screen is drawn in: the header (screen title, account, endpoint, the SANDBOX badge), the screen's
// body, and the key bar; `?` (F1 inside a text field) opens the help, built from the same hints as the bar. The
// help covers the body without unmounting it, so nothing typed is lost while it is open. Below the smallest
// usable terminal the frame says so instead of drawing a screen whose header would scroll away.
import {Box, Text} from 'ink';
import {useState, type ReactNode} from 'react';
import {messages} from '../../i18n/index.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {keyPriority} from '../input/InputProvider.js';
import {hint, type KeyHint} from '../input/key-bindings.js';
import {useInputEvents} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {Header} from './Header.js';
import {HelpOverlay, useHelpToggle} from './HelpOverlay.js';
import {KeyBar} from './KeyBar.js';
import {Wrapped} from './Wrapped.js';

const text = messages({
	keys: {en: (title: string) => `${title}: keys`, zh: (title: string) => `${title}：按键`},
	// Short enough for one line at the smallest width, where it stands in for the key bar.
	pasteUnused: {
		en: 'Paste not used here: paste where a cursor shows.',
		zh: '粘贴未使用：此处不接受文字。请在有光标的输入框中粘贴。',
	},
	tooSmall: {
		en: (columns: number, rows: number, minColumns: number, minRows: number) =>
			`The terminal is ${columns}×${rows}; alidomain needs at least ${minColumns}×${minRows}. Make the window larger (Ctrl+C quits).`,
		zh: (columns: number, rows: number, minColumns: number, minRows: number) =>
			`终端为 ${columns}×${rows}；alidomain 至少需要 ${minColumns}×${minRows}。请把窗口调大（Ctrl+C 退出）。`,
	},
});

/** The smallest terminal a screen is drawn in; below it the frame asks for more room. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;

export type FrameProps = {
	title: string;
	account?: string;
	endpoint?: string;
	sandbox?: boolean;
	/** The screen's keys, the main action and the way out among them; help and quit are added here. */
	hints: readonly KeyHint[];
	children: ReactNode;
	/** A text field has the keys: `?` is text there, so F1 opens the help. */
	inTextField?: boolean;
	/** Off while something of the screen's own is modal (a detail view). */
	helpEnabled?: boolean;
	/** Lines under the header and the body; off for screens that count every row (status, history). */
	spacious?: boolean;
	/** Shown between the header and the body, also while the help is open (section tabs). */
	top?: ReactNode;
};

export const Frame = ({
	title,
	account,
	endpoint,
	sandbox,
	hints,
	children,
	inTextField = false,
	helpEnabled = true,
	spacious = true,
	top,
}: FrameProps) => {
	const {symbols, colors} = useTheme();
	const {columns, rows} = useTerminalSize();
	const help = useHelpToggle({isActive: helpEnabled, inTextField});
	// A paste nobody took is answered in place of the key bar, until the next key or paste.
	const [pasteUnused, setPasteUnused] = useState(false);
	useInputEvents(
		() => {
			setPasteUnused(false);
		},
		{priority: keyPriority.observer},
	);
	useInputEvents(
		(event) => {
			if (event.kind === 'paste') {
				setPasteUnused(true);
				return true;
			}

			return undefined;
		},
		{priority: keyPriority.fallback},
	);
	const all = [
		...hints,
		...(helpEnabled ? [hint(inTextField ? 'helpInField' : 'help')] : []),
		// Ctrl+C quits everywhere; a screen whose own way out already quits says it once.
		...(hints.some((h) => h.id === 'quitHome' || h.id === 'stopSubmit') ? [] : [hint('quit')]),
	].map((h) => ({...h, keys: h.keys.replace('↑↓', symbols.arrowUpDown)}));

	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
	return (
		<>
			{tooSmall && (
				<Wrapped>
					<Text wrap="wrap">{text.tooSmall(columns, rows, MIN_COLUMNS, MIN_ROWS)}</Text>
				</Wrapped>
			)}
			{/* Hidden, not unmounted, while too small: nothing typed or chosen is lost. */}
			<Box flexDirection="column" width={columns} display={tooSmall ? 'none' : 'flex'}>
				<Header title={title} account={account} endpoint={endpoint} sandbox={sandbox} />
				{top}
				{help.isOpen && <HelpOverlay hints={all} title={text.keys(title)} onClose={help.close} />}
				<Box flexDirection="column" display={help.isOpen ? 'none' : 'flex'} marginTop={spacious ? 1 : 0}>
					{children}
				</Box>
				<Box marginTop={spacious ? 1 : 0}>
					{pasteUnused ? (
						<Wrapped>
							<Text wrap="wrap" color={colors.warning}>{`${symbols.warning} ${text.pasteUnused}`}</Text>
						</Wrapped>
					) : (
						<KeyBar hints={all} />
					)}
				</Box>
			</Box>
		</>
	);
};
