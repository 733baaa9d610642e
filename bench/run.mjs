// npm run bench: the performance targets of docs/architecture.md. Each case runs in its own process (so one case's heap
// and JIT state do not colour another's) and prints one JSON line; this script prints the table. Every row has a
// bare-node reference measured in the same run: ratios hold on a noisy machine, times don't.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';

if (!existsSync('dist/cli.js')) {
	console.error('bench: dist/cli.js is missing; run npm run build first.');
	process.exit(1);
}

const only = process.argv.slice(2);
const cases = readdirSync('bench/cases')
	.filter((f) => /\.(ts|tsx|mjs)$/.test(f))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();

const rows = [];
for (const file of cases) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/cases/${file}`], {
		encoding: 'utf8',
		env: {...process.env, NODE_ENV: 'production'},
		maxBuffer: 64 * 1024 * 1024,
	});
	const lines = (result.stdout ?? '').trim().split('\n').filter((l) => l.startsWith('{'));
	if (result.status !== 0 || lines.length === 0) {
		rows.push({name: file, value: 'failed', unit: '', reference: '', target: '', ok: false});
		process.stderr.write(`${file} failed:\n${result.stderr}\n`);
		continue;
	}
	for (const line of lines) rows.push(JSON.parse(line));
}

const fmt = (v) => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : String(v ?? ''));
const table = [['measure', 'alidomain', 'bare node', 'ratio', 'target', 'ok']];
for (const r of rows) {
	const ratio = typeof r.value === 'number' && typeof r.reference === 'number' && r.reference > 0 ? `${(r.value / r.reference).toFixed(2)}×` : '';
	table.push([r.name, `${fmt(r.value)} ${r.unit ?? ''}`.trim(), r.reference === undefined ? '' : `${fmt(r.reference)} ${r.unit ?? ''}`.trim(), ratio, r.target ?? '', r.ok ? 'yes' : 'NO']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const line = (row) => '| ' + row.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log(line(table[0]));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of table.slice(1)) console.log(line(row));
const failed = rows.filter((r) => !r.ok).length;
console.log(`\n${rows.length - failed} of ${rows.length} measures meet their target (${process.arch}, node ${process.version}, ${(await import('node:os')).cpus().length} cores)`);
process.exitCode = failed > 0 ? 1 : 0;
