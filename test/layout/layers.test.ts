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

/**
 * Relative specifiers that bring values in: every import but `import type {…}`, `export type {…}` and
 * `import {type A, type B}` (all names types), which vanish from the built code.
 */
export function valueImportsOf(code: string): string[] {
	const found: string[] = [];
	for (const match of code.matchAll(
		/\b(import|export)(\s+type\b)?(\s*\{[^}]*\}|[^'(;]*?)\s*(?:from\s*)?'(\.[^']+)'|\bimport\s*\(\s*'(\.[^']+)'/g,
	)) {
		if (match[5]) {
			found.push(match[5]);
			continue;
		}

		const names = match[3]
			?.trim()
			.match(/^\{([^}]*)\}$/)?.[1]
			?.split(',')
			.map((n) => n.trim())
			.filter(Boolean);
		const typesOnly =
			Boolean(match[2]) || (names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type ')));
		if (!typesOnly) found.push(match[4]!);
	}

	return found;
}

/**
 * Inside ui/, only the app's engine (ui/app/) reaches the runtime, the store, the API, the files, the command line,
 * the commands and the sandbox; screens, components, hooks and flows render state and send intents
 * (docs/architecture.md). Types may be named anywhere: they carry no I/O.
 */
const ENGINE_ONLY = ['store', 'api', 'cli', 'files', 'commands', 'sandbox', 'runtime.ts'];
const isEngine = (file: string) => relative(join(SOURCE, 'ui'), file).startsWith('app/');

/** The ui/ files outside the engine that bring in a value from a layer only the engine may reach. */
export function uiLayerBreaches(files: Array<{path: string; code: string}>): string[] {
	const broken: string[] = [];
	for (const {path, code} of files) {
		if (layerOf(path) !== 'ui' || isEngine(path)) continue;
		for (const specifier of valueImportsOf(code)) {
			if (ENGINE_ONLY.includes(layerOf(resolve(dirname(path), specifier))))
				broken.push(`${relative(SOURCE, path)} imports ${specifier}`);
		}
	}

	return broken;
}

const layerOf = (file: string): string => relative(SOURCE, file).split('/')[0]!.replace(/\.js$/, '.ts');

describe('layers', () => {
	it('finds static, type-only and dynamic imports', () => {
		const code =
			"import {a} from './x.js';\nimport type {B} from '../y/z.js';\nconst m = await import('../commands/q.js');\nimport './side.js';\nexport {c} from './w.js';";
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

	it('tells value imports from type-only ones', () => {
		const code =
			"import type {A} from '../a.js';\nimport {type B, type C} from '../b.js';\nimport {type D, e} from '../d.js';\nimport {\n\tf,\n} from '../f.js';\nimport g from '../g.js';\nexport type {H} from '../h.js';\nexport {i} from '../i.js';\nimport './side.js';\nconst m = await import('../m.js');";
		expect(valueImportsOf(code)).toEqual(['../d.js', '../f.js', '../g.js', '../i.js', './side.js', '../m.js']);
	});

	it('only the engine (ui/app/) of the interactive app reaches the store, the API, the files and the runtime', () => {
		const uiFiles = sourceFiles(join(SOURCE, 'ui')).map((path) => ({path, code: readFileSync(path, 'utf8')}));
		expect(uiFiles.length).toBeGreaterThan(50);
		expect(uiLayerBreaches(uiFiles)).toEqual([]);
		// The rule bites: a screen that reads the store, or a hook that builds an error of the API, is caught; the
		// engine doing the same, or a screen naming a type, is not.
		const planted = [
			{
				path: join(SOURCE, 'ui/screens/Planted.tsx'),
				code: "import {loadDraft} from '../../store/drafts.js';\nimport type {Site} from '../../api/endpoints.js';",
			},
			{
				path: join(SOURCE, 'ui/hooks/use-planted.ts'),
				code: "import {ApiError} from '../../api/errors.js';\nconst r = await import('../../runtime.js');",
			},
			{path: join(SOURCE, 'ui/app/use-planted.ts'), code: "import {loadDraft} from '../../store/drafts.js';"},
		];
		expect(uiLayerBreaches(planted)).toEqual([
			'ui/screens/Planted.tsx imports ../../store/drafts.js',
			'ui/hooks/use-planted.ts imports ../../api/errors.js',
			'ui/hooks/use-planted.ts imports ../../runtime.js',
		]);
	});

	it('the app reaches the command line only through cli/, never the commands', () => {
		const uiFiles = sourceFiles(join(SOURCE, 'ui'));
		const targets = uiFiles.flatMap((file) =>
			importsOf(readFileSync(file, 'utf8')).map((s) => layerOf(resolve(dirname(file), s))),
		);
		expect(targets).toContain('cli');
		expect(targets).not.toContain('commands');
	});
});
