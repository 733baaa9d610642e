// Renew starts here: the account's domains that need renewal or expire within a window (30 days unless changed with
// `w`), soonest expiry first, to pick from before they reach their redemption period. The keys are the redeem
// picker's (hooks/use-picker-keys.ts); each row shows the expiry (local date), the days left, the renewal price a
// year and whether the name is premium. Enter goes on with the selection and the account's own expiries.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {localDay as localDate} from '../../core/account/redemption-list.js';
import {MAX_RENEWAL_WINDOW_DAYS, type RenewalRow} from '../../core/account/renewal-list.js';
import {Notice} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {PickerFilter} from '../components/PickerFilter.js';
import {TextField} from '../components/TextField.js';
import {DomainPickerList, type PickerRowCells} from '../components/DomainPickerList.js';
import {usePickerKeys} from '../hooks/use-picker-keys.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {keyPriority} from '../input/InputProvider.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {currentRow, feeOf, type PickerState} from '../state/domain-picker.js';
import {useTheme} from '../theme.js';
import {useSessionState, useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {formatMoney} from '../../core/words/money.js';
import {text} from './renewal-picker-text.js';

export const RenewalPickerScreen = () => {
	const {symbols, colors} = useTheme();
	const {columns} = useTerminalSize();
	const state = useWizard();
	// Prices come in the account's currency (USD on the international site; docs/api.md).
	const currency = useSessionState().runtime?.currency ?? 'CNY';
	const {dispatch} = useActions();
	const {renewal} = state;
	const {picker} = renewal;
	const [windowOpen, setWindowOpen] = useState(false);
	const [windowProblem, setWindowProblem] = useState<string | undefined>(undefined);
	const arrows = symbols.arrowUpDown;
	// The bar of the loaded list, the longest this screen shows: the list is sized for it.
	const listHints: KeyHint[] = [
		hint('continue', {description: text.continueLong}),
		hint('back'),
		hint('pickDomain'),
		hint('pickAll'),
		hint('filterPicker'),
		hint('sortPicker', {label: text.sort(picker.sort === 'days' ? text.byName : text.byDays)}),
		hint('pickerWindow'),
		hint('typeNames'),
		hint('move', {arrows}),
	];
	const height = Math.max(3, useScreenBodyRows(listHints) - 8);
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

	const hints: KeyHint[] = windowOpen
		? [hint('continue'), hint('back')]
		: filtering
			? [hint('keepPickerFilter'), hint('clearPickerFilter'), hint('move', {arrows})]
			: loaded
				? listHints
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
				<DomainPickerList
					picker={picker}
					height={height}
					nameWidth={nameWidth}
					summary={{
						rows: text.toRenew(picker.rows.length),
						selected: text.selected(picker.selected.size),
						money: text.perYear(formatMoney(picker.selectedFee, currency)),
						unpriced: picker.selectedUnpriced > 0 ? text.unpriced(picker.selectedUnpriced) : undefined,
						shown: picker.filter === '' ? undefined : text.shown(picker.view.length, picker.filter),
					}}
					headings={{
						domain: text.domain,
						date: text.expires,
						days: text.daysLeft,
						money: text.price,
						daysSort: 'date',
					}}
					noun={text.domainsNoun}
					emptyText={text.noMatch}
					cellsOf={(row) => renewalCells(row, picker, currency)}
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

/** What a renewal row shows: expiry, days left (red once past), the price a year, and whether it is premium. */
const renewalCells = (row: RenewalRow, picker: PickerState<RenewalRow>, currency: 'CNY' | 'USD'): PickerRowCells => {
	const ordered = picker.ordered.get(row.name);
	const date = localDate(row.expiryMs);
	if (ordered) {
		return {name: row.name, date, mark: 'ordered', note: text.ordered};
	}

	const price = feeOf(picker, row.name);
	return {
		name: row.name,
		date,
		mark: picker.selected.has(row.name) ? 'selected' : 'free',
		days: text.days(row.daysLeft),
		urgency: row.daysLeft < 0 ? 'past' : row.daysLeft <= 7 ? 'soon' : undefined,
		money: price === undefined ? undefined : formatMoney(price, currency, undefined, {whole: true}),
		extra: row.premium ? text.premium : undefined,
	};
};
