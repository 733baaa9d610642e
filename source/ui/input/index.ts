export {InputProvider, keyPriority, type InputHandler, type InputProviderProps} from './InputProvider.js';
export {useInputEvents, useKeypress, type KeypressHandlers, type KeypressOptions} from './use-keypress.js';
export {createInputParser, type InputParser} from './input-parser.js';
export {isPasteEvent, type InputEvent, type KeyEvent, type KeyName, type PasteEvent} from './key-event.js';
export * from './keys.js';
export * from './bracketed-paste.js';
