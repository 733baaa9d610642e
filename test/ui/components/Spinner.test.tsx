import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {Spinner} from '../../../source/ui/components/Spinner.js';
import {plainTheme, ThemeContext} from '../../../source/ui/theme.js';
import {unstyled, waitForChange} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

describe('Spinner', () => {
	it('shows its label after a frame and turns', async () => {
		const {lastFrame} = render(<Spinner label="Submitting batch 1 of 3" interval={10} />);
		const first = unstyled(lastFrame());
		expect(first).toBe('⠋ Submitting batch 1 of 3');
		const next = await waitForChange(lastFrame, lastFrame());
		expect(next).toMatch(/^\S Submitting batch 1 of 3$/);
		expect(next).not.toBe(first);
	});

	it('uses ASCII frames in the plain theme', () => {
		const {lastFrame} = render(
			<ThemeContext.Provider value={plainTheme}>
				<Spinner label="Loading" />
			</ThemeContext.Provider>,
		);
		expect(unstyled(lastFrame())).toBe('| Loading');
	});
});
