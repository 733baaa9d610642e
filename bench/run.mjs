// npm run bench: the performance table (docs/performance.md). Each case runs in its own process, so one case's heap
// and JIT state do not colour another's, and every case runs `--runs N` times (default 5): the table shows the median
// of those runs and their spread (lowest–highest), with the bare-node reference measured in the same processes beside
// it. Ratios hold on a noisy machine; absolute times don't. A row meets its target when its medians do.
//   npm run bench                  every case, 5 runs each
//   npm run bench -- --runs 9 paste   only cases whose file name contains "paste", 9 runs each
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {build} from 'esbuild';

if (!existsSync('dist/cli.js')) {
	console.error('bench: dist/cli.js is missing; run npm run build first.');
	process.exit(1);
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 5) : 5;
const only = args.filter((a, i) => a !== '--runs' && !(runsAt >= 0 && i === runsAt + 1));
const cases = readdirSync('bench/cases')
	.filter((f) => /\.(ts|tsx|mjs)$/.test(f))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();

const median = (values) => {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Each case is bundled the way the app is (scripts/build.mjs; the dependency patches in patches/ are already applied
// to node_modules at install) and run by plain node, so what is measured is the code as it ships, without a
// development loader's time and memory in the figures.
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('.tmp/bench', {recursive: true});
async function bundle(file) {
	const name = file.replace(/\.[^.]+$/, '');
	const outdir = `.tmp/bench/${name}`;
	await build({
		entryPoints: {[name]: `bench/cases/${file}`},
		outdir,
		outExtension: {'.js': '.mjs'},
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		external: ['react-devtools-core', 'esbuild'],
		define: {'process.env.NODE_ENV': '"production"', __ALIDOMAIN_VERSION__: JSON.stringify(version)},
		banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
		logLevel: 'warning',
	});
	return `${outdir}/${name}.mjs`;
}

const rows = [];
for (const file of cases) {
	const script = await bundle(file);
	/** Per row position: the rows each run printed. */
	const byRow = [];
	let failure;
	for (let run = 0; run < runs && !failure; run++) {
		const result = spawnSync(process.execPath, ['--expose-gc', script], {
			encoding: 'utf8',
			env: {...process.env, NODE_ENV: 'production'},
			maxBuffer: 64 * 1024 * 1024,
		});
		const lines = (result.stdout ?? '')
			.trim()
			.split('\n')
			.filter((l) => l.startsWith('{'));
		if (result.status !== 0 || lines.length === 0) {
			failure = result.stderr;
			break;
		}
		lines.forEach((line, i) => (byRow[i] ??= []).push(JSON.parse(line)));
	}
	if (failure !== undefined) {
		rows.push({name: file, failed: true});
		process.stderr.write(`${file} failed:\n${failure}\n`);
		continue;
	}
	for (const samples of byRow) rows.push(aggregate(samples));
}

function aggregate(samples) {
	const first = samples[0];
	const values = samples.map((s) => s.value);
	const refs = samples.map((s) => s.reference).filter((r) => typeof r === 'number');
	const value = median(values);
	const reference = refs.length === samples.length ? median(refs) : undefined;
	const ratio = reference > 0 ? value / reference : undefined;
	const {max, ratio: maxRatio} = first.limit ?? {};
	const ok =
		samples.every((s) => s.valid !== false) &&
		(max === undefined || value <= max) &&
		(maxRatio === undefined || (ratio !== undefined && ratio <= maxRatio));
	return {
		...first,
		value,
		reference,
		ratio,
		low: Math.min(...values),
		high: Math.max(...values),
		n: samples.length,
		ok,
	};
}

const fmt = (v) =>
	typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : String(v ?? '');
const table = [['measure', 'alidomain (median)', 'spread', 'reference', 'ratio', 'target', 'ok']];
for (const r of rows) {
	if (r.failed) {
		table.push([r.name, 'failed', '', '', '', '', 'NO']);
		continue;
	}
	const unit = r.unit ? ` ${r.unit}` : '';
	const ref =
		r.reference === undefined ? '–' : `${fmt(r.reference)}${unit}${r.referenceLabel ? ` (${r.referenceLabel})` : ''}`;
	table.push([
		r.name,
		`${fmt(r.value)}${unit}`,
		r.n > 1 ? `${fmt(r.low)}–${fmt(r.high)}` : '',
		ref,
		r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
		r.target,
		r.ok ? 'yes' : 'NO',
	]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const line = (row) => '| ' + row.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log(line(table[0]));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of table.slice(1)) console.log(line(row));
const failed = rows.filter((r) => !r.ok).length;
const broken = rows.filter((r) => r.failed).map((r) => r.name);
const load = loadavg()[0].toFixed(2);
console.log(
	`\n${rows.length - failed} of ${rows.length} measures meet their target; ${runs} runs each (${process.arch}, node ${process.version}, ${cpus().length} cores, load ${load} at the end)`,
);
// A case that did not run measured nothing: that is never a pass, whatever the other rows say.
if (broken.length > 0) console.log(`Failed to run: ${broken.join(', ')}`);
process.exitCode = failed > 0 ? 1 : 0;
