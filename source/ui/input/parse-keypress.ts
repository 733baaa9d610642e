// Turns one complete token from the terminal (a control character or an escape sequence) into a named key.
// The tokenizer in input-parser.ts decides where tokens start and end; this file only names them.
import type {KeyEvent, KeyName} from './key-event.js';

const ESC = '\u001B';

const key = (
	name: KeyName,
	sequence: string,
	modifiers: Partial<Pick<KeyEvent, 'ctrl' | 'meta' | 'shift'>> = {},
): KeyEvent => ({
	kind: 'key',
	name,
	ctrl: modifiers.ctrl ?? false,
	meta: modifiers.meta ?? false,
	shift: modifiers.shift ?? false,
	sequence,
});

export const textKey = (text: string): KeyEvent => ({...key('text', text), text});

const csiFinals: Record<string, KeyName> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	H: 'home',
	F: 'end',
	P: 'f1',
	Q: 'f2',
	R: 'f3',
	S: 'f4',
	I: 'focusin',
	O: 'focusout',
};

// Terminals disagree on Home/End: some send 1~/4~, others 7~/8~, besides the H/F forms.
const tildeCodes: Record<number, KeyName> = {
	1: 'home',
	2: 'insert',
	3: 'delete',
	4: 'end',
	5: 'pageup',
	6: 'pagedown',
	7: 'home',
	8: 'end',
	11: 'f1',
	12: 'f2',
	13: 'f3',
	14: 'f4',
	15: 'f5',
	17: 'f6',
	18: 'f7',
	19: 'f8',
	20: 'f9',
	21: 'f10',
	23: 'f11',
	24: 'f12',
};

// SS3 (ESC O x) carries the same finals, as keypads send them, plus keypad Enter.
const ss3Finals: Record<string, KeyName> = {...csiFinals, M: 'return'};

// Terminals encode modifiers as 1 + a bit set: 1 shift, 2 alt, 4 ctrl, 8 meta.
const modifiersFrom = (parameter: number | undefined) => {
	const bits = parameter && parameter > 1 ? parameter - 1 : 0;
	return {shift: (bits & 1) !== 0, meta: (bits & 2) !== 0 || (bits & 8) !== 0, ctrl: (bits & 4) !== 0};
};

const parseCsi = (sequence: string): KeyEvent => {
	const body = sequence.slice(2);
	const final = body.at(-1) ?? '';
	const legacyFunction = /^\[([A-E])$/.exec(body);
	if (legacyFunction) {
		return key(`f${'ABCDE'.indexOf(legacyFunction[1]!) + 1}`, sequence);
	}

	const parameters = body
		.slice(0, -1)
		.split(';')
		.map((part) => (part === '' ? undefined : Number(part)));
	if (final === '~') {
		const name = tildeCodes[parameters[0] ?? 0];
		return key(name ?? 'unknown', sequence, modifiersFrom(parameters[1]));
	}

	if (final === 'Z') {
		return key('tab', sequence, {shift: true});
	}

	if (final === 'u') {
		return parseCsiU(sequence, parameters);
	}

	// Some terminals report Shift+arrow with a lowercase final byte.
	if ('abcd'.includes(final) && final !== '' && body.length === 1) {
		return key(csiFinals[final.toUpperCase()]!, sequence, {shift: true});
	}

	const name = csiFinals[final];
	return key(name ?? 'unknown', sequence, modifiersFrom(parameters[1]));
};

// The "CSI u" form some terminals use for keys that have no legacy encoding.
const parseCsiU = (sequence: string, parameters: Array<number | undefined>): KeyEvent => {
	const code = parameters[0] ?? 0;
	const modifiers = modifiersFrom(parameters[1]);
	const named: Record<number, KeyName> = {9: 'tab', 13: 'return', 27: 'escape', 127: 'backspace'};
	if (named[code]) {
		return key(named[code]!, sequence, modifiers);
	}

	const character = String.fromCodePoint(code);
	if (!modifiers.ctrl && !modifiers.meta) {
		return textKey(character);
	}

	return key(character.toLowerCase(), sequence, modifiers);
};

export const parseControlCharacter = (character: string): KeyEvent => {
	const code = character.codePointAt(0) ?? 0;
	switch (code) {
		case 0x0d:
		case 0x0a: {
			return key('return', character);
		}

		case 0x09: {
			return key('tab', character);
		}

		case 0x08:
		case 0x7f: {
			return key('backspace', character);
		}

		case 0x1b: {
			return key('escape', character);
		}

		case 0x00: {
			return key('space', character, {ctrl: true});
		}

		default: {
			if (code >= 0x01 && code <= 0x1a) {
				return key(String.fromCodePoint(code + 0x60), character, {ctrl: true});
			}

			if (code >= 0x1c && code <= 0x1f) {
				return key(String.fromCodePoint(code + 0x40), character, {ctrl: true});
			}

			return textKey(character);
		}
	}
};

export const isControlCharacter = (code: number): boolean => code < 0x20 || code === 0x7f;

/** Names a complete token that starts with ESC. */
export const parseEscapeSequence = (sequence: string): KeyEvent => {
	if (sequence === ESC) {
		return key('escape', sequence);
	}

	// ESC before another token is how terminals send Alt/Option with it.
	if (sequence[1] === ESC) {
		const inner = parseEscapeSequence(sequence.slice(1));
		return {...inner, meta: true, sequence, text: undefined};
	}

	if (sequence[1] === '[' && sequence.length > 2) {
		return parseCsi(sequence);
	}

	if (sequence[1] === 'O' && sequence.length === 3) {
		return key(ss3Finals[sequence[2]!] ?? 'unknown', sequence);
	}

	const rest = sequence.slice(1);
	const code = rest.codePointAt(0) ?? 0;
	if (isControlCharacter(code)) {
		return {...parseControlCharacter(rest), meta: true, sequence};
	}

	return key(rest.toLowerCase(), sequence, {meta: true, shift: rest !== rest.toLowerCase()});
};
