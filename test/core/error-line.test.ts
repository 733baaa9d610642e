// The one error presenter's one-line form (core/words/error-view.ts errorLine): History says a failed check, send or
// pricing in a sentence, and keeps what to do, as the command line's lines do.
import {describe, expect, it} from 'vitest';
import {NetworkError} from '../../source/api/errors.js';
import {errorLine, errorLines} from '../../source/core/words/error-view.js';

describe('errorLine', () => {
	it('keeps the network hint the lines carry, in one line', () => {
		const error = new NetworkError('refused', 'connect ECONNREFUSED 127.0.0.1:9');
		const line = errorLine(error);
		expect(line).not.toContain('\n');
		expect(line).toContain('ECONNREFUSED');
		expect(line).toContain('what to do: Check the network connection and the endpoint');
		expect(line).toBe(
			errorLines(error)
				.map((l) => l.trim())
				.join(' '),
		);
	});
});
