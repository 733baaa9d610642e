// The dependency patches in patches/ (docs/performance.md) are applied to node_modules at install, so tests, the
// bench and the bundle all run the patched code. Here: each patch is made for the version installed and is applied
// (tests run patched code); a patch that stops applying fails the install; and the patched string-width measures
// every text exactly as the original does (the original is the installed file with its patch taken back out).
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

type Hunk = {before: string; after: string};
type FilePatch = {file: string; hunks: Hunk[]};

/** The files a patch changes and, per hunk, the text before and after (context lines in both). */
function parsePatch(text: string): FilePatch[] {
	const files: FilePatch[] = [];
	let hunk: {before: string[]; after: string[]} | undefined;
	const close = () => {
		if (hunk) files.at(-1)!.hunks.push({before: hunk.before.join('\n'), after: hunk.after.join('\n')});
		hunk = undefined;
	};
	for (const line of text.split('\n')) {
		if (line.startsWith('diff --git ')) {
			close();
			files.push({file: line.split(' b/')[1]!, hunks: []});
		} else if (line.startsWith('@@')) {
			close();
			hunk = {before: [], after: []};
		} else if (hunk && !line.startsWith('\\')) {
			const body = line.slice(1);
			if (line.startsWith(' ') || line.startsWith('-')) hunk.before.push(body);
			if (line.startsWith(' ') || line.startsWith('+')) hunk.after.push(body);
		}
	}
	close();
	return files;
}

const patchFiles = readdirSync('patches').filter((f) => f.endsWith('.patch'));
const patches = patchFiles.map((name) => ({name, files: parsePatch(readFileSync(join('patches', name), 'utf8'))}));
const out = mkdtempSync(join(tmpdir(), 'alidomain-patch-'));
let original: (text: string) => number;
let originalCode: string;

beforeAll(async () => {
	// string-width as published: the installed file with each hunk's patched text put back as it was.
	const {hunks} = patches.flatMap((p) => p.files).find((f) => f.file === 'node_modules/string-width/index.js')!;
	let code = readFileSync('node_modules/string-width/index.js', 'utf8');
	for (const {before, after} of hunks) code = code.replace(after, before);
	originalCode = code;
	await build({
		stdin: {contents: code, resolveDir: join(process.cwd(), 'node_modules/string-width'), loader: 'js'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile: join(out, 'string-width.mjs'),
		logLevel: 'silent',
	});
	original = (await import(pathToFileURL(join(out, 'string-width.mjs')).href)).default;
});

afterAll(() => rmSync(out, {recursive: true, force: true}));

function emojiCodePoints(): string[] {
	const found: string[] = [];
	for (let c = 0; c <= 0x10_ffff; c++) {
		if (c >= 0xd8_00 && c <= 0xdf_ff) continue;
		const s = String.fromCodePoint(c);
		if (/\p{Emoji}/u.test(s)) found.push(s);
	}
	return found;
}

describe('the dependency patches', () => {
	it('are one per patched package, each for the version installed', () => {
		expect(patchFiles.map((f) => f.replace(/\+[^+]*\.patch$/, '')).sort()).toEqual([
			'ink',
			'string-width',
			'yoga-layout',
		]);
		for (const name of patchFiles) {
			const [, pkg, version] = /^(.+)\+([^+]+)\.patch$/.exec(name)!;
			const installed = JSON.parse(readFileSync(join('node_modules', pkg!, 'package.json'), 'utf8')).version;
			expect({name, installed}).toEqual({name, installed: version});
		}
	});

	it('are applied to node_modules, so tests, the bench and the bundle run the patched code', () => {
		for (const {name, files} of patches) {
			for (const {file, hunks} of files) {
				const code = readFileSync(file, 'utf8');
				for (const {after} of hunks)
					expect({name, file, applied: code.includes(after)}).toEqual({name, file, applied: true});
			}
		}
	});

	it('are applied at every install, and one that no longer applies fails it', () => {
		const {scripts, devDependencies} = JSON.parse(readFileSync('package.json', 'utf8'));
		// npm install and npm ci run prepare after installing; patching comes before the bundle is built.
		expect(scripts.prepare).toMatch(/^patch-package --error-on-fail --error-on-warn && node scripts\/build\.mjs$/);
		expect(devDependencies['patch-package']).toBeDefined();
		// A project whose one patch no longer matches its package: the install step exits non-zero, naming it.
		const project = join(out, 'stale');
		mkdirSync(join(project, 'node_modules/demo'), {recursive: true});
		mkdirSync(join(project, 'patches'));
		writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'stale', version: '1.0.0'}));
		writeFileSync(
			join(project, 'package-lock.json'),
			JSON.stringify({name: 'stale', lockfileVersion: 3, packages: {}}),
		);
		writeFileSync(join(project, 'node_modules/demo/package.json'), JSON.stringify({name: 'demo', version: '1.0.0'}));
		writeFileSync(join(project, 'node_modules/demo/index.js'), 'export const answer = 41;\n');
		writeFileSync(
			join(project, 'patches/demo+1.0.0.patch'),
			[
				'diff --git a/node_modules/demo/index.js b/node_modules/demo/index.js',
				'--- a/node_modules/demo/index.js',
				'+++ b/node_modules/demo/index.js',
				'@@ -1 +1 @@',
				'-export const answer = 40;',
				'+export const answer = 42;',
				'',
			].join('\n'),
		);
		const run = spawnSync(
			process.execPath,
			[join(process.cwd(), 'node_modules/patch-package/index.js'), '--error-on-fail', '--error-on-warn'],
			{cwd: project, encoding: 'utf8'},
		);
		expect(run.status).not.toBe(0);
		expect(run.stdout + run.stderr).toMatch(/Failed to apply patch for package demo/);
		expect(readFileSync(join(project, 'node_modules/demo/index.js'), 'utf8')).toBe('export const answer = 41;\n');
	});

	it('string-width: the pre-check lets through every code point that is an RGI emoji, alone or with the presentation selector', () => {
		const source = readFileSync('node_modules/string-width/index.js', 'utf8');
		const mayBe = new RegExp(/const mayBeEmoji = \/(.+)\/u;/.exec(source)![1]!, 'u');
		const rgi = new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v');
		const missed: string[] = [];
		let emoji = 0;
		// Every RGI emoji starts from a code point with the Emoji property, so those are the ones to try.
		for (const s of emojiCodePoints()) {
			for (const text of [s, s + '\uFE0F']) {
				if (!rgi.test(text)) continue;
				emoji++;
				if (!mayBe.test(text)) missed.push(s.codePointAt(0)!.toString(16));
			}
		}
		expect(emoji).toBeGreaterThan(1000);
		expect(missed).toEqual([]);
	});

	it('string-width: measures every 61st code point, every emoji code point, emoji sequences, CJK and marks as the original does', () => {
		const samples = [
			'',
			'Register domains',
			'↑↓ move · Enter open',
			'注册域名 · 域名列表',
			'bücher.de',
			'e\u0301',
			'👍🏽',
			'👨‍👩‍👧',
			'🇨🇳',
			'1️⃣',
			'#⃣',
			'🏴󠁧󠁢󠁳󠁣󠁴󠁿',
			'❤️',
			'☝🏻',
			'©️',
			'한국어',
			'ｆｕｌｌ',
			'\u200B',
			'a\tb',
		];
		for (let c = 0; c <= 0x10_ffff; c += 61) {
			if (c < 0xd8_00 || c > 0xdf_ff) samples.push(String.fromCodePoint(c));
		}
		samples.push(...emojiCodePoints(), ...emojiCodePoints().map((s) => s + '\uFE0F'));
		expect(originalCode).toContain(String.raw`const rgiEmojiRegex = /^\p{RGI_Emoji}$/v;`);
		expect(originalCode).not.toContain('mayBeEmoji');
		const differ = samples.filter((s) => stringWidth(s) !== original(s));
		expect(differ).toEqual([]);
	});
});
