// Which slice of a long list is on screen. Everything here is O(1) in the list's length, so a frame over
// 100,000 rows costs the same as one over 20.
import {messages} from '../../i18n/index.js';

const text = messages({
	rows: {en: 'rows', zh: '行'},
	none: {en: (noun: string) => `no ${noun}`, zh: (noun: string) => `没有${noun}`},
	position: {
		en: (noun: string, range: string, total: string) => `${noun} ${range} of ${total}`,
		zh: (noun: string, range: string, total: string) => `${noun} ${range}，共 ${total}`,
	},
});

export type ListWindow = {
	/** First visible index. */
	start: number;
	/** One past the last visible index. */
	end: number;
};

/**
 * Scrolls as little as possible: the window moves only when the selection would leave it, so the rows do not
 * jump under the reader's eyes while they move within the page.
 */
export const windowFor = ({
	total,
	height,
	selected,
	previousStart = 0,
}: {
	total: number;
	height: number;
	selected: number;
	previousStart?: number;
}): ListWindow => {
	const size = Math.max(0, Math.min(Math.floor(height), total));
	if (size === 0) {
		return {start: 0, end: 0};
	}

	const maxStart = total - size;
	let start = Math.min(Math.max(0, previousStart), maxStart);
	if (selected >= 0 && selected < total) {
		if (selected < start) {
			start = selected;
		} else if (selected >= start + size) {
			start = selected - size + 1;
		}
	}

	return {start, end: start + size};
};

export type MoveAction = 'up' | 'down' | 'page-up' | 'page-down' | 'first' | 'last';

/** The index a navigation key leads to, clamped to the list (no wrap-around: the ends are easy to find). */
export const moveIndex = (index: number, action: MoveAction, total: number, pageSize: number): number => {
	if (total <= 0) {
		return -1;
	}

	const page = Math.max(1, pageSize);
	const target = {
		up: index - 1,
		down: index + 1,
		'page-up': index - page,
		'page-down': index + page,
		first: 0,
		last: total - 1,
	}[action];
	return Math.min(total - 1, Math.max(0, target));
};

/** "rows 1–20 of 100,000" */
export const formatPosition = ({start, end}: ListWindow, total: number, dash = '–', noun = text.rows): string => {
	const number = (value: number) => value.toLocaleString('en-US');
	if (total === 0) {
		return text.none(noun);
	}

	return text.position(noun, `${number(start + 1)}${dash}${number(end)}`, number(total));
};
