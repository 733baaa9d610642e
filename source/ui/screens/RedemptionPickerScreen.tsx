// Redeem starts here: the account's domains in their redemption period, soonest deadline first, to pick from.
// Space selects, `a` all or none, `/` filters by name, `s` sorts by days left or by name; the count and fee of the
// selection stay in view. Enter goes on with the selection and the account's own expiries; `t` types or pastes
// names instead. Only the rows on screen are drawn, and the picker's state lives in the wizard (a pure reducer),
// so a keystroke costs the same with 20 domains or 2,000.
import {Box, Text} from 'ink';
import {localDay as localDate, type RedemptionRow} from '../../core/account/redemption-list.js';
import {formatMoney} from '../../core/words/money.js';
import {Notice} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {PickerFilter} from '../components/PickerFilter.js';
import {DomainPickerList, type PickerRowCells} from '../components/DomainPickerList.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {hint, type KeyHint} from '../input/key-bindings.js';
import {usePickerKeys} from '../hooks/use-picker-keys.js';
import {currentRow, feeOf, type PickerState} from '../state/redemption-picker.js';
import {useTheme} from '../theme.js';
import {useSessionState, useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {text} from './redemption-picker-text.js';

export const RedemptionPickerScreen = () => {
	const {symbols, colors} = useTheme();
	const {columns} = useTerminalSize();
	const state = useWizard();
	// Prices come in the account's currency (USD on the international site; docs/api.md).
	const currency = useSessionState().runtime?.currency ?? 'CNY';
	const {dispatch} = useActions();
	const {redemption} = state;
	const {picker} = redemption;
	const arrows = symbols.arrowUpDown;
	// The bar of the loaded list, the longest this screen shows: the list is sized for it.
	const listHints: KeyHint[] = [
		hint('continue', {description: text.continueLong}),
		hint('back'),
		hint('pickDomain'),
		hint('pickAll'),
		hint('filterPicker'),
		hint('sortPicker', {label: text.sort(picker.sort === 'days' ? text.byName : text.byDays)}),
		hint('typeNames'),
		hint('move', {arrows}),
	];
	const height = Math.max(3, useScreenBodyRows(listHints) - 8);
	const {filtering, setFiltering, filterKey, problem, loaded} = usePickerKeys({
		picker,
		status: redemption.status,
		height,
		dispatch,
		retry: {type: 'redemption-retry'},
		nothingSelected: text.nothingSelected,
	});

	const hints: KeyHint[] = filtering
		? [hint('keepPickerFilter'), hint('clearPickerFilter'), hint('move', {arrows})]
		: loaded
			? listHints
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
				<DomainPickerList
					picker={picker}
					height={height}
					nameWidth={nameWidth}
					summary={{
						rows: text.inRedemption(picker.rows.length),
						selected: text.selected(picker.selected.size),
						money: text.fee(formatMoney(picker.selectedFee, currency)),
						unpriced: picker.selectedUnpriced > 0 ? text.unpriced(picker.selectedUnpriced) : undefined,
						shown: picker.filter === '' ? undefined : text.shown(picker.view.length, picker.filter),
					}}
					headings={{
						domain: text.domain,
						date: text.expiredOn,
						days: text.daysLeft,
						money: text.feeColumn,
						daysSort: 'days',
					}}
					noun={text.domainsNoun}
					emptyText={text.noMatch}
					cellsOf={(row) => redemptionCells(row, picker, currency)}
				/>
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

/** What a redemption row shows: the day it expired, the days left to redeem it, and its fee; or why it cannot be. */
const redemptionCells = (row: RedemptionRow, picker: PickerState, currency: 'CNY' | 'USD'): PickerRowCells => {
	const ordered = picker.ordered.get(row.name);
	const date = localDate(row.expiryMs);
	if (row.blocked) {
		return {
			name: row.name,
			date,
			mark: 'blocked',
			note: row.blocked === 'pending-delete' ? text.pendingDelete : text.deleted,
		};
	}

	if (ordered) {
		return {name: row.name, date, mark: 'ordered', note: text.ordered};
	}

	const fee = feeOf(picker, row.name);
	return {
		name: row.name,
		date,
		mark: picker.selected.has(row.name) ? 'selected' : 'free',
		days: text.days(Math.max(0, row.daysLeft)),
		urgency: row.daysLeft <= 3 ? 'soon' : undefined,
		money: fee === undefined ? undefined : formatMoney(fee, currency, undefined, {whole: true}),
	};
};
