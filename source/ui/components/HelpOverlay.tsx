// The full list of a screen's keys. While open it is modal: it hears keys before anything under it and keeps
// them all, so nothing behind it moves while the reader looks; a paste closes it and goes on to where it was meant.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {messages} from '../../i18n/index.js';
import {keyPriority} from '../input/InputProvider.js';
import {keyOf} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {cells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';

const text = messages({
	keys: {en: 'Keys', zh: '按键'},
	close: {en: `${keyOf('back')} or ${keyOf('help')} to close`, zh: `按 ${keyOf('back')} 或 ${keyOf('help')} 关闭`},
});

export type HelpOverlayProps = {
	hints: readonly keys.KeyHint[];
	title?: string;
	onClose: () => void;
	isActive?: boolean;
};

export const HelpOverlay = ({hints, title = text.keys, onClose, isActive = true}: HelpOverlayProps) => {
	const {colors} = useTheme();
	useKeypress(
		{
			onKey(key) {
				if (keys.isQuit(key)) {
					return undefined;
				}

				if (keys.isBack(key) || keys.isHelp(key) || keys.isSubmit(key) || keys.isLeave(key)) {
					onClose();
				}

				return true;
			},
			// A paste is not lost behind the help: the help closes and the paste goes on to the field it was meant for
			// (or to the frame, which says where to paste).
			onPaste() {
				onClose();
				return undefined;
			},
		},
		{isActive, priority: keyPriority.overlay},
	);

	const keyWidth = Math.max(...hints.map((hint) => cells(hint.keys)), 0);
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={colors.accent} paddingX={1}>
			<Text bold>{title}</Text>
			{hints.map((hint) => (
				// The keys in a column of their own, so a long description wraps under itself, not under the keys.
				<Box key={hint.keys + hint.label}>
					<Box width={keyWidth + 2} flexShrink={0}>
						<Text bold>{hint.keys}</Text>
					</Box>
					<Text wrap="wrap">{hint.description ?? hint.label}</Text>
				</Box>
			))}
			<Text color={colors.muted}>{text.close}</Text>
		</Box>
	);
};

/**
 * Opens the help on `?` or F1. Inside a text field only F1 does: `?` is text there, so typing it never opens the
 * help by surprise.
 */
export const useHelpToggle = ({
	isActive = true,
	inTextField = false,
}: {isActive?: boolean; inTextField?: boolean} = {}) => {
	const [isOpen, setOpen] = useState(false);
	useKeypress(
		(key) => {
			if (!isOpen && (inTextField ? keys.isHelpInField(key) : keys.isHelp(key))) {
				setOpen(true);
				return true;
			}

			return undefined;
		},
		{isActive},
	);
	return {isOpen, open: () => setOpen(true), close: () => setOpen(false)};
};
