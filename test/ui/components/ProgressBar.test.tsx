import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {formatBar, formatPercent, ProgressBar} from '../../../source/ui/components/ProgressBar.js';
import {plainTheme, ThemeContext, unicodeTheme} from '../../../source/ui/theme.js';
import {unstyled} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

const join = ({filled, empty}: {filled: string; empty: string}) => filled + empty;

describe('ProgressBar', () => {
	it('draws exactly the width asked, in eighths with Unicode', () => {
		expect(join(formatBar(0, 10, unicodeTheme.symbols))).toBe('░░░░░░░░░░');
		expect(join(formatBar(1, 10, unicodeTheme.symbols))).toBe('██████████');
		expect(join(formatBar(0.25, 10, unicodeTheme.symbols))).toBe('██▌░░░░░░░');
		for (const fraction of [0.01, 0.33, 0.5, 0.77, 0.999]) {
			expect(Array.from(join(formatBar(fraction, 17, unicodeTheme.symbols)))).toHaveLength(17);
		}
	});

	it('falls back to ASCII and never looks done before it is', () => {
		expect(join(formatBar(0.25, 10, plainTheme.symbols))).toBe('##--------');
		expect(join(formatBar(0.999, 10, plainTheme.symbols))).toBe('#########-');
		expect(formatPercent(0.999)).toBe('99%');
		expect(formatPercent(1)).toBe('100%');
	});

	it('survives values out of range', () => {
		expect(join(formatBar(-1, 4, plainTheme.symbols))).toBe('----');
		expect(join(formatBar(7, 4, plainTheme.symbols))).toBe('####');
		expect(join(formatBar(Number.NaN, 4, plainTheme.symbols))).toBe('----');
	});

	it('fills the terminal width around its label and percent', () => {
		const {lastFrame} = render(<ProgressBar label="Registering" value={0.5} />);
		const frame = unstyled(lastFrame());
		expect(frame).toMatch(/^Registering █+[▏▎▍▌▋▊▉]?░+ {2}50%$/);
		expect(Array.from(frame)).toHaveLength(100);
	});

	it('draws brackets in the plain theme', () => {
		const {lastFrame} = render(
			<ThemeContext.Provider value={plainTheme}>
				<ProgressBar value={0.5} width={10} />
			</ThemeContext.Provider>,
		);
		expect(unstyled(lastFrame())).toBe('[#####-----]  50%');
	});
});
