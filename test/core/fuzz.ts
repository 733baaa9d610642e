// Random pastes for the fuzz tests of the list parsers.

// A seeded generator, so that a failure can be replayed.
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = [
	'example',
	'COM',
	'.',
	'..',
	'-',
	'--',
	'xn--',
	'https://',
	'/',
	'?',
	'#',
	'@',
	':',
	',',
	';',
	' ',
	'\t',
	'\r',
	'\n',
	'\r\n',
	'bücher',
	'例え',
	'。',
	'\u200b',
	'\u202e',
	'\u0000',
	'\u001b[2J',
	'\ud800',
	'😀',
	'_',
	'*',
	'1.2.3.4',
	'[::1]',
	'ＥＸ',
	'xn--zz',
	'a'.repeat(70),
	'\uffff',
	'\u3000',
	'，',
];

export function randomText(next: () => number, lines: number): string {
	const out: string[] = [];
	for (let l = 0; l < lines; l++) {
		const kind = next();
		if (kind < 0.05)
			out.push(
				String.fromCharCode(...Array.from({length: Math.floor(next() * 40)}, () => Math.floor(next() * 0x10000))),
			);
		else if (kind < 0.07) out.push('z'.repeat(Math.floor(next() * 200_000)) + '.com');
		else if (kind < 0.4)
			out.push(
				`${['launch', 'shop', 'b'].at(Math.floor(next() * 3))}-${Math.floor(next() * 300)}.${['com', 'net', 'de'].at(Math.floor(next() * 3))}`,
			);
		else
			out.push(
				Array.from({length: 1 + Math.floor(next() * 8)}, () => PIECES[Math.floor(next() * PIECES.length)]).join(''),
			);
	}
	return out.join(next() < 0.5 ? '\n' : '\r\n');
}

/**
 * An independent, plain count of what a list accounts for, to check that nothing goes missing: the items of each
 * line, and a line of several items none of which is a name as one.
 */
export function countAccounted(text: string, isName: (item: string) => boolean): number {
	let count = 0;
	for (const line of text.split(/\r\n|\r|\n/)) {
		const items = line.trim().startsWith('#') ? [] : itemsOf(line);
		count += items.length > 1 && !items.some(isName) ? 1 : items.length;
	}
	return count;
}

function itemsOf(line: string): string[] {
	const items: string[] = [];
	for (const item of line.trim().split(/[\s,;，；、]+/)) {
		if (item === '') continue;
		if (item.startsWith('#')) break;
		items.push(item);
	}
	return items;
}
