import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {Notice} from '../../../source/ui/components/Notice.js';
import {unstyled} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

const error = {
	code: 'SignatureDoesNotMatch',
	message: 'Specified signature is not matched with our calculation.',
	requestId: '7A3D1C2B-0000-4000-8000-000000000000',
	hint: 'The AccessKey secret is wrong: add the account again with the right secret.',
};

describe('Notice', () => {
	it('shows an info or warning line with its symbol', () => {
		expect(unstyled(render(<Notice>12 domains ready</Notice>).lastFrame())).toBe('ℹ 12 domains ready');
		expect(unstyled(render(<Notice kind="warn">Throttled; slowing down</Notice>).lastFrame())).toBe(
			'⚠ Throttled; slowing down',
		);
	});

	it('shows an API error with code, message, request id and what to do', () => {
		const frame = unstyled(render(<Notice error={error} />).lastFrame());
		expect(frame.split('\n')).toEqual([
			'✖ SignatureDoesNotMatch',
			'  Specified signature is not matched with our calculation.',
			'  Request ID 7A3D1C2B-0000-4000-8000-000000000000',
			'  → The AccessKey secret is wrong: add the account again with the right secret.',
		]);
	});

	it('puts a headline above the error and leaves out what is missing', () => {
		const frame = unstyled(
			render(
				<Notice error={{code: 'Throttling.User', message: 'Request was denied due to user flow control.'}}>
					Could not check availability
				</Notice>,
			).lastFrame(),
		);
		expect(frame.split('\n')).toEqual([
			'✖ Could not check availability',
			'  Throttling.User: Request was denied due to user flow control.',
		]);
	});
});
