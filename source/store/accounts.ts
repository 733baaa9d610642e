// Stored credential sets ("accounts"; "profile" always means a registrant profile). Kept with conf in a file only
// the user can read; keys are never split on dots, since account names may well contain them.
import {chmodSync} from 'node:fs';
import Conf from 'conf';
import type {Site} from '../api/endpoints.js';

export interface Account {
	name: string;
	accessKeyId: string;
	accessKeySecret: string;
	securityToken?: string;
	site: Site;
	endpoint?: string;
	addedAt: number;
}

interface StoreShape {
	accounts: Record<string, Account>;
	active?: string;
	settings: Record<string, unknown>;
}

export class AccountStore {
	private readonly conf: Conf<StoreShape>;

	constructor(options: {cwd: string}) {
		this.conf = new Conf<StoreShape>({
			projectName: 'alidomain',
			cwd: options.cwd,
			configName: 'accounts',
			configFileMode: 0o600,
			accessPropertiesByDotNotation: false,
			defaults: {accounts: {}, settings: {}},
		});
		// A file created by hand or by an older version may have looser permissions.
		try {
			chmodSync(this.conf.path, 0o600);
		} catch {
			// Not created yet: conf creates it 0600 on first write.
		}
	}

	get path(): string {
		return this.conf.path;
	}

	list(): Account[] {
		return Object.values(this.conf.get('accounts')).sort((a, b) => a.name.localeCompare(b.name));
	}

	get(name: string): Account | undefined {
		return this.conf.get('accounts')[name];
	}

	add(account: Account, options: {replace?: boolean} = {}): void {
		const accounts = this.conf.get('accounts');
		if (accounts[account.name] && !options.replace) throw new Error(`an account named '${account.name}' exists already`);
		const active = this.conf.get('active');
		this.conf.set('accounts', {...accounts, [account.name]: account});
		if (!active || !accounts[active]) this.conf.set('active', account.name);
	}

	remove(name: string): boolean {
		const {[name]: removed, ...rest} = this.conf.get('accounts');
		if (!removed) return false;
		const active = this.conf.get('active');
		this.conf.set('accounts', rest);
		if (active === name) {
			const next = Object.keys(rest).sort()[0];
			if (next) this.conf.set('active', next);
			else this.conf.delete('active');
		}
		return true;
	}

	active(): Account | undefined {
		const {accounts, active} = this.conf.store;
		return active ? accounts[active] : undefined;
	}

	setActive(name: string): void {
		if (!this.get(name)) throw new Error(`no account named '${name}'`);
		this.conf.set('active', name);
	}

	setting<T>(key: string): T | undefined {
		return this.conf.get('settings')[key] as T | undefined;
	}

	setSetting(key: string, value: unknown): void {
		this.conf.set('settings', {...this.conf.get('settings'), [key]: value});
	}
}

/** Only the last four characters, and never more than a quarter of the secret. */
export function maskSecret(secret: string): string {
	const shown = secret.length >= 16 ? 4 : 0;
	return `${'•'.repeat(8)}${secret.slice(secret.length - shown)}`;
}
