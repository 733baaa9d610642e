// npm run lint: JavaScript's and TypeScript's recommended rules, and React's rules of hooks, over everything that
// is ours. tsc checks the types; this checks what types cannot (hooks, unused disables, suspicious code).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', '.tmp/', 'media/']},
	{linterOptions: {reportUnusedDisableDirectives: 'error'}},
	js.configs.recommended,
	tseslint.configs.recommended,
	reactHooks.configs.flat['recommended-latest'],
	{languageOptions: {globals: globals.node}},
	{
		rules: {
			// A hook whose dependencies are incomplete is a bug in waiting: an error, not a warning that scrolls by.
			'react-hooks/exhaustive-deps': 'error',
			// `_` names what is left out on purpose: a rest sibling of a removed key, or a callback's unused argument.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true},
			],
			// Two of the rules written for code the React Compiler memoizes, which this project does not use:
			// - `refs`: the input components keep the latest state in a ref during render, because several key events
			//   can arrive in one chunk before React renders again (TextField, SelectList, useKeypress), and the
			//   windowed lists remember their scroll position from the frame before;
			// - `set-state-in-effect`: a screen starts its load, or the app its connection, when it mounts, and says
			//   "loading" from that effect.
			// Every other rule of hooks stays on.
			'react-hooks/refs': 'off',
			'react-hooks/set-state-in-effect': 'off',
		},
	},
);
