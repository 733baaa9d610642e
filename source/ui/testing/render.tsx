import {render} from 'ink-testing-library';
import {useEffect, type ReactElement} from 'react';
import {InputProvider} from '../input/InputProvider.js';

const Ready = ({onReady}: {onReady: () => void}) => {
	useEffect(onReady, [onReady]);
	return null;
};

/**
 * Renders inside an InputProvider and resolves once every component has subscribed to keys: Ink runs effects
 * after the first frame, and a key written before that would be lost.
 */
export const renderWithInput = async (tree: ReactElement) => {
	let instance: ReturnType<typeof render> | undefined;
	await new Promise<void>((resolve) => {
		instance = render(
			<InputProvider>
				{tree}
				<Ready onReady={resolve} />
			</InputProvider>,
		);
	});
	const rendered = instance!;
	return {
		...rendered,
		/** Gives the test terminal a size (the test library's is 100 columns and no rows) and tells Ink it changed. */
		resize(columns: number, rows: number) {
			Object.defineProperty(rendered.stdout, 'columns', {value: columns, configurable: true});
			Object.defineProperty(rendered.stdout, 'rows', {value: rows, configurable: true});
			rendered.stdout.emit('resize');
		},
		rerender: (next: ReactElement) => {
			rendered.rerender(<InputProvider>{next}</InputProvider>);
		},
	};
};
