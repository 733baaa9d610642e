// The build patches string-width so the first frame does not build the RGI emoji pattern (scripts/dependency-patches.mjs).
// The patched copy must measure every text exactly as the original does.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import {MAY_BE_EMOJI, patchDependencies} from '../../scripts/dependency-patches.mjs';

const out = mkdtempSync(join(tmpdir(), 'alidomain-patch-'));
let patched: (text: string) => number;

beforeAll(async () => {
	// Only the string-width patch applies to this little bundle.
	const plugin = patchDependencies({optional: true});
	await build({
		stdin: {contents: "export {default} from 'string-width';", resolveDir: process.cwd(), loader: 'js'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile: join(out, 'string-width.mjs'),
		logLevel: 'silent',
		plugins: [plugin],
	});
	patched = (await import(pathToFileURL(join(out, 'string-width.mjs')).href)).default;
});

function emojiCodePoints(): string[] {
	const out: string[] = [];
	for (let c = 0; c <= 0x10_ffff; c++) {
		if (c >= 0xd8_00 && c <= 0xdf_ff) continue;
		const s = String.fromCodePoint(c);
		if (/\p{Emoji}/u.test(s)) out.push(s);
	}
	return out;
}

afterAll(() => rmSync(out, {recursive: true, force: true}));

describe('the patched string-width', () => {
	it('is the patched copy: its emoji pre-check is in the bundle', async () => {
		const {readFileSync} = await import('node:fs');
		expect(readFileSync(join(out, 'string-width.mjs'), 'utf8')).toContain('mayBeEmoji');
	});

	it('lets through every code point that is an RGI emoji, alone or with the emoji presentation selector', () => {
		const rgi = new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v');
		const mayBe = new RegExp(MAY_BE_EMOJI, 'u');
		const missed: string[] = [];
		let emoji = 0;
		// Every RGI emoji starts from a code point with the Emoji property, so those are the ones to try.
		for (const s of emojiCodePoints()) {
			const c = s.codePointAt(0)!;
			for (const text of [s, s + '\uFE0F']) {
				if (!rgi.test(text)) continue;
				emoji++;
				if (!mayBe.test(text)) missed.push(c.toString(16));
			}
		}
		expect(emoji).toBeGreaterThan(1000);
		expect(missed).toEqual([]);
	});

	it('measures every 61st code point, every emoji code point, emoji sequences, CJK and marks as the original does', () => {
		const samples = ['', 'Register domains', '↑↓ move · Enter open', '注册域名 · 域名列表', 'bücher.de', 'e\u0301', '👍🏽', '👨‍👩‍👧', '🇨🇳', '1️⃣', '#⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '☝🏻', '©️', '한국어', 'ｆｕｌｌ', '\u200B', 'a\tb'];
		for (let c = 0; c <= 0x10_ffff; c += 61) {
			if (c < 0xd8_00 || c > 0xdf_ff) samples.push(String.fromCodePoint(c));
		}
		samples.push(...emojiCodePoints(), ...emojiCodePoints().map((s) => s + '\uFE0F'));
		const differ = samples.filter((s) => patched(s) !== stringWidth(s));
		expect(differ).toEqual([]);
	});
});
