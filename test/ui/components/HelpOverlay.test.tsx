import {hint} from '../../../source/ui/input/key-bindings.js';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {Box, Text} from 'ink';
import {cleanup} from 'ink-testing-library';
import {HelpOverlay, useHelpToggle} from '../../../source/ui/components/HelpOverlay.js';
import {SelectList} from '../../../source/ui/components/SelectList.js';
import {TextField} from '../../../source/ui/components/TextField.js';
import {
	ARROW_DOWN,
	ESC,
	PASTE,
	renderWithInput,
	sendInputAndWaitForContent,
	unstyled,
	waitFor,
} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

const F1 = '\u001BOP';

const hints = {move: hint('move'), select: hint('select'), back: hint('back'), help: hint('help'), quit: hint('quit')};

const Screen = ({onSelect}: {onSelect: () => void}) => {
	const help = useHelpToggle();
	return (
		<Box flexDirection="column">
			<SelectList
				items={[
					{label: 'First', value: 1},
					{label: 'Second', value: 2},
				]}
				onSelect={onSelect}
			/>
			{help.isOpen ? (
				<HelpOverlay hints={[hints.move, hints.select, hints.back]} onClose={help.close} />
			) : (
				<Text>press ? for help</Text>
			)}
		</Box>
	);
};

describe('HelpOverlay', () => {
	it('opens on ?, lists each key with its description, and closes on Esc', async () => {
		const {stdin, lastFrame} = await renderWithInput(<Screen onSelect={() => {}} />);
		const frame = await sendInputAndWaitForContent(stdin, lastFrame, '?', 'Keys');
		expect(frame).toContain('↑↓     Move the highlight; PgUp/PgDn and Home/End jump');
		expect(frame).toContain('Enter  Choose the highlighted item');
		expect(frame).toContain('Esc    Go back one step');
		await sendInputAndWaitForContent(stdin, lastFrame, ESC, 'press ? for help');
		expect(unstyled(lastFrame())).not.toContain('Keys');
	});

	it('wraps a long description under itself, not under the keys', async () => {
		const {lastFrame} = await renderWithInput(
			<Box width={40}>
				<HelpOverlay hints={[hints.move]} onClose={() => {}} />
			</Box>,
		);
		const rows = unstyled(lastFrame()).split('\n');
		const first = rows.findIndex((line) => line.includes('Move'));
		const column = rows[first]!.indexOf('Move');
		// The next row goes on with the description, starting in the description's column.
		expect(rows[first + 1]!.slice(0, column).replace('│', '').trim()).toBe('');
		expect(rows[first + 1]![column]).toMatch(/\S/);
	});

	it('keeps keys from the screen beneath while open; Enter only closes it', async () => {
		const onSelect = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(<Screen onSelect={onSelect} />);
		await sendInputAndWaitForContent(stdin, lastFrame, '?', 'Keys');
		stdin.write(ARROW_DOWN);
		const frame = await sendInputAndWaitForContent(stdin, lastFrame, '\r', 'press ? for help');
		expect(frame).toContain('❯ First');
		expect(onSelect).not.toHaveBeenCalled();
		stdin.write('\r');
		await waitFor(
			() => onSelect.mock.calls.length > 0,
			() => 'Enter did not reach the list after help closed',
		);
		expect(onSelect).toHaveBeenCalledTimes(1);
	});

	it('closes on a paste, and the paste lands in the field under it', async () => {
		const Field = () => {
			const help = useHelpToggle({inTextField: true});
			return (
				<Box flexDirection="column">
					<TextField placeholder="type here" />
					{help.isOpen ? (
						<HelpOverlay hints={[hints.select, hints.back]} onClose={help.close} />
					) : (
						<Text>F1 for help</Text>
					)}
				</Box>
			);
		};

		const {stdin, lastFrame} = await renderWithInput(<Field />);
		await sendInputAndWaitForContent(stdin, lastFrame, F1, 'Keys');
		const frame = await sendInputAndWaitForContent(stdin, lastFrame, PASTE('pasted-name.com'), 'F1 for help');
		expect(frame).toContain('pasted-name.com');
		expect(frame).not.toContain('Keys');
	});
});
