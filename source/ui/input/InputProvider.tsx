// The one reader of the terminal's input. Ink's own input hook cannot tell a paste from typing, so this provider
// listens to the raw chunks Ink reads from stdin, tokenizes them itself, and hands key and paste events to
// whichever components subscribed with useKeypress.
import {useStdin, useStdout} from 'ink';
import {createContext, useContext, useEffect, useMemo, useRef, type ReactNode} from 'react';
import {DISABLE_BRACKETED_PASTE, ENABLE_BRACKETED_PASTE} from './bracketed-paste.js';
import {createInputParser} from './input-parser.js';
import type {InputEvent} from './key-event.js';
import {textKey} from './parse-keypress.js';

/** Return true to stop the event from reaching handlers that come later. */
export type InputHandler = (event: InputEvent) => boolean | void;

type Subscriber = {handle: InputHandler; priority: number};

// Who hears a key first: an overlay before the component it covers, a component before the screen around it.
// Within one level, the order of subscription.
// Below every screen, `fallback` hears what nobody took; above every overlay, `observer` sees every event first
// and must never stop one.
export const keyPriority = {fallback: -10, screen: 0, component: 10, overlay: 20, observer: 100} as const;

export type InputBus = {
	subscribe: (subscriber: Subscriber) => () => void;
};

const InputContext = createContext<InputBus | undefined>(undefined);

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

// A lone ESC is the Esc key only if nothing follows it quickly; terminals send a whole sequence in one write.
const escapeWaitMs = 25;
// A paste whose end marker never comes is delivered anyway rather than swallowing all later input.
const pasteWaitMs = 1000;

export type InputProviderProps = {
	children: ReactNode;
	/** Ask the terminal to mark pastes. Defaults to on when stdout is a terminal. */
	bracketedPaste?: boolean;
};

export const InputProvider = ({children, bracketedPaste}: InputProviderProps) => {
	const {stdin, setRawMode, isRawModeSupported} = useStdin();
	const {stdout} = useStdout();
	const subscribers = useRef<Subscriber[]>([]);

	const bus = useMemo<InputBus>(
		() => ({
			subscribe(subscriber) {
				const list = [...subscribers.current];
				const at = list.findIndex((entry) => entry.priority < subscriber.priority);
				list.splice(at === -1 ? list.length : at, 0, subscriber);
				subscribers.current = list;
				return () => {
					subscribers.current = subscribers.current.filter((entry) => entry !== subscriber);
				};
			},
		}),
		[],
	);

	useEffect(() => {
		if (!isRawModeSupported) {
			return;
		}

		const parser = createInputParser();
		let timer: NodeJS.Timeout | undefined;
		// Events wait here for their turn. One terminal read can hold several keys (key repeat, fast typing, a
		// test's write): each is delivered only after React has drawn what the one before it changed, so a handler
		// always sees the focus, the field and the screen the user would have seen had the keys come one by one.
		const queue: InputEvent[] = [];
		let next: NodeJS.Immediate | undefined;

		const deliver = (event: InputEvent) => {
			// A snapshot, so a handler that mounts or unmounts others does not change who hears this event.
			for (const subscriber of subscribers.current) {
				if (subscriber.handle(event) === true) {
					return;
				}
			}

			// Characters typed together arrive as one text, which a field takes whole. When no one takes it, each
			// character is a key of its own: the first is heard now, the rest after React has drawn what it changed
			// (`e` then digits on the expiry list: `e` opens the field, which then takes the digits).
			const characters =
				event.kind === 'key' && event.name === 'text'
					? Array.from(graphemes.segment(event.text ?? ''), (part) => part.segment)
					: [];
			if (characters.length > 1) {
				deliver(textKey(characters[0]!));
				queue.unshift(textKey(characters.slice(1).join('')));
			}
		};

		const drain = () => {
			next = undefined;
			const event = queue.shift();
			if (event) {
				deliver(event);
			}

			// React schedules the render of what a handler changed from a microtask onto its scheduler's next turn
			// of the event loop; the turn after that finds the render done.
			if (queue.length > 0) {
				next = setImmediate(() => {
					next = setImmediate(drain);
				});
			}
		};

		const dispatch = (events: InputEvent[]) => {
			const idle = queue.length === 0 && next === undefined;
			queue.push(...events);
			if (idle) {
				drain();
			}
		};

		const onData = (data: string | Buffer) => {
			clearTimeout(timer);
			dispatch(parser.push(typeof data === 'string' ? data : data.toString('utf8')));
			if (parser.hasPending()) {
				timer = setTimeout(
					() => {
						dispatch(parser.flush());
					},
					parser.isPasting() ? pasteWaitMs : escapeWaitMs,
				);
			}
		};

		// Ink reads stdin with read() on 'readable'; every chunk read that way is also emitted as 'data', so
		// listening here sees exactly what Ink sees without taking the stream away from it.
		setRawMode(true);
		stdin.on('data', onData);
		return () => {
			clearTimeout(timer);
			clearImmediate(next);
			stdin.off('data', onData);
			setRawMode(false);
		};
	}, [stdin, setRawMode, isRawModeSupported]);

	const enablePaste = bracketedPaste ?? Boolean(stdout.isTTY);
	useEffect(() => {
		if (!enablePaste) {
			return;
		}

		const disable = () => {
			stdout.write(DISABLE_BRACKETED_PASTE);
		};

		stdout.write(ENABLE_BRACKETED_PASTE);
		// The terminal keeps the mode after we leave, so turn it off even on an abrupt exit.
		process.once('exit', disable);
		return () => {
			process.off('exit', disable);
			disable();
		};
	}, [enablePaste, stdout]);

	return <InputContext.Provider value={bus}>{children}</InputContext.Provider>;
};

export const useInputBus = (): InputBus => {
	const bus = useContext(InputContext);
	if (!bus) {
		throw new Error('useKeypress needs an <InputProvider> above it.');
	}

	return bus;
};
