// Types of scripts/media-text.mjs, for test/e2e/media.test.ts.
export function svgFrames(svg: string): string[][];
export function screenLines(text: string): string[];
export function comparable(line: string): string;
export function differences(
	expected: string[],
	actual: string[],
): Array<{line: number; expected: string; actual: string}>;
