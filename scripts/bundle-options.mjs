// How dist/cli.js is bundled, shared by scripts/build.mjs and the test that checks the licence notices cover the
// bundle (test/build/third-party-notices.test.ts), so both see the same set of bundled packages.
import {readFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

export const cliBundle = {
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	sourcemap: false,
	// The libraries' comments are dropped from the code; their licences ship whole in THIRD-PARTY-NOTICES.txt.
	legalComments: 'none',
	jsx: 'automatic',
	// Ink imports react-devtools-core only when DEV is set; it is not shipped.
	external: ['react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"', __ALIDOMAIN_VERSION__: JSON.stringify(version)},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	logLevel: 'warning',
	metafile: true,
};
