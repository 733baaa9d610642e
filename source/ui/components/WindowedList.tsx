// Renders only the rows that fit. A dynamic region taller than the terminal makes Ink redraw the whole screen
// every frame, and building thousands of rows costs hundreds of milliseconds; a window costs the same at any N.
import {Box, Text} from 'ink';
import {useRef, type ReactNode} from 'react';
import {messages} from '../../i18n/index.js';
import {formatPosition, windowFor} from '../state/list-window.js';
import {useTheme} from '../theme.js';

const text = messages({
	rows: {en: 'rows', zh: '行'},
	empty: {en: 'Nothing to show', zh: '没有内容'},
});

export type WindowedListProps<T> = {
	/** Any indexable list, so a view of row numbers (an Int32Array) needs no copying. */
	items: ArrayLike<T>;
	/** Rows available for items; the position line, when shown, comes below them. */
	height: number;
	/** Kept in view; -1 for none. */
	selectedIndex: number;
	renderItem: (item: T, index: number, isSelected: boolean) => ReactNode;
	getKey?: (item: T, index: number) => string | number;
	/** "rows 1–20 of 100,000" under the list. Default true. */
	showPosition?: boolean;
	/** The word in the position line. Default "rows". */
	noun?: string;
	emptyText?: string;
};

export const WindowedList = <T,>({
	items,
	height,
	selectedIndex,
	renderItem,
	getKey,
	showPosition = true,
	noun = text.rows,
	emptyText = text.empty,
}: WindowedListProps<T>) => {
	const {colors, symbols} = useTheme();
	const previousStart = useRef(0);
	const {start, end} = windowFor({
		total: items.length,
		height,
		selected: selectedIndex,
		previousStart: previousStart.current,
	});
	previousStart.current = start;

	if (items.length === 0) {
		return <Text color={colors.muted}>{emptyText}</Text>;
	}

	const rows: ReactNode[] = [];
	for (let index = start; index < end; index++) {
		const item = items[index]!;
		rows.push(<Box key={getKey ? getKey(item, index) : index}>{renderItem(item, index, index === selectedIndex)}</Box>);
	}

	return (
		<Box flexDirection="column">
			{rows}
			{showPosition && (
				<Text color={colors.muted}>{formatPosition({start, end}, items.length, symbols.dash, noun)}</Text>
			)}
		</Box>
	);
};
