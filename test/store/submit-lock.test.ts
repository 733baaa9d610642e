import {spawn, spawnSync} from 'node:child_process';
import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {homedir, hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {LockHolder} from '../../source/core/submit/submit-path.js';
import {
	createSubmitLock,
	defaultLockDir,
	lockKey,
	LockFolderError,
	LockLostError,
} from '../../source/store/submit-lock.js';

const dir = () => join(mkdtempSync(join(tmpdir(), 'lock-')), 'locks');
const boot = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
const pidns = () => readlinkSync('/proc/self/ns/pid');

/** What a holder leaves: the lock folder with its holder file inside. */
function plant(d: string, holder: Record<string, unknown>): void {
	mkdirSync(join(d, 'k.lock'), {recursive: true, mode: 0o700});
	chmodSync(d, 0o700);
	writeFileSync(
		join(d, 'k.lock', 'holder.json'),
		JSON.stringify({since: 5, host: hostname(), token: 'planted', boot: boot(), pidns: pidns(), ...holder}),
	);
}

async function waitsFor(d: string, ms: number): Promise<Array<LockHolder | undefined>> {
	const stop = new AbortController();
	const waits: Array<LockHolder | undefined> = [];
	const attempt = createSubmitLock(d, 'k').acquire({onWait: (h) => waits.push(h), signal: stop.signal});
	await new Promise((r) => setTimeout(r, ms));
	stop.abort(new Error('stopped'));
	await expect(attempt).rejects.toThrow('stopped');
	return waits;
}

const children: number[] = [];
afterEach(() => {
	for (const pid of children.splice(0)) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// gone
		}
	}
});

describe('the submit lock', () => {
	it('is one per Alibaba account and product, and its name shows neither', () => {
		expect(lockKey('1234567890123456', 'Domain')).toBe(lockKey('1234567890123456', 'domain'));
		expect(lockKey('1234567890123456', 'Domain')).not.toBe(lockKey('1234567890123457', 'Domain'));
		expect(lockKey('1234567890123456', 'Domain')).not.toBe(lockKey('1234567890123456', 'Domain-intl'));
		expect(lockKey('1234567890123456', 'Domain')).not.toContain('1234567890123456');
	});

	it('lives under the home folder, whatever TMPDIR says', () => {
		const before = defaultLockDir();
		const saved = process.env.TMPDIR;
		process.env.TMPDIR = '/var/tmp/elsewhere';
		try {
			expect(defaultLockDir()).toBe(before);
		} finally {
			if (saved === undefined) delete process.env.TMPDIR;
			else process.env.TMPDIR = saved;
		}
		expect(before.startsWith(homedir())).toBe(true);
	});

	it('makes a second submitter wait, telling it who holds the lock and since when, until it is released', async () => {
		const d = dir();
		const first = await createSubmitLock(d, 'k').acquire({});
		const waits: Array<LockHolder | undefined> = [];
		let second: Awaited<ReturnType<ReturnType<typeof createSubmitLock>['acquire']>> | undefined;
		const pending = createSubmitLock(d, 'k')
			.acquire({onWait: (h) => waits.push(h)})
			.then((held) => (second = held));
		await new Promise((r) => setTimeout(r, 600));
		expect(second).toBeUndefined();
		expect(waits).toMatchObject([{pid: process.pid, since: first.holder.since, host: hostname()}]);
		await first.release();
		await pending;
		expect(second!.holder.pid).toBe(process.pid);
		await second!.release();
	});

	it('takes over at once from a holder on this computer whose process has ended', async () => {
		const d = dir();
		plant(d, {pid: spawnSync(process.execPath, ['-e', '']).pid!});
		const waits: unknown[] = [];
		const held = await createSubmitLock(d, 'k').acquire({onWait: (h) => waits.push(h)});
		expect(waits).toEqual([]);
		held.confirm();
		await held.release();
	});

	it('takes over from a holder of an earlier boot of this computer', async () => {
		const d = dir();
		plant(d, {pid: process.pid, boot: 'an-earlier-boot'});
		const held = await createSubmitLock(d, 'k').acquire({});
		await held.release();
	});

	it('never takes over from a suspended holder, however long it has been silent, and says how to resume or end it', async () => {
		const d = dir();
		const sleeper = spawn('sleep', ['30']);
		children.push(sleeper.pid!);
		process.kill(sleeper.pid!, 'SIGSTOP');
		plant(d, {pid: sleeper.pid});
		const waits = await waitsFor(d, 1200);
		expect(waits).toHaveLength(1);
		expect(waits[0]!.note).toContain(`kill -CONT ${sleeper.pid}`);
	});

	it('waits for a holder in another process namespace, which it cannot see, and says how to end it', async () => {
		const d = dir();
		// Its process id means nothing here: even one that no process here has is not taken for dead.
		plant(d, {pid: spawnSync(process.execPath, ['-e', '']).pid!, pidns: 'pid:[1]'});
		const waits = await waitsFor(d, 500);
		expect(waits[0]!.note).toMatch(/another process namespace.*remove .*k\.lock/);
	});

	it('waits for a holder on another computer rather than take its lock', async () => {
		const d = dir();
		plant(d, {pid: 1, host: 'elsewhere'});
		const waits = await waitsFor(d, 500);
		expect(waits).toMatchObject([{pid: 1, since: 5, host: 'elsewhere'}]);
		expect(waits[0]!.note).toContain('elsewhere');
	});

	it("is found lost right before a request when it is no longer this run's", async () => {
		const d = dir();
		const lost: Error[] = [];
		const held = await createSubmitLock(d, 'k').acquire({onLost: (e) => lost.push(e)});
		held.confirm();
		rmSync(join(d, 'k.lock'), {recursive: true});
		plant(d, {pid: process.pid, token: 'someone-else'});
		expect(() => held.confirm()).toThrow(LockLostError);
		expect(lost).toHaveLength(1);
		// Releasing a lock that is not ours leaves the other holder's alone.
		await held.release();
		expect(readFileSync(join(d, 'k.lock', 'holder.json'), 'utf8')).toContain('someone-else');
	});

	it("refuses a lock folder that is open to others, a link, or not the user's", async () => {
		const loose = dir();
		mkdirSync(loose, {recursive: true});
		chmodSync(loose, 0o755);
		await expect(createSubmitLock(loose, 'k').acquire({})).rejects.toThrow(LockFolderError);
		await expect(createSubmitLock(loose, 'k').acquire({})).rejects.toThrow(`chmod 700 ${loose}`);

		const real = dir();
		mkdirSync(real, {recursive: true, mode: 0o700});
		const link = join(mkdtempSync(join(tmpdir(), 'lock-')), 'locks');
		symlinkSync(real, link);
		await expect(createSubmitLock(link, 'k').acquire({})).rejects.toThrow(/symbolic link/);

		if (process.getuid?.() === 0) {
			const foreign = dir();
			mkdirSync(foreign, {recursive: true, mode: 0o700});
			spawnSync('chown', ['65534', foreign]);
			await expect(createSubmitLock(foreign, 'k').acquire({})).rejects.toThrow(/not owned by this user/);
		}
	});
});
