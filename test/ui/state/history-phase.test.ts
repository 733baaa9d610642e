// The history screen's phases and its batch columns without Ink.
import {describe, expect, it} from 'vitest';
import {createInputParser} from '../../../source/ui/input/input-parser.js';
import type {KeyEvent} from '../../../source/ui/input/key-event.js';
import {batchColumns, mixesEndpoints, shortEndpoint} from '../../../source/ui/screens/history/batch-columns.js';
import {
	historyKeyIntent,
	historyReducer,
	initialHistoryState,
	type Phase,
} from '../../../source/ui/screens/history/phase.js';
import {ARROW_LEFT, ENTER, ESC, SHIFT_TAB, TAB} from '../../../source/ui/testing/keys.js';
import type {BatchCheck} from '../../../source/core/submit/reopen-batch.js';

const key = (sequence: string): KeyEvent => {
	const parser = createInputParser();
	const [event] = [...parser.push(sequence), ...parser.flush()];
	if (event?.kind !== 'key') {
		throw new Error(`no key for ${JSON.stringify(sequence)}`);
	}

	return event;
};

const intents = (phase: Phase, ...sequences: string[]) => sequences.map((s) => historyKeyIntent(phase, key(s)).type);
const check = {taskNos: []} as unknown as BatchCheck;

describe('the history phase reducer', () => {
	it('in the list: Esc and q leave, Tab and the side arrows switch, Enter opens, t types task numbers, r reloads', () => {
		expect(intents({kind: 'list'}, ESC, 'q', TAB, SHIFT_TAB, ARROW_LEFT, ENTER, 't', 'r', 'x')).toEqual([
			'leave',
			'leave',
			'switch-section',
			'switch-section',
			'switch-section',
			'open',
			'type-task-numbers',
			'reload',
			'pass',
		]);
	});

	it('leaves the field with Esc and lets it have every other key', () => {
		expect(intents({kind: 'typing'}, ESC, 'q', 'r', ENTER)).toEqual(['back-to-list', 'pass', 'pass', 'pass']);
	});

	it('steps back from a question to its report, and from a report to the list', () => {
		const report: Phase = {kind: 'report', batchId: 'b', lines: [], check};
		expect(intents(report, ESC, 'q', ENTER)).toEqual(['back-to-list', 'back-to-list', 'pass']);
		expect(intents({...report, kind: 'confirm'}, ESC, 'q')).toEqual(['unconfirm', 'unconfirm']);
		expect(intents({kind: 'busy', label: 'checking'}, ESC, 'q', ENTER)).toEqual(['pass', 'pass', 'pass']);
	});

	it('reads the running batches from the server again on reload only; counts written read the journal again', () => {
		let state = initialHistoryState('batches');
		state = historyReducer(state, {type: 'journal-changed'});
		expect([state.journalVersion, state.serverRound]).toEqual([1, 0]);
		state = historyReducer(state, {type: 'back-to-list'});
		expect([state.journalVersion, state.serverRound]).toEqual([2, 0]);
		state = historyReducer(state, {type: 'reload'});
		expect([state.journalVersion, state.serverRound]).toEqual([3, 1]);
	});
});

describe('the batch columns', () => {
	const fixed = 2 + 17 + 10 + 8 + 7 + 2;

	it('keep the state whole at 80 columns, the counts taking what is left', () => {
		const widths = batchColumns(80, {state: ['State', 'finished', 'running'], counts: ['Last counts']});
		expect(widths.state).toBe(8);
		expect(widths.endpoint).toBeUndefined();
		expect(fixed + widths.counts + widths.state).toBe(80);
		// Wide terminals keep the counts where they always were.
		expect(batchColumns(200, {state: ['State', 'finished'], counts: []}).counts).toBe(28);
	});

	it('add an endpoint column that takes what the counts leave, and is whole when there is room', () => {
		const listed = {
			state: ['State', 'finished'],
			counts: ['Last counts', '1 ok, 0 failed'],
			endpoint: ['Endpoint', '127.0.0.1:8080', 'sandbox'],
		};
		const narrow = batchColumns(80, listed);
		expect(narrow.state).toBe(8);
		expect(narrow.endpoint).toBeGreaterThanOrEqual(8);
		expect(fixed + narrow.counts + narrow.state + 2 + narrow.endpoint!).toBe(80);
		const wide = batchColumns(120, listed);
		expect(wide).toEqual({state: 8, counts: 15, endpoint: 14});
	});

	it('name the servers briefly, and only when more than one is listed', () => {
		expect(shortEndpoint('https://domain.aliyuncs.com/')).toBe('domain.aliyuncs.com');
		expect(shortEndpoint('http://localhost:8080')).toBe('127.0.0.1:8080');
		expect(shortEndpoint('built-in sandbox')).toBe('sandbox');
		expect(shortEndpoint('built-in sandbox (large)')).toBe('built-in sandbox (large)');
		expect(mixesEndpoints(['http://127.0.0.1:80', 'http://localhost'], 'http://127.0.0.1/')).toBe(false);
		expect(mixesEndpoints(['http://127.0.0.1:8080'], 'https://domain.aliyuncs.com')).toBe(true);
	});
});
