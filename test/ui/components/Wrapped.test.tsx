import {Box, Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {Notice} from '../../../source/ui/components/Notice.js';
import {unstyled} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

describe('wrapped notices', () => {
	it('start no continuation line with the space the break fell on, and keep a space after the mark', () => {
		// The mark and its margin take two columns; "aaaa bbbbb" fills the other ten exactly.
		const {lastFrame} = render(
			<Box width={12}>
				<Notice kind="success">aaaa bbbbb cccc</Notice>
			</Box>,
		);
		expect(unstyled(lastFrame()).split('\n')).toEqual(['✔ aaaa bbbbb', '  cccc']);
	});

	it('keep the mark apart from a first word that does not fit beside it', () => {
		const {lastFrame} = render(
			<Box width={14}>
				<Notice kind="warn">Submitting-everything-now is off</Notice>
			</Box>,
		);
		const lines = unstyled(lastFrame()).split('\n');
		expect(lines[0]).toMatch(/^⚠ S/);
		expect(lines.slice(1).every((line) => !/^ {3}/.test(line))).toBe(true);
	});
});

describe('Chinese text wraps as Chinese does (the Ink patch in patches/, docs/architecture.md "The screen")', () => {
	const cells = (line: string) => [...line].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
	const lines = (width: number, text: string, color?: string) =>
		unstyled(
			render(
				<Box width={width}>
					<Text wrap="wrap">
						{color ? (
							<>
								<Text color={color}>{text.slice(0, 4)}</Text>
								{text.slice(4)}
							</>
						) : (
							text
						)}
					</Text>
				</Box>,
			).lastFrame(),
		).split('\n');

	const sentence = '总额超过余额：12 个域名会因余额不足而失败。按 c 把列表缩减为余额够支付的 285 个。';

	it('fills each line instead of moving a whole run of Chinese to the next one', () => {
		// Before: "…而失败。按 c " then the rest, because the run after "c" was one word to wrap-ansi.
		for (const width of [30, 40, 60]) {
			const wrapped = lines(width, sentence);
			expect(wrapped.join('').replaceAll(' ', '')).toBe(sentence.replaceAll(' ', ''));
			for (const line of wrapped.slice(0, -1)) expect(cells(line)).toBeGreaterThanOrEqual(width - 8);
			for (const line of wrapped) expect(cells(line)).toBeLessThanOrEqual(width);
		}
	});

	it('keeps numbers whole and with their measure word, starts no line with closing punctuation or a space', () => {
		for (const width of [20, 26, 30, 34, 40, 50, 60, 78]) {
			const wrapped = lines(width, sentence, 'yellow');
			for (const line of wrapped) expect(line).not.toMatch(/^[ ，。、；：！？）]/);
			const joined = wrapped.join('\n');
			expect(joined).toContain('12 个');
			expect(joined).toContain('285 个');
		}
	});

	it('leaves text without Chinese to the usual wrapping', () => {
		expect(lines(12, 'aaaa bbbbb cccc dd')).toEqual(['aaaa bbbbb', 'cccc dd']);
	});

	it('plain text wrapped by Ink starts no row with the space the break fell on', () => {
		// "It costs about CNY" is exactly 18 columns: the break falls on the space before the amount.
		const {lastFrame} = render(
			<Box width={18}>
				<Text>It costs about CNY 223.00.</Text>
			</Box>,
		);
		expect(unstyled(lastFrame()).split('\n')).toEqual(['It costs about CNY', '223.00.']);
	});
});
