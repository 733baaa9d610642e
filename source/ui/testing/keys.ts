// What a terminal sends for each key, for tests that type like a person. The table is whole on purpose (so every key
// is marked @public for the dead-code check): a test reaches for the key it needs without adding it first.
import {PASTE_END, PASTE_START} from '../input/bracketed-paste.js';

/** @public */
export const ENTER = '\r';
/** @public */
export const ESC = '\u001B';
/** @public */
export const TAB = '\t';
/** @public */
export const SHIFT_TAB = '\u001B[Z';
/** @public */
export const BACKSPACE = '\u007F';
/** @public */
export const DELETE = '\u001B[3~';
/** @public */
export const ARROW_UP = '\u001B[A';
/** @public */
export const ARROW_DOWN = '\u001B[B';
/** @public */
export const ARROW_RIGHT = '\u001B[C';
/** @public */
export const ARROW_LEFT = '\u001B[D';
/** @public */
export const PAGE_UP = '\u001B[5~';
/** @public */
export const PAGE_DOWN = '\u001B[6~';
/** @public */
export const HOME = '\u001B[H';
/** @public */
export const END = '\u001B[F';
/** @public */
export const CTRL_C = '\u0003';
/** @public */
export const CTRL_U = '\u0015';
/** @public */
export const CTRL_W = '\u0017';

/** @public */
export const PASTE = (text: string): string => `${PASTE_START}${text}${PASTE_END}`;
