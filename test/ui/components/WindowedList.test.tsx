import {afterEach, describe, expect, it} from 'vitest';
import {Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {WindowedList} from '../../../source/ui/components/WindowedList.js';
import {useListNavigation} from '../../../source/ui/hooks/use-list-navigation.js';
import {
	ARROW_DOWN,
	ARROW_UP,
	END,
	HOME,
	PAGE_DOWN,
	PAGE_UP,
	renderWithInput,
	sendInputAndWaitForContent,
	unstyled,
} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

const domains = Array.from({length: 100_000}, (_, index) => `domain-${index + 1}.com`);

const Browser = ({height}: {height: number}) => {
	const {index} = useListNavigation({count: domains.length, pageSize: height});
	return (
		<WindowedList
			items={domains}
			height={height}
			selectedIndex={index}
			renderItem={(name, _, isSelected) => <Text>{`${isSelected ? '>' : ' '} ${name}`}</Text>}
		/>
	);
};

describe('WindowedList', () => {
	it('renders only the visible rows of 100,000 and says where they are', () => {
		let rendered = 0;
		const {lastFrame} = render(
			<WindowedList
				items={domains}
				height={20}
				selectedIndex={0}
				renderItem={(name) => {
					rendered++;
					return <Text>{name}</Text>;
				}}
			/>,
		);
		const frame = unstyled(lastFrame());
		expect(rendered).toBe(20);
		expect(frame).toContain('domain-20.com');
		expect(frame).not.toContain('domain-21.com');
		expect(frame).toContain('rows 1–20 of 100,000');
	});

	it('keeps the selection in view as it moves by row, page and to the ends', async () => {
		const {stdin, lastFrame} = await renderWithInput(<Browser height={5} />);
		let frame = await sendInputAndWaitForContent(stdin, lastFrame, PAGE_DOWN, '> domain-6.com');
		expect(frame).toContain('rows 2–6 of 100,000');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, ARROW_UP, '> domain-5.com');
		expect(frame).toContain('rows 2–6 of 100,000');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, END, '> domain-100000.com');
		expect(frame).toContain('rows 99,996–100,000 of 100,000');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, PAGE_UP, '> domain-99995.com');
		expect(frame).toContain('rows 99,995–99,999 of 100,000');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, HOME, '> domain-1.com');
		expect(frame).toContain('rows 1–5 of 100,000');
		frame = await sendInputAndWaitForContent(stdin, lastFrame, ARROW_DOWN, '> domain-2.com');
		expect(frame.split('\n').filter((line) => line.includes('domain-'))).toHaveLength(5);
	});

	it('says so when there is nothing to show', () => {
		const {lastFrame} = render(
			<WindowedList items={[]} height={5} selectedIndex={-1} emptyText="No domains yet" renderItem={() => null} />,
		);
		expect(unstyled(lastFrame())).toBe('No domains yet');
	});

	it('can leave out the position line', () => {
		const {lastFrame} = render(
			<WindowedList
				items={['a', 'b']}
				height={5}
				selectedIndex={0}
				showPosition={false}
				renderItem={(item) => <Text>{item}</Text>}
			/>,
		);
		expect(unstyled(lastFrame())).toBe('a\nb');
	});
});
