// The text of the pictures in media/, read back from the SVG files themselves, and the screen text of a frame made
// comparable: what `npm run media` checks after drawing, and what test/e2e/media.test.ts compares with the app.
// svg-term (the version package.json pins) draws each frame as an <svg x="COLUMN×FRAME"> of <text x y> words, or of
// <use y> references to <symbol>s of words that several frames share; a word's x is its column × 1.002 and its y
// the row × 2.171 plus 1.67.
import stringWidth from 'string-width';

const CELL_X = 1.002;
const ROW_Y = 2.171;
const BASE_Y = 1.67;

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
const decode = (text) =>
	text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name) => {
		if (name[0] === '#')
			return String.fromCodePoint(name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
		return ENTITIES[name] ?? whole;
	});

const TEXT = /<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g;

/** The words of one stretch of SVG, each with its cell: [{column, row, text}]. */
function words(svg, dy = 0) {
	return [...svg.matchAll(TEXT)].map(([, x, y, text]) => ({
		column: Math.round(Number(x) / CELL_X),
		row: Math.round((Number(y) + dy - BASE_Y) / ROW_Y),
		text: decode(text),
	}));
}

/** Words placed in their cells, as lines of text; trailing spaces and empty lines at the bottom dropped. */
function linesOf(placed) {
	const rows = [];
	for (const word of [...placed].sort((a, b) => a.row - b.row || a.column - b.column)) {
		const line = (rows[word.row] ??= {text: '', width: 0});
		if (word.column > line.width) {
			line.text += ' '.repeat(word.column - line.width);
			line.width = word.column;
		}

		line.text += word.text;
		line.width += stringWidth(word.text);
	}

	const lines = Array.from(rows, (line) => (line?.text ?? '').trimEnd());
	while (lines.length > 0 && lines.at(-1) === '') lines.pop();
	return lines;
}

/** Every frame an SVG drawn by svg-term shows, in order, each as its lines of text (a still has one). */
export function svgFrames(svg) {
	const symbols = new Map();
	for (const [, id, body] of svg.matchAll(/<symbol id="([^"]+)">(.*?)<\/symbol>/gs)) symbols.set(id, body);
	const frames = [];
	// A frame is an <svg x="N"> with no other attribute; it holds no nested <svg>.
	for (const [, body] of svg.matchAll(/<svg x="\d+">(.*?)<\/svg>/gs)) {
		const placed = words(body);
		for (const [, id, y] of body.matchAll(/<use xlink:href="#([^"]+)" y="([\d.]+)"/g))
			placed.push(...words(symbols.get(id) ?? '', Number(y)));
		frames.push(linesOf(placed));
	}

	return frames;
}

/** A terminal screen as captured (plain text): its lines, trailing spaces and empty lines at the bottom dropped. */
export function screenLines(text) {
	const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
	while (lines.length > 0 && lines.at(-1) === '') lines.pop();
	return lines;
}

/**
 * What changes from one run of the same steps to the next, each replaced by a placeholder: the spinner's turn, the
 * clock (dates, times, durations, the batch and export names made from it), random ids and the temporary home.
 * Everything else on a line is compared as it is.
 */
const VOLATILE = [
	[/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/g, '⠿'],
	[/alidomain-media-\w{6}/g, 'alidomain-media-HOME'],
	// A moment as a name or in ISO 8601 (20261207T011409, 2026-12-07T02-00-18+00-00, 2026-12-07T02:00:18Z), with the
	// random part a batch's name adds.
	[/\b\d{4}-?\d{2}-?\d{2}T\d{2}[:-]?\d{2}[:-]?\d{2}(\.\d+)?(Z|[+-]\d{2}[:-]?\d{2})?(-[\da-f]{8}\b)?/g, 'TIMESTAMP'],
	[/\b[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\b/g, 'UUID'],
	[/\b\d{4}-\d{2}-\d{2}\b/g, 'YYYY-MM-DD'],
	[/\b\d{1,2}:\d{2}(:\d{2})?\b/g, 'hh:mm'],
	[/\b\d+(\.\d+)?\s?(ms|s|min|m|h)\b/g, 'N s'],
	[/\b\d+ requests? last refresh\b/g, 'N requests last refresh'],
	[/\brefreshing\b|\bnext refresh in N s\b/g, 'next refresh'],
];

export const comparable = (line) => VOLATILE.reduce((text, [pattern, to]) => text.replace(pattern, to), line);

/**
 * The lines of `actual` that differ from `expected` once both are comparable: [{line (1-based), expected, actual}],
 * empty when they match.
 */
export function differences(expected, actual) {
	const out = [];
	for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
		const want = comparable(expected[i] ?? '');
		const got = comparable(actual[i] ?? '');
		if (want !== got) out.push({line: i + 1, expected: expected[i] ?? '', actual: actual[i] ?? ''});
	}

	return out;
}
