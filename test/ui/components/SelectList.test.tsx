import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {SelectList, type SelectListItem} from '../../../source/ui/components/SelectList.js';
import {useKeypress} from '../../../source/ui/input/use-keypress.js';
import {isBack} from '../../../source/ui/input/keys.js';
import {
	ARROW_DOWN,
	ARROW_UP,
	BACKSPACE,
	END,
	ENTER,
	ESC,
	HOME,
	PAGE_DOWN,
	PASTE,
	renderWithInput,
	sendInputAndWaitForChange,
	sendInputAndWaitForContent,
	unstyled,
	waitFor,
	waitForContent,
} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

const menu: Array<SelectListItem<string>> = [
	{label: 'Register domains', value: 'register'},
	{label: 'Redeem domains', value: 'redeem', disabled: true, reason: 'no domains in redemption'},
	{label: 'Watch tasks', value: 'watch'},
	{label: 'Accounts', value: 'accounts'},
];

const highlightedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('❯'));

describe('SelectList', () => {
	it('moves with the arrows, skips a disabled item and selects with Enter', async () => {
		const onSelect = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(<SelectList items={menu} onSelect={onSelect} />);
		expect(highlightedLine(unstyled(lastFrame()))).toBe('❯ Register domains');
		await sendInputAndWaitForContent(stdin, lastFrame, ARROW_DOWN, '❯ Watch tasks');
		await sendInputAndWaitForContent(stdin, lastFrame, ARROW_DOWN, '❯ Accounts');
		await sendInputAndWaitForContent(stdin, lastFrame, ARROW_UP, '❯ Watch tasks');
		stdin.write(ENTER);
		await waitFor(
			() => onSelect.mock.calls.length > 0,
			() => 'onSelect was not called',
		);
		expect(onSelect.mock.calls[0]![0]).toMatchObject({value: 'watch'});
	});

	it('shows a disabled item dimmed with its reason', async () => {
		const {lastFrame} = await renderWithInput(<SelectList items={menu} onSelect={() => {}} />);
		expect(unstyled(lastFrame())).toContain('  Redeem domains – no domains in redemption');
	});

	it('starts on the default item', async () => {
		const {lastFrame} = await renderWithInput(<SelectList items={menu} defaultValue="accounts" onSelect={() => {}} />);
		expect(highlightedLine(unstyled(lastFrame()))).toBe('❯ Accounts');
	});

	it('does not treat letters and digits as movement', async () => {
		const {stdin, lastFrame} = await renderWithInput(<SelectList items={menu} onSelect={() => {}} />);
		stdin.write('j');
		stdin.write('2');
		await sendInputAndWaitForContent(stdin, lastFrame, ARROW_DOWN, '❯ Watch tasks');
		expect(highlightedLine(unstyled(lastFrame()))).toBe('❯ Watch tasks');
	});

	it('windows a long list to its height and jumps with PgDn, End and Home', async () => {
		const items = Array.from({length: 50}, (_, index) => ({label: `profile ${index + 1}`, value: index}));
		const {stdin, lastFrame} = await renderWithInput(<SelectList items={items} height={5} onSelect={() => {}} />);
		let frame = unstyled(lastFrame());
		expect(frame).toContain('items 1–5 of 50');
		expect(frame).not.toContain('profile 6');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, PAGE_DOWN, '❯ profile 6');
		expect(frame).toContain('items 2–6 of 50');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, END, '❯ profile 50');
		expect(frame).toContain('items 46–50 of 50');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, HOME, '❯ profile 1\n');
		expect(frame.split('\n').filter((line) => line.includes('profile'))).toHaveLength(5);
	});

	it('filters as you type; Backspace widens; Esc clears the filter before anyone sees it', async () => {
		const onBack = vi.fn();
		const Screen = () => {
			useKeypress((key) => {
				if (isBack(key)) {
					onBack();
				}
			});
			return <SelectList filterable items={menu} onSelect={() => {}} />;
		};

		const {stdin, lastFrame} = await renderWithInput(<Screen />);
		let frame = await sendInputAndWaitForContent(stdin, lastFrame, 'ta', 'Filter: ta');
		expect(frame).not.toContain('Accounts');
		expect(highlightedLine(frame)).toBe('❯ Watch tasks');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, BACKSPACE, 'Filter: t\n');
		expect(frame).toContain('Accounts');
		expect(highlightedLine(frame)).toBe('❯ Watch tasks');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, ESC, 'type to filter');
		expect(onBack).not.toHaveBeenCalled();
		stdin.write(ESC);
		await waitFor(
			() => onBack.mock.calls.length > 0,
			() => 'Esc with an empty filter did not reach the screen',
		);
		expect(onBack).toHaveBeenCalledTimes(1);
	});

	it('says so when nothing matches and Enter then selects nothing', async () => {
		const onSelect = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(<SelectList filterable items={menu} onSelect={onSelect} />);
		await sendInputAndWaitForContent(stdin, lastFrame, 'zzz', 'No matches');
		stdin.write(ENTER);
		await sendInputAndWaitForContent(stdin, lastFrame, BACKSPACE + BACKSPACE + BACKSPACE, 'Register domains');
		expect(onSelect).not.toHaveBeenCalled();
	});
});

describe('SelectList taking a paste', () => {
	it("puts a paste's first line into the filter, and Enter without a choosable item in view says so", async () => {
		const onSelect = vi.fn();
		const onNothingToSelect = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(
			<SelectList filterable items={menu} onSelect={onSelect} onNothingToSelect={onNothingToSelect} />,
		);
		await sendInputAndWaitForContent(stdin, lastFrame, PASTE('Redeem\nsecond line'), 'Filter: Redeem');
		stdin.write(ENTER);
		await waitFor(
			() => onNothingToSelect.mock.calls.length > 0,
			() => 'onNothingToSelect was not called',
		);
		expect(onSelect).not.toHaveBeenCalled();
	});
});

describe('SelectList when its items change', () => {
	it('renders a shorter list without losing its place', async () => {
		const items = (n: number) => Array.from({length: n}, (_, i) => ({label: `item ${i}`, value: i}));
		const view = await renderWithInput(<SelectList items={items(5)} onSelect={() => {}} />);
		for (let i = 0; i < 4; i++) await sendInputAndWaitForChange(view.stdin, view.lastFrame, ARROW_DOWN);
		view.rerender(<SelectList items={items(2)} onSelect={() => {}} />);
		await waitForContent(view.lastFrame, 'item 1');
		expect(unstyled(view.lastFrame() ?? '')).not.toContain('ERROR');
		expect(unstyled(view.lastFrame() ?? '')).toMatch(/❯ item 0|❯ item 1/);
	});
});
