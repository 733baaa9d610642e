// npm test: build, type-check, lint, look for dead code, run the whole suite, and end with a plain
// "N passed, N failed" line.
import {spawnSync} from 'node:child_process';
import {readFileSync, mkdirSync, rmSync} from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, {stdio: 'inherit', env: process.env}).status ?? 1;
const extra = process.argv.slice(2);
let failed = 0;
let passed = 0;

if (run('node', ['scripts/build.mjs']) !== 0) {
	console.error('build: failed');
	failed++;
}

// Each whole-tree check counts as one test: the types, the lint rules, and what nothing uses.
for (const [name, cmd, args] of [
	['typecheck', 'npx', ['tsc', '--noEmit']],
	['lint', 'npx', ['eslint', '.']],
	['deadcode', 'npx', ['knip']],
]) {
	if (run(cmd, args) === 0) passed++;
	else {
		console.error(`${name}: failed`);
		failed++;
	}
}

mkdirSync('.tmp', {recursive: true});
const report = '.tmp/vitest-report.json';
rmSync(report, {force: true});
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
try {
	const result = JSON.parse(readFileSync(report, 'utf8'));
	passed += result.numPassedTests;
	failed += result.numFailedTests;
	if (status !== 0 && result.numFailedTests === 0) failed++; // a suite that failed to load
} catch {
	failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
