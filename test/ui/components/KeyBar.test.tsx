import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {fitHints, KeyBar} from '../../../source/ui/components/KeyBar.js';
import {setLang} from '../../../source/i18n/index.js';
import {commonHints} from '../../../source/ui/input/keys.js';
import {unstyled} from '../../../source/ui/testing/index.js';

afterEach(() => {
	cleanup();
	setLang('en');
});

const hints = commonHints('↑↓');
const list = [hints.move, hints.select, hints.back, hints.help];

describe('KeyBar', () => {
	it('lists the keys that work here', () => {
		const {lastFrame} = render(<KeyBar hints={list} />);
		expect(unstyled(lastFrame())).toBe('↑↓ move · Enter select · Esc back · ? help');
	});

	it('drops hints from the end to fit, and says there are more', () => {
		const {lastFrame} = render(<KeyBar hints={list} width={30} />);
		const frame = unstyled(lastFrame());
		expect(frame).toBe('↑↓ move · Enter select · …');
		expect(frame.length).toBeLessThanOrEqual(30);
	});

	it('measures Chinese labels in cells: two per character, so the bar never wraps', () => {
		setLang('zh');
		const zh = commonHints('↑↓');
		const {lastFrame} = render(<KeyBar hints={[zh.move, zh.select, zh.back, zh.help]} width={30} />);
		const frame = unstyled(lastFrame());
		expect(frame).toBe('↑↓ 移动 · Enter 选择 · …');
		expect(stringWidth(frame)).toBeLessThanOrEqual(30);
	});

	it('fits the last hint without an ellipsis when it just fits', () => {
		const full = '↑↓ move · Enter select · Esc back · ? help';
		expect(fitHints(list, full.length, '·', '…')).toEqual({shown: list, cut: false});
		expect(fitHints(list, full.length - 1, '·', '…').cut).toBe(true);
	});
});
