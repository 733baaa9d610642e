// The licence notices of every package bundled into dist/, written beside it as THIRD-PARTY-NOTICES.txt: the
// bundle strips the libraries' own comments, and their licences ask for their notices to travel with the code.
// Which packages are bundled is read from esbuild's metafile, so a new dependency is listed without anyone
// remembering to; test/build/third-party-notices.test.ts checks it.
import {readdirSync, readFileSync} from 'node:fs';
import {resolve, sep} from 'node:path';

/** The folder of the package a bundled file came from (`node_modules/@scope/name` or `node_modules/name`). */
function packageDirOf(file) {
	const parts = file.split(/[\\/]/);
	const at = parts.lastIndexOf('node_modules');
	if (at === -1) return undefined;
	const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
	return parts.slice(0, at + length).join(sep);
}

/** Every package with a file in the bundle, once each (two versions of one name are two packages), sorted. */
export function bundledPackages(metafile, root = process.cwd()) {
	const dirs = new Set();
	for (const input of Object.keys(metafile.inputs)) {
		const dir = packageDirOf(input);
		if (dir) dirs.add(dir);
	}
	return [...dirs]
		.map((dir) => {
			const manifest = JSON.parse(readFileSync(resolve(root, dir, 'package.json'), 'utf8'));
			const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
			const files = readdirSync(resolve(root, dir))
				.filter((f) => /^(licen[cs]e|copying|notice)(\..*)?$/i.test(f))
				.sort();
			const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
			return {
				name: manifest.name,
				version: manifest.version,
				licence,
				author,
				texts: files.map((f) => readFileSync(resolve(root, dir, f), 'utf8').trim()),
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** A package that ships no licence file: the licence and author its package.json names, and the MIT text for MIT. */
function withoutFile(p) {
	const said = `The package ships no licence file; its package.json names the ${p.licence} licence${p.author ? `, by ${p.author}` : ''}.`;
	return p.licence === 'MIT' ? `${said}\n\n${MIT}` : said;
}

/** The notices file: a list of the packages, then each one's licence text as the package ships it. */
export function thirdPartyNotices(packages) {
	const rule = '-'.repeat(80);
	const head = [
		'alidomain bundles the following packages into dist/. Their licences and notices follow, as each package ships them.',
		'',
		...packages.map((p) => `  ${p.name}@${p.version} (${p.licence})`),
	];
	const sections = packages.map((p) =>
		[
			rule,
			`${p.name}@${p.version} — ${p.licence}`,
			'',
			p.texts.length > 0 ? p.texts.join('\n\n') : withoutFile(p),
		].join('\n'),
	);
	return `${[...head, '', ...sections].join('\n')}\n`;
}

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';
