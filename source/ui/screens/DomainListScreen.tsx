// The domain list editor, for both operations. A typed name is added on Enter; a paste of any size is added in one
// go and never submits anything; a file can be loaded by path. Rejected lines are listed with their reasons.
// Only the rows on screen are drawn, so 100,000 names cost the same frame as ten. Which part has the keys, and what a
// key means there, is one pure reducer (ui/state/list-editor.ts); a row of the list is DomainListRow.tsx.
import {Box, Text} from 'ink';
import {useMemo, useReducer, useRef} from 'react';
import type {RejectedItem} from '../../core/names/domain-list.js';
import {cells} from '../../core/words/text-width.js';
import {Notice} from '../components/Notice.js';
import {TextField} from '../components/TextField.js';
import {WindowedList} from '../components/WindowedList.js';
import {useListNavigation} from '../hooks/use-list-navigation.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {keyPriority} from '../input/InputProvider.js';
import {hint, type KeyHint} from '../input/key-bindings.js';
import {useKeypress} from '../input/use-keypress.js';
import {listCounts, type EditorList, type ListEntry} from '../state/wizard-list.js';
import {initialListEditor, listEditorKeyIntent, listEditorReducer, type EditorFocus} from '../state/list-editor.js';
import {useTheme} from '../theme.js';
import {useActions, useWizard} from '../app/contexts.js';
import {domainListText as text, listCountsText, noteText, problemText} from './domain-list-text.js';
import {localTimeWithZone} from '../format-time.js';
import {ScreenFrame, useScreenBodyRows} from '../app/ScreenFrame.js';
import {operationName} from '../../core/words/operation-name.js';
import {Wrapped} from '../components/Wrapped.js';
import {DomainListRow, highlightedNote, noteOf, rejectedNote} from './DomainListRow.js';

export const DomainListScreen = () => {
	const {symbols, colors} = useTheme();
	const {columns} = useTerminalSize();
	const state = useWizard();
	const {dispatch, engine} = useActions();
	const {list, operation} = state;
	const [editor, dispatchEditor] = useReducer(listEditorReducer, initialListEditor);
	const {focus, showRejected, inputKey, loading} = editor;
	const problem = editor.problem && problemText(editor.problem, list.rejected.length, operationName(operation));
	const listNote = editor.note && noteText(editor.note);
	const shown: ReadonlyArray<ListEntry | RejectedItem> = showRejected ? list.rejected : list.entries;
	// What must be read whole is wrapped under the list, never cut: in the list, the highlighted line's reason or
	// notice (two lines kept for it); while typing, the last two rejected lines and the last notice (a
	// seconds-for-milliseconds hint).
	const lastNoticed = useMemo(() => list.entries.findLast((entry) => entry.notice), [list.entries]);
	const typingNotes = [
		...(showRejected ? [] : list.rejected.slice(-2).map(rejectedNote(symbols.warning))),
		...(lastNoticed ? [noteOf(symbols.warning, lastNoticed)] : []),
	];
	const moreRejected = focus === 'list' || showRejected ? 0 : Math.max(0, list.rejected.length - 2);
	const linesOf = (line: string) => Math.max(1, Math.ceil(cells(line) / Math.max(1, columns)));
	const introLines = linesOf(
		{register: text.introRegister, redeem: text.introRedeem, renew: text.introRenew}[operation] + text.ctrlO,
	);
	// "Draft restored" shows until the list first changes; Ctrl+X discards the draft all the same.
	const restored = useRef<EditorList | undefined>(undefined);
	if (state.draft && restored.current === undefined) {
		restored.current = list;
	}

	const draftNote =
		state.draft && list === restored.current
			? text.draft(listCountsText(listCounts(list), symbols.separator), localTimeWithZone(state.draft.savedAt))
			: undefined;
	const noteLines =
		(draftNote ? linesOf(draftNote) : 0) +
		(focus === 'list' ? 2 : typingNotes.reduce((n, note) => n + linesOf(note), 0)) +
		(moreRejected > 0 ? 1 : 0) +
		(problem ? linesOf(problem) + 1 : 0) +
		(listNote ? linesOf(listNote) + 1 : 0);
	const arrows = symbols.arrowUpDown;
	const hints: KeyHint[] =
		focus === 'list'
			? [
					hint('continue'),
					hint('toInput'),
					...(showRejected ? [] : [hint('deleteDomain')]),
					hint('showRejected', showRejected ? {label: text.showDomains} : {}),
					hint('move', {arrows}),
				]
			: focus === 'file'
				? [hint('load'), hint('cancelFile')]
				: [
						hint('addDomain'),
						hint('back'),
						hint('toList'),
						hint('loadFile'),
						hint('pasteList'),
						...(state.draft ? [hint('discardDraft')] : []),
					];
	// The frame's body less the input, a blank, the counts, the position line and a spare line; then the intro and
	// the notes.
	const height = Math.max(3, useScreenBodyRows(hints, focus === 'list') - 5 - introLines - noteLines);
	const navigation = useListNavigation({count: shown.length, pageSize: height, isActive: focus === 'list'});

	const changeFocus = (next: EditorFocus) => {
		dispatchEditor({type: 'focus', focus: next});
	};

	const add = (text: string, typed = false) => {
		if (text.trim() === '') {
			return;
		}

		dispatchEditor({type: 'added', typed});
		dispatch({type: 'list-add', text});
	};

	const proceed = () => {
		if (list.entries.length === 0) {
			dispatchEditor({type: 'problem', problem: {kind: list.rejected.length > 0 ? 'all-rejected' : 'empty'}});
			return;
		}

		dispatch({type: 'next'});
	};

	const loadFile = async (path: string) => {
		if (path.trim() === '') {
			changeFocus('input');
			return;
		}

		dispatchEditor({type: 'loading'});
		dispatchEditor({type: 'loaded', failure: await engine.loadFile(path.trim())});
	};

	useKeypress(
		{
			onKey: (key) => {
				const highlighted = showRejected ? undefined : list.entries[navigation.index];
				const intent = listEditorKeyIntent(editor, key, {
					hasDraft: state.draft !== undefined,
					hasRows: shown.length > 0,
					highlighted,
				});
				switch (intent.type) {
					case 'pass': {
						return undefined;
					}

					case 'swallow': {
						return true;
					}

					case 'discard-draft': {
						dispatch({type: 'draft-discard'});
						changeFocus('input');
						return true;
					}

					case 'proceed': {
						proceed();
						return true;
					}

					case 'back': {
						dispatch({type: 'back'});
						return true;
					}

					case 'delete': {
						dispatch({type: 'list-remove', names: [intent.entry.name]});
						dispatchEditor({type: 'note', note: {kind: 'deleted', name: intent.entry.unicode ?? intent.entry.name}});
						return true;
					}

					default: {
						dispatchEditor(intent);
						if (intent.type === 'toggle-rejected') {
							navigation.setIndex(0);
						}

						return true;
					}
				}
			},
			onPaste({paste}) {
				// The input is not listening while the list has focus: the paste goes into the list all the same, and the
				// input takes the keys again, so a pasted list is never lost.
				if (focus !== 'list' || paste.trim() === '') {
					return undefined;
				}

				dispatch({type: 'list-add', text: paste});
				dispatchEditor({type: 'pasted-to-list', lines: paste.split('\n').filter((line) => line.trim() !== '').length});
				return true;
			},
		},
		{priority: keyPriority.component + 1},
	);

	const nameWidth = Math.max(20, Math.floor((columns - 6) / 2));

	return (
		<ScreenFrame
			title={{register: text.registerTitle, redeem: text.redeemTitle, renew: text.renewTitle}[operation]}
			hints={hints}
			helpActive={focus === 'list'}
		>
			<Wrapped>
				<Text>
					{{register: text.introRegister, redeem: text.introRedeem, renew: text.introRenew}[operation]}
					<Text color={colors.muted}>{text.ctrlO}</Text>
				</Text>
			</Wrapped>
			<Box>
				<Text color={focus === 'input' ? colors.accent : colors.muted}>{`${symbols.pointer} `}</Text>
				{focus === 'file' ? (
					<Box>
						<Text>{text.file}</Text>
						<TextField
							placeholder={text.filePlaceholder}
							width={Math.max(10, columns - 12)}
							onSubmit={(path) => void loadFile(path)}
							isActive={!loading}
						/>
					</Box>
				) : (
					<TextField
						key={inputKey}
						placeholder={list.entries.length > 0 ? text.another : 'example.com'}
						isActive={focus === 'input'}
						width={Math.max(10, columns - 4)}
						onSubmit={(value) => {
							if (value.trim() === '') {
								proceed();
								return;
							}

							add(value, true);
						}}
						onPaste={(text) => {
							add(text);
							return true;
						}}
					/>
				)}
			</Box>
			<Box marginTop={1}>
				<Text>
					<Text bold>{text.domains(list.entries.length)}</Text>
					<Text
						color={list.rejected.length > 0 ? colors.warning : colors.muted}
					>{` ${symbols.separator} ${text.rejectedLines(list.rejected.length)}`}</Text>
					<Text color={colors.muted}>{` ${symbols.separator} ${text.duplicates(list.duplicates)}`}</Text>
					{showRejected && <Text color={colors.accent}>{text.showingRejected}</Text>}
				</Text>
			</Box>
			<WindowedList
				items={shown}
				height={height}
				selectedIndex={focus === 'list' ? navigation.index : -1}
				noun={showRejected ? text.rejectedNoun : text.domainsNoun}
				emptyText={showRejected ? text.noRejected : text.noDomains}
				renderItem={(item, _index, selected) => <DomainListRow item={item} selected={selected} nameWidth={nameWidth} />}
			/>
			{focus === 'list' ? (
				<Box height={2} overflow="hidden">
					<Wrapped>
						<Text wrap="wrap" color={colors.warning}>
							{highlightedNote(symbols.warning, shown[navigation.index])}
						</Text>
					</Wrapped>
				</Box>
			) : (
				typingNotes.map((note) => (
					<Wrapped key={note}>
						<Text wrap="wrap" color={colors.warning}>
							{note}
						</Text>
					</Wrapped>
				))
			)}
			{moreRejected > 0 && <Text color={colors.muted}>{text.more(moreRejected)}</Text>}
			{draftNote && <Notice kind="info">{draftNote}</Notice>}
			{problem && <Notice kind="warn">{problem}</Notice>}
			{listNote && <Notice kind="info">{listNote}</Notice>}
		</ScreenFrame>
	);
};
