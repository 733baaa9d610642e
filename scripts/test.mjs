// npm test: build, type-check, lint, check the formatting, look for dead code, run the whole suite, and end with a
// plain "N passed, N failed" line. The formatting is prettier's (.prettierrc.json: tabs, 120 columns, one dialect for
// every file); `npm run format` fixes it.
// npm run test:quick: the inner loop — type-check, lint, the formatting check, and the unit and ui tests, with the
// same last line; no build, no dead-code check, no end-to-end tests.
// Other arguments go to vitest (a file, a -t filter).
//
// Three things run at once (docs/performance.md, "The test gate"):
// - the end-to-end tests, two files at a time: they mostly wait on the processes and terminals they drive;
// - the unit and ui tests, one file per core: they compute;
// - the whole-tree checks (each counted as one test), one after another at a lower priority, so they take what the
//   tests leave idle; their output is printed once they finish. Type-check and lint keep their caches in .tmp/
//   (tsconfig.json, package.json), so a second run reads only what changed.
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync, mkdirSync, rmSync} from 'node:fs';
import {availableParallelism, setPriority} from 'node:os';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const extra = args.filter((a) => a !== '--quick');
let failed = 0;
let passed = 0;

mkdirSync('.tmp', {recursive: true});

if (!quick && spawnSync('node', ['scripts/build.mjs'], {stdio: 'inherit'}).status !== 0) {
	console.error('build: failed');
	failed++;
}

/** Runs `npm run NAME` at a lower priority with its output kept: its exit code and what it printed. */
const check = (name) =>
	new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', name], {stdio: ['ignore', 'pipe', 'pipe']});
		try {
			setPriority(child.pid, 10);
		} catch {
			// Not allowed here: it runs at the usual priority.
		}
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', (error) => resolve({name, code: 1, output: String(error)}));
		child.on('close', (code) => resolve({name, code: code ?? 1, output}));
	});

const checks = (async () => {
	const results = [];
	for (const name of quick ? ['typecheck', 'lint', 'format:check'] : ['typecheck', 'lint', 'format:check', 'deadcode'])
		results.push(await check(name));
	return results;
})();

/** One vitest run over some projects; resolves to its exit code and the path of its JSON report. */
const vitest = (name, projects, workers) =>
	new Promise((resolve) => {
		const report = `.tmp/vitest-${name}.json`;
		rmSync(report, {force: true});
		// With a file or a filter given, one of the two runs may find nothing of its projects: that is no failure.
		const flags = [...projects.flatMap((p) => ['--project', p]), ...(extra.length > 0 ? ['--passWithNoTests'] : [])];
		const child = spawn(
			'npx',
			[
				'vitest',
				'run',
				'--reporter=default',
				'--reporter=json',
				`--outputFile.json=${report}`,
				`--maxWorkers=${workers}`,
				...flags,
				...extra,
			],
			{stdio: 'inherit'},
		);
		child.on('close', (code) => resolve({name, code: code ?? 1, report}));
	});

const cores = availableParallelism();
const runs = await Promise.all([
	...(quick ? [] : [vitest('e2e', ['e2e'], 2)]),
	vitest('unit-ui', ['unit', 'ui'], cores),
]);

for (const {name, code, output} of await checks) {
	if (code === 0) {
		passed++;
		console.log(`${name}: passed`);
	} else {
		process.stdout.write(output);
		console.error(`${name}: failed`);
		failed++;
	}
}

for (const {name, code, report} of runs) {
	try {
		const result = JSON.parse(readFileSync(report, 'utf8'));
		passed += result.numPassedTests;
		failed += result.numFailedTests;
		if (code !== 0 && result.numFailedTests === 0) {
			console.error(`${name}: a test file failed to load`);
			failed++;
		}
	} catch {
		console.error(`${name}: vitest ended with ${code} and no report`);
		failed++;
	}
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
