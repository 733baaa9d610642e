// The pieces together: focus routes keys to one component at a time, and a huge paste stays one paste.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {Box, Text} from 'ink';
import {cleanup} from 'ink-testing-library';
import {useState} from 'react';
import {SelectList} from '../../../source/ui/components/SelectList.js';
import {TextField} from '../../../source/ui/components/TextField.js';
import {isNextField} from '../../../source/ui/input/keys.js';
import {useKeypress} from '../../../source/ui/input/use-keypress.js';
import {
	ARROW_DOWN,
	ENTER,
	PASTE,
	renderWithInput,
	sendInputAndWaitForContent,
	TAB,
	waitFor,
} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

type Spies = {onSubmit: (value: string) => void; onSelect: (value: number) => void; onPaste: (text: string) => void};

const Form = ({onSubmit, onSelect, onPaste}: Spies) => {
	const [focus, setFocus] = useState<'field' | 'list'>('field');
	useKeypress((key) => {
		if (isNextField(key)) {
			setFocus((current) => (current === 'field' ? 'list' : 'field'));
		}
	});
	return (
		<Box flexDirection="column">
			<Text>{`focus: ${focus}`}</Text>
			<TextField
				isActive={focus === 'field'}
				placeholder="domains"
				onSubmit={onSubmit}
				onPaste={(text) => {
					onPaste(text);
					return true;
				}}
			/>
			<SelectList
				isActive={focus === 'list'}
				items={[
					{label: 'One year', value: 1},
					{label: 'Two years', value: 2},
				]}
				onSelect={(item) => {
					onSelect(item.value);
				}}
			/>
		</Box>
	);
};

const spies = () => ({onSubmit: vi.fn(), onSelect: vi.fn(), onPaste: vi.fn()});

describe('a text field beside a select list', () => {
	it('routes keys only to the focused one', async () => {
		const spy = spies();
		const {stdin, lastFrame} = await renderWithInput(<Form {...spy} />);
		await sendInputAndWaitForContent(stdin, lastFrame, 'shop.com', 'shop.com');
		let frame = await sendInputAndWaitForContent(stdin, lastFrame, ARROW_DOWN + 'x', 'shop.comx');
		expect(frame).toContain('❯ One year');

		frame = await sendInputAndWaitForContent(stdin, lastFrame, TAB, 'focus: list');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, `jk${ARROW_DOWN}`, '❯ Two years');
		expect(frame).toContain('shop.comx');
		expect(frame).not.toContain('shop.comxjk');
		stdin.write(ENTER);
		await waitFor(
			() => spy.onSelect.mock.calls.length > 0,
			() => 'the list did not select',
		);
		expect(spy.onSelect).toHaveBeenCalledWith(2);
		expect(spy.onSubmit).not.toHaveBeenCalled();

		await sendInputAndWaitForContent(stdin, lastFrame, TAB, 'focus: field');
		stdin.write(ENTER);
		await waitFor(
			() => spy.onSubmit.mock.calls.length > 0,
			() => 'the field did not submit',
		);
		expect(spy.onSubmit).toHaveBeenCalledWith('shop.comx');
		expect(spy.onSelect).toHaveBeenCalledTimes(1);
	});

	it('delivers a 10,000-line bracketed paste as a single onPaste call', async () => {
		const spy = spies();
		const {stdin} = await renderWithInput(<Form {...spy} />);
		const lines = Array.from({length: 10_000}, (_, index) => `launch-${index}.com`);
		const whole = PASTE(lines.join('\r'));
		for (let start = 0; start < whole.length; start += 65_536) {
			stdin.write(whole.slice(start, start + 65_536));
		}

		await waitFor(
			() => spy.onPaste.mock.calls.length > 0,
			() => 'the paste never arrived',
		);
		expect(spy.onPaste).toHaveBeenCalledTimes(1);
		const pasted = spy.onPaste.mock.calls[0]![0] as string;
		expect(pasted.split('\n')).toHaveLength(10_000);
		expect(pasted.split('\n').at(-1)).toBe('launch-9999.com');
		expect(spy.onSubmit).not.toHaveBeenCalled();
		expect(spy.onSelect).not.toHaveBeenCalled();
	});
});
