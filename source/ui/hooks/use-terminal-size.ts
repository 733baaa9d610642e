import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {columns: number; rows: number};

// Non-terminals (pipes, test streams) report no size; these are the sizes a default terminal opens with.
const fallback: TerminalSize = {columns: 80, rows: 24};

const measure = (stdout: NodeJS.WriteStream): TerminalSize => ({
	columns: stdout.columns || fallback.columns,
	rows: stdout.rows || fallback.rows,
});

export const useTerminalSize = (): TerminalSize => {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => measure(stdout));

	useEffect(() => {
		const onResize = () => {
			setSize((previous) => {
				const next = measure(stdout);
				return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
			});
		};

		stdout.on('resize', onResize);
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	return size;
};
