import {Box} from 'ink';
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
