import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {fitHints, KeyBar, layoutHints} from '../../../source/ui/components/KeyBar.js';
import {setLang} from '../../../source/i18n/index.js';
import {hint} from '../../../source/ui/input/key-bindings.js';
import {unstyled} from '../../../source/ui/testing/index.js';

afterEach(() => {
	cleanup();
	setLang('en');
});

const hints = {move: hint('move'), select: hint('select'), back: hint('back'), help: hint('help'), quit: hint('quit')};
const list = [hints.move, hints.select, hints.back, hints.help];

describe('KeyBar', () => {
	it('lists the keys that work here', () => {
		const {lastFrame} = render(<KeyBar hints={list} />);
		expect(unstyled(lastFrame())).toBe('↑↓ move · Enter select · Esc back · ? help');
	});

	it('drops the least important hints to fit, and says there are more', () => {
		const {lastFrame} = render(<KeyBar hints={list} width={38} />);
		const frame = unstyled(lastFrame());
		expect(frame).toBe('Enter select · Esc back · ? help · …');
		expect(frame.length).toBeLessThanOrEqual(38);
	});

	it('measures Chinese labels in cells: two per character, so the bar never wraps', () => {
		setLang('zh');
		const zh = {move: hint('move'), select: hint('select'), back: hint('back'), help: hint('help'), quit: hint('quit')};
		const {lastFrame} = render(<KeyBar hints={[zh.move, zh.select, zh.back, zh.help]} width={36} />);
		const frame = unstyled(lastFrame());
		expect(frame).toBe('Enter 选择 · Esc 返回 · ? 帮助 · …');
		expect(stringWidth(frame)).toBeLessThanOrEqual(36);
	});

	it('never drops the way out, the main action or help, whatever their place in the list', () => {
		const many = [
			hints.move,
			hints.help,
			hint('filter'),
			hint('search'),
			hint('export'),
			hint('retryFailed'),
			hint('leaveStatus'),
		];
		const {shown, cut} = fitHints(many, 40, '·', '…');
		expect(cut).toBe(true);
		expect(shown.map((h) => h.keys)).toEqual(['?', 'r', 'q']);
		expect(fitHints(many, 10, '·', '…').shown.map((h) => h.keys)).toEqual(['?', 'r', 'q']);
	});

	it('fits the last hint without an ellipsis when it just fits', () => {
		const full = '↑↓ move · Enter select · Esc back · ? help';
		expect(fitHints(list, full.length, '·', '…')).toEqual({shown: list, cut: false});
		expect(fitHints(list, full.length - 1, '·', '…').cut).toBe(true);
	});

	it('takes a second line when one is not enough, each hint whole on one line, and cuts nothing that fits in two', () => {
		const many = [hints.select, hints.back, hint('filter'), hint('search'), hint('export'), hints.move, hints.help];
		const oneLine = unstyled(render(<KeyBar hints={many} width={40} />).lastFrame());
		expect(oneLine.endsWith('…')).toBe(true);
		const {lastFrame} = render(<KeyBar hints={many} width={40} maxLines={2} />);
		const lines = unstyled(lastFrame()).split('\n');
		expect(lines).toHaveLength(2);
		expect(lines.join(' · ')).toBe('Enter select · Esc back · f filter · / search · e export · ↑↓ move · ? help');
		for (const line of lines) {
			expect(stringWidth(line)).toBeLessThanOrEqual(40);
		}

		// Too many for two lines: the least important give way, and the ellipsis ends the second line.
		const {lines: cut} = layoutHints([...many, hint('quit'), hint('reload')], 40, '·', '…', 2);
		expect(cut).toHaveLength(2);
		expect(cut.flat().map((h) => h.keys)).toEqual(['Enter', 'Esc', 'f', '/', 'e', '?']);
	});
});
