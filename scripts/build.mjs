// Bundles source/cli.tsx into dist/ so start-up loads a few files instead of hundreds of modules.
// Heavy parts (the Ink app, the sandbox) are split into chunks that load only when a command needs them.
import {build} from 'esbuild';
import {rmSync, chmodSync, readFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	sourcemap: false,
	legalComments: 'none',
	jsx: 'automatic',
	// Ink imports react-devtools-core only when DEV is set; it is not shipped.
	external: ['react-devtools-core'],
	define: {'process.env.NODE_ENV': '"production"', __ALIDOMAIN_VERSION__: JSON.stringify(version)},
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
