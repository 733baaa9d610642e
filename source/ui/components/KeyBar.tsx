// The lines at the bottom that say which keys work here. A bar that does not fit on one line takes a second one
// (hints are never cut in half: each goes whole onto the line it fits on), so every key a screen's main tasks need
// is in view at 80 columns in both languages (the keys each screen needs are listed in ui/input/main-keys.ts and
// checked by test/ui/screens/frame-80x24.test.tsx). Only when two lines are not enough do the least important
// hints give way (the last of them first) and an ellipsis says there are more, which `?` shows in full. The way
// out, the main action and help are never dropped (see ui/input/key-bindings.ts).
import {Box, Text} from 'ink';
import {Fragment} from 'react';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {importanceRank, isVital as isVitalImportance, type KeyHint} from '../input/key-bindings.js';
import {cells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';

const rankOf = (hint: KeyHint) => importanceRank[hint.importance ?? 'normal'];
const isVital = (hint: KeyHint) => isVitalImportance(hint.importance);

/** The most lines the bar takes; the frame counts them when it tells a screen how tall its body may be. */
export const MAX_BAR_LINES = 2;

/** Puts the hints, in order, on as few lines of `width` as they fit on; `extra` more cells on the last line. */
const pack = (hints: readonly KeyHint[], width: number, gap: number, extra: number): KeyHint[][] => {
	const lines: KeyHint[][] = [];
	let line: KeyHint[] = [];
	let used = 0;
	for (const hint of hints) {
		const size = cells(hint.keys) + 1 + cells(hint.label);
		if (line.length > 0 && used + gap + size > width) {
			lines.push(line);
			line = [];
			used = 0;
		}

		used += (line.length > 0 ? gap : 0) + size;
		line.push(hint);
	}

	lines.push(line);
	// The ellipsis goes at the end of the last line; when it does not fit there it needs a line of its own.
	if (extra > 0 && used + (line.length > 0 ? gap : 0) + extra > width) {
		lines.push([]);
	}

	return lines;
};

/** The hints laid out on at most `maxLines` lines of `width` cells; `cut` when some gave way. */
export const layoutHints = (
	hints: readonly KeyHint[],
	width: number,
	separator: string,
	ellipsis: string,
	maxLines = MAX_BAR_LINES,
): {lines: KeyHint[][]; cut: boolean} => {
	const gap = cells(` ${separator} `);
	const whole = pack(hints, width, gap, 0);
	if (whole.length <= maxLines) {
		return {lines: whole, cut: false};
	}

	let shown = [...hints];
	let lines = pack(shown, width, gap, cells(ellipsis));
	while (lines.length > maxLines) {
		// The least important hint that may go, the last of its rank first.
		let drop = -1;
		for (const [index, hint] of shown.entries()) {
			if (!isVital(hint) && (drop === -1 || rankOf(hint) >= rankOf(shown[drop]!))) {
				drop = index;
			}
		}

		if (drop === -1) {
			// Only vital hints are left: they stay, on the lines they take (the terminal cuts what is wider).
			break;
		}

		shown = shown.filter((_, index) => index !== drop);
		lines = pack(shown, width, gap, cells(ellipsis));
	}

	// Vital hints that still overflow share the last line, which the terminal cuts.
	const last = Math.max(maxLines, 1) - 1;
	return {lines: [...lines.slice(0, last), lines.slice(last).flat()], cut: true};
};

/** The hints that fit on one line of `width` cells. */
export const fitHints = (
	hints: readonly KeyHint[],
	width: number,
	separator: string,
	ellipsis: string,
): {shown: KeyHint[]; cut: boolean} => {
	const {lines, cut} = layoutHints(hints, width, separator, ellipsis, 1);
	return {shown: lines.flat(), cut};
};

export type KeyBarProps = {
	hints: readonly KeyHint[];
	/** Default: the terminal's width. */
	width?: number;
	/** Default: one line. */
	maxLines?: number;
};

export const KeyBar = ({hints, width, maxLines = 1}: KeyBarProps) => {
	const {colors, symbols} = useTheme();
	const {columns} = useTerminalSize();
	const {lines, cut} = layoutHints(hints, width ?? columns, symbols.separator, symbols.ellipsis, maxLines);
	return (
		<Box flexDirection="column">
			{lines.map((line, lineIndex) => (
				<Text key={lineIndex} wrap="truncate-end">
					{line.map((hint, index) => (
						<Fragment key={hint.keys + hint.label}>
							{index > 0 && <Text color={colors.muted}>{` ${symbols.separator} `}</Text>}
							<Text bold>{hint.keys}</Text>
							<Text color={colors.muted}>{` ${hint.label}`}</Text>
						</Fragment>
					))}
					{cut && lineIndex === lines.length - 1 && (
						<Text color={colors.muted}>{`${line.length > 0 ? ` ${symbols.separator} ` : ''}${symbols.ellipsis}`}</Text>
					)}
				</Text>
			))}
		</Box>
	);
};

/** How many lines the bar takes for these hints at this width. */
export const keyBarLines = (
	hints: readonly KeyHint[],
	width: number,
	separator: string,
	ellipsis: string,
	maxLines = MAX_BAR_LINES,
): number => layoutHints(hints, width, separator, ellipsis, maxLines).lines.length;
