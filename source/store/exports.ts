// Writes a batch's exported results under `<dataDir>/exports/<batch or timestamp>/`. The data directory is given
// by the caller, so tests write into a temporary one and never into the user's.
import path from 'node:path';
import type {ExportFiles} from '../core/status/export-results.js';
import {isoWithOffset} from '../core/status/server-time.js';
import {ensureDir, writeFileAtomic} from '../files/atomic-file.js';

export interface ExportPaths {
	dir: string;
	csv: string;
	json: string;
	failed: string;
}

export interface WriteExportsOptions {
	dataDir: string;
	files: ExportFiles;
	/** Names the folder (a batch id); without it, the time of the export does. */
	batch?: string;
	now?: () => Date;
}

export async function writeExports({
	dataDir,
	files,
	batch,
	now = () => new Date(),
}: WriteExportsOptions): Promise<ExportPaths> {
	// Without a batch, the local time of the export with its offset, as the screen shows times (colons are not safe
	// in every file system's names).
	const name = folderName(batch) ?? isoWithOffset(now().getTime()).replaceAll(':', '-');
	const dir = path.join(dataDir, 'exports', name);
	// Private folders, and no link on the way from the data folder down (docs/files.md).
	ensureDir(dir, dataDir);
	const paths: ExportPaths = {
		dir,
		csv: path.join(dir, 'results.csv'),
		json: path.join(dir, 'results.json'),
		failed: path.join(dir, 'failed.txt'),
	};
	// Replaced whole, so a reader never sees half a file, even when an export is repeated over an open one.
	// Private like every file of the app's (docs/files.md): results name the account's domains.
	for (const [file, text] of [
		[paths.csv, files.csv],
		[paths.json, files.json],
		[paths.failed, files.failed],
	] as const)
		writeFileAtomic(file, text);
	return paths;
}

// A batch id starts with the UTC time it was planned, without a zone (core/order/batch-plan.ts:
// `20260304T050607-1a2b3c4d`). Its folder names that moment as the screen shows times, local with the offset
// (`2026-03-04T13-06-07+08-00-1a2b3c4d`), so the name cannot be read as local time.
const BATCH_STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-(.+)$/;

/** A batch id made safe for a folder name on every system, or undefined when nothing usable is left. */
export function folderName(batch: string | undefined): string | undefined {
	const stamp = batch === undefined ? null : BATCH_STAMP.exec(batch);
	const named = stamp
		? `${isoWithOffset(Date.UTC(+stamp[1]!, +stamp[2]! - 1, +stamp[3]!, +stamp[4]!, +stamp[5]!, +stamp[6]!)).replaceAll(':', '-')}-${stamp[7]}`
		: batch;
	const safe = named
		?.replace(/[^A-Za-z0-9._+-]+/g, '-')
		.replace(/^[-.]+|-+$/g, '')
		.slice(0, 80);
	return safe ? safe : undefined;
}
