// Stored credential sets ("accounts"; "profile" always means a registrant profile). Kept with conf in a file only
// the user can read; keys are never split on dots, since account names may well contain them.
import {chmodSync} from 'node:fs';
import {join} from 'node:path';
import Conf from 'conf';
import type {Site} from '../api/endpoints.js';
import {messages} from '../i18n/index.js';
import {DamagedFileError, parseJsonFile} from '../files/damaged-file.js';
import {refuseSymlink} from '../files/atomic-file.js';
import {appPaths, ensurePrivateFolder, PROJECT_NAME, PROJECT_SUFFIX} from './paths.js';
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

const CONFIG_NAME = 'accounts';

const text = messages({
	fix: {
		en: 'Repair it at that place, or move it away and add the accounts again with `alidomain accounts add`. Until then, credentials in the environment (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET) and --sandbox still work.',
		zh: '请在该处修复，或将其移走后用 `alidomain accounts add` 重新添加账号。在此之前，环境变量中的凭据（ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET）和 --sandbox 仍可使用。',
	},
});

export class AccountExistsError extends Error {
	override readonly name = 'AccountExistsError';
}

export class AccountStore {
	readonly path: string;
	readonly #dir: string;
	#conf: Conf<StoreShape> | undefined;

	/**
	 * Without cwd, the folder is conf's own (or ALIDOMAIN_HOME's config folder, when that is set). The file is read on
	 * first use, so a damaged accounts file stands in the way only of what needs an account.
	 */
	constructor(options: {cwd?: string} = {}) {
		// The same folder conf would pick by itself, named here so it is made private before conf would make it 0755.
		this.#dir = options.cwd ?? appPaths().configDir;
		this.path = join(this.#dir, `${CONFIG_NAME}.json`);
		// A file created by hand or by an older version may have looser permissions; conf's mode applies to new files.
		try {
			chmodSync(this.path, 0o600);
		} catch {
			// Not created yet: conf creates it 0600 on first write.
		}
	}

	private get conf(): Conf<StoreShape> {
		if (this.#conf) return this.#conf;
		ensurePrivateFolder(this.#dir);
		const path = this.path;
		this.#conf = new Conf<StoreShape>({
			projectName: PROJECT_NAME,
			projectSuffix: PROJECT_SUFFIX,
			cwd: this.#dir,
			configName: CONFIG_NAME,
			configFileMode: 0o600,
			accessPropertiesByDotNotation: false,
			defaults: {accounts: {}, settings: {}},
			// The file holds secrets: a damaged one is named with line and column only, never quoted.
			deserialize: (content) => checkShape(path, parseJsonFile(path, content, text.fix)),
			// Nothing is written through a link (docs/files.md): not the file, nor the folder it is in.
			serialize: (value) => {
				refuseSymlink(path);
				refuseSymlink(this.#dir);
				return JSON.stringify(value, undefined, '\t');
			},
		});
		return this.#conf;
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
		if (!account.name.trim() || account.name === '__proto__')
			throw new Error(`'${account.name}' cannot name an account`);
		const store = this.read();
		const {accounts, active} = store;
		if (own(accounts, account.name) && !options.replace)
			throw new AccountExistsError(`an account named '${account.name}' exists already`);
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
		this.write(store, {
			accounts: {...accounts, [account.name]: record},
			active: active && own(accounts, active) ? active : account.name,
		});
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
			throw new Error(
				`no account named '${name}'. ${names.length ? `Stored accounts: ${names.join(', ')}.` : 'No accounts are stored yet.'}`,
			);
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

/**
 * The accounts file as alidomain writes it, or one clear DamagedFileError naming the wrong field (never its value:
 * the file holds secrets), so that no command trips over a wrong type further on.
 */
function checkShape(path: string, value: unknown): StoreShape {
	const isRecord = (v: unknown): v is Record<string, unknown> =>
		typeof v === 'object' && v !== null && !Array.isArray(v);
	const wrong = (field: string) => new DamagedFileError(path, undefined, text.fix, field);
	if (!isRecord(value)) throw wrong(Array.isArray(value) ? 'the whole file is a list' : 'the whole file');
	const accounts = value.accounts ?? {};
	if (!isRecord(accounts)) throw wrong('accounts');
	for (const [name, account] of Object.entries(accounts)) {
		if (!isRecord(account)) throw wrong(`accounts["${name}"]`);
		for (const field of ['accessKeyId', 'accessKeySecret'] as const)
			if (typeof account[field] !== 'string') throw wrong(`accounts["${name}"].${field}`);
		for (const field of ['securityToken', 'endpoint', 'apiVersion'] as const)
			if (account[field] !== undefined && typeof account[field] !== 'string')
				throw wrong(`accounts["${name}"].${field}`);
		if (account.site !== undefined && account.site !== 'cn' && account.site !== 'intl')
			throw wrong(`accounts["${name}"].site`);
	}
	if (value.active !== undefined && typeof value.active !== 'string') throw wrong('active');
	if (value.settings !== undefined && !isRecord(value.settings)) throw wrong('settings');
	return value as unknown as StoreShape;
}

// Names come from users and files: `constructor` or `__proto__` must not find something on the prototype.
function own<T>(record: Record<string, T>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

function shown(account: Account): Account {
	return maskWhenShown({...account});
}
