import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {useTheme} from '../theme.js';

export type SpinnerProps = {
	label?: string;
	/** Milliseconds per frame. */
	interval?: number;
};

export const Spinner = ({label, interval = 80}: SpinnerProps) => {
	const {colors, symbols} = useTheme();
	const [frame, setFrame] = useState(0);

	useEffect(() => {
		const timer = setInterval(() => {
			setFrame((previous) => (previous + 1) % symbols.spinner.length);
		}, interval);
		return () => {
			clearInterval(timer);
		};
	}, [interval, symbols.spinner.length]);

	return (
		<Text>
			<Text color={colors.accent}>{symbols.spinner[frame]}</Text>
			{label ? ` ${label}` : ''}
		</Text>
	);
};
