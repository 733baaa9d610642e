// Small edits to dependencies' code as it is bundled, each for the first frame's sake (docs/performance.md). The
// build fails when a patch's text is no longer found or nothing imports its file, so an upgrade cannot drop one
// silently; test/build/dependency-patches.test.ts checks that the patched string-width measures as the original.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

/**
 * Every RGI emoji holds one of these: an Extended_Pictographic character, a regional indicator, a skin tone or the
 * keycap mark. Text without any is not an emoji, so the costly RGI pattern need not be built for it.
 */
export const MAY_BE_EMOJI = String.raw`[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u20E3]`;

export const patches = [
	{
		// Ink builds a fresh cache of each line's styled characters and widths for every frame, so a screen that
		// redraws ten times a second tokenises and measures the same unchanged lines each time. Keep the cache from
		// one frame to the next (the status view: the frame's biggest cost), bounded so a scrolled list cannot grow it.
		file: 'node_modules/ink/build/output.js',
		edits: [
			{
				from: 'export default class Output {',
				to: `let sharedCaches;
const cachesForFrame = () => (sharedCaches !== undefined && sharedCaches.styledChars.size < 400 && sharedCaches.widths.size < 4000 && sharedCaches.blockWidths.size < 1000
	? sharedCaches
	: (sharedCaches = new OutputCaches()));
export default class Output {`,
			},
			{from: '    caches = new OutputCaches();', to: '    caches = cachesForFrame();'},
		],
	},
	{
		// Every frame measured the width of every text node's lines again; Ink's own measureText already keeps those
		// widths for layout, so the output pass asks it too.
		file: 'node_modules/ink/build/render-node-to-output.js',
		edits: [
			{from: "import widestLine from 'widest-line';", to: "import measureText from './measure-text.js';"},
			{from: 'const currentWidth = widestLine(text);', to: 'const currentWidth = measureText(text).width;'},
		],
	},
	{
		// That cache of widths never forgot a text; a status view left open for a day would keep every clock reading.
		file: 'node_modules/ink/build/measure-text.js',
		edits: [{from: '    cache.set(text, dimensions);', to: '    if (cache.size >= 2000) cache.clear();\n    cache.set(text, dimensions);'}],
	},
	{
		// Ink's layout engine ships its WebAssembly as a data: URL and reads it through fetch() when fetch exists,
		// which loads the whole HTTP client before the first frame only to decode base64. Decode it directly.
		file: 'node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
		edits: [{from: 'function ya(){return w||"function"!=typeof fetch?', to: 'function ya(){return true?'}],
	},
	{
		// Building the RGI emoji pattern costs tens of milliseconds, and the first frame's labels asked for it.
		// Build it on first need, and only for text that may be an emoji at all.
		file: 'node_modules/string-width/index.js',
		edits: [{
			from: String.raw`const rgiEmojiRegex = /^\p{RGI_Emoji}$/v;`,
			to: `const mayBeEmoji = new RegExp(${JSON.stringify(MAY_BE_EMOJI)}, 'u'); let rgiEmojiPattern;
const rgiEmojiRegex = {test: (s) => mayBeEmoji.test(s) && (rgiEmojiPattern ??= new RegExp(${JSON.stringify(String.raw`^\p{RGI_Emoji}$`)}, 'v')).test(s)};`,
		}],
	},
];

/** The esbuild plugin that applies `patches`; `optional` is for bundles that need not import every patched file. */
export function patchDependencies({root = process.cwd(), optional = false} = {}) {
	return {
		name: 'patch-dependencies',
		setup(build) {
			const applied = new Set();
			build.onEnd((result) => {
				const missed = patches.filter((p) => !applied.has(p));
				if (!optional && result.errors.length === 0 && missed.length > 0) throw new Error(`build: nothing imports ${missed.map((p) => p.file).join(', ')} any more; drop its patch in scripts/dependency-patches.mjs`);
			});
			for (const patch of patches) {
				const file = resolve(root, patch.file);
				build.onLoad({filter: new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)}, ({path}) => {
					let code = readFileSync(path, 'utf8');
					for (const {from, to} of patch.edits) {
						if (!code.includes(from)) throw new Error(`build: a patch for ${path} no longer applies; look again at scripts/dependency-patches.mjs`);
						code = code.replace(from, to);
					}
					applied.add(patch);
					return {contents: code, loader: 'js'};
				});
			}
		},
	};
}
