import {useLayoutEffect, useRef} from 'react';
import {keyPriority, useInputBus, type InputHandler} from './InputProvider.js';
import type {InputEvent, KeyEvent, PasteEvent} from './key-event.js';

export type KeypressOptions = {
	/** Only an active subscriber hears events; this is how focus is routed. Default true. */
	isActive?: boolean;
	/** Higher hears first and may stop the event by returning true; see keyPriority. Default: screen. */
	priority?: number;
};

// Subscribes once per priority and reads the latest handler and isActive through refs, so a re-render never
// changes who hears a key first. A layout effect, because Ink runs plain effects some time after the frame is
// drawn: a key typed in between would reach the screen under a dialog the user can already see.
export const useInputEvents = (
	handler: InputHandler,
	{isActive = true, priority = keyPriority.screen}: KeypressOptions = {},
) => {
	const bus = useInputBus();
	const handlerRef = useRef(handler);
	const activeRef = useRef(isActive);
	handlerRef.current = handler;
	activeRef.current = isActive;

	useLayoutEffect(
		() =>
			bus.subscribe({
				priority,
				handle: (event: InputEvent) => (activeRef.current ? handlerRef.current(event) : undefined),
			}),
		[bus, priority],
	);
};

export type KeypressHandlers = {
	onKey?: (key: KeyEvent) => boolean | void;
	onPaste?: (paste: PasteEvent) => boolean | void;
};

/** Subscribe to keys; pass an object with onKey and onPaste to hear pastes too. */
export const useKeypress = (
	handler: ((key: KeyEvent) => boolean | void) | KeypressHandlers,
	options?: KeypressOptions,
) => {
	useInputEvents((event) => {
		if (typeof handler === 'function') {
			return event.kind === 'key' ? handler(event) : undefined;
		}

		return event.kind === 'key' ? handler.onKey?.(event) : handler.onPaste?.(event);
	}, options);
};
