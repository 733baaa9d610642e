import {readFileSync} from 'node:fs';
import {defineConfig} from 'vitest/config';

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};

export default defineConfig({
	define: {__ALIDOMAIN_VERSION__: JSON.stringify(version)},
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
	},
});
