// Text that wraps without starting a line with a space. Ink breaks a line at a space and, when the word before it
// fills the line exactly, carries that space to the start of the next one; this takes it off again.
import {Transform} from 'ink';
import type {ReactNode} from 'react';

// A continuation line may begin with colour codes before the stray space.
// eslint-disable-next-line no-control-regex -- the escape codes are what is matched
const LEADING_SPACE = /^((?:\u001B\[[\d;]*m)*) /;

export const dropBreakSpace = (line: string, index: number): string =>
	index === 0 ? line : line.replace(LEADING_SPACE, '$1');

export const Wrapped = ({children}: {children: ReactNode}) => (
	<Transform transform={dropBreakSpace}>{children}</Transform>
);
