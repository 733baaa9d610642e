// What the input layer hands to components: one event per key, or one event for a whole paste.

export type KeyName =
	| 'up'
	| 'down'
	| 'left'
	| 'right'
	| 'pageup'
	| 'pagedown'
	| 'home'
	| 'end'
	| 'insert'
	| 'delete'
	| 'backspace'
	| 'return'
	| 'escape'
	| 'tab'
	| 'space'
	| 'f1'
	| 'f2'
	| 'f3'
	| 'f4'
	| 'f5'
	| 'f6'
	| 'f7'
	| 'f8'
	| 'f9'
	| 'f10'
	| 'f11'
	| 'f12'
	| 'focusin'
	| 'focusout'
	/**
	 * Printable input; `text` holds it. Typed characters that arrive together come as one event, which a field takes
	 * whole; the provider hands them over one by one when no one does (InputProvider.tsx).
	 */
	| 'text'
	/** A control sequence nobody names; `sequence` holds it. */
	| 'unknown'
	/** Ctrl plus a letter: the name is the letter, `ctrl` is set. */
	| (string & {});

export type KeyEvent = {
	kind: 'key';
	name: KeyName;
	ctrl: boolean;
	meta: boolean;
	shift: boolean;
	/** The raw bytes as they arrived. */
	sequence: string;
	/** Only for printable input: what to insert. */
	text?: string;
};

export type PasteEvent = {
	kind: 'paste';
	/** The whole pasted text, line breaks normalised to `\n`. */
	paste: string;
};

export type InputEvent = KeyEvent | PasteEvent;
