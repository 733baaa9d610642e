import {EventEmitter} from 'node:events';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {render as inkRender, Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {DISABLE_BRACKETED_PASTE, ENABLE_BRACKETED_PASTE} from '../../../source/ui/input/bracketed-paste.js';
import {InputProvider, keyPriority} from '../../../source/ui/input/InputProvider.js';
import type {InputEvent, KeyEvent} from '../../../source/ui/input/key-event.js';
import {useInputEvents, useKeypress} from '../../../source/ui/input/use-keypress.js';
import {ARROW_UP, ESC, PASTE, renderWithInput, waitFor} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

const Recorder = ({events}: {events: InputEvent[]}) => {
	useInputEvents((event) => {
		events.push(event);
	});
	return <Text>ready</Text>;
};

describe('InputProvider', () => {
	it('delivers a paste written in three pieces as one event', async () => {
		const events: InputEvent[] = [];
		const {stdin} = await renderWithInput(<Recorder events={events} />);
		const whole = PASTE('a.com\r\nb.com\rc.com');
		stdin.write(whole.slice(0, 4));
		stdin.write(whole.slice(4, 15));
		stdin.write(whole.slice(15));
		await waitFor(
			() => events.length > 0,
			() => 'no event arrived',
		);
		expect(events).toEqual([{kind: 'paste', paste: 'a.com\nb.com\nc.com'}]);
	});

	it('hands characters typed together to a field whole, and one by one where no one takes them whole', async () => {
		const heard: string[] = [];
		const Letters = () => {
			useKeypress((key) => {
				heard.push(key.text ?? key.name);
				// Takes `e` alone, as a screen's key does, and a run of digits whole, as a field does.
				return key.text === 'e' || /^\d+$/.test(key.text ?? '');
			});
			return <Text>ready</Text>;
		};

		const {stdin} = await renderWithInput(<Letters />);
		stdin.write('xe12é');
		await waitFor(
			() => heard.at(-1) === 'é',
			() => heard.join(','),
		);
		expect(heard).toEqual(['xe12é', 'x', 'e12é', 'e', '12é', '1', '2é', '2', 'é']);
		heard.length = 0;
		stdin.write('e');
		stdin.write('2025');
		await waitFor(
			() => heard.length === 2,
			() => heard.join(','),
		);
		expect(heard).toEqual(['e', '2025']);
	});

	it('reports a lone Esc once nothing follows it', async () => {
		const events: InputEvent[] = [];
		const {stdin} = await renderWithInput(<Recorder events={events} />);
		stdin.write(ESC);
		await waitFor(
			() => events.length > 0,
			() => 'Esc never arrived',
		);
		expect(events).toMatchObject([{kind: 'key', name: 'escape'}]);
	});

	it('lets a higher priority handler keep a key from the ones below it', async () => {
		const heard: string[] = [];
		const Both = () => {
			useKeypress(() => {
				heard.push('screen');
			});
			useKeypress(
				(key) => {
					heard.push('component');
					return key.name === 'up';
				},
				{priority: keyPriority.component},
			);
			return <Text>ready</Text>;
		};

		const {stdin} = await renderWithInput(<Both />);
		stdin.write(ARROW_UP);
		stdin.write('x');
		await waitFor(
			() => heard.length >= 3,
			() => `heard only ${heard.join(', ')}`,
		);
		expect(heard).toEqual(['component', 'component', 'screen']);
	});

	it('turns bracketed paste on when asked and off again when it leaves', async () => {
		const {stdout, unmount} = render(
			<InputProvider bracketedPaste>
				<Text>ready</Text>
			</InputProvider>,
		);
		await waitFor(
			() => stdout.frames.includes(ENABLE_BRACKETED_PASTE),
			() => 'bracketed paste was never enabled',
		);
		expect(stdout.frames).not.toContain(DISABLE_BRACKETED_PASTE);
		unmount();
		expect(stdout.frames.at(-1)).toBe(DISABLE_BRACKETED_PASTE);
	});

	it('leaves a test stream alone by default', () => {
		const {stdout} = render(
			<InputProvider>
				<Text>ready</Text>
			</InputProvider>,
		);
		expect(stdout.frames).not.toContain(ENABLE_BRACKETED_PASTE);
	});

	it('renders without a terminal instead of failing on raw mode', async () => {
		const stdin = Object.assign(new EventEmitter(), {
			isTTY: false,
			setEncoding() {},
			setRawMode: vi.fn(),
			ref() {},
			unref() {},
			read: () => null,
		});
		const output: string[] = [];
		const stdout = Object.assign(new EventEmitter(), {columns: 80, write: (frame: string) => output.push(frame)});
		const Listener = () => {
			useKeypress((_: KeyEvent) => undefined);
			return <Text>no terminal, still fine</Text>;
		};

		const instance = inkRender(
			<InputProvider>
				<Listener />
			</InputProvider>,
			{
				stdin: stdin as unknown as NodeJS.ReadStream,
				stdout: stdout as unknown as NodeJS.WriteStream,
				debug: true,
				patchConsole: false,
			},
		);
		await waitFor(
			() => output.some((frame) => frame.includes('no terminal, still fine')),
			() => 'nothing rendered',
		);
		instance.unmount();
		expect(stdin.setRawMode).not.toHaveBeenCalled();
	});
});
