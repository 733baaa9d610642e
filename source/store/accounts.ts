// Stored credential sets ("accounts"; "profile" always means a registrant profile). Kept with conf in a file only
// the user can read; keys are never split on dots, since account names may well contain them.
import {chmodSync} from 'node:fs';
import Conf from 'conf';
import type {Site} from '../api/endpoints.js';
import {appPaths, PROJECT_NAME, PROJECT_SUFFIX} from './paths.js';
import {maskSecret, maskWhenShown} from './secret.js';

export {maskSecret};

export interface Account {
	name: string;
	accessKeyId: string;
	accessKeySecret: string;
	securityToken?: string;
	site: Site;
	endpoint?: string;
	/** The API version the account's endpoint answered to, once learnt (international site: 2018-01-29 or 2017-12-18). */
	apiVersion?: string;
	addedAt: number;
}

/** Settings kept beside the accounts; any other key is allowed too. */
export interface Settings {
	lang?: 'en' | 'zh';
	batchSize?: number;
	[key: string]: unknown;
}

interface StoreShape {
	accounts: Record<string, Account>;
	active?: string;
	settings: Settings;
}

export class AccountExistsError extends Error {
	override readonly name = 'AccountExistsError';
}

export class AccountStore {
	private readonly conf: Conf<StoreShape>;

	/** Without cwd, the folder is conf's own (or ALIDOMAIN_HOME's config folder, when that is set). */
	constructor(options: {cwd?: string} = {}) {
		this.conf = new Conf<StoreShape>({
			projectName: PROJECT_NAME,
			projectSuffix: PROJECT_SUFFIX,
			cwd: options.cwd ?? (process.env.ALIDOMAIN_HOME ? appPaths().configDir : undefined),
			configName: 'accounts',
			configFileMode: 0o600,
			accessPropertiesByDotNotation: false,
			defaults: {accounts: {}, settings: {}},
		});
		// A file created by hand or by an older version may have looser permissions; conf's mode applies to new files.
		try {
			chmodSync(this.conf.path, 0o600);
		} catch {
			// Not created yet: conf creates it 0600 on first write.
		}
	}

	get path(): string {
		return this.conf.path;
	}

	// conf reads and parses the file on every get, so each operation reads the whole store once and works on that.
	private read(): StoreShape {
		const store = this.conf.store;
		return {...store, accounts: store.accounts ?? {}, settings: store.settings ?? {}};
	}

	/** One write for the whole change, so no reader sees half of it. */
	private write(store: StoreShape, change: Partial<StoreShape>): void {
		const next: StoreShape = {...store, ...change};
		if (next.active === undefined) delete next.active;
		this.conf.store = next;
	}

	list(): Account[] {
		return Object.values(this.read().accounts)
			.map(shown)
			.sort((a, b) => a.name.localeCompare(b.name));
	}

	get(name: string): Account | undefined {
		const account = own(this.read().accounts, name);
		return account && shown(account);
	}

	/** The first account added becomes the active one. An existing name is replaced only with `replace`. */
	add(account: Account, options: {replace?: boolean} = {}): void {
		if (!account.name.trim() || account.name === '__proto__') throw new Error(`'${account.name}' cannot name an account`);
		const store = this.read();
		const {accounts, active} = store;
		if (own(accounts, account.name) && !options.replace) throw new AccountExistsError(`an account named '${account.name}' exists already`);
		// Built field by field: the caller's object may mask its secret when serialised.
		const record: Account = {
			name: account.name,
			accessKeyId: account.accessKeyId,
			accessKeySecret: account.accessKeySecret,
			...(account.securityToken ? {securityToken: account.securityToken} : {}),
			site: account.site,
			...(account.endpoint ? {endpoint: account.endpoint} : {}),
			...(account.apiVersion ? {apiVersion: account.apiVersion} : {}),
			addedAt: account.addedAt,
		};
		this.write(store, {accounts: {...accounts, [account.name]: record}, active: active && own(accounts, active) ? active : account.name});
	}

	/** Removes an account; when it was the active one, the first remaining by name becomes active. */
	remove(name: string): boolean {
		const store = this.read();
		const {accounts, active} = store;
		if (!own(accounts, name)) return false;
		const {[name]: _removed, ...rest} = accounts;
		const nextActive = active === name ? Object.keys(rest).sort((a, b) => a.localeCompare(b))[0] : active;
		this.write(store, {accounts: rest, active: nextActive});
		return true;
	}

	/** Keeps the version the account's endpoint answered to; a no-op for an account removed meanwhile. */
	rememberApiVersion(name: string, version: string): void {
		const store = this.read();
		const account = own(store.accounts, name);
		if (!account || account.apiVersion === version) return;
		this.write(store, {accounts: {...store.accounts, [name]: {...account, apiVersion: version}}});
	}

	active(): Account | undefined {
		const {accounts, active} = this.read();
		const account = active ? own(accounts, active) : undefined;
		return account && shown(account);
	}

	setActive(name: string): void {
		const store = this.read();
		const {accounts} = store;
		if (!own(accounts, name)) {
			const names = Object.keys(accounts).sort((a, b) => a.localeCompare(b));
			throw new Error(`no account named '${name}'. ${names.length ? `Stored accounts: ${names.join(', ')}.` : 'No accounts are stored yet.'}`);
		}
		this.write(store, {active: name});
	}

	settings(): Settings {
		return {...this.read().settings};
	}

	setting<K extends keyof Settings & string>(key: K): Settings[K] | undefined {
		return own(this.read().settings, key) as Settings[K] | undefined;
	}

	/** `undefined` removes the setting. */
	setSetting<K extends keyof Settings & string>(key: K, value: Settings[K] | undefined): void {
		const store = this.read();
		const {[key]: _old, ...rest} = store.settings;
		this.write(store, {settings: value === undefined ? rest : {...rest, [key]: value}});
	}
}

// Names come from users and files: `constructor` or `__proto__` must not find something on the prototype.
function own<T>(record: Record<string, T>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

function shown(account: Account): Account {
	return maskWhenShown({...account});
}
