// Parse, normalise, validate and de-duplicate 100,000 pasted lines. Target (docs/performance.md): ≤ 300 ms.
// The paste is realistic: mixed case, trailing dots, pasted URLs, Unicode names, duplicates and bad lines.
// Reference: bare node splitting, trimming, lower-casing and de-duplicating the same text.
// The Public Suffix List is loaded first, as the app does before the first list edit (source/core/names/public-suffix.ts):
// its one-time load is not part of a parse.
import {parseDomainList} from '../../source/core/names/domain-list.js';
import {loadPublicSuffixList} from '../../source/core/names/public-suffix.js';
import {report, timeMs} from '../lib.js';

await loadPublicSuffixList();

const lines: string[] = [];
for (let i = 0; i < 100_000; i++) {
	const k = i % 50;
	if (k === 0) lines.push(`https://www.Shop-${i}.com/path?q=1`);
	else if (k === 1) lines.push(`bücher-${i}.de`);
	else if (k === 2) lines.push(`bad_name_${i}.com`);
	else if (k === 3)
		lines.push(`launch-${i + 2}.com`); // a duplicate of a line further down
	else if (k === 4) lines.push(`  Launch-${i}.NET.  `);
	else lines.push(`launch-${i}.com`);
}
const text = lines.join('\r\n');

let accepted = 0;
const ours = await timeMs(() => {
	accepted = parseDomainList(text).entries.length;
});
const reference = await timeMs(() => {
	const seen = new Set<string>();
	for (const line of text.split(/\r?\n/)) seen.add(line.trim().toLowerCase());
	return seen.size;
});
report({
	name: `parse 100,000 pasted lines (${accepted} accepted)`,
	value: ours,
	unit: 'ms',
	reference,
	target: '≤ 300 ms',
	limit: {max: 300},
});
