// dist/ ships THIRD-PARTY-NOTICES.txt (scripts/third-party-notices.mjs): every package the bundle holds, with the
// licence text it ships. The bundle is made here with the build's own options, so the list is checked against
// what is really bundled, not against a list kept by hand.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build, type Metafile} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import {cliBundle} from '../../scripts/bundle-options.mjs';
// @ts-expect-error: a plain .mjs build script without types
import {bundledPackages, thirdPartyNotices} from '../../scripts/third-party-notices.mjs';

type Package = {name: string; version: string; licence: string; author?: string; texts: string[]};

const out = mkdtempSync(join(tmpdir(), 'alidomain-notices-'));
let metafile: Metafile;
let packages: Package[];
let notices: string;

beforeAll(async () => {
	metafile = (await build({...cliBundle, outdir: out, write: false})).metafile!;
	packages = bundledPackages(metafile);
	notices = thirdPartyNotices(packages);
}, 60_000);

afterAll(() => rmSync(out, {recursive: true, force: true}));

describe('the third-party notices', () => {
	it('name every package that has a file in the bundle', () => {
		const fromBundle = new Set(
			Object.keys(metafile.inputs).flatMap((input) => {
				const found = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
				return found ? [found[1]!] : [];
			}),
		);
		expect(fromBundle.size).toBeGreaterThan(20);
		for (const name of ['ink', 'react', 'react-reconciler', 'yoga-layout', 'string-width', 'zod', 'conf'])
			expect(fromBundle).toContain(name);
		const listed = new Set(packages.map((p) => p.name));
		expect([...fromBundle].filter((name) => !listed.has(name))).toEqual([]);
		for (const p of packages) expect(notices).toContain(`\n  ${p.name}@${p.version} (${p.licence})\n`);
	});

	it('carry each package licence text, as the package ships it', () => {
		const ink = packages.find((p) => p.name === 'ink')!;
		expect(ink.licence).toBe('MIT');
		expect(ink.texts.join('\n')).toMatch(/Permission is hereby granted, free of charge/);
		for (const p of packages) {
			const section = notices.slice(notices.indexOf(`\n${p.name}@${p.version} — `));
			expect({
				name: p.name,
				hasText:
					p.texts.length > 0
						? section.includes(p.texts[0]!.slice(0, 200))
						: section.includes('ships no licence file') &&
							(p.licence !== 'MIT' || section.includes('Permission is hereby granted')),
			}).toEqual({name: p.name, hasText: true});
		}
	});

	it('lists nothing that is not bundled, and none of the dev tools', () => {
		const listed = packages.map((p) => p.name);
		for (const tool of ['esbuild', 'vitest', 'typescript', 'patch-package', 'eslint'])
			expect(listed).not.toContain(tool);
		expect(new Set(listed.map((name, i) => `${name}@${packages[i]!.version}`)).size).toBe(listed.length);
	});
});
