// The suite in three projects, run side by side in one pool (docs/performance.md, "The test gate"):
// - e2e: the built CLI in its own processes and terminals. These files mostly wait (on children, sockets, tmux), so
//   several run at once; each keeps a process of its own (isolated), since they set up servers and environments.
// - ui and unit: code in the test process. They are pure, so a worker process runs file after file without starting
//   afresh (isolation off); a file that changes something shared puts it back (see test/ui/components/Header.test.tsx).
// Projects sort by name, so the slow e2e files are handed out first and the quick ones fill the gaps around them.
import {readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};

/** Two files per core: an end-to-end file spends most of its time waiting. `--maxWorkers N` overrides it. */
const workers = availableParallelism() * 2;

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
			{extends: true, test: {name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/e2e/**', 'test/ui/**'], isolate: false}},
		],
	},
});
