// npm test: build, type-check, lint, look for dead code, run the whole suite, and end with a plain
// "N passed, N failed" line.
// npm run test:quick: the inner loop — type-check, lint, and the unit and ui tests, with the same last line; no build,
// no dead-code check, no end-to-end tests.
// Other arguments go to vitest (a file, a -t filter).
//
// The end-to-end tests mostly wait on the processes and terminals they drive, so the whole-tree checks (each counted
// as one test) run beside vitest rather than before it, and print once it has finished. Type-check and lint keep
// their caches in .tmp/ (tsconfig.json, package.json), so a second run reads only what changed.
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync, mkdirSync, rmSync} from 'node:fs';

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

/** Runs `npm run NAME` with its output kept, resolving to its exit code and what it printed. */
const check = (name) =>
	new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', name], {stdio: ['ignore', 'pipe', 'pipe']});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', (error) => resolve({name, code: 1, output: String(error)}));
		child.on('close', (code) => resolve({name, code: code ?? 1, output}));
	});

// One after another, so together they take one core and leave the other to the tests.
const checks = (async () => {
	const results = [];
	for (const name of quick ? ['typecheck', 'lint'] : ['typecheck', 'lint', 'deadcode']) results.push(await check(name));
	return results;
})();

const report = '.tmp/vitest-report.json';
rmSync(report, {force: true});
const projects = quick ? ['--project', 'unit', '--project', 'ui'] : [];
const vitest = await new Promise((resolve) => {
	const child = spawn('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...projects, ...extra], {stdio: 'inherit'});
	child.on('close', (code) => resolve(code ?? 1));
});

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

try {
	const result = JSON.parse(readFileSync(report, 'utf8'));
	passed += result.numPassedTests;
	failed += result.numFailedTests;
	if (vitest !== 0 && result.numFailedTests === 0) failed++; // a suite that failed to load
} catch {
	failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
