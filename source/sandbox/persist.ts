// The sandbox's state on disk. A crash at any instant must leave either the old file or the new one, never half
// of one: demo history and "watch tasks" depend on it across runs.
import {randomBytes} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, open, rename, rm} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';

export class StateFileError extends Error {
	override readonly name = 'StateFileError';
}

/** The saved state, or undefined when there is no file yet. A damaged file is an error, not a fresh start. */
export function loadState(file: string): unknown {
	if (!existsSync(file)) return undefined;
	const text = readFileSync(file, 'utf8');
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new StateFileError(`the sandbox state file ${file} is not valid JSON (${(error as Error).message}); move it away to start afresh`);
	}
}

/**
 * Writes through a temporary file in the same directory, synced, then renamed over the target; mode 0600. The
 * directory is made first: a fresh home has none until something is saved.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
	await mkdir(dirname(file), {recursive: true, mode: 0o700});
	const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	const handle = await open(temp, 'wx', 0o600);
	try {
		await handle.chmod(0o600);
		await handle.writeFile(data, 'utf8');
		await handle.sync();
	} finally {
		await handle.close();
	}
	try {
		await rename(temp, file);
	} catch (error) {
		await rm(temp, {force: true});
		throw error;
	}
	await syncDirectory(dirname(file));
}

// Makes the rename itself durable; not every platform lets a directory be opened, hence best effort.
async function syncDirectory(dir: string): Promise<void> {
	try {
		const handle = await open(dir, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch {
		// The data is already synced; only the rename's durability is at stake.
	}
}

/**
 * Saves a snapshot some time after the last change (changes come in bursts: one submit touches many domains),
 * never two writes at once, and everything pending on flush.
 */
export class DebouncedStateWriter {
	private timer: NodeJS.Timeout | undefined;
	private dirty = false;
	private writing: Promise<void> = Promise.resolve();
	private lastError: unknown;

	constructor(
		private readonly file: string,
		private readonly snapshot: () => unknown,
		private readonly delayMs = 200,
		private readonly onError: (error: unknown) => void = () => {},
	) {}

	schedule(): void {
		this.dirty = true;
		if (this.timer) return;
		this.timer = setTimeout(() => {
			this.timer = undefined;
			void this.save();
		}, this.delayMs);
		this.timer.unref();
	}

	/** Writes whatever is pending and waits for it; rejects if that write failed. */
	async flush(): Promise<void> {
		if (this.timer) {
			clearTimeout(this.timer);
			this.timer = undefined;
		}
		this.lastError = undefined;
		await this.save();
		if (this.lastError !== undefined) throw this.lastError;
	}

	private save(): Promise<void> {
		this.writing = this.writing.then(async () => {
			if (!this.dirty) return;
			this.dirty = false;
			try {
				await writeFileAtomic(this.file, JSON.stringify(this.snapshot()));
			} catch (error) {
				this.dirty = true;
				this.lastError = error;
				this.onError(error);
			}
		});
		return this.writing;
	}
}
