// Bracketed paste: once enabled, the terminal wraps anything pasted in these markers, so a paste can never be
// mistaken for typing (and a pasted line break can never press Enter).
export const PASTE_START = '\u001B[200~';
export const PASTE_END = '\u001B[201~';
export const ENABLE_BRACKETED_PASTE = '\u001B[?2004h';
export const DISABLE_BRACKETED_PASTE = '\u001B[?2004l';

export const normaliseLineBreaks = (text: string): string => text.replace(/\r\n?/g, '\n');
