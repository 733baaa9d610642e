// Writes that a crash cannot leave half-done: a whole file is replaced by rename, a line is appended and synced.
import {closeSync, existsSync, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {randomBytes} from 'node:crypto';

export class FileExistsError extends Error {
	override readonly name = 'FileExistsError';
}

export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
	const temp = writeTemp(path, data, mode);
	try {
		renameSync(temp, path);
	} catch (error) {
		rmSync(temp, {force: true});
		throw error;
	}
	syncDir(dirname(path));
}

/**
 * Like writeFileAtomic, but never replaces a file that exists: for records that must stay as first written.
 * The hard link either creates the name or fails, so two writers cannot both succeed.
 */
export function createFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
	const temp = writeTemp(path, data, mode);
	try {
		linkSync(temp, path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(`${path} exists already`);
		// A file system without hard links: the check and the rename are then two steps.
		if (!isLinkUnsupported(error)) throw error;
		if (existsSync(path)) throw new FileExistsError(`${path} exists already`);
		renameSync(temp, path);
	} finally {
		rmSync(temp, {force: true});
	}
	syncDir(dirname(path));
}

/**
 * Appends one line and syncs it. A crash may leave a torn last line, which readers skip; the next append then
 * starts on a fresh line, so the torn fragment cannot swallow it.
 */
export function appendLineDurable(path: string, line: string, mode = 0o600): void {
	mkdirSync(dirname(path), {recursive: true});
	const fd = openSync(path, 'a+', mode);
	try {
		const text = line.endsWith('\n') ? line : `${line}\n`;
		writeAll(fd, Buffer.from(endsMidLine(fd) ? `\n${text}` : text));
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

// A single write may be short; a line or a plan written in part would be read as torn.
function writeAll(fd: number, data: Uint8Array): void {
	for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
}

function endsMidLine(fd: number): boolean {
	const {size} = fstatSync(fd);
	if (size === 0) return false;
	const last = Buffer.alloc(1);
	readSync(fd, last, 0, 1, size - 1);
	return last[0] !== 0x0a;
}

function writeTemp(path: string, data: string | Uint8Array, mode: number): string {
	const dir = dirname(path);
	mkdirSync(dir, {recursive: true});
	const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
	const fd = openSync(temp, 'wx', mode);
	try {
		writeAll(fd, typeof data === 'string' ? Buffer.from(data) : data);
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		rmSync(temp, {force: true});
		throw error;
	}
	closeSync(fd);
	return temp;
}

function isLinkUnsupported(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV';
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
