// The sandbox's state on disk, shared by every process that serves the same state file (docs/sandbox.md). Each
// request runs under one cross-process lock: it first takes in what another process saved since (the file's
// identity changed), then runs, and a request that changed the world (a submit) is saved, atomically and synced,
// before the lock is let go and before the answer leaves. So a task the caller heard about is on disk, and two
// processes never overwrite each other's tasks. Tasks moving on need no save: the engine replays them from the
// clock, identically in every process.
import {readFileSync, statSync} from 'node:fs';
import {dirname} from 'node:path';
import lockfile from 'proper-lockfile';
import {ensureDir, refuseSymlink, writeFileAtomic} from '../files/atomic-file.js';
import {parseJsonFile} from '../files/damaged-file.js';
import {messages} from '../i18n/index.js';

const text = messages({
	fix: {
		en: 'Repair it at that place, or move it away to start the sandbox afresh (its tasks and domains are then forgotten).',
		zh: '请在该处修复，或将其移走以重新开始沙箱（其中的任务和域名随之丢失）。',
	},
	busy: {
		en: (file: string) => `the sandbox state ${file} stayed locked by another process`,
		zh: (file: string) => `沙箱状态 ${file} 一直被另一个进程锁定`,
	},
});

/** How long a lock whose holder stopped touching it (killed) is respected before it is taken over. */
const STALE_MS = 5000;

export class SharedStateFile {
	/** The identity of the file as last read or written; another value means another process saved since. */
	#seen: string | undefined;
	/** One transaction at a time within this process; the lock file orders processes. */
	#queue: Promise<unknown> = Promise.resolve();

	constructor(readonly file: string) {}

	/**
	 * Runs `work` under the lock. The file's state, when it is newer than what this process last saw, is handed to
	 * `work` first (undefined when there is nothing new, or no file at all).
	 */
	transaction<T>(work: (fresh: unknown | undefined) => T): Promise<T> {
		const run = this.#queue.then(() => this.#locked(work));
		this.#queue = run.catch(() => {});
		return run;
	}

	/** Writes the state whole (temporary file, sync, rename); refused through a symbolic link. */
	save(state: unknown): void {
		writeFileAtomic(this.file, JSON.stringify(state), 0o600);
		this.#seen = this.#identity();
	}

	async #locked<T>(work: (fresh: unknown | undefined) => T): Promise<T> {
		ensureDir(dirname(this.file));
		let release: () => Promise<void>;
		try {
			release = await lockfile.lock(this.file, {
				realpath: false,
				stale: STALE_MS,
				retries: {retries: 400, factor: 1.3, minTimeout: 2, maxTimeout: 50, randomize: true},
				// A lock held past its staleness was taken over by another process; the next transaction takes it anew.
				onCompromised: () => {},
			});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new Error(text.busy(this.file));
			throw error;
		}
		try {
			return work(this.#readIfNew());
		} finally {
			await release().catch(() => {});
		}
	}

	#readIfNew(): unknown | undefined {
		refuseSymlink(this.file);
		const identity = this.#identity();
		if (identity === undefined || identity === this.#seen) return undefined;
		const saved = parseJsonFile(this.file, readFileSync(this.file, 'utf8'), text.fix);
		this.#seen = identity;
		return saved;
	}

	// Every save is a new file renamed into place: inode, size and change time together tell one save from another.
	#identity(): string | undefined {
		try {
			const s = statSync(this.file, {bigint: true});
			return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw error;
		}
	}
}
