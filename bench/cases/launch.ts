// Launch time of the built CLI (`alidomain --version`) against `node -e 0`. Target (docs/performance.md): ≤ 2.5×.
import {spawnSync} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {median, report} from '../lib.js';

function wall(args: string[]): number {
	const start = performance.now();
	const r = spawnSync(process.execPath, args, {stdio: 'ignore'});
	if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
	return performance.now() - start;
}

const runs = 5;
const ours: number[] = [];
const bare: number[] = [];
wall(['-e', '0']);
wall(['dist/cli.js', '--version']);
for (let i = 0; i < runs; i++) {
	bare.push(wall(['-e', '0']));
	ours.push(wall(['dist/cli.js', '--version']));
}
const value = median(ours);
const reference = median(bare);
report({
	name: 'launch: alidomain --version',
	value,
	unit: 'ms',
	reference,
	target: '≤ 2.5× node -e 0',
	limit: {ratio: 2.5},
});
