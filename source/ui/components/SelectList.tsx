// A keyboard list for choosing one item. Unlike the stock select input, letters and digits are never movement
// keys, so it can sit beside a text field; with `filterable`, typing narrows the list instead.
import {Box, Text} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {messages} from '../../i18n/index.js';
import {keyPriority} from '../input/InputProvider.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {formatPosition, windowFor} from '../state/list-window.js';
import {
	highlightedIndex,
	initialSelectState,
	selectReducer,
	type SelectAction,
	type SelectState,
} from '../state/select-state.js';
import {useTheme} from '../theme.js';
import {Wrapped} from './Wrapped.js';

const text = messages({
	filter: {en: 'Filter: ', zh: '筛选：'},
	typeToFilter: {en: 'type to filter', zh: '输入以筛选'},
	noMatches: {en: 'No matches', zh: '没有匹配项'},
	items: {en: 'items', zh: '项'},
});

export type SelectListItem<V> = {
	label: string;
	value: V;
	/** Shown dimmed; the highlight steps over it. */
	disabled?: boolean;
	/** Why it is disabled, shown beside it. */
	reason?: string;
	/** Quiet text after the label, for enabled items. */
	hint?: string;
	/** A React key when labels repeat. */
	key?: string;
};

export type SelectListProps<V> = {
	items: ReadonlyArray<SelectListItem<V>>;
	onSelect: (item: SelectListItem<V>) => void;
	onHighlight?: (item: SelectListItem<V> | undefined) => void;
	/** The value highlighted at first (compared with ===). */
	defaultValue?: V;
	/** Rows of items on screen; longer lists scroll. Default 10. */
	height?: number;
	/** Typing narrows the list by label; Backspace and Ctrl+U edit the filter, Esc clears it. */
	filterable?: boolean;
	isActive?: boolean;
	/** Enter with nothing that can be chosen in view (every item shown is disabled): say why rather than nothing. */
	onNothingToSelect?: () => void;
};

export const SelectList = <V,>({
	items,
	onSelect,
	onHighlight,
	onNothingToSelect,
	defaultValue,
	height = 10,
	filterable = false,
	isActive = true,
}: SelectListProps<V>) => {
	const {colors, symbols} = useTheme();
	const [stored, setState] = useState<SelectState>(() =>
		initialSelectState(
			items,
			items.findIndex((item) => item.value === defaultValue),
		),
	);
	let state = stored;
	const [shownItems, setShownItems] = useState(items);
	const latest = useRef(state);
	latest.current = state;

	// New items (a refreshed list) re-run the filter so the visible indices never point at the old array.
	if (shownItems !== items) {
		const refreshed = selectReducer(items)(state, {type: 'set-query', query: state.query});
		setShownItems(items);
		setState(refreshed);
		// This render must already use the new indices: the stored state only changes on the next one.
		state = refreshed;
		latest.current = refreshed;
	}

	const apply = (action: SelectAction) => {
		const next = selectReducer(items)(latest.current, action);
		if (next !== latest.current) {
			latest.current = next;
			setState(next);
		}
	};

	const highlighted = highlightedIndex(state);
	const onHighlightRef = useRef(onHighlight);
	onHighlightRef.current = onHighlight;
	useEffect(() => {
		onHighlightRef.current?.(items[highlighted]);
	}, [items, highlighted]);

	const rows = Math.max(1, height);
	useKeypress(
		{
			onKey: (key) => {
				const move = keys.listMoveFor(key);
				if (move) {
					apply({type: 'move', move, pageSize: rows});
					return true;
				}

				if (keys.isSubmit(key)) {
					const index = highlightedIndex(latest.current);
					if (index === -1) {
						onNothingToSelect?.();
					} else {
						onSelect(items[index]!);
					}

					return true;
				}

				if (!filterable) {
					return undefined;
				}

				const {query} = latest.current;
				const text = keys.insertableText(key);
				// `?` stays the help key: no domain name or menu label needs it.
				if (text !== undefined && !keys.isHelp(key)) {
					apply({type: 'set-query', query: query + text});
					return true;
				}

				if (query === '') {
					return undefined;
				}

				if (keys.isBackspace(key)) {
					apply({type: 'set-query', query: Array.from(query).slice(0, -1).join('')});
					return true;
				}

				if (keys.isBack(key) || keys.isClearToStart(key)) {
					apply({type: 'set-query', query: ''});
					return true;
				}

				return undefined;
			},
			onPaste({paste}) {
				// A filter takes a paste like typing: its first line.
				if (!filterable) {
					return undefined;
				}

				apply({
					type: 'set-query',
					query: latest.current.query + (paste.split('\n').find((line) => line.trim() !== '') ?? '').trim(),
				});
				return true;
			},
		},
		{isActive, priority: keyPriority.component},
	);

	const windowStart = useRef(0);
	const {start, end} = windowFor({
		total: state.visible.length,
		height: rows,
		selected: state.cursor,
		previousStart: windowStart.current,
	});
	windowStart.current = start;

	return (
		<Box flexDirection="column">
			{filterable && (
				<Text>
					<Text color={colors.muted}>{text.filter}</Text>
					{state.query === '' ? <Text color={colors.muted}>{text.typeToFilter}</Text> : <Text>{state.query}</Text>}
				</Text>
			)}
			{state.visible.length === 0 && <Text color={colors.muted}>{text.noMatches}</Text>}
			{state.visible.slice(start, end).map((index, offset) => {
				const item = items[index]!;
				const isHighlighted = start + offset === state.cursor;
				const pointer = isHighlighted ? symbols.pointer : ' '.repeat(symbols.pointer.length);
				if (item.disabled) {
					return (
						// Wrapped under itself, not cut: the reason is why the item cannot be chosen, and it must be read whole.
						<Box key={item.key ?? item.label}>
							{/* Kept whole: a Chinese reason fills its lines, and the indent must not shrink to make room. */}
							<Box flexShrink={0}>
								<Text>{`${' '.repeat(symbols.pointer.length)} `}</Text>
							</Box>
							<Wrapped>
								<Text color={colors.muted} wrap="wrap">
									{item.label}
									{item.reason ? ` ${symbols.dash} ${item.reason}` : ''}
								</Text>
							</Wrapped>
						</Box>
					);
				}

				return (
					<Text key={item.key ?? item.label} wrap="truncate-end">
						<Text
							color={isHighlighted ? colors.accent : undefined}
							bold={isHighlighted}
						>{`${pointer} ${item.label}`}</Text>
						{item.hint ? <Text color={colors.muted}>{`  ${item.hint}`}</Text> : null}
					</Text>
				);
			})}
			{state.visible.length > rows && (
				<Text color={colors.muted}>{formatPosition({start, end}, state.visible.length, symbols.dash, text.items)}</Text>
			)}
		</Box>
	);
};
