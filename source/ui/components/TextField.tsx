// A single-line input on our own key layer. It owns editing; the parent owns what a value means.
import {Text} from 'ink';
import {useRef, useState} from 'react';
import {keyPriority} from '../input/InputProvider.js';
import type {KeyEvent} from '../input/key-event.js';
import * as keys from '../input/keys.js';
import {useKeypress} from '../input/use-keypress.js';
import {windowFor} from '../state/list-window.js';
import {textEditReducer, textEditState, valueOf, type TextEditAction} from '../state/text-edit.js';
import {cells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';

export type TextFieldProps = {
	/** Starting value; the field keeps its own state after that (give it a `key` to start over). */
	defaultValue?: string;
	placeholder?: string;
	/** Show `•` for every character: for secrets. The value never reaches the frame. */
	mask?: boolean;
	isActive?: boolean;
	/** Columns the field may use; a longer value scrolls sideways to keep the cursor in view. Default: wrap. */
	width?: number;
	onChange?: (value: string) => void;
	onSubmit?: (value: string) => void;
	/**
	 * Called with a paste instead of inserting it. Return true if taken; otherwise the paste is inserted on one
	 * line. This is how a parent takes a multi-line list pasted into a one-line field.
	 */
	onPaste?: (text: string) => boolean | void;
};

const editFor = (key: KeyEvent): TextEditAction | undefined => {
	const text = keys.insertableText(key);
	if (text !== undefined) {
		return {type: 'insert', text};
	}

	if (keys.isWordLeft(key)) {
		return {type: 'word-left'};
	}

	if (keys.isWordRight(key)) {
		return {type: 'word-right'};
	}

	if (keys.isDeleteWordBack(key)) {
		return {type: 'delete-word-back'};
	}

	const simple: Array<[(key: KeyEvent) => boolean, TextEditAction]> = [
		[keys.isBackspace, {type: 'backspace'}],
		[keys.isDelete, {type: 'delete'}],
		[keys.isLeft, {type: 'left'}],
		[keys.isRight, {type: 'right'}],
		[keys.isLineStart, {type: 'home'}],
		[keys.isLineEnd, {type: 'end'}],
		[keys.isClearToStart, {type: 'clear-to-start'}],
		[keys.isClearToEnd, {type: 'clear-to-end'}],
	];
	return simple.find(([matches]) => matches(key))?.[1];
};

// Pasted secrets and names often carry a trailing newline from the clipboard.
const oneLine = (text: string) => text.replace(/\n+$/, '').replace(/\n/g, ' ');

export const TextField = ({
	defaultValue = '',
	placeholder = '',
	mask = false,
	isActive = true,
	width,
	onChange,
	onSubmit,
	onPaste,
}: TextFieldProps) => {
	const {colors, symbols} = useTheme();
	const [state, setState] = useState(() => textEditState(defaultValue));
	// Several events can arrive in one chunk before React re-renders, so edits chain on the latest state here.
	const latest = useRef(state);
	latest.current = state;

	const apply = (action: TextEditAction) => {
		const next = textEditReducer(latest.current, action);
		if (next === latest.current) {
			return;
		}

		const changed = valueOf(next) !== valueOf(latest.current);
		latest.current = next;
		setState(next);
		if (changed) {
			onChange?.(valueOf(next));
		}
	};

	useKeypress(
		{
			onKey(key) {
				if (keys.isSubmit(key)) {
					onSubmit?.(valueOf(latest.current));
					return true;
				}

				const action = editFor(key);
				if (action) {
					apply(action);
					return true;
				}

				return undefined;
			},
			onPaste({paste}) {
				if (onPaste?.(paste) !== true) {
					apply({type: 'insert', text: oneLine(paste)});
				}

				return true;
			},
		},
		{isActive, priority: keyPriority.component},
	);

	const scroll = useRef(0);
	const all = mask ? state.chars.map(() => symbols.masked) : state.chars;
	// The cursor may sit one past the last character, so the window runs over length + 1 cells.
	const view =
		width === undefined
			? {start: 0, end: all.length + 1}
			: windowFor({
					total: all.length + 1,
					height: Math.max(1, width),
					selected: state.cursor,
					previousStart: scroll.current,
				});
	// The window counts characters; a wide one takes two cells, so trim the side away from the cursor to fit.
	if (width !== undefined) {
		const fits = () =>
			cells(all.slice(view.start, view.end).join('')) + (view.end > all.length ? 1 : 0) <= Math.max(1, width);
		while (!fits() && view.end - 1 > state.cursor) {
			view.end--;
		}

		while (!fits() && view.start < state.cursor) {
			view.start++;
		}
	}

	scroll.current = view.start;
	const shown = all.slice(view.start, view.end);
	const cursor = state.cursor - view.start;
	if (all.length === 0) {
		return isActive ? (
			<Text>
				<Text inverse>{placeholder.slice(0, 1) || ' '}</Text>
				<Text color={colors.muted}>{placeholder.slice(1)}</Text>
			</Text>
		) : (
			<Text color={colors.muted}>{placeholder}</Text>
		);
	}

	if (!isActive) {
		return <Text>{shown.join('')}</Text>;
	}

	const before = shown.slice(0, cursor).join('');
	const atCursor = shown[cursor] ?? ' ';
	const after = shown.slice(cursor + 1).join('');
	return (
		<Text>
			{before}
			<Text inverse>{atCursor}</Text>
			{after}
		</Text>
	);
};
