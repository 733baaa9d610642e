// A dry run's record: the exact requests a batch would send, with its estimate and the balance, written whole
// (atomically, private like every file of the app's, docs/files.md) under the data folder. Requests carry no
// credentials, but they name the account's profile and domains.
import {join} from 'node:path';
import {ensureDir, writeFileAtomic} from '../files/atomic-file.js';

export function dryRunsDir(dataDir: string): string {
	return join(dataDir, 'dry-runs');
}

/** Writes `<batch id>-<operation>.json` and returns its path. */
export function writeDryRun(
	dataDir: string,
	name: {id: string; operation: string},
	content: Record<string, unknown>,
): string {
	const dir = dryRunsDir(dataDir);
	ensureDir(dir, dataDir);
	const path = join(dir, `${name.id}-${name.operation}.json`);
	writeFileAtomic(path, JSON.stringify(content, null, 2) + '\n');
	return path;
}
