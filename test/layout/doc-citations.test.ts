// The repository explains itself: a comment that cites a document names a file in the repository (docs/…, the
// README), never a design note or API reference kept somewhere else; a cited section heading exists in that file;
// and the docs' own references to source files point at files that exist.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOTS = ['source', 'test', 'bench', 'scripts'];

function files(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path);
		return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [path] : [];
	});
}

/** The comment text of a file: `//` comments (whole-line or trailing) and the lines of block comments. */
export function commentsOf(code: string): Array<{line: number; text: string}> {
	const out: Array<{line: number; text: string}> = [];
	let inBlock = false;
	code.split('\n').forEach((raw, index) => {
		const line = raw.trim();
		if (inBlock || line.startsWith('/*')) {
			out.push({line: index + 1, text: line});
			inBlock = !line.includes('*/');
			return;
		}
		const at = raw.search(/(^|\s)\/\/\s/);
		if (at !== -1) out.push({line: index + 1, text: raw.slice(at).trim()});
	});
	return out;
}

/** Problems with the documents one comment cites. */
export function citationProblems(
	text: string,
	exists: (path: string) => boolean,
	headings: (path: string) => string[],
): string[] {
	const problems: string[] = [];
	if (/\bDESIGN\b|§\s*\d/.test(text)) problems.push(`cites a design section outside the repository: ${text}`);
	if (/(^|[\s(])\.\.\/shared\b|\bshared\/api\//.test(text))
		problems.push(`cites a file outside the repository: ${text}`);
	for (const match of text.matchAll(/([\w./-]+\.md)\b(?:,\s*([A-Z][\w -]*?))?\)/g)) {
		const [, path, section] = match as unknown as [string, string, string | undefined];
		if (!exists(path)) {
			problems.push(`cites ${path}, which is not in the repository`);
			continue;
		}
		if (section && !headings(path).includes(section))
			problems.push(`cites section "${section}" of ${path}, which has no such heading`);
	}
	for (const match of text.matchAll(/(?<![\w/.-])([\w./-]+\.md)\b/g)) {
		if (!exists(match[1]!)) problems.push(`cites ${match[1]}, which is not in the repository`);
	}
	return [...new Set(problems)];
}

const exists = (path: string) => existsSync(path);
/** A file's headings, without a trailing `(…)` that names where the thing lives. */
const headings = (path: string) =>
	[...readFileSync(path, 'utf8').matchAll(/^#+\s+(.+?)(?:\s+\(.*\))?$/gm)].map((m) => m[1]!.trim());

describe('documents cited in comments', () => {
	it('recognises what counts as a citation', () => {
		const fake = (path: string) => path === 'docs/api.md';
		const none = () => ['Errors'];
		expect(citationProblems('// see (docs/api.md, Errors)', fake, none)).toEqual([]);
		expect(citationProblems('// see docs/api.md', fake, none)).toEqual([]);
		// Spelled in two pieces so that a search of the repository for outside citations does not find these samples.
		const outside = {design: ['DESIGN', '§4'].join(' '), reference: ['shared', 'api/domain-api.md'].join('/')};
		expect(citationProblems(`// the rules (${outside.design})`, fake, none)).toHaveLength(1);
		expect(citationProblems(`// facts: ${outside.reference} §1`, fake, none).length).toBeGreaterThan(0);
		expect(citationProblems('// see docs/gone.md', fake, none)).toEqual([
			'cites docs/gone.md, which is not in the repository',
		]);
		expect(citationProblems('// see (docs/api.md, Limits)', fake, none)).toEqual([
			'cites section "Limits" of docs/api.md, which has no such heading',
		]);
		expect(
			commentsOf("const a = 'https://x'; // see docs/a.md\n/**\n * and b.md\n */\nconst b = 1;").map((c) => c.text),
		).toEqual(['// see docs/a.md', '/**', '* and b.md', '*/']);
	});

	it('every comment that cites a document names a file that exists in the repository', () => {
		// This file's own examples of bad citations are the one exception.
		const all = ROOTS.flatMap(files).filter((file) => !file.endsWith('doc-citations.test.ts'));
		expect(all.length).toBeGreaterThan(100);
		const problems: string[] = [];
		let citations = 0;
		for (const file of all) {
			for (const {line, text} of commentsOf(readFileSync(file, 'utf8'))) {
				if (/\.md\b/.test(text)) citations++;
				for (const problem of citationProblems(text, exists, headings)) problems.push(`${file}:${line} ${problem}`);
			}
		}
		expect(problems).toEqual([]);
		expect(citations).toBeGreaterThan(20);
	});

	it('the docs exist, and the source files they name do too', () => {
		const docs = readdirSync('docs').filter((name) => name.endsWith('.md'));
		expect(docs).toEqual(expect.arrayContaining(['architecture.md', 'never-order-twice.md', 'sandbox.md', 'api.md']));
		const missing: string[] = [];
		for (const doc of docs) {
			const text = readFileSync(join('docs', doc), 'utf8');
			for (const match of text.matchAll(/`((?:source|test|bench|scripts)\/[\w./-]+\.(?:ts|tsx|mjs))`/g)) {
				if (!existsSync(match[1]!)) missing.push(`docs/${doc} names ${match[1]}`);
			}
			for (const match of text.matchAll(/\bdocs\/([\w-]+\.md)\b/g)) {
				if (!existsSync(join('docs', match[1]!))) missing.push(`docs/${doc} names docs/${match[1]}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
