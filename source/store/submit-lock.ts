// One submitter per account (docs/never-order-twice.md): a lock across processes, keyed by the AccessKey ID and the
// canonical endpoint, held from the server check before the first chunk until the last answer is recorded.
//
// The lock is a folder made atomically by the locking library, whose holder refreshes its time while it runs; a holder
// that stops refreshing (killed, machine asleep) is taken over once its time is stale. Beside it a small file says who
// holds it (process id, since when, which machine) so a second process can say who it waits for, and so a holder on
// this machine whose process is gone is taken over at once. The folder lives in the system's temporary folder, per
// user, so that two runs with different data folders still meet.
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir, userInfo} from 'node:os';
import {join} from 'node:path';
import lockfile from 'proper-lockfile';
import {canonicalEndpoint} from '../core/endpoint-key.js';
import type {LockHolder, SubmitLock} from '../core/submit-path.js';

/** A holder that has not refreshed its lock for this long is gone. */
const STALE_MS = 10_000;
const UPDATE_MS = 2_000;
const POLL_MS = 250;

export function defaultLockDir(): string {
	let user: string;
	try {
		user = String(userInfo().uid >= 0 ? userInfo().uid : userInfo().username);
	} catch {
		user = 'user';
	}
	return join(tmpdir(), `alidomain-${user}`, 'locks');
}

/** The lock's name for an account at a server: a hash, so the folder names no key. */
export function lockKey(accessKeyId: string, endpoint: string): string {
	return createHash('sha256').update(`${accessKeyId}\n${canonicalEndpoint(endpoint)}`).digest('hex').slice(0, 24);
}

export function createSubmitLock(dir: string, key: string): SubmitLock {
	const base = join(dir, key);
	const lockPath = `${base}.lock`;
	const holderPath = `${base}.holder.json`;
	const options = {realpath: false, lockfilePath: lockPath, stale: STALE_MS, update: UPDATE_MS};

	const readHolder = (): LockHolder | undefined => {
		try {
			const holder = JSON.parse(readFileSync(holderPath, 'utf8')) as Partial<LockHolder>;
			if (typeof holder.pid === 'number' && typeof holder.since === 'number') return {pid: holder.pid, since: holder.since, host: String(holder.host ?? '')};
		} catch {
			// Not written yet, or being replaced: the holder is unknown for a moment.
		}
		return undefined;
	};

	/** A holder on this machine whose process has ended: move its lock aside, then check it was that one's. */
	const takeOverDead = (holder: LockHolder): boolean => {
		if (holder.host !== hostname() || isAlive(holder.pid)) return false;
		const grave = `${lockPath}.gone-${process.pid}-${Date.now()}`;
		try {
			renameSync(lockPath, grave);
		} catch {
			return true; // Released or taken meanwhile: try again at once.
		}
		const now = readHolder();
		if (now && now.pid !== holder.pid && isAlive(now.pid)) {
			// A live process took it between our look and the move: give it back.
			try {
				renameSync(grave, lockPath);
			} catch {
				// The name was taken again; the moved holder will find its lock compromised and stop sending.
			}
			return false;
		}
		rmSync(grave, {recursive: true, force: true});
		return true;
	};

	return {
		async acquire({onWait, onLost, signal}) {
			mkdirSync(dir, {recursive: true, mode: 0o700});
			let told: string | undefined;
			for (;;) {
				if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('stopped while waiting for the submit lock');
				try {
					const release = await lockfile.lock(base, {...options, onCompromised: (error) => onLost?.(error)});
					const holder: LockHolder = {pid: process.pid, since: Date.now(), host: hostname()};
					writeFileSync(holderPath, JSON.stringify(holder), {mode: 0o600});
					return {
						holder,
						release: async () => {
							rmSync(holderPath, {force: true});
							await release().catch(() => {});
						},
					};
				} catch (error) {
					if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
				}
				const holder = readHolder();
				// A holder whose process is gone: its lock is taken over without a word or a wait.
				if (holder && takeOverDead(holder)) continue;
				const id = holder ? `${holder.pid}@${holder.since}` : 'unknown';
				if (id !== told) {
					told = id;
					onWait?.(holder);
				}
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			}
		},
	};
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
