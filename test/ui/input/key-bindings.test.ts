// The key table matches what its bar shows: every key a binding prints, sent as a terminal sends it, is that
// binding's key, so the bar and what a key does cannot drift apart.
import {describe, expect, it} from 'vitest';
import {createInputParser} from '../../../source/ui/input/input-parser.js';
import type {KeyEvent} from '../../../source/ui/input/key-event.js';
import {bindingIds, hint, matches} from '../../../source/ui/input/key-bindings.js';
import {ARROW_DOWN, ARROW_UP, CTRL_C, DELETE, ENTER, ESC, TAB} from '../../../source/ui/testing/keys.js';

const key = (sequence: string): KeyEvent => {
	const parser = createInputParser();
	const [event] = [...parser.push(sequence), ...parser.flush()];
	if (event?.kind !== 'key') {
		throw new Error(`no key for ${JSON.stringify(sequence)}`);
	}

	return event;
};

const named: Record<string, string[]> = {
	Enter: [ENTER],
	Esc: [ESC],
	Tab: [TAB],
	Space: [' '],
	Del: [DELETE],
	F1: ['\u001BOP'],
	'↑↓': [ARROW_UP, ARROW_DOWN],
};

/** What the terminal sends for each key a bar entry names (`s/Esc` is two keys); none for keys that are words. */
const sequencesOf = (keys: string): string[] =>
	keys.split('/').flatMap((part) => {
		const ctrl = /^Ctrl\+([A-Z])$/.exec(part);
		if (ctrl) {
			return [String.fromCodePoint(ctrl[1]!.codePointAt(0)! - 64)];
		}

		return named[part] ?? (part.length === 1 ? [part] : []);
	});

describe('the key table', () => {
	it('matches every key each binding shows on the bar', () => {
		let checked = 0;
		for (const id of bindingIds) {
			for (const sequence of sequencesOf(hint(id).keys)) {
				expect(matches(id, key(sequence)), `${id}: ${JSON.stringify(sequence)}`).toBe(true);
				checked++;
			}
		}

		// Every binding but the ones whose keys are words (paste, type) was tried.
		expect(checked).toBeGreaterThan(bindingIds.length);
	});

	it('a letter binding is that letter only: not another letter, not the letter with Ctrl, not a paste of it', () => {
		expect(matches('addAccount', key('a'))).toBe(true);
		expect(matches('addAccount', key('b'))).toBe(false);
		expect(matches('addAccount', key('\u0001'))).toBe(false);
		expect(matches('addAccount', key('\u001Ba'))).toBe(false);
		expect(matches('discardDraft', key('x'))).toBe(false);
		expect(matches('discardDraft', key('\u0018'))).toBe(true);
		expect(matches('quit', key(CTRL_C))).toBe(true);
	});

	it('keys that are words: typing narrows a list, and a paste is no key at all', () => {
		expect(matches('filterProfiles', key('x'))).toBe(true);
		expect(matches('filterProfiles', key(ENTER))).toBe(false);
		expect(['paste', 'type']).toContain(hint('pasteList').keys);
		for (const sequence of [ENTER, 'v', '\u0016']) {
			expect(matches('pasteList', key(sequence))).toBe(false);
		}
	});
});
