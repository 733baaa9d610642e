import {domainToASCII} from 'node:url';
import {describe, expect, it} from 'vitest';
import {emptyDomainList, mergeDomainList, parseDomainList, printable} from '../../source/core/names/domain-list.js';
import {normalizeDomain} from '../../source/core/names/domain-name.js';
import {countAccounted, random, randomText} from './fuzz.js';

describe('pasting a list of domains', () => {
	it('reads one per line with any line ending, and also commas, semicolons, tabs and spaces', () => {
		const result = parseDomainList(
			'alpha.com\r\nbeta.com\rgamma.com\ndelta.com, epsilon.com;zeta.com\teta.com  theta.com',
		);
		expect(result.entries.map((e) => [e.name, e.line])).toEqual([
			['alpha.com', 1],
			['beta.com', 2],
			['gamma.com', 3],
			['delta.com', 4],
			['epsilon.com', 4],
			['zeta.com', 4],
			['eta.com', 4],
			['theta.com', 4],
		]);
		expect(result.rejected).toEqual([]);
		expect(result.lines).toBe(4);
	});

	it('splits on full-width commas and semicolons from a Chinese editor', () => {
		expect(parseDomainList('alpha.com，beta.com；gamma.com、delta.com').entries.map((e) => e.name)).toEqual([
			'alpha.com',
			'beta.com',
			'gamma.com',
			'delta.com',
		]);
	});

	it('skips blank lines and # comments, including a comment after the names', () => {
		const result = parseDomainList(
			'# launch list\n\n   \nalpha.com   # the main one\n  # beta.com\nhttps://gamma.com/#pricing\n',
		);
		expect(result.entries.map((e) => e.name)).toEqual(['alpha.com', 'gamma.com']);
		expect(result.entries.map((e) => e.line)).toEqual([4, 6]);
		expect(result.rejected).toEqual([]);
	});

	it('rejects bad lines with their line number and the reason, and keeps the good ones', () => {
		const result = parseDomainList(
			[
				'good-one.com',
				'bad_name.com',
				'sales@example.com',
				'a--.com',
				'https://',
				'localhost',
				`${'x'.repeat(70)}.com`,
				'good-two.net',
			].join('\n'),
		);
		expect(result.entries.map((e) => e.name)).toEqual(['good-one.com', 'good-two.net']);
		expect(result.rejected).toEqual([
			{
				line: 2,
				input: 'bad_name.com',
				reason: "label 'bad_name' contains '_'; only letters, digits and hyphens are allowed",
			},
			{line: 3, input: 'sales@example.com', reason: "looks like an email address; the domain would be 'example.com'"},
			{line: 4, input: 'a--.com', reason: "label 'a--' ends with a hyphen"},
			{line: 5, input: 'https://', reason: 'is a URL with no host'},
			{line: 6, input: 'localhost', reason: 'has no TLD (like .com)'},
			{
				line: 7,
				input: `${'x'.repeat(70)}.com`,
				reason: `label '${'x'.repeat(20)}…' is 70 characters long; the limit is 63`,
			},
		]);
	});

	it('keeps the host of a pasted URL with a notice', () => {
		const [entry] = parseDomainList('https://www.Example.com/path?x').entries;
		expect(entry).toEqual({name: 'example.com', notice: 'took the host from a pasted URL, without its www.', line: 1});
	});

	it('shows Unicode names beside their punycode', () => {
		const [entry] = parseDomainList('Bücher.de').entries;
		expect(entry).toEqual({name: domainToASCII('bücher.de'), unicode: 'bücher.de', line: 1});
	});

	it('drops duplicates after normalising, keeping the first', () => {
		const result = parseDomainList(
			'Example.com\nexample.com.\nhttps://EXAMPLE.com/\nbücher.de\nxn--bcher-kva.de\nother.org',
		);
		expect(result.entries.map((e) => [e.name, e.line])).toEqual([
			['example.com', 1],
			[domainToASCII('bücher.de'), 4],
			['other.org', 6],
		]);
		expect(result.duplicates).toBe(3);
		expect(result.duplicateNames).toEqual([
			{line: 2, name: 'example.com', firstLine: 1},
			{line: 3, name: 'example.com', firstLine: 1},
			{line: 5, name: domainToASCII('bücher.de'), firstLine: 4},
		]);
	});

	it('makes a rejected item safe to print: escape sequences shown, huge items cut short', () => {
		const result = parseDomainList(`evil\u001b[31m.com\n${'y'.repeat(5000)}`);
		expect(result.rejected[0]!.input).toBe('evil\\u{1B}[31m.com');
		expect(result.rejected[0]!.reason).toBe('contains a control character (U+001B)');
		expect(result.rejected[1]!.input).toBe(`${'y'.repeat(100)}… (5000 characters)`);
		expect(printable('a\u202eb')).toBe('a\\u{202E}b');
	});

	it('reads an empty paste as nothing', () => {
		expect(parseDomainList('')).toEqual(emptyDomainList());
		expect(parseDomainList('\n\n#only a comment\n').entries).toEqual([]);
	});
});

describe('a line of words', () => {
	it('is one rejected line with the whole line, while a line with a name in it keeps the name and rejects the rest', () => {
		const result = parseDomainList('a-one.com\nnot a domain!!\nb-two.com junk\nfoo bar # a note');
		expect(result.rejected.map((r) => [r.line, r.input])).toEqual([
			[2, 'not a domain!!'],
			[3, 'junk'],
			[4, 'foo bar'],
		]);
		expect(result.entries.map((e) => e.name)).toEqual(['a-one.com', 'b-two.com']);
	});
});

describe('adding pastes to a list in the editor', () => {
	it('numbers the new lines after the existing ones and drops names already listed', () => {
		const first = parseDomainList('alpha.com\nbeta.com\n');
		const second = mergeDomainList(first, 'gamma.com\nALPHA.com\nbad_.com');
		expect(second.entries.map((e) => [e.name, e.line])).toEqual([
			['alpha.com', 1],
			['beta.com', 2],
			['gamma.com', 3],
		]);
		expect(second.duplicateNames).toEqual([{line: 4, name: 'alpha.com', firstLine: 1}]);
		expect(second.rejected.map((r) => r.line)).toEqual([5]);
		expect(second.lines).toBe(5);
	});

	it('gives the same result as parsing all the text at once', () => {
		const parts = ['a.com\nb.com\n', 'c.com\na.com\n', 'b.com\nd_.com\ne.com\n'];
		let merged = emptyDomainList();
		for (const part of parts) merged = mergeDomainList(merged, part);
		expect(merged).toEqual(parseDomainList(parts.join('')));
	});

	it('leaves the earlier result unchanged, so it can be kept for undo', () => {
		const first = parseDomainList('alpha.com');
		const snapshot = structuredClone(first);
		const second = mergeDomainList(first, 'beta.com');
		expect(first).toEqual(snapshot);
		// Merging from the earlier result again must not see names that only the later result holds.
		const other = mergeDomainList(first, 'beta.com');
		expect(other.entries.map((e) => e.name)).toEqual(['alpha.com', 'beta.com']);
		expect(other.duplicates).toBe(0);
		expect(second.entries.map((e) => e.name)).toEqual(['alpha.com', 'beta.com']);
	});

	it('merges into a result built by hand', () => {
		const handMade = {
			entries: [{name: 'alpha.com', line: 1}],
			rejected: [],
			duplicates: 0,
			duplicateNames: [],
			lines: 1,
		};
		const merged = mergeDomainList(handMade, 'alpha.com\nbeta.com');
		expect(merged.entries.map((e) => e.name)).toEqual(['alpha.com', 'beta.com']);
		expect(merged.duplicateNames).toEqual([{line: 2, name: 'alpha.com', firstLine: 1}]);
	});

	it('copes with a 100,000-line paste in one go', () => {
		const text = Array.from({length: 100_000}, (_, i) =>
			i % 10 === 9 ? `launch-${i - 1}.com` : `launch-${i}.com`,
		).join('\n');
		const result = parseDomainList(text);
		expect(result.entries.length).toBe(90_000);
		expect(result.duplicates).toBe(10_000);
		expect(result.lines).toBe(100_000);
	});
});

describe('fuzz: random pastes', () => {
	it('never throw, account for every item (a line of words as one), and keep only valid, unique names', () => {
		const next = random(20260102);
		for (let round = 0; round < 40; round++) {
			const text = randomText(next, 100);
			const result = parseDomainList(text);
			expect(result.entries.length + result.rejected.length + result.duplicates).toBe(
				countAccounted(text, (item) => normalizeDomain(item).ok),
			);
			const names = result.entries.map((e) => e.name);
			expect(new Set(names).size).toBe(names.length);
			for (const entry of result.entries) {
				expect(entry.name).toMatch(/^[a-z0-9.-]+$/);
				expect(entry.name.length).toBeLessThanOrEqual(253);
				expect(normalizeDomain(entry.name)).toMatchObject({ok: true, name: entry.name});
			}
			for (const rejected of result.rejected) {
				expect(rejected.reason.length).toBeGreaterThan(0);
				expect(rejected.input).not.toMatch(/[\p{Cc}\u202e\u200b]/u);
				expect(rejected.input.length).toBeLessThan(140);
			}
			for (const d of result.duplicateNames) expect(d.firstLine).toBeLessThanOrEqual(d.line);
		}
	});
});
