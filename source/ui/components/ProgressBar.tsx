import {Text} from 'ink';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {cells as cellsOf} from '../../core/words/text-width.js';
import {useTheme, type Symbols} from '../theme.js';

/**
 * A bar of exactly `width` cells. With Unicode the last cell is drawn in eighths, so a slow batch still moves
 * visibly; the ASCII form rounds down so it never looks finished before it is.
 */
export const formatBar = (
	fraction: number,
	width: number,
	symbols: Pick<Symbols, 'barFull' | 'barEmpty' | 'barPartials'>,
): {filled: string; empty: string} => {
	const cells = Math.max(0, Math.floor(width));
	const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
	const steps = symbols.barPartials.length + 1;
	const totalSteps = Math.floor(clamped * cells * steps);
	const full = Math.floor(totalSteps / steps);
	const partial = full < cells ? (symbols.barPartials[(totalSteps % steps) - 1] ?? '') : '';
	const filled = symbols.barFull.repeat(full) + partial;
	return {filled, empty: symbols.barEmpty.repeat(cells - full - (partial ? 1 : 0))};
};

/** Whole percent, rounded down: 99.9% is not done. */
export const formatPercent = (fraction: number): string =>
	`${Math.floor(Math.min(1, Math.max(0, fraction || 0)) * 100)}%`;

export type ProgressBarProps = {
	/** 0 to 1. */
	value: number;
	/** Cells for the bar itself. Default: what is left of the terminal's width after the label and percent. */
	width?: number;
	label?: string;
	showPercent?: boolean;
	color?: string;
};

export const ProgressBar = ({value, width, label, showPercent = true, color}: ProgressBarProps) => {
	const {colors, symbols, unicode} = useTheme();
	const {columns} = useTerminalSize();
	const percent = showPercent ? ` ${formatPercent(value).padStart(4)}` : '';
	const prefix = label ? `${label} ` : '';
	const brackets = unicode ? 0 : 2;
	const cells = width ?? Math.max(1, columns - cellsOf(prefix) - percent.length - brackets);
	const {filled, empty} = formatBar(value, cells, symbols);
	return (
		<Text>
			{prefix}
			{unicode ? '' : '['}
			<Text color={color ?? colors.accent}>{filled}</Text>
			<Text color={colors.muted}>{empty}</Text>
			{unicode ? '' : ']'}
			{percent}
		</Text>
	);
};
