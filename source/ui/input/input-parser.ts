// A streaming tokenizer for raw terminal input. Chunks may split an escape sequence or a paste anywhere, so
// incomplete input is held back until the next chunk, or until the owner calls flush() after a quiet moment
// (a lone ESC is the Esc key only once nothing follows it).
import {normaliseLineBreaks, PASTE_END, PASTE_START} from './bracketed-paste.js';
import type {InputEvent} from './key-event.js';
import {isControlCharacter, parseControlCharacter, parseEscapeSequence, textKey} from './parse-keypress.js';

const ESC = '\u001B';

export type InputParser = {
	push: (chunk: string) => InputEvent[];
	/** True when input is held back waiting for more. */
	hasPending: () => boolean;
	/** True inside a bracketed paste whose end marker has not arrived yet. */
	isPasting: () => boolean;
	/** Gives up waiting: a held ESC becomes the Esc key, an unfinished paste is delivered as it is. */
	flush: () => InputEvent[];
	reset: () => void;
};

type Scan = {end: number} | 'pending';

const isCsiFinal = (code: number) => code >= 0x40 && code <= 0x7e;
const isCsiBody = (code: number) => code >= 0x20 && code <= 0x3f;

const scanCsi = (data: string, start: number): Scan => {
	let index = start + 2;
	// The Linux console sends F1–F5 as ESC [ [ A…E.
	if (data[index] === '[') {
		return index + 1 < data.length ? {end: index + 2} : 'pending';
	}

	for (; index < data.length; index++) {
		const code = data.charCodeAt(index);
		if (isCsiFinal(code)) {
			return {end: index + 1};
		}

		if (!isCsiBody(code)) {
			// Not a CSI after all: read it as Alt+[ and let the rest be read on its own.
			return {end: start + 2};
		}
	}

	return 'pending';
};

const scanEscape = (data: string, start: number): Scan => {
	if (start + 1 >= data.length) {
		return 'pending';
	}

	const next = data[start + 1];
	if (next === '[') {
		return scanCsi(data, start);
	}

	if (next === 'O') {
		return start + 2 < data.length ? {end: start + 3} : 'pending';
	}

	if (next === ESC) {
		const inner = scanEscape(data, start + 1);
		return inner;
	}

	const code = data.codePointAt(start + 1) ?? 0;
	return {end: start + 1 + (code > 0xff_ff ? 2 : 1)};
};

/** How many trailing characters of `text` could be the start of `marker`. */
const partialMarkerLength = (text: string, marker: string): number => {
	for (let length = Math.min(marker.length - 1, text.length); length > 0; length--) {
		if (text.endsWith(marker.slice(0, length))) {
			return length;
		}
	}

	return 0;
};

// Without bracketed paste a multi-line paste arrives as plain text with line breaks inside one chunk. A person
// typing never produces text, a line break and more text in a single read, so that shape is taken as a paste.
const looksLikeUnbracketedPaste = (text: string): boolean => /\P{Cc}[\r\n]+\P{Cc}/u.test(text);

const textEvents = (text: string, events: InputEvent[]) => {
	if (looksLikeUnbracketedPaste(text)) {
		events.push({kind: 'paste', paste: normaliseLineBreaks(text)});
		return;
	}

	let runStart = 0;
	for (let index = 0; index < text.length; index++) {
		if (!isControlCharacter(text.charCodeAt(index))) {
			continue;
		}

		if (index > runStart) {
			events.push(textKey(text.slice(runStart, index)));
		}

		events.push(parseControlCharacter(text[index]!));
		runStart = index + 1;
	}

	if (runStart < text.length) {
		events.push(textKey(text.slice(runStart)));
	}
};

export const createInputParser = (): InputParser => {
	let pending = '';
	let pasting = false;
	let pasteParts: string[] = [];

	const finishPaste = (events: InputEvent[], last: string) => {
		pasteParts.push(last);
		events.push({kind: 'paste', paste: normaliseLineBreaks(pasteParts.join(''))});
		pasteParts = [];
		pasting = false;
	};

	const push = (chunk: string): InputEvent[] => {
		const data = pending + chunk;
		pending = '';
		const events: InputEvent[] = [];
		let index = 0;
		while (index < data.length) {
			if (pasting) {
				const end = data.indexOf(PASTE_END, index);
				if (end !== -1) {
					finishPaste(events, data.slice(index, end));
					index = end + PASTE_END.length;
					continue;
				}

				const rest = data.slice(index);
				const held = partialMarkerLength(rest, PASTE_END);
				pasteParts.push(rest.slice(0, rest.length - held));
				pending = rest.slice(rest.length - held);
				break;
			}

			const escape = data.indexOf(ESC, index);
			const textEnd = escape === -1 ? data.length : escape;
			if (textEnd > index) {
				textEvents(data.slice(index, textEnd), events);
				index = textEnd;
				continue;
			}

			const scan = scanEscape(data, index);
			if (scan === 'pending') {
				pending = data.slice(index);
				break;
			}

			const sequence = data.slice(index, scan.end);
			index = scan.end;
			if (sequence === PASTE_START) {
				pasting = true;
				pasteParts = [];
				continue;
			}

			// An end marker without a start is left over from a paste we gave up on; it means nothing.
			if (sequence !== PASTE_END) {
				events.push(parseEscapeSequence(sequence));
			}
		}

		return events;
	};

	const flush = (): InputEvent[] => {
		const events: InputEvent[] = [];
		if (pasting) {
			const last = pending;
			pending = '';
			finishPaste(events, last);
			return events;
		}

		while (pending !== '') {
			const held = pending;
			pending = '';
			events.push(parseEscapeSequence(ESC));
			events.push(...push(held.slice(1)));
		}

		return events;
	};

	return {
		push,
		flush,
		hasPending: () => pending !== '' || pasting,
		isPasting: () => pasting,
		reset() {
			pending = '';
			pasting = false;
			pasteParts = [];
		},
	};
};
