// Renew starts here: the account's domains that need renewal or expire within a window (30 days unless changed with
// `w`), soonest expiry first, to pick from before they reach their redemption period. The keys are the redeem
// picker's (hooks/use-picker-keys.ts); each row shows the expiry (local date), the days left, the renewal price a
// year and whether the name is premium. Enter goes on with the selection and the account's own expiries.
import {Box, Text} from 'ink';
import {memo, useState} from 'react';
import {localDay as localDate} from '../../core/account/redemption-list.js';
import {MAX_RENEWAL_WINDOW_DAYS, type RenewalRow} from '../../core/account/renewal-list.js';
import {cells, padEndCells} from '../../core/words/text-width.js';
import {Notice} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {PickerFilter} from '../components/PickerFilter.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {usePickerKeys} from '../hooks/use-picker-keys.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {keyPriority} from '../input/InputProvider.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {currentRow, feeOf} from '../state/domain-picker.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';
import {formatMoney} from '../../core/words/money.js';
import {text} from './renewal-picker-text.js';

const DAYS_WIDTH = 12;

export const RenewalPickerScreen = () => {
	const {symbols, colors} = useTheme();
	const {rows: terminalRows, columns} = useTerminalSize();
	const state = useWizard();
	const {dispatch} = useActions();
	const {renewal} = state;
	const {picker} = renewal;
	const [windowOpen, setWindowOpen] = useState(false);
	const [windowProblem, setWindowProblem] = useState<string | undefined>(undefined);
	const height = Math.max(3, terminalRows - 12);
	const {filtering, setFiltering, filterKey, problem, loaded} = usePickerKeys({
		picker,
		status: renewal.status,
		height,
		dispatch,
		retry: {type: 'renewal-retry'},
		nothingSelected: text.nothingSelected,
		paused: windowOpen,
		extra: (key) => {
			if (matches('pickerWindow', key) && renewal.status !== 'loading') {
				setWindowProblem(undefined);
				setWindowOpen(true);
				return true;
			}

			return undefined;
		},
	});

	// Esc leaves the window field without changing the window.
	useKeypress(
		(key) => {
			if (windowOpen && keys.isBack(key)) {
				setWindowOpen(false);
				setWindowProblem(undefined);
				return true;
			}

			return undefined;
		},
		{priority: keyPriority.component + 2},
	);

	const applyWindow = (value: string) => {
		const days = Number(value.trim());
		if (!/^\d+$/.test(value.trim()) || days > MAX_RENEWAL_WINDOW_DAYS) {
			setWindowProblem(text.badWindow);
			return;
		}

		setWindowOpen(false);
		dispatch({type: 'renewal-window', days});
	};

	const arrows = symbols.arrowUpDown;
	const hints: KeyHint[] = windowOpen
		? [hint('continue'), hint('back')]
		: filtering
			? [hint('keepPickerFilter'), hint('clearPickerFilter'), hint('move', {arrows})]
			: loaded
				? [
						hint('continue', {description: text.continueLong}),
						hint('back'),
						hint('pickDomain'),
						hint('pickAll'),
						hint('filterPicker'),
						hint('sortPicker', {label: text.sort(picker.sort === 'days' ? text.byName : text.byDays)}),
						hint('pickerWindow'),
						hint('typeNames'),
						hint('move', {arrows}),
					]
				: [
						...(renewal.status === 'error' ? [hint('retryPicker')] : []),
						hint('pickerWindow'),
						hint('typeNames'),
						hint('back'),
					];

	const nameWidth = Math.max(14, Math.min(40, columns - 54));
	const refused = picker.refused;
	const highlighted = currentRow(picker);

	return (
		<ScreenFrame title={text.title(renewal.withinDays)} hints={hints} helpActive={!filtering && !windowOpen}>
			{renewal.status === 'idle' || renewal.status === 'loading' ? (
				<Spinner label={text.loading} />
			) : renewal.status === 'error' ? (
				<Notice error={renewal.error}>{text.failed}</Notice>
			) : picker.rows.length === 0 ? (
				<Box flexDirection="column">
					<Notice kind="info">{text.none(renewal.withinDays)}</Notice>
					<Text color={colors.muted}>{text.noneHint}</Text>
				</Box>
			) : (
				<Box flexDirection="column">
					<Text wrap="truncate-end">
						<Text bold>{text.toRenew(picker.rows.length)}</Text>
						<Text>{` ${symbols.separator} `}</Text>
						<Text bold color={picker.selected.size > 0 ? colors.accent : undefined}>
							{text.selected(picker.selected.size)}
						</Text>
						<Text>{` ${symbols.separator} ${text.perYear(formatMoney(picker.selectedFee, 'CNY'))}`}</Text>
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
						<Text color={colors.muted} wrap="truncate-end">
							{'    '}
							<Text bold={picker.sort === 'name'} color={picker.sort === 'name' ? colors.accent : undefined}>
								{padEndCells(picker.sort === 'name' ? `${text.domain} ${symbols.arrowDown}` : text.domain, nameWidth)}
							</Text>{' '}
							<Text bold={picker.sort === 'days'} color={picker.sort === 'days' ? colors.accent : undefined}>
								{padEndCells(picker.sort === 'days' ? `${text.expires} ${symbols.arrowDown}` : text.expires, 11)}
							</Text>
							{` ${padEndCells(text.daysLeft, DAYS_WIDTH)} ${text.price}`}
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
							<RenewalPickerRow
								row={picker.rows[index]!}
								price={feeOf(picker, picker.rows[index]!.name)}
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
			{windowOpen && (
				<Box>
					<Text>{text.window}</Text>
					<TextField
						defaultValue={String(renewal.withinDays)}
						placeholder={text.windowPlaceholder}
						width={Math.max(10, columns - 30)}
						onSubmit={applyWindow}
					/>
				</Box>
			)}
			{windowProblem && <Notice kind="warn">{windowProblem}</Notice>}
			{refused && highlighted?.name === refused && picker.ordered.has(refused) && (
				<Notice kind="warn">{text.alreadyOrdered(refused, picker.ordered.get(refused)!)}</Notice>
			)}
			{!refused && highlighted?.premium && picker.selected.has(highlighted.name) && !state.options.premium && (
				<Text color={colors.muted} wrap="wrap">
					{text.premiumNote(highlighted.name)}
				</Text>
			)}
			{problem && <Notice kind="warn">{problem}</Notice>}
		</ScreenFrame>
	);
};

// A row is drawn again only when what it shows changes: moving the highlight redraws two rows, not the page.
const RenewalPickerRow = memo(
	({
		row,
		price,
		selected,
		ordered,
		highlighted,
		nameWidth,
	}: {
		row: RenewalRow;
		price: number | undefined;
		selected: boolean;
		ordered?: string;
		highlighted: boolean;
		nameWidth: number;
	}) => {
		const {symbols, colors} = useTheme();
		const pointer = highlighted ? symbols.pointer : ' ';
		const name = cells(row.name) > nameWidth ? row.name.slice(0, nameWidth - 1) + symbols.ellipsis : row.name;
		if (ordered) {
			return (
				<Text wrap="truncate-end" color={colors.muted}>
					<Text color={highlighted ? colors.accent : undefined}>{`${pointer} ${symbols.pending} `}</Text>
					{`${padEndCells(name, nameWidth)} ${padEndCells(localDate(row.expiryMs), 11)} ${text.ordered}`}
				</Text>
			);
		}

		const urgent = row.daysLeft <= 7;
		return (
			<Text wrap="truncate-end">
				<Text color={highlighted ? colors.accent : undefined}>{`${pointer} `}</Text>
				<Text color={selected ? colors.accent : colors.muted}>{`${selected ? symbols.bullet : symbols.pending} `}</Text>
				<Text bold={highlighted}>{`${padEndCells(name, nameWidth)} `}</Text>
				{`${padEndCells(localDate(row.expiryMs), 11)} `}
				<Text color={row.daysLeft < 0 ? colors.failure : urgent ? colors.warning : undefined}>
					{padEndCells(text.days(row.daysLeft), DAYS_WIDTH)}
				</Text>
				<Text
					color={colors.muted}
				>{` ${price === undefined ? '…' : formatMoney(price, 'CNY', undefined, {whole: true})}`}</Text>
				{row.premium && <Text color={colors.warning}>{` ${text.premium}`}</Text>}
			</Text>
		);
	},
);
