// The editing rules of a single-line field, as a reducer, so they are tested without a terminal.
// The cursor counts code points, not UTF-16 units, so it never lands inside an emoji.

export type TextEditState = {
	/** Code points of the value. */
	chars: readonly string[];
	cursor: number;
};

export type TextEditAction =
	| {type: 'insert'; text: string}
	| {type: 'backspace'}
	| {type: 'delete'}
	| {type: 'delete-word-back'}
	| {type: 'clear-to-start'}
	| {type: 'clear-to-end'}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'word-left'}
	| {type: 'word-right'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'set'; value: string};

export const textEditState = (value = ''): TextEditState => {
	const chars = Array.from(value);
	return {chars, cursor: chars.length};
};

export const valueOf = (state: TextEditState): string => state.chars.join('');

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_-]/u.test(char);

const wordStartBefore = (chars: readonly string[], cursor: number) => {
	let index = cursor;
	while (index > 0 && !isWordChar(chars[index - 1])) {
		index--;
	}

	while (index > 0 && isWordChar(chars[index - 1])) {
		index--;
	}

	return index;
};

const wordEndAfter = (chars: readonly string[], cursor: number) => {
	let index = cursor;
	while (index < chars.length && !isWordChar(chars[index])) {
		index++;
	}

	while (index < chars.length && isWordChar(chars[index])) {
		index++;
	}

	return index;
};

const splice = (state: TextEditState, from: number, to: number, insert: readonly string[] = []): TextEditState => ({
	chars: [...state.chars.slice(0, from), ...insert, ...state.chars.slice(to)],
	cursor: from + insert.length,
});

export const textEditReducer = (state: TextEditState, action: TextEditAction): TextEditState => {
	const {chars, cursor} = state;
	switch (action.type) {
		case 'insert': {
			// A single-line field has no place for line breaks or other control characters.
			const clean = Array.from(action.text.replace(/[\r\n]+/g, ' ').replace(/\p{Cc}/gu, ''));
			return clean.length === 0 ? state : splice(state, cursor, cursor, clean);
		}

		case 'backspace': {
			return cursor === 0 ? state : splice(state, cursor - 1, cursor);
		}

		case 'delete': {
			return cursor === chars.length ? state : splice(state, cursor, cursor + 1);
		}

		case 'delete-word-back': {
			return cursor === 0 ? state : splice(state, wordStartBefore(chars, cursor), cursor);
		}

		case 'clear-to-start': {
			return splice(state, 0, cursor);
		}

		case 'clear-to-end': {
			return {chars: chars.slice(0, cursor), cursor};
		}

		case 'left': {
			return {chars, cursor: Math.max(0, cursor - 1)};
		}

		case 'right': {
			return {chars, cursor: Math.min(chars.length, cursor + 1)};
		}

		case 'word-left': {
			return {chars, cursor: wordStartBefore(chars, cursor)};
		}

		case 'word-right': {
			return {chars, cursor: wordEndAfter(chars, cursor)};
		}

		case 'home': {
			return {chars, cursor: 0};
		}

		case 'end': {
			return {chars, cursor: chars.length};
		}

		case 'set': {
			return textEditState(action.value);
		}
	}
};
