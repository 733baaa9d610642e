// History's question before sending the never-ordered (docs/architecture.md, "One order, every door"): whether the
// one-key yes is offered is decided by the account alone, so a paid account whose order is not known yet is never
// offered it.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {BatchCheck} from '../../../source/core/submit/reopen-batch.js';
import {ConfirmSend} from '../../../source/ui/screens/history/report.js';
import {renderWithInput, unstyled} from '../../../source/ui/testing/index.js';

afterEach(() => {
	cleanup();
});

const check: BatchCheck = {findings: [], taskNos: [], neverSent: [0], neverSentDomains: 3, unsure: 0};
const frameOf = async (sandbox: boolean) => {
	const {lastFrame} = await renderWithInput(
		<ConfirmSend check={check} where="the account" sandbox={sandbox} onAnswer={() => {}} />,
	);
	return unstyled(lastFrame() ?? '');
};

describe('History: the confirmation before sending the never-ordered', () => {
	it('on a paid account without its priced order, waits for pricing and offers no one-key yes', async () => {
		const frame = await frameOf(false);
		expect(frame).toContain('Pricing 3 domains');
		expect(frame).not.toMatch(/Yes/);
	});

	it('in the sandbox, offers the one-key yes with No first', async () => {
		const frame = await frameOf(true);
		expect(frame).toMatch(/❯ No/);
		expect(frame).toMatch(/Yes/);
	});
});
