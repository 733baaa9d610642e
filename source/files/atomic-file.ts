// Writes that a crash cannot leave half-done: a whole file is replaced by rename, a line is appended and synced.
// Every writer of the app's files comes through here, so the file-safety rules live here once (docs/files.md):
// folders are created private (0700), and nothing is written through a symbolic link, neither the file itself nor
// the folders below the app's own folder that lead to it.
import {
	chmodSync,
	closeSync,
	constants,
	existsSync,
	fstatSync,
	fsyncSync,
	linkSync,
	lstatSync,
	mkdirSync,
	openSync,
	readSync,
	renameSync,
	rmSync,
	writeSync,
} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {randomBytes} from 'node:crypto';
import {messages} from '../i18n/index.js';

const text = messages({
	symlink: {
		en: (path: string) =>
			`${path} is a symbolic link; alidomain does not write through links in its folders. Remove the link (and put a real folder or file there) and try again.`,
		zh: (path: string) =>
			`${path} 是符号链接；alidomain 不会通过其文件夹中的链接写入。请删除该链接（换成真实的文件夹或文件）后重试。`,
	},
	notFolder: {
		en: (path: string) => `${path} is not a folder; move it away and try again.`,
		zh: (path: string) => `${path} 不是文件夹；请将其移走后重试。`,
	},
});

export class FileExistsError extends Error {
	override readonly name = 'FileExistsError';
}

/** A write refused because the file, or a folder on the way to it, is a symbolic link. */
export class SymlinkRefusedError extends Error {
	override readonly name = 'SymlinkRefusedError';
	constructor(readonly path: string) {
		super(text.symlink(path));
	}
}

/**
 * Makes `dir` exist as a real folder. Folders it creates are 0700. Every folder from just below `root` down to
 * `dir` must be a real folder, never a symbolic link (the root itself may be one: a user may keep the app's folder
 * elsewhere on purpose). Without `root`, only `dir` itself is checked and missing parents are created.
 */
export function ensureDir(dir: string, root: string = dirname(resolve(dir))): void {
	const target = resolve(dir);
	const base = resolve(root);
	const below = relative(base, target);
	const parts = below === '' || below.startsWith('..') ? [] : below.split(sep);
	if (!existsSync(base)) mkdirSync(base, {recursive: true, mode: 0o700});
	let path = base;
	for (const part of parts) {
		path = join(path, part);
		let stat;
		try {
			stat = lstatSync(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			try {
				mkdirSync(path, {mode: 0o700});
			} catch (made) {
				// Another process made it meanwhile: it is checked like any existing folder below.
				if ((made as NodeJS.ErrnoException).code !== 'EEXIST') throw made;
			}
			stat = lstatSync(path);
		}
		if (stat.isSymbolicLink()) throw new SymlinkRefusedError(path);
		if (!stat.isDirectory()) throw new Error(text.notFolder(path));
	}
}

/**
 * Narrows a folder of ours to 0700 when others may read it. Leaves alone a link, a folder another user owns, and
 * a folder that cannot be changed (shared on purpose: the files in it are 0600 all the same).
 */
export function tightenDir(dir: string): void {
	try {
		const stat = lstatSync(dir);
		if (!stat.isDirectory() || (stat.mode & 0o077) === 0) return;
		if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return;
		chmodSync(dir, 0o700);
	} catch {
		// Absent or not ours to change.
	}
}

/** Throws SymlinkRefusedError when `path` is a symbolic link; a missing path is fine. */
export function refuseSymlink(path: string): void {
	try {
		if (lstatSync(path).isSymbolicLink()) throw new SymlinkRefusedError(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
}

/** The folder a file goes in, made if missing, and neither it nor the file a link. */
function prepareTarget(path: string): void {
	ensureDir(dirname(path));
	refuseSymlink(path);
}

export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): void {
	prepareTarget(path);
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
	prepareTarget(path);
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
	prepareTarget(path);
	let fd: number;
	try {
		// O_NOFOLLOW: a link put in place after the check is refused all the same.
		fd = openSync(path, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), mode);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new SymlinkRefusedError(path);
		throw error;
	}
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
	for (let done = 0; done < data.length;) done += writeSync(fd, data, done, data.length - done);
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
