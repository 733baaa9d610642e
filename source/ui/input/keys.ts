// Every key binding in one place, so a screen asks "is this Back?" and never compares raw sequences.
import type {MoveAction} from '../state/list-window.js';
import {messages} from '../../i18n/index.js';
import type {KeyEvent} from './key-event.js';

const plain = (key: KeyEvent) => !key.ctrl && !key.meta;
const ctrlLetter = (key: KeyEvent, letter: string) => key.ctrl && !key.meta && key.name === letter;

export const isSubmit = (key: KeyEvent) => key.name === 'return' && plain(key);
export const isBack = (key: KeyEvent) => key.name === 'escape' && plain(key);
export const isHelp = (key: KeyEvent) => key.text === '?';
/** Space, as the key bar's `Space switch` means it: a typed space arrives as text, not as a named key. */
export const isToggle = (key: KeyEvent) => (key.name === 'space' && plain(key)) || (key.name === 'text' && key.text === ' ' && plain(key));
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
export const isWordLeft = (key: KeyEvent) => (key.name === 'left' && (key.ctrl || key.meta)) || (key.meta && key.name === 'b');
export const isWordRight = (key: KeyEvent) => (key.name === 'right' && (key.ctrl || key.meta)) || (key.meta && key.name === 'f');
export const isLineStart = (key: KeyEvent) => key.name === 'home' || ctrlLetter(key, 'a');
export const isLineEnd = (key: KeyEvent) => key.name === 'end' || ctrlLetter(key, 'e');
export const isBackspace = (key: KeyEvent) => key.name === 'backspace' && plain(key);
export const isDelete = (key: KeyEvent) => (key.name === 'delete' && plain(key)) || ctrlLetter(key, 'd');
export const isDeleteWordBack = (key: KeyEvent) => ctrlLetter(key, 'w') || (key.name === 'backspace' && (key.meta || key.ctrl));
export const isClearToStart = (key: KeyEvent) => ctrlLetter(key, 'u');
export const isClearToEnd = (key: KeyEvent) => ctrlLetter(key, 'k');

/** Printable input a field should insert: not a binding like `?` when the caller says so. */
export const insertableText = (key: KeyEvent): string | undefined => (key.name === 'text' && plain(key) ? key.text : undefined);

/** A key and what it does, for the key bar and the help overlay. */
export type KeyHint = {
	keys: string;
	label: string;
	/** Longer words for the help overlay; the label is used when absent. */
	description?: string;
};

const text = messages({
	move: {en: 'move', zh: '移动'},
	moveLong: {en: 'Move the highlight; PgUp/PgDn and Home/End jump', zh: '移动高亮；PgUp/PgDn 和 Home/End 跳转'},
	select: {en: 'select', zh: '选择'},
	selectLong: {en: 'Choose the highlighted item', zh: '选择高亮的项'},
	back: {en: 'back', zh: '返回'},
	backLong: {en: 'Go back one step', zh: '返回上一步'},
	help: {en: 'help', zh: '帮助'},
	helpLong: {en: 'Show or hide this help', zh: '显示或隐藏本帮助'},
	quit: {en: 'quit', zh: '退出'},
	quitLong: {en: 'Leave the app', zh: '退出程序'},
});

/** The hints most screens share, drawn with the theme's arrows. */
export const commonHints = (arrows: string) => ({
	move: {keys: arrows, label: text.move, description: text.moveLong},
	select: {keys: 'Enter', label: text.select, description: text.selectLong},
	back: {keys: 'Esc', label: text.back, description: text.backLong},
	help: {keys: '?', label: text.help, description: text.helpLong},
	quit: {keys: 'Ctrl+C', label: text.quit, description: text.quitLong},
} satisfies Record<string, KeyHint>);

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
