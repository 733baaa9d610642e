// Terminal cells, not UTF-16 units: a Chinese character or an emoji takes two cells and a combining mark none,
// so columns padded by `.length` drift as soon as a label is translated or a name is internationalised.
import stringWidth from 'string-width';

export const cells = (text: string): number => stringWidth(text);

export const padEndCells = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - cells(text)));

export const padStartCells = (text: string, width: number): string =>
	' '.repeat(Math.max(0, width - cells(text))) + text;

/** Cuts text to at most `width` cells, ending in the ellipsis when anything was cut. */
export const cutCells = (text: string, width: number, ellipsis = '…'): string => {
	if (width <= 0) {
		return '';
	}

	if (cells(text) <= width) {
		return text;
	}

	const room = width - cells(ellipsis);
	if (room <= 0) {
		return ellipsis.slice(0, width);
	}

	let out = '';
	let used = 0;
	for (const {segment} of new Intl.Segmenter().segment(text)) {
		const w = cells(segment);
		if (used + w > room) {
			break;
		}

		out += segment;
		used += w;
	}

	return out + ellipsis;
};

/** Text in rows of at most `width` cells, cut wherever a row is full: for what must be read whole (a path). */
export const rowsOfCells = (text: string, width: number): string[] => {
	if (width <= 0 || cells(text) <= width) {
		return [text];
	}

	const rows: string[] = [];
	let row = '';
	let used = 0;
	for (const {segment} of new Intl.Segmenter().segment(text)) {
		const w = cells(segment);
		if (used + w > width && row !== '') {
			rows.push(row);
			row = '';
			used = 0;
		}

		row += segment;
		used += w;
	}

	rows.push(row);
	return rows;
};
