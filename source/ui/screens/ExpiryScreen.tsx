// Redeem: each domain's current expiry, looked up in the account. Shown as a date, the milliseconds that will be
// sent, and days since it expired; domains not in their redemption period are left out with the reason. An expiry
// can be typed by hand (milliseconds; seconds are refused with the value in milliseconds).
import {Box, Text} from 'ink';
import {useState} from 'react';
import {parseExpiry} from '../../core/expiry.js';
import {Notice} from '../components/Notice.js';
import {Spinner} from '../components/Spinner.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

const DAY_MS = 86_400_000;

type Row = {name: string; expiryMs?: number; typed: boolean; refused?: string; notice?: string};

export const formatDate = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

export const ExpiryScreen = () => {
	const {symbols, colors} = useTheme();
	const {rows} = useTerminalSize();
	const state = useWizard();
	const {dispatch} = useActions();
	const {expiry} = state;
	const [editing, setEditing] = useState<string | undefined>(undefined);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const now = Date.now();

	const ready = new Map(expiry.ready.map(r => [r.name, r]));
	const refused = new Map(expiry.refused.map(r => [r.name, r.reason]));
	const notices = new Map(expiry.notices.map(n => [n.name, n.notice]));
	const list: Row[] = state.list.entries.map(entry => {
		const typed = expiry.typed[entry.name];
		const found = ready.get(entry.name);
		return {name: entry.name, expiryMs: typed ?? found?.expiryMs, typed: typed !== undefined || found?.source === 'typed', refused: refused.get(entry.name), notice: notices.get(entry.name)};
	});
	const sendable = list.filter(row => row.expiryMs !== undefined && !row.refused).length;
	const height = Math.max(3, rows - 14);
	const navigation = useListNavigation({count: list.length, pageSize: height, isActive: editing === undefined});
	const common = keys.commonHints(symbols.arrowUpDown);

	useKeypress(key => {
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
			if (expiry.status === 'error' && key.text === 'r') {
				dispatch({type: 'session-changed'});
			}

			return undefined;
		}

		if (key.text === 'e') {
			const row = list[navigation.index];
			if (row && !row.refused) {
				setEditing(row.name);
			}

			return true;
		}

		if (keys.isSubmit(key)) {
			if (sendable === 0) {
				setProblem('No domain can be redeemed: none of them is in its redemption period.');
				return true;
			}

			dispatch({type: 'next'});
			return true;
		}

		return undefined;
	});

	const saveTyped = (name: string, text: string) => {
		const parsed = parseExpiry(text);
		if (!parsed.ok) {
			setProblem(`'${text}' ${parsed.reason}`);
			return;
		}

		dispatch({type: 'expiry-typed', name, expiryMs: parsed.ms});
		setProblem(parsed.notice);
		setEditing(undefined);
	};

	const hints: keys.KeyHint[] = editing
		? [{keys: 'Enter', label: 'use this expiry', description: 'Milliseconds since 1970, or an ISO date and time with its zone'}, {keys: 'Esc', label: 'cancel', description: 'Keep the looked-up expiry'}]
		: [
			{keys: 'Enter', label: 'continue', description: 'Go on with the domains that can be redeemed'},
			{keys: 'e', label: 'type expiry', description: 'Type the expiry of the highlighted domain by hand'},
			common.move,
			...(expiry.status === 'error' ? [{keys: 'r', label: 'retry', description: 'Look the expiries up again'}] : []),
			common.back,
		];

	return (
		<ScreenFrame title="Redeem · Expiry dates" hints={hints} helpActive={editing === undefined}>
			{expiry.status === 'loading' || expiry.status === 'idle'
				? <Spinner label={`Looking up the expiry of ${state.list.entries.length} domain(s) in the account…`} />
				: expiry.status === 'error'
					? <Notice error={expiry.error}>Could not look up the expiry dates (r to try again)</Notice>
					: (
						<Text>
							<Text bold>{`${sendable} of ${list.length} can be redeemed`}</Text>
							<Text color={colors.muted}>{`  ${list.length - sendable} left out`}</Text>
						</Text>
					)}
			<Box marginTop={1}>
				<WindowedList
					items={list}
					height={height}
					selectedIndex={navigation.index}
					noun="domains"
					getKey={row => row.name}
					renderItem={(row, _index, selected) => {
						const pointer = selected ? symbols.pointer : ' ';
						if (row.refused) {
							return (
								<Text wrap="truncate-end" color={colors.muted}>
									<Text color={colors.failure}>{`${pointer} ${symbols.failure} ${row.name.padEnd(28)} `}</Text>
									{`left out: ${row.refused}`}
								</Text>
							);
						}

						if (row.expiryMs === undefined) {
							return <Text color={colors.muted}>{`${pointer}   ${row.name.padEnd(28)} …`}</Text>;
						}

						const days = Math.floor((now - row.expiryMs) / DAY_MS);
						return (
							<Text wrap="truncate-end">
								<Text color={selected ? colors.accent : undefined}>{`${pointer} ${symbols.success} ${row.name.padEnd(28)} `}</Text>
								{`${formatDate(row.expiryMs)}  ${row.expiryMs}  `}
								<Text color={colors.muted}>{days >= 0 ? `${days} day${days === 1 ? '' : 's'} since expiry` : `expires in ${-days} days`}</Text>
								{row.typed && <Text color={colors.warning}>  typed</Text>}
								{row.notice && <Text color={colors.warning}>{`  ${symbols.warning} ${row.notice}`}</Text>}
							</Text>
						);
					}}
				/>
			</Box>
			{editing && (
				<Box>
					<Text>{`Expiry of ${editing} (ms): `}</Text>
					<TextField placeholder="1735689600000" onSubmit={text => saveTyped(editing, text)} width={30} />
				</Box>
			)}
			{problem && <Notice kind="warn">{problem}</Notice>}
		</ScreenFrame>
	);
};
