// What every screen is drawn in: the header (screen title, account, endpoint, the SANDBOX badge), the screen's
// body, and the key bar; `?` (F1 inside a text field) opens the help, built from the same hints as the bar. The
// help covers the body without unmounting it, so nothing typed is lost while it is open. Below the smallest
// usable terminal the frame says so instead of drawing a screen whose header would scroll away. The key bar takes a
// second line when one is not enough; `useBodyRows` tells a screen how many rows are left for its body, so a list
// sized from it never pushes the frame past the terminal (docs/architecture.md, "The screen").
import {Box, Text} from 'ink';
import {useState, type ReactNode} from 'react';
import {messages} from '../../i18n/index.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {keyPriority} from '../input/InputProvider.js';
import {hint, keyOf, type KeyHint} from '../input/key-bindings.js';
import {useInputEvents} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {Header} from './Header.js';
import {HelpOverlay, useHelpToggle} from './HelpOverlay.js';
import {KeyBar, keyBarLines, MAX_BAR_LINES} from './KeyBar.js';
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
			`The terminal is ${columns}×${rows}; alidomain needs at least ${minColumns}×${minRows}. Make the window larger (${keyOf('quit')} quits).`,
		zh: (columns: number, rows: number, minColumns: number, minRows: number) =>
			`终端为 ${columns}×${rows}；alidomain 至少需要 ${minColumns}×${minRows}。请把窗口调大（${keyOf('quit')} 退出）。`,
	},
});

/** The smallest terminal a screen is drawn in; below it the frame asks for more room. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;

/** What decides how many lines the frame itself takes: the screen's keys, and the frame's options. */
export type FrameLayout = {
	/** The screen's keys, the main action and the way out among them; help and quit are added here. */
	hints: readonly KeyHint[];
	/** A text field has the keys: `?` is text there, so F1 opens the help. */
	inTextField?: boolean;
	/** Off while something of the screen's own is modal (a detail view). */
	helpEnabled?: boolean;
	/** Lines under the header and the body; off for screens that count every row (status, history). */
	spacious?: boolean;
	/** Lines of `top` (section tabs). */
	topLines?: number;
};

/** The bar's hints: the screen's, then help and quit. */
const barHints = ({hints, inTextField = false, helpEnabled = true}: FrameLayout, arrows: string): KeyHint[] =>
	[
		...hints,
		...(helpEnabled ? [hint(inTextField ? 'helpInField' : 'help')] : []),
		// Ctrl+C quits everywhere; a screen whose own way out already quits says it once.
		...(hints.some((h) => h.id === 'quitHome' || h.id === 'stopSubmit') ? [] : [hint('quit')]),
	].map((h) => ({...h, keys: h.keys.replace('↑↓', arrows)}));

/**
 * The lines a screen's body may take: the terminal's rows less the header, the key bar (one line or two, see
 * KeyBar) and the spacing. Screens size their lists from this instead of guessing the frame's lines, so a bar
 * that takes a second line never pushes the body off the screen (a region taller than the terminal is redrawn
 * whole on every change). Give it the same hints and options as the Frame.
 */
export const useBodyRows = (layout: FrameLayout): number => {
	const {symbols} = useTheme();
	const {columns, rows} = useTerminalSize();
	const bar = keyBarLines(barHints(layout, symbols.arrowUpDown), columns, symbols.separator, symbols.ellipsis);
	const spacing = (layout.spacious ?? true) ? 2 : 0;
	return rows - 1 - (layout.topLines ?? 0) - spacing - bar;
};

export type FrameProps = FrameLayout & {
	title: string;
	account?: string;
	endpoint?: string;
	sandbox?: boolean;
	children: ReactNode;
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
	const all = barHints({hints, inTextField, helpEnabled}, symbols.arrowUpDown);

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
						<KeyBar hints={all} maxLines={MAX_BAR_LINES} />
					)}
				</Box>
			</Box>
		</>
	);
};
