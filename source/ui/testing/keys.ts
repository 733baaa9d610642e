// What a terminal sends for each key, for tests that type like a person.
import {PASTE_END, PASTE_START} from '../input/bracketed-paste.js';

export const ENTER = '\r';
export const ESC = '\u001B';
export const TAB = '\t';
export const SHIFT_TAB = '\u001B[Z';
export const BACKSPACE = '\u007F';
export const DELETE = '\u001B[3~';
export const ARROW_UP = '\u001B[A';
export const ARROW_DOWN = '\u001B[B';
export const ARROW_RIGHT = '\u001B[C';
export const ARROW_LEFT = '\u001B[D';
export const PAGE_UP = '\u001B[5~';
export const PAGE_DOWN = '\u001B[6~';
export const HOME = '\u001B[H';
export const END = '\u001B[F';
export const CTRL_C = '\u0003';
export const CTRL_U = '\u0015';
export const CTRL_W = '\u0017';

export const PASTE = (text: string): string => `${PASTE_START}${text}${PASTE_END}`;
