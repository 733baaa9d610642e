// The bottom line that says which keys work here. It never wraps: when the line is too narrow, the least important
// hints give way (the last of them first) and an ellipsis says there are more, which `?` shows in full. The way
// out, the main action and help are never dropped (see ui/input/key-bindings.ts).
import {Text} from 'ink';
import {Fragment} from 'react';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {importanceRank, isVital as isVitalImportance, type KeyHint} from '../input/key-bindings.js';
import {cells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';

const rankOf = (hint: KeyHint) => importanceRank[hint.importance ?? 'normal'];
const isVital = (hint: KeyHint) => isVitalImportance(hint.importance);

export const fitHints = (
	hints: readonly KeyHint[],
	width: number,
	separator: string,
	ellipsis: string,
): {shown: KeyHint[]; cut: boolean} => {
	const gap = cells(` ${separator} `);
	const widthOf = (list: readonly KeyHint[], cut: boolean) =>
		list.reduce((sum, hint, index) => sum + (index > 0 ? gap : 0) + cells(hint.keys) + 1 + cells(hint.label), 0) +
		(cut ? (list.length > 0 ? gap : 0) + cells(ellipsis) : 0);
	let shown = [...hints];
	if (widthOf(shown, false) <= width) {
		return {shown, cut: false};
	}

	while (widthOf(shown, true) > width) {
		// The least important hint that may go, the last of its rank first.
		let drop = -1;
		for (const [index, hint] of shown.entries()) {
			if (!isVital(hint) && (drop === -1 || rankOf(hint) >= rankOf(shown[drop]!))) {
				drop = index;
			}
		}

		if (drop === -1) {
			break;
		}

		shown = shown.filter((_, index) => index !== drop);
	}

	return {shown, cut: true};
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
			{cut && (
				<Text color={colors.muted}>{`${shown.length > 0 ? ` ${symbols.separator} ` : ''}${symbols.ellipsis}`}</Text>
			)}
		</Text>
	);
};
