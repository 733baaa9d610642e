import {afterEach, describe, expect, it} from 'vitest';
import {Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {useTerminalSize} from '../../../source/ui/hooks/use-terminal-size.js';
import {waitForContent} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

const Size = () => {
	const {columns, rows} = useTerminalSize();
	return <Text>{`${columns}x${rows}`}</Text>;
};

describe('useTerminalSize', () => {
	it('reads the size, with a default for what a stream does not report', () => {
		const {lastFrame} = render(<Size />);
		expect(lastFrame()).toBe('100x24');
	});

	it('follows a resize', async () => {
		const {stdout, lastFrame} = render(<Size />);
		Object.defineProperty(stdout, 'rows', {value: 50, configurable: true});
		stdout.emit('resize');
		expect(await waitForContent(lastFrame, '100x50')).toBe('100x50');
	});
});
