// Redeem starts here: the account's domains in their redemption period, soonest deadline first, to pick from.
// Space selects, `a` all or none, `/` filters by name, `s` sorts by days left or by name; the count and fee of the
// selection stay in view. Enter goes on with the selection and the account's own expiries; `t` types or pastes
// names instead. Only the rows on screen are drawn, and the picker's state lives in the wizard (a pure reducer),
// so a keystroke costs the same with 20 domains or 2,000.
import {Box, Text} from 'ink';
import {memo} from 'react';
import {localDay as localDate, type RedemptionRow} from '../../core/account/redemption-list.js';
import {cells, padEndCells} from '../../core/words/text-width.js';
import {formatMoney} from '../../core/words/money.js';
import {Notice} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {PickerFilter} from '../components/PickerFilter.js';
import {WindowedList} from '../components/WindowedList.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {hint, type KeyHint} from '../input/key-bindings.js';
import {usePickerKeys} from '../hooks/use-picker-keys.js';
import {currentRow, feeOf} from '../state/redemption-picker.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {text} from './redemption-picker-text.js';

const DAYS_WIDTH = 12;

export const RedemptionPickerScreen = () => {
	const {symbols, colors} = useTheme();
	const {rows: terminalRows, columns} = useTerminalSize();
	const state = useWizard();
	const {dispatch} = useActions();
	const {redemption} = state;
	const {picker} = redemption;
	const height = Math.max(3, terminalRows - 12);
	const {filtering, setFiltering, filterKey, problem, loaded} = usePickerKeys({
		picker,
		status: redemption.status,
		height,
		dispatch,
		retry: {type: 'redemption-retry'},
		nothingSelected: text.nothingSelected,
	});

	const arrows = symbols.arrowUpDown;
	const hints: KeyHint[] = filtering
		? [hint('keepPickerFilter'), hint('clearPickerFilter'), hint('move', {arrows})]
		: loaded
			? [
					hint('continue', {description: text.continueLong}),
					hint('back'),
					hint('pickDomain'),
					hint('pickAll'),
					hint('filterPicker'),
					hint('sortPicker', {label: text.sort(picker.sort === 'days' ? text.byName : text.byDays)}),
					hint('typeNames'),
					hint('move', {arrows}),
				]
			: [...(redemption.status === 'error' ? [hint('retryPicker')] : []), hint('typeNames'), hint('back')];

	const nameWidth = Math.max(16, Math.min(40, columns - 50));
	const refused = picker.refused;
	const highlighted = currentRow(picker);

	return (
		<ScreenFrame title={text.title} hints={hints} helpActive={!filtering}>
			{redemption.status === 'idle' || redemption.status === 'loading' ? (
				<Spinner
					label={
						redemption.progress && redemption.progress.total > redemption.progress.read
							? text.loadingProgress(redemption.progress.read, redemption.progress.total)
							: text.loading
					}
				/>
			) : redemption.status === 'error' ? (
				<Notice error={redemption.error}>{text.failed}</Notice>
			) : picker.rows.length === 0 ? (
				<Box flexDirection="column">
					<Notice kind="info">{text.none}</Notice>
					<Text color={colors.muted}>{text.noneHint}</Text>
				</Box>
			) : (
				<Box flexDirection="column">
					<Text wrap="truncate-end">
						<Text bold>{text.inRedemption(picker.rows.length)}</Text>
						<Text>{` ${symbols.separator} `}</Text>
						<Text bold color={picker.selected.size > 0 ? colors.accent : undefined}>
							{text.selected(picker.selected.size)}
						</Text>
						<Text>{` ${symbols.separator} ${text.fee(formatMoney(picker.selectedFee, 'CNY'))}`}</Text>
						{picker.selectedUnpriced > 0 && (
							<Text color={colors.warning}>{text.unpriced(picker.selectedUnpriced)}</Text>
						)}
						{picker.filter !== '' && (
							<Text
								color={colors.accent}
							>{` ${symbols.separator} ${text.shown(picker.view.length, picker.filter)}`}</Text>
						)}
					</Text>
					<Box marginTop={1}>
						{/* The column the list is sorted by carries the arrow. */}
						<Text color={colors.muted} wrap="truncate-end">
							{'    '}
							<Text bold={picker.sort === 'name'} color={picker.sort === 'name' ? colors.accent : undefined}>
								{padEndCells(picker.sort === 'name' ? `${text.domain} ${symbols.arrowDown}` : text.domain, nameWidth)}
							</Text>
							{` ${padEndCells(text.expiredOn, 11)} `}
							<Text bold={picker.sort === 'days'} color={picker.sort === 'days' ? colors.accent : undefined}>
								{padEndCells(
									picker.sort === 'days' ? `${text.daysLeft} ${symbols.arrowDown}` : text.daysLeft,
									DAYS_WIDTH,
								)}
							</Text>
							{` ${text.feeColumn}`}
						</Text>
					</Box>
					<WindowedList
						items={picker.view}
						height={height}
						selectedIndex={picker.cursor}
						noun={text.domainsNoun}
						emptyText={text.noMatch}
						getKey={(index) => index}
						renderItem={(index, _position, isHighlighted) => (
							<PickerRow
								row={picker.rows[index]!}
								fee={feeOf(picker, picker.rows[index]!.name)}
								selected={picker.selected.has(picker.rows[index]!.name)}
								ordered={picker.ordered.get(picker.rows[index]!.name)}
								highlighted={isHighlighted}
								nameWidth={nameWidth}
							/>
						)}
					/>
				</Box>
			)}
			{filtering && (
				<PickerFilter
					label={text.filter}
					placeholder={text.filterPlaceholder}
					value={picker.filter}
					fieldKey={filterKey}
					width={Math.max(10, columns - 14)}
					onChange={(value) => dispatch({type: 'picker', action: {type: 'filter', text: value}})}
					onDone={() => setFiltering(false)}
				/>
			)}
			{refused && highlighted?.name === refused && (
				<Notice kind="warn">
					{picker.ordered.has(refused)
						? text.alreadyOrdered(refused, picker.ordered.get(refused)!)
						: text.cannotSelect(refused)}
				</Notice>
			)}
			{problem && <Notice kind="warn">{problem}</Notice>}
		</ScreenFrame>
	);
};

// A row is drawn again only when what it shows changes: moving the highlight redraws two rows, not the page.
const PickerRow = memo(
	({
		row,
		fee,
		selected,
		ordered,
		highlighted,
		nameWidth,
	}: {
		row: RedemptionRow;
		fee: number | undefined;
		selected: boolean;
		ordered?: string;
		highlighted: boolean;
		nameWidth: number;
	}) => {
		const {symbols, colors} = useTheme();
		const pointer = highlighted ? symbols.pointer : ' ';
		const name = cells(row.name) > nameWidth ? row.name.slice(0, nameWidth - 1) + symbols.ellipsis : row.name;
		if (row.blocked || ordered) {
			return (
				<Text wrap="truncate-end" color={colors.muted}>
					<Text color={highlighted ? colors.accent : undefined}>{`${pointer} `}</Text>
					<Text
						color={row.blocked ? colors.failure : colors.muted}
					>{`${row.blocked ? symbols.failure : symbols.pending} `}</Text>
					{`${padEndCells(name, nameWidth)} ${padEndCells(localDate(row.expiryMs), 11)} `}
					<Text color={row.blocked ? colors.failure : colors.muted}>
						{row.blocked === 'pending-delete' ? text.pendingDelete : row.blocked ? text.deleted : text.ordered}
					</Text>
				</Text>
			);
		}

		const urgent = row.daysLeft <= 3;
		return (
			<Text wrap="truncate-end">
				<Text color={highlighted ? colors.accent : undefined}>{`${pointer} `}</Text>
				<Text color={selected ? colors.accent : colors.muted}>{`${selected ? symbols.bullet : symbols.pending} `}</Text>
				<Text bold={highlighted}>{`${padEndCells(name, nameWidth)} `}</Text>
				{`${padEndCells(localDate(row.expiryMs), 11)} `}
				<Text color={urgent ? colors.warning : undefined}>
					{padEndCells(text.days(Math.max(0, row.daysLeft)), DAYS_WIDTH)}
				</Text>
				<Text
					color={colors.muted}
				>{` ${fee === undefined ? '…' : formatMoney(fee, 'CNY', undefined, {whole: true})}`}</Text>
			</Text>
		);
	},
);
