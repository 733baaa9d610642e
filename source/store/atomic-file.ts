// Writes that a crash cannot leave half-done: a whole file is replaced by rename, a line is appended and synced.
import {closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {randomBytes} from 'node:crypto';

export function writeFileAtomic(path: string, data: string, mode = 0o600): void {
	const dir = dirname(path);
	mkdirSync(dir, {recursive: true});
	const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
	const fd = openSync(temp, 'w', mode);
	try {
		writeSync(fd, data);
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		rmSync(temp, {force: true});
		throw error;
	}
	closeSync(fd);
	renameSync(temp, path);
	syncDir(dir);
}

/** Appends one line and syncs it; a crash may leave a torn last line, which readers skip. */
export function appendLineDurable(path: string, line: string, mode = 0o600): void {
	mkdirSync(dirname(path), {recursive: true});
	const fd = openSync(path, 'a', mode);
	try {
		writeSync(fd, line.endsWith('\n') ? line : `${line}\n`);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

function syncDir(dir: string): void {
	try {
		const fd = openSync(dir, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Some platforms cannot open a directory for syncing; the rename itself is still atomic.
	}
}
