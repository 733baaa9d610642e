import {describe, expect, it} from 'vitest';
import {
	textEditReducer,
	textEditState,
	valueOf,
	type TextEditAction,
	type TextEditState,
} from '../../../source/ui/state/text-edit.js';

const run = (state: TextEditState, ...actions: TextEditAction[]) => actions.reduce(textEditReducer, state);
const show = (state: TextEditState) => {
	const value = valueOf(state);
	const chars = Array.from(value);
	return `${chars.slice(0, state.cursor).join('')}|${chars.slice(state.cursor).join('')}`;
};

describe('text editing', () => {
	it('inserts at the cursor and moves it past the text', () => {
		expect(show(run(textEditState('ac'), {type: 'left'}, {type: 'insert', text: 'b'}))).toBe('ab|c');
	});

	it('deletes before and after the cursor, and does nothing at the ends', () => {
		expect(show(run(textEditState('abc'), {type: 'left'}, {type: 'backspace'}))).toBe('a|c');
		expect(show(run(textEditState('abc'), {type: 'home'}, {type: 'delete'}))).toBe('|bc');
		const start = run(textEditState('abc'), {type: 'home'});
		expect(run(start, {type: 'backspace'})).toBe(start);
		const end = textEditState('abc');
		expect(run(end, {type: 'delete'})).toBe(end);
	});

	it('moves by character, to the ends, and by word', () => {
		const state = textEditState('alpha beta.com');
		expect(show(run(state, {type: 'home'}, {type: 'right'}))).toBe('a|lpha beta.com');
		expect(show(run(state, {type: 'word-left'}))).toBe('alpha beta.|com');
		expect(show(run(state, {type: 'home'}, {type: 'word-right'}))).toBe('alpha| beta.com');
		expect(show(run(state, {type: 'left'}, {type: 'left'}, {type: 'end'}))).toBe('alpha beta.com|');
		expect(show(run(state, {type: 'home'}, {type: 'left'}))).toBe('|alpha beta.com');
	});

	it('deletes a word back and clears to either end', () => {
		expect(show(run(textEditState('alpha beta'), {type: 'delete-word-back'}))).toBe('alpha |');
		expect(show(run(textEditState('alpha beta'), {type: 'word-left'}, {type: 'clear-to-start'}))).toBe('|beta');
		expect(show(run(textEditState('alpha beta'), {type: 'word-left'}, {type: 'clear-to-end'}))).toBe('alpha |');
	});

	it('keeps emoji and CJK characters whole', () => {
		expect(show(run(textEditState('a😀例'), {type: 'left'}, {type: 'backspace'}))).toBe('a|例');
	});

	it('turns line breaks into spaces and drops control characters', () => {
		expect(valueOf(run(textEditState(), {type: 'insert', text: 'a\nb\u0007c'}))).toBe('a bc');
	});

	it('replaces the value and puts the cursor at the end', () => {
		expect(show(run(textEditState('old'), {type: 'home'}, {type: 'set', value: 'new'}))).toBe('new|');
	});
});
