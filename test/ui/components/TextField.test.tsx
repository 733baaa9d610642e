import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {TextField} from '../../../source/ui/components/TextField.js';
import {
	ARROW_LEFT,
	BACKSPACE,
	DELETE,
	END,
	ENTER,
	HOME,
	PASTE,
	renderWithInput,
	sendInputAndWaitForContent,
	unstyled,
	waitFor,
	waitForContent,
} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

describe('TextField', () => {
	it('types, moves the cursor, edits and submits the value', async () => {
		const onSubmit = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(<TextField onSubmit={onSubmit} />);
		await sendInputAndWaitForContent(stdin, lastFrame, 'example.cm', 'example.cm');
		await sendInputAndWaitForContent(stdin, lastFrame, ARROW_LEFT, 'example.cm');
		await sendInputAndWaitForContent(stdin, lastFrame, 'o', 'example.com');
		await sendInputAndWaitForContent(stdin, lastFrame, HOME, 'example.com');
		await sendInputAndWaitForContent(stdin, lastFrame, DELETE, 'xample.com');
		await sendInputAndWaitForContent(stdin, lastFrame, 'e', 'example.com');
		await sendInputAndWaitForContent(stdin, lastFrame, END, 'example.com');
		await sendInputAndWaitForContent(stdin, lastFrame, BACKSPACE + BACKSPACE + 'net', 'example.cnet');
		stdin.write(ENTER);
		await waitFor(
			() => onSubmit.mock.calls.length > 0,
			() => 'onSubmit was not called',
		);
		expect(onSubmit).toHaveBeenCalledWith('example.cnet');
	});

	it('keeps a value of wide characters within its width in cells, cursor in view', async () => {
		const {stdin, lastFrame} = await renderWithInput(<TextField width={10} defaultValue="中文域名测试" />);
		const frame = await sendInputAndWaitForContent(stdin, lastFrame, END, '试');
		expect(stringWidth(frame)).toBeLessThanOrEqual(10);
		const start = await sendInputAndWaitForContent(stdin, lastFrame, HOME, '中');
		expect(stringWidth(start)).toBeLessThanOrEqual(10);
		expect(start).not.toContain('试');
	});

	it('shows the placeholder while empty', async () => {
		const {lastFrame} = await renderWithInput(<TextField placeholder="one domain per line" />);
		expect(unstyled(lastFrame())).toBe('one domain per line');
	});

	it('masks a secret: the frame never holds the characters', async () => {
		const onChange = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(<TextField mask onChange={onChange} />);
		const frame = await sendInputAndWaitForContent(stdin, lastFrame, 's3cr3t', '••••••');
		expect(frame).not.toContain('s3cr3t');
		expect(onChange).toHaveBeenLastCalledWith('s3cr3t');
	});

	it('hands a paste to onPaste and inserts nothing when it is taken', async () => {
		const onPaste = vi.fn(() => true);
		const {stdin, lastFrame} = await renderWithInput(<TextField placeholder="paste here" onPaste={onPaste} />);
		stdin.write(PASTE('a.com\rb.com\r'));
		await waitFor(
			() => onPaste.mock.calls.length > 0,
			() => 'onPaste was not called',
		);
		expect(onPaste).toHaveBeenCalledWith('a.com\nb.com\n');
		expect(unstyled(lastFrame())).toBe('paste here');
	});

	it('inserts a paste on one line when nobody takes it, and a pasted newline never submits', async () => {
		const onSubmit = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(<TextField onSubmit={onSubmit} />);
		await sendInputAndWaitForContent(stdin, lastFrame, PASTE('key-id\r\n'), 'key-id');
		await sendInputAndWaitForContent(stdin, lastFrame, PASTE('a\rb'), 'key-ida b');
		expect(onSubmit).not.toHaveBeenCalled();
	});

	it('ignores keys while inactive', async () => {
		const onChange = vi.fn();
		const {stdin, lastFrame} = await renderWithInput(
			<TextField isActive={false} defaultValue="keep" onChange={onChange} />,
		);
		stdin.write('x');
		stdin.write(BACKSPACE);
		await waitForContent(lastFrame, 'keep');
		expect(onChange).not.toHaveBeenCalled();
		expect(unstyled(lastFrame())).toBe('keep');
	});
});

describe('TextField in a narrow space', () => {
	it('scrolls sideways to keep the cursor in view', async () => {
		const {stdin, lastFrame} = await renderWithInput(<TextField width={10} />);
		let frame = await sendInputAndWaitForContent(stdin, lastFrame, 'abcdefghijklmnop', 'hijklmnop');
		expect(frame.trimEnd()).toBe('hijklmnop');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, HOME, 'abcdefghij');
		expect(frame).toBe('abcdefghij');
	});
});
