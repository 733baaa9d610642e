// Ink renders after stdin is read and effects run, so a test must wait for the frame it expects rather than
// sleep a guessed time. These poll the last frame and fail with the frame in the message.
import {unstyled} from './unstyled.js';

type LastFrame = () => string | undefined;
type Writable = {write: (data: string) => void};

const pollMs = 5;
const defaultTimeoutMs = 3000;

export const waitFor = async (
	condition: () => boolean,
	describe: () => string,
	timeoutMs = defaultTimeoutMs,
): Promise<void> => {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error(describe());
		}

		await new Promise((resolve) => {
			setTimeout(resolve, pollMs);
		});
	}
};

export const waitForContent = async (lastFrame: LastFrame, text: string, timeoutMs?: number): Promise<string> => {
	await waitFor(
		() => unstyled(lastFrame()).includes(text),
		() => `Timed out waiting for ${JSON.stringify(text)}. Last frame:\n${unstyled(lastFrame())}`,
		timeoutMs,
	);
	return unstyled(lastFrame());
};

export const waitForChange = async (
	lastFrame: LastFrame,
	before: string | undefined,
	timeoutMs?: number,
): Promise<string> => {
	await waitFor(
		() => lastFrame() !== before,
		() => `Timed out waiting for the frame to change. Frame:\n${unstyled(lastFrame())}`,
		timeoutMs,
	);
	return unstyled(lastFrame());
};

export const sendInputAndWaitForContent = async (
	stdin: Writable,
	lastFrame: LastFrame,
	input: string,
	text: string,
): Promise<string> => {
	stdin.write(input);
	return waitForContent(lastFrame, text);
};

export const sendInputAndWaitForChange = async (
	stdin: Writable,
	lastFrame: LastFrame,
	input: string,
): Promise<string> => {
	const before = lastFrame();
	stdin.write(input);
	return waitForChange(lastFrame, before);
};

/** Lets the input layer subscribe (effects run after the first frame) before a test types. */
export const settle = async (): Promise<void> => {
	await new Promise((resolve) => {
		setTimeout(resolve, 0);
	});
};
