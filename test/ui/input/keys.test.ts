import {describe, expect, it} from 'vitest';
import {createInputParser} from '../../../source/ui/input/input-parser.js';
import type {KeyEvent} from '../../../source/ui/input/key-event.js';
import * as keys from '../../../source/ui/input/keys.js';
import {ARROW_DOWN, CTRL_C, END, ENTER, ESC, HOME, PAGE_DOWN} from '../../../source/ui/testing/keys.js';

const key = (sequence: string): KeyEvent => {
	const parser = createInputParser();
	const [event] = [...parser.push(sequence), ...parser.flush()];
	if (event?.kind !== 'key') {
		throw new Error(`no key for ${JSON.stringify(sequence)}`);
	}

	return event;
};

describe('key bindings', () => {
	it('name the app-wide keys', () => {
		expect(keys.isSubmit(key(ENTER))).toBe(true);
		expect(keys.isSubmit(key('\u001B\r'))).toBe(false);
		expect(keys.isBack(key(ESC))).toBe(true);
		expect(keys.isHelp(key('?'))).toBe(true);
		expect(keys.isQuit(key(CTRL_C))).toBe(true);
		expect(keys.isQuit(key('c'))).toBe(false);
	});

	it('map list movement the same way everywhere', () => {
		expect(
			[ARROW_DOWN, PAGE_DOWN, HOME, END, '\u001B[1~', '\u001BOF', '\u0010'].map((sequence) =>
				keys.listMoveFor(key(sequence)),
			),
		).toEqual(['down', 'page-down', 'first', 'last', 'first', 'last', 'up']);
		expect(keys.listMoveFor(key('j'))).toBeUndefined();
		expect(keys.listMoveFor(key('2'))).toBeUndefined();
	});

	it('give only plain printable input as insertable text', () => {
		expect(keys.insertableText(key('ab'))).toBe('ab');
		expect(keys.insertableText(key('\u001Bb'))).toBeUndefined();
		expect(keys.insertableText(key(ENTER))).toBeUndefined();
	});

	it('know the shell editing keys', () => {
		expect(keys.isDeleteWordBack(key('\u0017'))).toBe(true);
		expect(keys.isDeleteWordBack(key('\u001B\u007F'))).toBe(true);
		expect(keys.isWordLeft(key('\u001B[1;5D'))).toBe(true);
		expect(keys.isLeft(key('\u001B[1;5D'))).toBe(false);
		expect(keys.isLineStart(key('\u0001'))).toBe(true);
		expect(keys.isLineEnd(key('\u0005'))).toBe(true);
	});
});
