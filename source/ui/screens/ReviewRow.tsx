// One labelled row of the review: the label in a fixed column, the value wrapping beside it, never cut.
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';

const LABEL_WIDTH = 16;

export const ReviewRow = ({label, children}: {label: string; children: ReactNode}) => (
	<Box>
		<Box width={LABEL_WIDTH} flexShrink={0}>
			<Text bold>{label}</Text>
		</Box>
		<Box flexShrink={1}>
			<Text wrap="wrap">{children}</Text>
		</Box>
	</Box>
);
