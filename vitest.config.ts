// The suite in three projects (docs/performance.md, "The test gate"); npm test runs the e2e project and the other two
// as two vitest runs at once (scripts/test.mjs), and a bare `vitest run` runs all three in one pool:
// - e2e: the built CLI in its own processes and terminals. These files mostly wait (on children, sockets, tmux), so
//   several run at once; each keeps a process of its own (isolated), since they set up servers and environments.
// - ui and unit: code in the test process. They are pure, so a worker process runs file after file without starting
//   afresh (isolation off); a file that changes something shared puts it back (see test/ui/components/Header.test.tsx).
// In one pool, projects sort by name, so the slow e2e files are handed out first.
import {readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};

/** One file per core and one more, since an end-to-end file spends most of its time waiting. `--maxWorkers N` overrides it. */
const workers = availableParallelism() + 1;

export default defineConfig({
	define: {__ALIDOMAIN_VERSION__: JSON.stringify(version)},
	test: {
		setupFiles: ['test/setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
		maxWorkers: workers,
		projects: [
			{extends: true, test: {name: 'e2e', include: ['test/e2e/**/*.test.ts'], isolate: true}},
			{extends: true, test: {name: 'ui', include: ['test/ui/**/*.test.{ts,tsx}'], isolate: false}},
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.{ts,tsx}'],
					exclude: ['test/e2e/**', 'test/ui/**'],
					isolate: false,
				},
			},
		],
	},
});
