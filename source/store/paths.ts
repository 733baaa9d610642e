// Where alidomain keeps its files: the platform's config and data folders, or everything under
// ALIDOMAIN_HOME when that is set (tests, demos, a portable setup).
import {join} from 'node:path';
import envPaths from 'env-paths';
import {ensureDir, tightenDir} from '../files/atomic-file.js';

/**
 * Handed to conf as they are, so the config folder here is the one conf computes itself. The empty suffix keeps
 * the folder named plainly `alidomain` rather than conf's default `alidomain-nodejs`.
 */
export const PROJECT_NAME = 'alidomain';
export const PROJECT_SUFFIX = '';

export interface AppPaths {
	configDir: string;
	dataDir: string;
	journalDir: string;
	sandboxStateFile: string;
	exportsDir: string;
}

export function appPaths(env: NodeJS.ProcessEnv = process.env): AppPaths {
	const home = env.ALIDOMAIN_HOME;
	const base = home
		? {config: join(home, 'config'), data: join(home, 'data')}
		: envPaths(PROJECT_NAME, {suffix: PROJECT_SUFFIX});
	return {
		configDir: base.config,
		dataDir: base.data,
		journalDir: join(base.data, 'journal'),
		sandboxStateFile: join(base.data, 'sandbox-state.json'),
		exportsDir: join(base.data, 'exports'),
	};
}

/**
 * Makes a folder of ours exist, private: created 0700, and narrowed to 0700 when it exists looser (docs/files.md).
 * Nothing is written into it yet; writers check the rest of the way down themselves.
 */
export function ensurePrivateFolder(dir: string): void {
	ensureDir(dir);
	tightenDir(dir);
}
