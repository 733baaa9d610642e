// One submitter per Alibaba account (docs/never-order-twice.md): a lock across processes, keyed by the account's
// own id (STS GetCallerIdentity's AccountId, so the main key and a RAM user's key meet) and the product (Domain or
// Domain-intl), held from the server check before the first chunk until the last answer is recorded.
//
// The lock is a folder, `KEY.lock`, holding `holder.json` (who holds it: process id, since when, which computer,
// boot and process namespace, a random token). It is made whole under a temporary name and renamed into place, so
// it never exists without its holder file. A lock is taken over only from a holder proved gone: on this computer,
// in this boot and this process namespace, its process no longer exists (or another process now has its id). A
// holder that is alive, suspended (Ctrl+Z, SIGSTOP) included, or that cannot be seen (another computer, another
// process namespace) is waited for; the waiter is told who it is and how to end it. No staleness by time: a
// suspended holder that wakes up must find its lock still its own.
//
// Right before each request leaves, the holder confirms the lock is still its own (`confirm`), so a holder whose
// lock was removed by hand sends nothing more.
//
// The folder is per user under the home folder (not the temporary folder, which TMPDIR moves), so that runs with
// different data folders still meet; it must be a real folder, owned by the user, private (0700).
import {createHash, randomBytes} from 'node:crypto';
import {lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {homedir, hostname} from 'node:os';
import {join} from 'node:path';
import type {HeldLock, LockHolder, SubmitLock} from '../core/submit/submit-path.js';
import {messages} from '../i18n/index.js';

const POLL_MS = 250;
const HOLDER = 'holder.json';

const text = messages({
	notOwned: {
		en: (dir: string) =>
			`The lock folder ${dir} is not owned by this user; alidomain will not submit with it. Remove it (or have its owner remove it) and try again.`,
		zh: (dir: string) => `锁文件夹 ${dir} 不属于当前用户；alidomain 不会用它提交。请删除它（或请其所有者删除）后重试。`,
	},
	notPrivate: {
		en: (dir: string) =>
			`The lock folder ${dir} can be read or written by other users; alidomain will not submit with it. Run \`chmod 700 ${dir}\` and try again.`,
		zh: (dir: string) =>
			`锁文件夹 ${dir} 可被其他用户读写；alidomain 不会用它提交。请运行 \`chmod 700 ${dir}\` 后重试。`,
	},
	notFolder: {
		en: (dir: string) =>
			`The lock folder ${dir} is a symbolic link or not a folder; alidomain will not submit with it. Remove it and try again.`,
		zh: (dir: string) => `锁文件夹 ${dir} 是符号链接或不是文件夹；alidomain 不会用它提交。请删除它后重试。`,
	},
	otherNamespace: {
		en: (lock: string) =>
			`it runs in another process namespace (a container) on this computer, where it cannot be seen; if no alidomain runs there, remove ${lock}`,
		zh: (lock: string) =>
			`它运行在本机的另一个进程命名空间（容器）中，此处无法看到；若那里没有运行 alidomain，请删除 ${lock}`,
	},
	otherComputer: {
		en: (host: string, lock: string) => `it runs on ${host}; if no alidomain runs there, remove ${lock}`,
		zh: (host: string, lock: string) => `它运行在 ${host} 上；若那里没有运行 alidomain，请删除 ${lock}`,
	},
	suspended: {
		en: (pid: number) =>
			`if it was suspended (Ctrl+Z), resume it with \`fg\` or \`kill -CONT ${pid}\`, or end it with \`kill ${pid}\``,
		zh: (pid: number) => `若它被挂起（Ctrl+Z），请用 \`fg\` 或 \`kill -CONT ${pid}\` 恢复，或用 \`kill ${pid}\` 结束它`,
	},
	unreadable: {
		en: (lock: string) => `its holder cannot be read; if no alidomain is running, remove ${lock}`,
		zh: (lock: string) => `无法读取其持有者；若没有 alidomain 在运行，请删除 ${lock}`,
	},
	lost: {
		en: (lock: string) => `the submit lock ${lock} is no longer this run's (removed or taken by another process)`,
		zh: (lock: string) => `提交锁 ${lock} 已不属于本次运行（被删除或被另一进程取得）`,
	},
});

/** A lock folder that is not a private folder of this user: nothing is submitted with it. */
export class LockFolderError extends Error {
	override readonly name = 'LockFolderError';
}

/** The lock was found not to be this run's right before a request: nothing more is sent. */
export class LockLostError extends Error {
	override readonly name = 'LockLostError';
}

/** Everything a holder file says. */
interface HolderRecord extends LockHolder {
	token: string;
	/** The kernel's boot id and the process namespace, where the system tells them. */
	boot?: string;
	pidns?: string;
	/** When the process started, in clock ticks since boot: tells a reused process id from the holder. */
	start?: string;
}

/** The per-user folder of locks: under the home folder, whatever TMPDIR says. */
export function defaultLockDir(): string {
	return join(homedir(), '.local', 'state', 'alidomain', 'locks');
}

/** The lock's name for an Alibaba account and product: a hash, so the folder names no account. */
export function lockKey(accountId: string, product: string): string {
	return createHash('sha256').update(`${accountId}\n${product.toLowerCase()}`).digest('hex').slice(0, 24);
}

/**
 * Makes the lock folder exist, and refuses one that is a link, not ours, or open to others: another local user could
 * otherwise plant a link there, or keep a lock in place so that every submit waits forever.
 */
export function ensureLockDir(dir: string): void {
	mkdirSync(dir, {recursive: true, mode: 0o700});
	let stat;
	try {
		stat = lstatSync(dir);
	} catch {
		throw new LockFolderError(text.notFolder(dir));
	}
	if (stat.isSymbolicLink() || !stat.isDirectory()) throw new LockFolderError(text.notFolder(dir));
	if (typeof process.getuid === 'function') {
		if (stat.uid !== process.getuid()) throw new LockFolderError(text.notOwned(dir));
		if ((stat.mode & 0o077) !== 0) throw new LockFolderError(text.notPrivate(dir));
	}
}

/** `key`: the lock's name, or a function that finds it (asking the server who the account is) when first needed. */
export function createSubmitLock(dir: string, key: string | (() => Promise<string>)): SubmitLock {
	const here = identity();

	return {
		async acquire({onWait, onLost, signal}) {
			const name = typeof key === 'string' ? key : await key();
			ensureLockDir(dir);
			const lockPath = join(dir, `${name}.lock`);
			let told: string | undefined;
			for (;;) {
				if (signal?.aborted)
					throw signal.reason instanceof Error ? signal.reason : new Error('stopped while waiting for the submit lock');
				const mine: HolderRecord = {
					pid: process.pid,
					since: Date.now(),
					host: hostname(),
					token: randomBytes(12).toString('hex'),
					...here,
				};
				if (tryCreate(dir, lockPath, mine)) return held(lockPath, mine, onLost);
				const holder = readHolder(lockPath);
				if (holder === 'missing') continue; // Released meanwhile.
				const verdict = judge(holder, here, lockPath);
				if (verdict.gone && holder !== 'unreadable') {
					takeOver(lockPath, holder.token);
					continue;
				}
				const id = holder === 'unreadable' ? 'unreadable' : `${holder.token}`;
				if (id !== told) {
					told = id;
					onWait?.(
						holder === 'unreadable'
							? undefined
							: {pid: holder.pid, since: holder.since, host: holder.host, note: verdict.note},
					);
				}
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			}
		},
	};
}

function held(lockPath: string, mine: HolderRecord, onLost?: (error: Error) => void): HeldLock {
	const {token: _token, boot: _boot, pidns: _pidns, start: _start, ...holder} = mine;
	const isMine = () => {
		const now = readHolder(lockPath);
		return typeof now === 'object' && now.token === mine.token;
	};
	return {
		holder,
		confirm() {
			if (isMine()) return;
			const error = new LockLostError(text.lost(lockPath));
			onLost?.(error);
			throw error;
		},
		async release() {
			if (!isMine()) return;
			const grave = `${lockPath}.released-${process.pid}-${randomBytes(4).toString('hex')}`;
			try {
				renameSync(lockPath, grave);
			} catch {
				return;
			}
			rmSync(grave, {recursive: true, force: true});
		},
	};
}

/** The lock made whole under another name, then renamed into place: it fails when a lock is there already. */
function tryCreate(dir: string, lockPath: string, mine: HolderRecord): boolean {
	const temp = join(dir, `.new-${process.pid}-${mine.token}`);
	mkdirSync(temp, {mode: 0o700});
	try {
		// 'wx': a fresh file in a folder made just now, never a link.
		writeFileSync(join(temp, HOLDER), JSON.stringify(mine), {mode: 0o600, flag: 'wx'});
		renameSync(temp, lockPath);
		return true;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') return false;
		throw error;
	} finally {
		rmSync(temp, {recursive: true, force: true});
	}
}

function readHolder(lockPath: string): HolderRecord | 'missing' | 'unreadable' {
	let content: string;
	try {
		content = readFileSync(join(lockPath, HOLDER), 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			try {
				lstatSync(lockPath);
				return 'unreadable';
			} catch {
				return 'missing';
			}
		}
		return 'unreadable';
	}
	try {
		const h = JSON.parse(content) as Partial<HolderRecord>;
		if (typeof h.pid === 'number' && typeof h.since === 'number' && typeof h.token === 'string') {
			return {
				pid: h.pid,
				since: h.since,
				host: String(h.host ?? ''),
				token: h.token,
				boot: str(h.boot),
				pidns: str(h.pidns),
				start: str(h.start),
			};
		}
	} catch {
		// Damaged: unreadable below.
	}
	return 'unreadable';
}

/** Whether a holder is proved gone, and otherwise what the waiter is told. */
function judge(
	holder: HolderRecord | 'unreadable',
	here: ReturnType<typeof identity>,
	lockPath: string,
): {gone: boolean; note?: string} {
	if (holder === 'unreadable') return {gone: false, note: text.unreadable(lockPath)};
	if (holder.host !== hostname()) return {gone: false, note: text.otherComputer(holder.host || '?', lockPath)};
	// Another boot of this computer: every process of that boot has ended.
	if (holder.boot && here.boot && holder.boot !== here.boot) return {gone: true};
	if ((holder.pidns ?? '') !== (here.pidns ?? '')) return {gone: false, note: text.otherNamespace(lockPath)};
	if (!isAlive(holder.pid) || stateOf(holder.pid) === 'Z') return {gone: true};
	// The id now belongs to a process that started at another time: the holder itself has ended.
	if (holder.start && startOf(holder.pid) !== undefined && startOf(holder.pid) !== holder.start) return {gone: true};
	return {gone: false, note: text.suspended(holder.pid)};
}

/** Moves a gone holder's lock aside, then checks it was that one's; if not, puts it back. */
function takeOver(lockPath: string, token: string): void {
	const grave = `${lockPath}.gone-${process.pid}-${randomBytes(4).toString('hex')}`;
	try {
		renameSync(lockPath, grave);
	} catch {
		return; // Released or taken meanwhile: look again.
	}
	const moved = readHolder(grave);
	if (typeof moved === 'object' && moved.token !== token) {
		// A live process took it between the look and the move: give it back. Should the name be taken again
		// meanwhile, that holder finds its lock gone at its next confirm and sends nothing more.
		try {
			renameSync(grave, lockPath);
		} catch {
			rmSync(grave, {recursive: true, force: true});
		}
		return;
	}
	rmSync(grave, {recursive: true, force: true});
}

function identity(): {boot?: string; pidns?: string; start?: string} {
	const boot = readOr('/proc/sys/kernel/random/boot_id');
	let pidns: string | undefined;
	try {
		pidns = readlinkSync('/proc/self/ns/pid');
	} catch {
		pidns = undefined;
	}
	return {boot, pidns, start: startOf(process.pid)};
}

/** Field 22 of /proc/PID/stat: when the process started. */
function startOf(pid: number): string | undefined {
	return statFields(pid)?.[19];
}

/** Field 3 of /proc/PID/stat: R, S, T (stopped), Z (ended, not yet collected by its parent)… */
function stateOf(pid: number): string | undefined {
	return statFields(pid)?.[0];
}

/** /proc/PID/stat from field 3 on. The command name (field 2) is in parentheses and may hold spaces. */
function statFields(pid: number): string[] | undefined {
	const stat = readOr(`/proc/${pid}/stat`);
	return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : undefined;
}

function readOr(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8').trim();
	} catch {
		return undefined;
	}
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/** A process that exists, running or suspended; EPERM: it exists but belongs to someone else. */
function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
