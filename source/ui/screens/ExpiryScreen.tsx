// Redeem and renew: each domain's current expiry, looked up in the account (renew: never typed). Shown as a date, the milliseconds that will be
// sent, and days since it expired; domains not in their redemption period are left out with the reason. An expiry
// can be typed by hand (milliseconds; seconds are refused with the value in milliseconds).
import {Box, Text} from 'ink';
import {useMemo, useState} from 'react';
import {parseExpiry} from '../../core/names/typed-expiry.js';
import {Notice} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {hint, matches, type KeyHint} from '../input/key-bindings.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {padEndCells} from '../../core/words/text-width.js';
import {localTimeWithZone} from '../format-time.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {Wrapped} from '../components/Wrapped.js';
import {text} from './expiry-text.js';

const DAY_MS = 86_400_000;

const NAME_WIDTH = 28;

type Row = {name: string; expiryMs?: number; typed: boolean; refused?: string; notice?: string; accountMs?: number};

/** A typed expiry that is not the account's: the redemption fails unless the typed one is right. */
const differs = (row: Row): boolean =>
	row.expiryMs !== undefined && row.accountMs !== undefined && row.expiryMs !== row.accountMs && !row.refused;

/** The highlighted row whole: why it is left out, or its expiry with how long ago, and any notice. */
const rowNote = (
	row: {name: string; refused?: string; notice?: string; expiryMs?: number} | undefined,
	mark: string,
	now: number,
): string => {
	if (!row) {
		return ' ';
	}

	if (row.refused) {
		return text.note(`${mark} ${row.name}`, text.leftOut(row.refused));
	}

	if (row.expiryMs === undefined) {
		return ' ';
	}

	const days = Math.floor((now - row.expiryMs) / DAY_MS);
	const when = `${localTimeWithZone(row.expiryMs)} (${row.expiryMs}), ${days >= 0 ? text.since(days) : text.expiresIn(-days)}`;
	return text.note(`${row.notice ? mark : ' '} ${row.name}`, row.notice ? `${when}; ${row.notice}` : when);
};

export const ExpiryScreen = () => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const renew = state.operation === 'renew';
	const {dispatch} = useActions();
	const {expiry} = state;
	const [editing, setEditing] = useState<string | undefined>(undefined);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	// Days since expiry are counted from when the screen opened.
	const [now] = useState(() => Date.now());

	// Rebuilt when the list or the look-up changes, not for a key that moves the cursor (docs/performance.md).
	const {list, sendable} = useMemo(() => {
		const ready = new Map(expiry.ready.map((r) => [r.name, r]));
		const refused = new Map(expiry.refused.map((r) => [r.name, r.reason]));
		const notices = new Map(expiry.notices.map((n) => [n.name, n.notice]));
		const rows: Row[] = state.list.entries.map((entry) => {
			const typed = expiry.typed[entry.name];
			const found = ready.get(entry.name);
			return {
				name: entry.name,
				expiryMs: typed ?? found?.expiryMs,
				typed: typed !== undefined || found?.source === 'typed',
				refused: refused.get(entry.name),
				notice: notices.get(entry.name),
				accountMs: found?.accountMs,
			};
		});
		return {list: rows, sendable: rows.filter((row) => row.expiryMs !== undefined && !row.refused).length};
	}, [state.list.entries, expiry]);
	const hints: KeyHint[] = editing
		? [hint('useExpiry'), hint('keepExpiry')]
		: [
				hint('continue', {description: text.continueLong}),
				hint('back'),
				...(renew ? [] : [hint('typeExpiry')]),
				...(list.some(differs) ? [hint('useAccountExpiry')] : []),
				...(expiry.status === 'error' ? [hint('retryExpiry')] : []),
				hint('move', {arrows: symbols.arrowUpDown}),
			];
	// The list gives the highlighted row's note three lines: a differing typed expiry says both dates and why.
	const height = Math.max(3, useScreenBodyRows(hints, editing === undefined) - 13);
	const navigation = useListNavigation({count: list.length, pageSize: height, isActive: editing === undefined});

	useKeypress((key) => {
		if (editing !== undefined) {
			if (keys.isBack(key)) {
				setEditing(undefined);
				setProblem(undefined);
				return true;
			}

			return undefined;
		}

		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (expiry.status !== 'done') {
			if (expiry.status === 'error' && matches('retryExpiry', key)) {
				dispatch({type: 'session-changed'});
			}

			return undefined;
		}

		if (matches('useAccountExpiry', key)) {
			const row = list[navigation.index];
			if (row && differs(row)) {
				dispatch({type: 'expiry-use-account', names: [row.name]});
				setProblem(undefined);
			}

			return true;
		}

		// A renewal always sends the account's expiry: nothing to type.
		if (matches('typeExpiry', key) && !renew) {
			const row = list[navigation.index];
			if (row && !row.refused) {
				setEditing(row.name);
			}

			return true;
		}

		if (keys.isSubmit(key)) {
			if (sendable === 0) {
				setProblem(renew ? text.noneRenewable : text.noneRedeemable);
				return true;
			}

			dispatch({type: 'next'});
			return true;
		}

		return undefined;
	});

	const saveTyped = (name: string, typed: string) => {
		const parsed = parseExpiry(typed);
		if (!parsed.ok) {
			setProblem(`'${typed}' ${parsed.reason}`);
			return;
		}

		dispatch({type: 'expiry-typed', name, expiryMs: parsed.ms});
		setProblem(parsed.notice);
		setEditing(undefined);
	};

	return (
		<ScreenFrame title={renew ? text.renewTitle : text.title} hints={hints} helpActive={editing === undefined}>
			{expiry.status === 'loading' || expiry.status === 'idle' ? (
				<Spinner label={text.looking(state.list.entries.length)} />
			) : expiry.status === 'error' ? (
				<Notice error={expiry.error}>{text.lookupFailed}</Notice>
			) : (
				<Text>
					<Text bold>{(renew ? text.renewable : text.redeemable)(sendable, list.length)}</Text>
					<Text color={colors.muted}>{text.leftOutCount(list.length - sendable)}</Text>
				</Text>
			)}
			<Box marginTop={1}>
				<WindowedList
					items={list}
					height={height}
					selectedIndex={navigation.index}
					noun={text.domains}
					getKey={(row) => row.name}
					renderItem={(row, _index, selected) => {
						const pointer = selected ? symbols.pointer : ' ';
						if (row.refused) {
							return (
								<Text wrap="truncate-end" color={colors.muted}>
									<Text
										color={colors.failure}
									>{`${pointer} ${symbols.failure} ${padEndCells(row.name, NAME_WIDTH)} `}</Text>
									{text.leftOut(row.refused)}
								</Text>
							);
						}

						if (row.expiryMs === undefined) {
							return <Text color={colors.muted}>{`${pointer}   ${padEndCells(row.name, NAME_WIDTH)} …`}</Text>;
						}

						const days = Math.floor((now - row.expiryMs) / DAY_MS);
						return (
							<Text wrap="truncate-end">
								<Text color={selected ? colors.accent : undefined}>{`${pointer} `}</Text>
								{differs(row) ? <Text color={colors.warning}>{symbols.warning}</Text> : <Text>{symbols.success}</Text>}
								<Text color={selected ? colors.accent : undefined}>{` ${padEndCells(row.name, NAME_WIDTH)} `}</Text>
								{differs(row) ? (
									<Text color={colors.warning}>{text.differs(row.expiryMs, row.accountMs!)}</Text>
								) : (
									<>
										{`${localTimeWithZone(row.expiryMs)}  ${row.expiryMs}  `}
										<Text color={colors.muted}>{days >= 0 ? text.since(days) : text.expiresIn(-days)}</Text>
										{row.typed && <Text color={colors.warning}>{text.typed}</Text>}
									</>
								)}
								{row.notice && <Text color={colors.warning}>{`  ${symbols.warning} ${row.notice}`}</Text>}
							</Text>
						);
					}}
				/>
			</Box>
			{/* The highlighted row whole, wrapped: the row itself is cut at the terminal's edge. */}
			<Box height={3} overflow="hidden">
				<Wrapped>
					<Text
						wrap="wrap"
						color={list[navigation.index]?.refused || list[navigation.index]?.notice ? colors.warning : colors.muted}
					>
						{rowNote(list[navigation.index], symbols.warning, now)}
					</Text>
				</Wrapped>
			</Box>
			{editing && (
				<Box>
					<Text>{text.expiryOf(editing)}</Text>
					<TextField placeholder="1735689600000" onSubmit={(typed) => saveTyped(editing, typed)} width={30} />
				</Box>
			)}
			{problem && <Notice kind="warn">{problem}</Notice>}
		</ScreenFrame>
	);
};
