import {Text} from 'ink';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {setLang} from '../../../source/i18n/index.js';
import {Frame, useBodyRows} from '../../../source/ui/components/Frame.js';
import {bindingIds, hint} from '../../../source/ui/input/key-bindings.js';
import {renderWithInput, unstyled, waitForContent} from '../../../source/ui/testing/index.js';

afterEach(() => {
	cleanup();
	setLang('en');
});

const F1 = '\u001BOP';

async function frameAt(columns: number, rows: number, props: Partial<Parameters<typeof Frame>[0]> = {}) {
	const rendered = await renderWithInput(
		<Frame
			title="Things"
			account="prod"
			endpoint="domain.aliyuncs.com"
			hints={[hint('continue'), hint('back'), hint('filter'), hint('search'), hint('export'), hint('move')]}
			{...props}
		>
			<Text>the body</Text>
		</Frame>,
	);
	rendered.resize(columns, rows);
	await waitForContent(rendered.lastFrame, 'the body');
	await new Promise((resolve) => {
		setTimeout(resolve, 30);
	});
	return {...rendered, frame: () => unstyled(rendered.lastFrame())};
}

describe('Frame', () => {
	it('draws the header first and the key bar last, with help and quit added', async () => {
		const f = await frameAt(120, 24);
		const lines = f.frame().split('\n');
		expect(lines[0]).toMatch(/^alidomain → Things\s+account prod · domain\.aliyuncs\.com$/);
		expect(lines.at(-1)).toBe(
			'Enter continue · Esc back · f filter · / search · e export · ↑↓ move · ? help · Ctrl+C quit',
		);
	});

	it('takes a second line for the key bar when one is too narrow, each line within the width', async () => {
		const f = await frameAt(60, 24);
		const lines = f.frame().split('\n');
		const bar = lines.slice(-2);
		expect(bar.join(' · ')).toBe(
			'Enter continue · Esc back · f filter · / search · e export · ↑↓ move · ? help · Ctrl+C quit',
		);
		for (const line of bar) {
			expect(line.length).toBeLessThanOrEqual(60);
		}

		// The body above has room for the second line: the frame stays within the terminal.
		expect(lines.length).toBeLessThanOrEqual(24);
	});

	it('tells a screen how many rows its body may take: a body that fills them fills the terminal, one or two bar lines', async () => {
		const hints = [hint('continue'), hint('back'), hint('filter'), hint('search'), hint('export'), hint('move')];
		const Filled = () => {
			const rows = useBodyRows({hints});
			return (
				<Frame title="Things" hints={hints}>
					{Array.from({length: rows}, (_, index) => (
						<Text key={index}>{`row ${index + 1}`}</Text>
					))}
				</Frame>
			);
		};

		for (const [columns, barLines] of [
			[120, 1],
			[60, 2],
		] as const) {
			const rendered = await renderWithInput(<Filled />);
			rendered.resize(columns, 24);
			await waitForContent(rendered.lastFrame, 'Ctrl+C quit');
			await new Promise((resolve) => {
				setTimeout(resolve, 30);
			});
			const lines = unstyled(rendered.lastFrame()).split('\n');
			// Header, a blank, the body, a blank, the bar: exactly the terminal's rows.
			expect(lines).toHaveLength(24);
			expect(lines.at(-barLines - 1)).toBe('');
			expect(lines.at(-barLines - 2)).toMatch(/^row \d+$/);
			expect(lines.at(-1)).toContain('Ctrl+C quit');
			cleanup();
		}
	});

	it('opens a help built from the same hints on ?, and on F1 from a text field, where the bar says F1', async () => {
		const f = await frameAt(80, 24);
		f.stdin.write('?');
		const help = await waitForContent(f.lastFrame, 'Things: keys');
		expect(help).toContain('Show all, failed, in progress or succeeded domains');
		expect(help).not.toContain('the body');
		cleanup();

		const field = await frameAt(80, 24, {inTextField: true});
		expect(field.frame().split('\n').slice(-2).join('\n')).toContain('F1 help');
		field.stdin.write('?');
		await new Promise((resolve) => {
			setTimeout(resolve, 50);
		});
		expect(field.frame()).not.toContain('Things: keys');
		field.stdin.write(F1);
		await waitForContent(field.lastFrame, 'Things: keys');
	});

	it('says the terminal is too small instead of drawing a frame whose header would scroll away', async () => {
		const f = await frameAt(50, 12);
		const frame = f.frame();
		expect(frame.replaceAll('\n', ' ')).toContain('The terminal is 50×12; alidomain needs at least 60×16.');
		expect(frame).not.toContain('alidomain → Things');
		f.resize(80, 24);
		await waitForContent(f.lastFrame, 'alidomain → Things');
	});

	it('has words for every binding in both languages', () => {
		for (const lang of ['en', 'zh'] as const) {
			setLang(lang);
			for (const id of bindingIds) {
				const h = hint(id);
				expect(h.label, id).toBeTruthy();
				expect(h.description, id).toBeTruthy();
				expect(h.importance, id).toBeTruthy();
			}
		}
	});
});
