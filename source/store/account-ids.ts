// Which Alibaba account each AccessKey belongs to, as STS GetCallerIdentity answered (docs/never-order-twice.md):
// a key never changes account, so it is asked once and remembered, in the per-user state folder beside the locks.
// Only answers from Alibaba's own STS are remembered; a local sandbox is asked each run (another sandbox may answer
// at the same address next time). The file names no key: each entry is under a hash of the key and the STS address.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {writeFileAtomic} from '../files/atomic-file.js';
import {ensureLockDir} from './submit-lock.js';

export class AccountIds {
	constructor(private readonly path: string) {}

	/** Beside the lock folder: `locks/../account-ids.json`. */
	static beside(lockDir: string): AccountIds {
		return new AccountIds(join(dirname(lockDir), 'account-ids.json'));
	}

	get(accessKeyId: string, stsEndpoint: string): string | undefined {
		const id = this.read()[entryKey(accessKeyId, stsEndpoint)];
		return typeof id === 'string' ? id : undefined;
	}

	remember(accessKeyId: string, stsEndpoint: string, accountId: string): void {
		ensureLockDir(dirname(this.path));
		writeFileAtomic(this.path, JSON.stringify({...this.read(), [entryKey(accessKeyId, stsEndpoint)]: accountId}));
	}

	/** A missing or damaged file is an empty one: it only saves a request, and is written again whole. */
	private read(): Record<string, unknown> {
		try {
			const parsed: unknown = JSON.parse(readFileSync(this.path, 'utf8'));
			return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
				? (parsed as Record<string, unknown>)
				: {};
		} catch {
			return {};
		}
	}
}

function entryKey(accessKeyId: string, stsEndpoint: string): string {
	return createHash('sha256').update(`${accessKeyId}\n${stsEndpoint}`).digest('hex').slice(0, 32);
}
