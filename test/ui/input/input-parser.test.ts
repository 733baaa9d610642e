import {describe, expect, it} from 'vitest';
import {createInputParser} from '../../../source/ui/input/input-parser.js';
import type {InputEvent, KeyEvent} from '../../../source/ui/input/key-event.js';
import {PASTE} from '../../../source/ui/testing/keys.js';

const parse = (...chunks: string[]): InputEvent[] => {
	const parser = createInputParser();
	return chunks.flatMap((chunk) => parser.push(chunk));
};

const keys = (...chunks: string[]) =>
	parse(...chunks).map((event) => {
		expect(event.kind).toBe('key');
		return event as KeyEvent;
	});

const names = (...chunks: string[]) => keys(...chunks).map((key) => key.name);

describe('input parser: keys', () => {
	it('names the arrows in both cursor modes', () => {
		expect(names('\u001B[A', '\u001B[B', '\u001B[C', '\u001B[D')).toEqual(['up', 'down', 'right', 'left']);
		expect(names('\u001BOA\u001BOB\u001BOC\u001BOD')).toEqual(['up', 'down', 'right', 'left']);
	});

	it('names PgUp and PgDn', () => {
		expect(names('\u001B[5~\u001B[6~')).toEqual(['pageup', 'pagedown']);
	});

	it('names every Home and End variant terminals send', () => {
		expect(names('\u001B[H', '\u001BOH', '\u001B[1~', '\u001B[7~')).toEqual(['home', 'home', 'home', 'home']);
		expect(names('\u001B[F', '\u001BOF', '\u001B[4~', '\u001B[8~')).toEqual(['end', 'end', 'end', 'end']);
	});

	it('reads modifiers from the terminal parameters', () => {
		const [ctrlUp, shiftRight, altLeft] = keys('\u001B[1;5A\u001B[1;2C\u001B[1;3D');
		expect(ctrlUp).toMatchObject({name: 'up', ctrl: true, shift: false, meta: false});
		expect(shiftRight).toMatchObject({name: 'right', shift: true, ctrl: false});
		expect(altLeft).toMatchObject({name: 'left', meta: true});
	});

	it('names Enter, Tab, Shift+Tab, Backspace and Delete', () => {
		expect(names('\r')).toEqual(['return']);
		expect(keys('\t', '\u001B[Z').map((key) => [key.name, key.shift])).toEqual([
			['tab', false],
			['tab', true],
		]);
		expect(names('\u007F', '\b', '\u001B[3~')).toEqual(['backspace', 'backspace', 'delete']);
	});

	it('reads Ctrl+C as ctrl and c, not as text', () => {
		const [key] = keys('\u0003');
		expect(key).toMatchObject({name: 'c', ctrl: true, meta: false});
		expect(key!.text).toBeUndefined();
	});

	it('holds a lone ESC back until flushed, then calls it Esc', () => {
		const parser = createInputParser();
		expect(parser.push('\u001B')).toEqual([]);
		expect(parser.hasPending()).toBe(true);
		expect(parser.flush()).toMatchObject([{kind: 'key', name: 'escape', meta: false}]);
		expect(parser.hasPending()).toBe(false);
	});

	it('joins an escape sequence split across chunks', () => {
		expect(names('\u001B', '[', 'B')).toEqual(['down']);
		expect(names('\u001B[6', '~')).toEqual(['pagedown']);
	});

	it('reads ESC before a character or a key as Alt', () => {
		const [altB, altUp] = keys('\u001Bb', '\u001B\u001B[A');
		expect(altB).toMatchObject({name: 'b', meta: true});
		expect(altB!.text).toBeUndefined();
		expect(altUp).toMatchObject({name: 'up', meta: true});
	});

	it('delivers typed UTF-8 text as text, whole characters intact', () => {
		const [key] = keys('例子.中国');
		expect(key).toMatchObject({name: 'text', text: '例子.中国'});
		expect(keys('😀')[0]!.text).toBe('😀');
	});

	it('splits control characters out of typed text', () => {
		const events = keys('ab\u007Fc');
		expect(events.map((key) => key.name)).toEqual(['text', 'backspace', 'text']);
		expect(events.map((key) => key.text)).toEqual(['ab', undefined, 'c']);
	});

	it('keeps a trailing Enter typed with text as an Enter', () => {
		expect(names('example.com\r')).toEqual(['text', 'return']);
	});

	it('names ? as text so bindings can find it', () => {
		expect(keys('?')[0]).toMatchObject({name: 'text', text: '?'});
	});
});

describe('input parser: paste', () => {
	it('delivers a bracketed paste as one event, never as keys', () => {
		expect(parse(PASTE('a.com\rb.com\r'))).toEqual([{kind: 'paste', paste: 'a.com\nb.com\n'}]);
	});

	it('joins a paste split over three chunks, markers split too', () => {
		const whole = PASTE('one.com\r\ntwo.com\rthree.com');
		const chunks = [whole.slice(0, 3), whole.slice(3, 20), whole.slice(20, whole.length - 2), whole.slice(-2)];
		expect(chunks.length).toBe(4);
		expect(parse(...chunks)).toEqual([{kind: 'paste', paste: 'one.com\ntwo.com\nthree.com'}]);
		expect(parse(whole.slice(0, 12), whole.slice(12, 30), whole.slice(30))).toEqual([
			{kind: 'paste', paste: 'one.com\ntwo.com\nthree.com'},
		]);
	});

	it('normalises CRLF and CR to LF', () => {
		expect(parse(PASTE('a\r\nb\rc\nd'))).toEqual([{kind: 'paste', paste: 'a\nb\nc\nd'}]);
	});

	it('keeps escape codes inside a paste as text', () => {
		expect(parse(PASTE('x\u001B[Ay'))).toEqual([{kind: 'paste', paste: 'x\u001B[Ay'}]);
	});

	it('reads keys on either side of a paste', () => {
		const events = parse(`\u001B[A${PASTE('p')}\r`);
		expect(events).toMatchObject([
			{kind: 'key', name: 'up'},
			{kind: 'paste', paste: 'p'},
			{kind: 'key', name: 'return'},
		]);
	});

	it('delivers 10,000 lines as one paste', () => {
		const lines = Array.from({length: 10_000}, (_, index) => `domain-${index}.com`);
		const whole = PASTE(lines.join('\r'));
		const chunks: string[] = [];
		for (let start = 0; start < whole.length; start += 4096) {
			chunks.push(whole.slice(start, start + 4096));
		}

		const events = parse(...chunks);
		expect(events).toHaveLength(1);
		expect(events[0]!.kind === 'paste' && events[0].paste.split('\n')).toHaveLength(10_000);
	});

	it('gives up on a paste whose end never comes, delivering what arrived', () => {
		const parser = createInputParser();
		expect(parser.push('\u001B[200~half')).toEqual([]);
		expect(parser.isPasting()).toBe(true);
		expect(parser.flush()).toEqual([{kind: 'paste', paste: 'half'}]);
		expect(parser.push('x')).toMatchObject([{kind: 'key', text: 'x'}]);
	});

	it('takes unbracketed multi-line text arriving at once as a paste', () => {
		expect(parse('a.com\rb.com\rc.com')).toEqual([{kind: 'paste', paste: 'a.com\nb.com\nc.com'}]);
	});
});
