// The layers stay as docs/architecture.md draws them: each import in source/ is checked against the folders its
// layer must never reach. The interactive app (ui/) and the command-line layer (cli/) never import the commands.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const SOURCE = resolve('source');

/** Layer (a folder of source/, or a file at its top) → layers it must not import. */
const FORBIDDEN: Record<string, string[]> = {
	ui: ['commands'],
	cli: ['commands', 'ui', 'runtime.ts'],
	core: ['cli', 'commands', 'ui', 'runtime.ts', 'sandbox'],
	api: ['cli', 'commands', 'ui', 'runtime.ts', 'core', 'store', 'sandbox'],
	store: ['cli', 'commands', 'ui', 'runtime.ts', 'sandbox'],
	sandbox: ['cli', 'commands', 'ui', 'runtime.ts', 'core', 'store'],
	i18n: ['cli', 'commands', 'ui', 'runtime.ts', 'core', 'store', 'sandbox', 'api'],
	// How files are written and read safely, for the store and the sandbox alike: below both.
	files: ['cli', 'commands', 'ui', 'runtime.ts', 'core', 'store', 'sandbox', 'api'],
	'runtime.ts': ['commands', 'ui'],
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
export function importsOf(code: string): string[] {
	const found: string[] = [];
	for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.[^']+)'/g)) found.push(match[1]!);
	return found;
}

const layerOf = (file: string): string => relative(SOURCE, file).split('/')[0]!.replace(/\.js$/, '.ts');

describe('layers', () => {
	it('finds static, type-only and dynamic imports', () => {
		const code = "import {a} from './x.js';\nimport type {B} from '../y/z.js';\nconst m = await import('../commands/q.js');\nimport './side.js';\nexport {c} from './w.js';";
		expect(importsOf(code)).toEqual(['./x.js', '../y/z.js', '../commands/q.js', './side.js', './w.js']);
	});

	it('no layer imports what it must not', () => {
		const files = sourceFiles(SOURCE);
		expect(files.length).toBeGreaterThan(50);
		const broken: string[] = [];
		for (const file of files) {
			const layer = layerOf(file);
			const forbidden = FORBIDDEN[layer] ?? [];
			for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
				const target = layerOf(resolve(dirname(file), specifier));
				if (forbidden.includes(target)) broken.push(`${relative(SOURCE, file)} imports ${specifier}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('the app reaches the command line only through cli/, never the commands', () => {
		const uiFiles = sourceFiles(join(SOURCE, 'ui'));
		const targets = uiFiles.flatMap((file) => importsOf(readFileSync(file, 'utf8')).map((s) => layerOf(resolve(dirname(file), s))));
		expect(targets).toContain('cli');
		expect(targets).not.toContain('commands');
	});
});
