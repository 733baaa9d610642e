// The bottom line that says which keys work here. It never wraps: hints that do not fit are dropped from the
// end (the important ones come first) and an ellipsis says there are more, which `?` shows in full.
import {Text} from 'ink';
import {Fragment} from 'react';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import type {KeyHint} from '../input/keys.js';
import {cells} from '../../core/text-width.js';
import {useTheme} from '../theme.js';

export const fitHints = (hints: readonly KeyHint[], width: number, separator: string, ellipsis: string): {shown: KeyHint[]; cut: boolean} => {
	const gap = ` ${separator} `;
	const shown: KeyHint[] = [];
	let used = 0;
	for (const [index, hint] of hints.entries()) {
		const cost = (shown.length > 0 ? cells(gap) : 0) + cells(hint.keys) + 1 + cells(hint.label);
		const isLast = index === hints.length - 1;
		// Leave room for the ellipsis unless this is the last hint.
		const room = isLast ? width : width - cells(gap) - cells(ellipsis);
		if (used + cost > room) {
			return {shown, cut: true};
		}

		shown.push(hint);
		used += cost;
	}

	return {shown, cut: false};
};

export type KeyBarProps = {
	hints: readonly KeyHint[];
	/** Default: the terminal's width. */
	width?: number;
};

export const KeyBar = ({hints, width}: KeyBarProps) => {
	const {colors, symbols} = useTheme();
	const {columns} = useTerminalSize();
	const {shown, cut} = fitHints(hints, width ?? columns, symbols.separator, symbols.ellipsis);
	return (
		<Text wrap="truncate-end">
			{shown.map((hint, index) => (
				<Fragment key={hint.keys + hint.label}>
					{index > 0 && <Text color={colors.muted}>{` ${symbols.separator} `}</Text>}
					<Text bold>{hint.keys}</Text>
					<Text color={colors.muted}>{` ${hint.label}`}</Text>
				</Fragment>
			))}
			{cut && <Text color={colors.muted}>{`${shown.length > 0 ? ` ${symbols.separator} ` : ''}${symbols.ellipsis}`}</Text>}
		</Text>
	);
};
