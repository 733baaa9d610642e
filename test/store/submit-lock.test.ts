import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LockHolder} from '../../source/core/submit-path.js';
import {createSubmitLock, lockKey} from '../../source/store/submit-lock.js';

const dir = () => mkdtempSync(join(tmpdir(), 'lock-'));

describe('the submit lock', () => {
	it('is one per account and server, whatever the spelling of the server', () => {
		expect(lockKey('AK', 'http://localhost:8080/')).toBe(lockKey('AK', 'http://127.0.0.1:8080'));
		expect(lockKey('AK', 'http://127.0.0.1:8080')).not.toBe(lockKey('AK2', 'http://127.0.0.1:8080'));
		expect(lockKey('AK', 'http://127.0.0.1:8080')).not.toBe(lockKey('AK', 'http://127.0.0.1:8081'));
		expect(lockKey('LTAI5tSecretLookingId', 'https://domain.aliyuncs.com')).not.toContain('LTAI');
	});

	it('makes a second submitter wait, telling it who holds the lock and since when, until it is released', async () => {
		const d = dir();
		const first = await createSubmitLock(d, 'k').acquire({});
		const waits: Array<LockHolder | undefined> = [];
		let second: Awaited<ReturnType<ReturnType<typeof createSubmitLock>['acquire']>> | undefined;
		const pending = createSubmitLock(d, 'k').acquire({onWait: (h) => waits.push(h)}).then((held) => (second = held));
		await new Promise((r) => setTimeout(r, 600));
		expect(second).toBeUndefined();
		expect(waits).toEqual([{pid: process.pid, since: first.holder.since, host: hostname()}]);
		await first.release();
		await pending;
		expect(second!.holder.pid).toBe(process.pid);
		await second!.release();
	});

	it('takes over at once from a holder on this computer whose process has ended', async () => {
		const d = dir();
		const gone = spawnSync(process.execPath, ['-e', '']).pid!;
		// What a killed holder leaves: the lock folder, fresh, and its holder file.
		mkdirSync(join(d, 'k.lock'));
		writeFileSync(join(d, 'k.holder.json'), JSON.stringify({pid: gone, since: Date.now(), host: hostname()}));
		const waits: unknown[] = [];
		const held = await createSubmitLock(d, 'k').acquire({onWait: (h) => waits.push(h)});
		// Not one waiting line: it did not wait for the lock to go stale.
		expect(waits).toEqual([]);
		await held.release();
	});

	it('waits for a live holder on another computer, which it cannot see, rather than take its lock', async () => {
		const d = dir();
		mkdirSync(join(d, 'k.lock'));
		writeFileSync(join(d, 'k.holder.json'), JSON.stringify({pid: 1, since: 5, host: 'elsewhere'}));
		const stop = new AbortController();
		const waits: unknown[] = [];
		const attempt = createSubmitLock(d, 'k').acquire({onWait: (h) => waits.push(h), signal: stop.signal});
		await new Promise((r) => setTimeout(r, 500));
		stop.abort(new Error('stopped'));
		await expect(attempt).rejects.toThrow('stopped');
		expect(waits).toEqual([{pid: 1, since: 5, host: 'elsewhere'}]);
	});
});
