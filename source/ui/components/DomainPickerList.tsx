// The list both domain pickers draw (redeem and renew, docs/architecture.md "Where things live"): the selection's
// count and price line, the column heading with the sort arrow, and the windowed rows. Their state is one reducer
// (ui/state/domain-picker.ts); each screen says only what its columns are called and what a row shows.
import {Box, Text} from 'ink';
import {memo} from 'react';
import {cells, padEndCells} from '../../core/words/text-width.js';
import type {PickerRow, PickerState} from '../state/domain-picker.js';
import {useTheme} from '../theme.js';
import {WindowedList} from './WindowedList.js';

const DATE_WIDTH = 11;
const DAYS_WIDTH = 12;

/** What one row shows, as plain values so that a row is drawn again only when one of them changes. */
export type PickerRowCells = {
	name: string;
	date: string;
	/** `blocked`: it can never be picked (in red); `ordered`: an earlier batch has it (greyed). */
	mark: 'selected' | 'free' | 'ordered' | 'blocked';
	/** For a row that can be picked: the days left, how urgent they are, its price, and a word after it. */
	days?: string;
	urgency?: 'past' | 'soon';
	money?: string;
	extra?: string;
	/** For a row that cannot be picked: why. */
	note?: string;
};

export type DomainPickerListProps<R extends PickerRow> = {
	picker: PickerState<R>;
	height: number;
	nameWidth: number;
	/** The selection line: how many rows, how many selected, their price, how many unpriced, how many match. */
	summary: {rows: string; selected: string; money: string; unpriced?: string; shown?: string};
	/** The column names; `daysSort` names the column that carries the arrow when sorted soonest first. */
	headings: {domain: string; date: string; days: string; money: string; daysSort: 'date' | 'days'};
	noun: string;
	emptyText: string;
	cellsOf: (row: R) => PickerRowCells;
};

export const DomainPickerList = <R extends PickerRow>({
	picker,
	height,
	nameWidth,
	summary,
	headings,
	noun,
	emptyText,
	cellsOf,
}: DomainPickerListProps<R>) => {
	const {symbols, colors} = useTheme();
	const sorted = (label: string, by: 'name' | 'date' | 'days', width: number) => {
		const on = by === 'name' ? picker.sort === 'name' : picker.sort === 'days' && headings.daysSort === by;
		return (
			<Text bold={on} color={on ? colors.accent : undefined}>
				{padEndCells(on ? `${label} ${symbols.arrowDown}` : label, width)}
			</Text>
		);
	};

	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text bold>{summary.rows}</Text>
				<Text>{` ${symbols.separator} `}</Text>
				<Text bold color={picker.selected.size > 0 ? colors.accent : undefined}>
					{summary.selected}
				</Text>
				<Text>{` ${symbols.separator} ${summary.money}`}</Text>
				{summary.unpriced ? <Text color={colors.warning}>{summary.unpriced}</Text> : null}
				{summary.shown ? <Text color={colors.accent}>{` ${symbols.separator} ${summary.shown}`}</Text> : null}
			</Text>
			<Box marginTop={1}>
				{/* The column the list is sorted by carries the arrow. */}
				<Text color={colors.muted} wrap="truncate-end">
					{'    '}
					{sorted(headings.domain, 'name', nameWidth)} {sorted(headings.date, 'date', DATE_WIDTH)}{' '}
					{sorted(headings.days, 'days', DAYS_WIDTH)}
					{` ${headings.money}`}
				</Text>
			</Box>
			<WindowedList
				items={picker.view}
				height={height}
				selectedIndex={picker.cursor}
				noun={noun}
				emptyText={emptyText}
				getKey={(index) => index}
				renderItem={(index, _position, highlighted) => (
					<PickerRowView {...cellsOf(picker.rows[index]!)} highlighted={highlighted} nameWidth={nameWidth} />
				)}
			/>
		</Box>
	);
};

// A row is drawn again only when what it shows changes: moving the highlight redraws two rows, not the page.
const PickerRowView = memo(
	({
		name: fullName,
		date,
		mark,
		days = '',
		urgency,
		money,
		extra,
		note,
		highlighted,
		nameWidth,
	}: PickerRowCells & {highlighted: boolean; nameWidth: number}) => {
		const {symbols, colors} = useTheme();
		const pointer = highlighted ? symbols.pointer : ' ';
		const name = cells(fullName) > nameWidth ? fullName.slice(0, nameWidth - 1) + symbols.ellipsis : fullName;
		if (mark === 'blocked' || mark === 'ordered') {
			const color = mark === 'blocked' ? colors.failure : colors.muted;
			return (
				<Text wrap="truncate-end" color={colors.muted}>
					<Text color={highlighted ? colors.accent : undefined}>{`${pointer} `}</Text>
					<Text color={color}>{`${mark === 'blocked' ? symbols.failure : symbols.pending} `}</Text>
					{`${padEndCells(name, nameWidth)} ${padEndCells(date, DATE_WIDTH)} `}
					<Text color={color}>{note}</Text>
				</Text>
			);
		}

		const selected = mark === 'selected';
		return (
			<Text wrap="truncate-end">
				<Text color={highlighted ? colors.accent : undefined}>{`${pointer} `}</Text>
				<Text color={selected ? colors.accent : colors.muted}>{`${selected ? symbols.bullet : symbols.pending} `}</Text>
				<Text bold={highlighted}>{`${padEndCells(name, nameWidth)} `}</Text>
				{`${padEndCells(date, DATE_WIDTH)} `}
				<Text color={urgency === 'past' ? colors.failure : urgency === 'soon' ? colors.warning : undefined}>
					{padEndCells(days, DAYS_WIDTH)}
				</Text>
				<Text color={colors.muted}>{` ${money ?? '…'}`}</Text>
				{extra ? <Text color={colors.warning}>{` ${extra}`}</Text> : null}
			</Text>
		);
	},
);
