// A dry run's record: the exact requests a batch would send, with its estimate and the balance, written whole
// (atomically) under the data folder. Nothing in it is secret: requests carry no credentials.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {writeFileAtomic} from '../files/atomic-file.js';

export function dryRunsDir(dataDir: string): string {
	return join(dataDir, 'dry-runs');
}

/** Writes `<batch id>-<operation>.json` and returns its path. */
export function writeDryRun(dataDir: string, name: {id: string; operation: string}, content: Record<string, unknown>): string {
	const dir = dryRunsDir(dataDir);
	mkdirSync(dir, {recursive: true});
	const path = join(dir, `${name.id}-${name.operation}.json`);
	writeFileAtomic(path, JSON.stringify(content, null, 2) + '\n');
	return path;
}
