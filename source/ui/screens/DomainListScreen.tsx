// The domain list editor, for both operations. A typed name is added on Enter; a paste of any size is added in one
// go and never submits anything; a file can be loaded by path. Rejected lines are listed with their reasons.
// Only the rows on screen are drawn, so 100,000 names cost the same frame as ten.
import {Box, Text} from 'ink';
import {useState} from 'react';
import type {RejectedItem} from '../../core/domain-list.js';
import {Notice} from '../components/Notice.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {keyPriority} from '../input/InputProvider.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import type {ListEntry} from '../state/wizard-list.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {ScreenFrame} from '../app/ScreenFrame.js';

type Focus = 'input' | 'list' | 'file';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const DomainListScreen = () => {
	const {symbols, colors} = useTheme();
	const {rows, columns} = useTerminalSize();
	const state = useWizard();
	const {dispatch, engine} = useActions();
	const {list, operation} = state;
	const [focus, setFocus] = useState<Focus>('input');
	const [showRejected, setShowRejected] = useState(false);
	const [inputKey, setInputKey] = useState(0);
	const [problem, setProblem] = useState<string | undefined>(undefined);
	const [loading, setLoading] = useState(false);
	const shown: ReadonlyArray<ListEntry | RejectedItem> = showRejected ? list.rejected : list.entries;
	const height = Math.max(3, rows - 15);
	const navigation = useListNavigation({count: shown.length, pageSize: height, isActive: focus === 'list'});
	const common = keys.commonHints(symbols.arrowUpDown);

	const add = (text: string) => {
		if (text.trim() === '') {
			return;
		}

		setProblem(undefined);
		dispatch({type: 'list-add', text});
	};

	const proceed = () => {
		if (list.entries.length === 0) {
			setProblem(list.rejected.length > 0
				? `All ${count(list.rejected.length, 'line')} were rejected: nothing to ${operation}. Fix them and add them again.`
				: 'The list is empty: type or paste at least one domain.');
			return;
		}

		dispatch({type: 'next'});
	};

	const loadFile = async (path: string) => {
		if (path.trim() === '') {
			setFocus('input');
			return;
		}

		setLoading(true);
		const failure = await engine.loadFile(path.trim());
		setLoading(false);
		setProblem(failure);
		if (!failure) {
			setFocus('input');
		}
	};

	useKeypress(key => {
		if (focus === 'file') {
			if (keys.isBack(key)) {
				setFocus('input');
				return true;
			}

			return undefined;
		}

		if (focus === 'list') {
			if (keys.isBack(key) || keys.isNextField(key) || keys.isPreviousField(key)) {
				setFocus('input');
				return true;
			}

			if (keys.isSubmit(key)) {
				proceed();
				return true;
			}

			if (key.text === 'r') {
				setShowRejected(!showRejected);
				navigation.setIndex(0);
				return true;
			}

			if ((key.name === 'delete' || key.name === 'backspace' || key.text === 'd') && !showRejected) {
				const entry = list.entries[navigation.index];
				if (entry) {
					dispatch({type: 'list-remove', names: [entry.name]});
				}

				return true;
			}

			return undefined;
		}

		if (keys.isBack(key)) {
			dispatch({type: 'back'});
			return true;
		}

		if (keys.isNextField(key) || (keys.isDown(key) && shown.length > 0)) {
			setFocus('list');
			return true;
		}

		if (key.ctrl && key.name === 'o') {
			setFocus('file');
			return true;
		}

		return undefined;
	}, {priority: keyPriority.component + 1});

	const hints: keys.KeyHint[] = focus === 'list'
		? [
			common.move,
			...(showRejected ? [] : [{keys: 'd/Del', label: 'delete', description: 'Remove the highlighted domain'}]),
			{keys: 'r', label: showRejected ? 'show domains' : 'show rejected', description: 'Switch between the domains and the rejected lines'},
			{keys: 'Enter', label: 'continue', description: 'Go on to the next step'},
			{keys: 'Tab/Esc', label: 'type', description: 'Back to the input line'},
		]
		: focus === 'file'
			? [{keys: 'Enter', label: 'load', description: 'Load the file: one domain per line'}, {keys: 'Esc', label: 'cancel', description: 'Back to typing'}]
			: [
				{keys: 'Enter', label: 'add / continue when empty', description: 'Add what is typed; on an empty line, go on to the next step'},
				{keys: 'paste', label: 'add a list', description: 'A pasted list is added at once, whatever its length'},
				{keys: 'Ctrl+O', label: 'load file', description: 'Load a file of domains by its path'},
				{keys: 'Tab', label: 'list', description: 'Move through the list to delete entries or see rejected lines'},
				common.back,
			];

	const nameWidth = Math.max(20, Math.floor((columns - 6) / 2));

	return (
		<ScreenFrame title={operation === 'register' ? 'Register · Domains' : 'Redeem · Domains'} hints={hints} helpActive={focus === 'list'}>
			<Text>
				{operation === 'register'
					? 'Type a domain and press Enter, or paste a list. '
					: 'Type a domain (optionally ",expiry in ms") and press Enter, or paste a list. '}
				<Text color={colors.muted}>Ctrl+O loads a file.</Text>
			</Text>
			<Box>
				<Text color={focus === 'input' ? colors.accent : colors.muted}>{`${symbols.pointer} `}</Text>
				{focus === 'file'
					? (
						<Box>
							<Text>File: </Text>
							<TextField placeholder="path to a file, one domain per line" width={Math.max(10, columns - 12)} onSubmit={path => void loadFile(path)} isActive={!loading} />
						</Box>
					)
					: (
						<TextField
							key={inputKey}
							placeholder={list.entries.length > 0 ? 'another domain, or Enter to continue' : 'example.com'}
							isActive={focus === 'input'}
							width={Math.max(10, columns - 4)}
							onSubmit={value => {
								if (value.trim() === '') {
									proceed();
									return;
								}

								add(value);
								setInputKey(k => k + 1);
							}}
							onPaste={text => {
								add(text);
								return true;
							}}
						/>
					)}
			</Box>
			<Box marginTop={1}>
				<Text>
					<Text bold>{count(list.entries.length, 'domain')}</Text>
					<Text color={list.rejected.length > 0 ? colors.warning : colors.muted}>{` ${symbols.separator} ${count(list.rejected.length, 'rejected line')}`}</Text>
					<Text color={colors.muted}>{` ${symbols.separator} ${count(list.duplicates, 'duplicate')} dropped`}</Text>
					{showRejected && <Text color={colors.accent}>{`   showing rejected lines`}</Text>}
				</Text>
			</Box>
			<WindowedList
				items={shown}
				height={height}
				selectedIndex={focus === 'list' ? navigation.index : -1}
				noun={showRejected ? 'rejected lines' : 'domains'}
				emptyText={showRejected ? 'No rejected lines.' : 'No domains yet.'}
				renderItem={(item, _index, selected) => {
					const pointer = selected ? symbols.pointer : ' ';
					if (!('name' in item)) {
						return (
							<Text wrap="truncate-end">
								<Text color={selected ? colors.accent : colors.muted}>{`${pointer} line ${item.line}  `}</Text>
								<Text color={colors.failure}>{`${item.input}  `}</Text>
								<Text>{item.reason}</Text>
							</Text>
						);
					}

					return (
						<Text wrap="truncate-end">
							<Text color={selected ? colors.accent : undefined} bold={selected}>{`${pointer} ${item.name.padEnd(Math.min(nameWidth, Math.max(item.name.length, 24)))}`}</Text>
							{item.unicode && <Text>{`  ${item.unicode}`}</Text>}
							{item.expiryMs !== undefined && <Text color={colors.muted}>{`  expiry ${item.expiryMs}`}</Text>}
							{item.notice && <Text color={colors.muted}>{`  ${item.notice}`}</Text>}
						</Text>
					);
				}}
			/>
			{!showRejected && list.rejected.length > 0 && (
				<Box flexDirection="column">
					{list.rejected.slice(-2).map(item => (
						<Text key={`${item.line}:${item.input}`} wrap="truncate-end" color={colors.warning}>{`${symbols.warning} line ${item.line} '${item.input}': ${item.reason}`}</Text>
					))}
					{list.rejected.length > 2 && <Text color={colors.muted}>{`…and ${count(list.rejected.length - 2, 'more rejected line')}: Tab, then r to see them all`}</Text>}
				</Box>
			)}
			{problem && <Notice kind="warn">{problem}</Notice>}
		</ScreenFrame>
	);
};
