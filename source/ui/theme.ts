// Colours and symbols in one place. Some terminals (the Linux text console, old Windows consoles) cannot draw the
// Unicode symbols, so every symbol has a plain ASCII twin and the whole app switches together.
import {createContext, useContext} from 'react';

export type Symbols = {
	success: string;
	failure: string;
	warning: string;
	info: string;
	bullet: string;
	pending: string;
	pointer: string;
	separator: string;
	ellipsis: string;
	arrowUp: string;
	arrowDown: string;
	arrowUpDown: string;
	arrowRight: string;
	dash: string;
	masked: string;
	barFull: string;
	barEmpty: string;
	/** Partial blocks, from one eighth to seven eighths; empty when partial cells cannot be drawn. */
	barPartials: readonly string[];
	spinner: readonly string[];
};

export type Colors = {
	accent: string;
	success: string;
	failure: string;
	warning: string;
	info: string;
	muted: string;
	sandbox: string;
};

export type Theme = {
	unicode: boolean;
	symbols: Symbols;
	colors: Colors;
};

const unicodeSymbols: Symbols = {
	success: '✔',
	failure: '✖',
	warning: '⚠',
	info: 'ℹ',
	bullet: '●',
	pending: '○',
	pointer: '❯',
	separator: '·',
	ellipsis: '…',
	arrowUp: '↑',
	arrowDown: '↓',
	arrowUpDown: '↑↓',
	arrowRight: '→',
	dash: '–',
	masked: '•',
	barFull: '█',
	barEmpty: '░',
	barPartials: ['▏', '▎', '▍', '▌', '▋', '▊', '▉'],
	spinner: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'],
};

const plainSymbols: Symbols = {
	success: '+',
	failure: 'x',
	warning: '!',
	info: 'i',
	bullet: '*',
	pending: 'o',
	pointer: '>',
	separator: '|',
	ellipsis: '...',
	arrowUp: '^',
	arrowDown: 'v',
	arrowUpDown: 'up/down',
	arrowRight: '->',
	dash: '-',
	masked: '*',
	barFull: '#',
	barEmpty: '-',
	barPartials: [],
	spinner: ['|', '/', '-', '\\'],
};

const colors: Colors = {
	accent: 'cyan',
	success: 'green',
	failure: 'red',
	warning: 'yellow',
	info: 'blue',
	muted: 'gray',
	sandbox: 'yellow',
};

export const unicodeTheme: Theme = {unicode: true, symbols: unicodeSymbols, colors};
export const plainTheme: Theme = {unicode: false, symbols: plainSymbols, colors};

/** Whether the terminal can draw the Unicode symbols. */
export const detectUnicode = (
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
): boolean => {
	if (platform !== 'win32') {
		return env['TERM'] !== 'linux';
	}

	// The old console host sets none of these; terminals that announce themselves draw Unicode.
	return Boolean(env['WT_SESSION']) || Boolean(env['TERM_PROGRAM']) || Boolean(env['TERM']);
};

export const themeFor = (unicode: boolean): Theme => (unicode ? unicodeTheme : plainTheme);

export const ThemeContext = createContext<Theme>(themeFor(detectUnicode()));

export const useTheme = (): Theme => useContext(ThemeContext);
