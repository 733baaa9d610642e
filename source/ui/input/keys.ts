// Every key binding in one place, so a screen asks "is this Back?" and never compares raw sequences.
import type {MoveAction} from '../state/list-window.js';
import type {KeyEvent} from './key-event.js';

const plain = (key: KeyEvent) => !key.ctrl && !key.meta;
const ctrlLetter = (key: KeyEvent, letter: string) => key.ctrl && !key.meta && key.name === letter;

export const isSubmit = (key: KeyEvent) => key.name === 'return' && plain(key);
export const isBack = (key: KeyEvent) => key.name === 'escape' && plain(key);
/** `?`, or F1, which also works where `?` is typed as text. */
export const isHelp = (key: KeyEvent) => key.text === '?' || key.name === 'f1';
/** F1 only: the help key inside a text field. */
export const isHelpInField = (key: KeyEvent) => key.name === 'f1';
/** `q`: leave this view, where no text field takes letters. */
export const isLeave = (key: KeyEvent) => key.text === 'q' && plain(key);
/** Ctrl+L: draw the screen again. */
export const isRedraw = (key: KeyEvent) => ctrlLetter(key, 'l');
/** Space, as the key bar's `Space switch` means it: a typed space arrives as text, not as a named key. */
export const isToggle = (key: KeyEvent) =>
	(key.name === 'space' && plain(key)) || (key.name === 'text' && key.text === ' ' && plain(key));
export const isQuit = (key: KeyEvent) => ctrlLetter(key, 'c');

export const isUp = (key: KeyEvent) => (key.name === 'up' && plain(key)) || ctrlLetter(key, 'p');
export const isDown = (key: KeyEvent) => (key.name === 'down' && plain(key)) || ctrlLetter(key, 'n');
export const isPageUp = (key: KeyEvent) => key.name === 'pageup';
export const isPageDown = (key: KeyEvent) => key.name === 'pagedown';
export const isFirst = (key: KeyEvent) => key.name === 'home' || (key.name === 'up' && key.ctrl);
export const isLast = (key: KeyEvent) => key.name === 'end' || (key.name === 'down' && key.ctrl);

export const isNextField = (key: KeyEvent) => key.name === 'tab' && !key.shift;
export const isPreviousField = (key: KeyEvent) => key.name === 'tab' && key.shift;

// Text editing keys follow the shell's conventions, which is what people's fingers expect.
export const isLeft = (key: KeyEvent) => (key.name === 'left' && plain(key)) || ctrlLetter(key, 'b');
export const isRight = (key: KeyEvent) => (key.name === 'right' && plain(key)) || ctrlLetter(key, 'f');
export const isWordLeft = (key: KeyEvent) =>
	(key.name === 'left' && (key.ctrl || key.meta)) || (key.meta && key.name === 'b');
export const isWordRight = (key: KeyEvent) =>
	(key.name === 'right' && (key.ctrl || key.meta)) || (key.meta && key.name === 'f');
export const isLineStart = (key: KeyEvent) => key.name === 'home' || ctrlLetter(key, 'a');
export const isLineEnd = (key: KeyEvent) => key.name === 'end' || ctrlLetter(key, 'e');
export const isBackspace = (key: KeyEvent) => key.name === 'backspace' && plain(key);
export const isDelete = (key: KeyEvent) => (key.name === 'delete' && plain(key)) || ctrlLetter(key, 'd');
export const isDeleteWordBack = (key: KeyEvent) =>
	ctrlLetter(key, 'w') || (key.name === 'backspace' && (key.meta || key.ctrl));
export const isClearToStart = (key: KeyEvent) => ctrlLetter(key, 'u');
export const isClearToEnd = (key: KeyEvent) => ctrlLetter(key, 'k');

/** Printable input a field should insert: not a binding like `?` when the caller says so. */
export const insertableText = (key: KeyEvent): string | undefined =>
	key.name === 'text' && plain(key) ? key.text : undefined;

export type {KeyHint} from './key-bindings.js';

/** The list movement a key asks for, if any: the same keys in every list. */
export const listMoveFor = (key: KeyEvent): MoveAction | undefined => {
	if (isUp(key)) {
		return 'up';
	}

	if (isDown(key)) {
		return 'down';
	}

	if (isPageUp(key)) {
		return 'page-up';
	}

	if (isPageDown(key)) {
		return 'page-down';
	}

	if (isFirst(key)) {
		return 'first';
	}

	return isLast(key) ? 'last' : undefined;
};
