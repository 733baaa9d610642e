// Which credentials a run uses (DESIGN §1): the environment first, then --account NAME, then the active account.
// Also reads the Alibaba Cloud CLI's ~/.aliyun/config.json so its AK and StsToken profiles can be imported.
import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {inspect} from 'node:util';
import type {Site} from '../api/endpoints.js';
import type {Credentials} from '../api/transport.js';
import {maskSecret, type Account, type AccountStore} from './accounts.js';

export interface ResolvedCredentials extends Credentials {
	source: 'env' | 'account';
	accountName?: string;
	site?: Site;
	endpoint?: string;
}

/** Keeps the secret out of JSON.stringify, console.log and util.inspect of the object that carries it. */
export function guardSecret<T extends {accessKeySecret: string}>(credentials: T): T {
	const secret = credentials.accessKeySecret;
	Object.defineProperty(credentials, 'accessKeySecret', {value: secret, enumerable: false, writable: false});
	Object.defineProperty(credentials, 'toJSON', {value: () => ({...credentials, accessKeySecret: maskSecret(secret)}), enumerable: false});
	Object.defineProperty(credentials, inspect.custom, {value: () => `Credentials ${inspect({...credentials, accessKeySecret: maskSecret(secret)})}`, enumerable: false});
	return credentials;
}

export class UnknownAccountError extends Error {
	override readonly name = 'UnknownAccountError';
}

export function resolveCredentials({env, accountName, store}: {env: NodeJS.ProcessEnv; accountName?: string; store: AccountStore}): ResolvedCredentials | undefined {
	const id = env.ALIBABA_CLOUD_ACCESS_KEY_ID;
	const secret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
	if (id && secret) {
		return guardSecret<ResolvedCredentials>({source: 'env', accessKeyId: id, accessKeySecret: secret, ...(env.ALIBABA_CLOUD_SECURITY_TOKEN ? {securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN} : {})});
	}
	let account: Account | undefined;
	if (accountName !== undefined) {
		account = store.get(accountName);
		if (!account) {
			const names = store.list().map((a) => a.name);
			throw new UnknownAccountError(`no account named '${accountName}'. ${names.length ? `Stored accounts: ${names.join(', ')}.` : 'No accounts are stored yet.'}`);
		}
	} else {
		account = store.active();
	}
	if (!account) return undefined;
	return guardSecret<ResolvedCredentials>({
		source: 'account',
		accountName: account.name,
		accessKeyId: account.accessKeyId,
		accessKeySecret: account.accessKeySecret,
		...(account.securityToken ? {securityToken: account.securityToken} : {}),
		site: account.site,
		endpoint: account.endpoint,
	});
}

export interface CliProfile {
	name: string;
	mode: string;
	accessKeyId: string;
	accessKeySecret: string;
	securityToken?: string;
	site: Site;
}

export interface CliConfigRead {
	path: string;
	current?: string;
	importable: CliProfile[];
	skipped: Array<{name: string; reason: string}>;
}

export function aliyunConfigPath(home = homedir()): string {
	return join(home, '.aliyun', 'config.json');
}

/** The Alibaba Cloud CLI's profiles that alidomain can use as they are: modes AK and StsToken. */
export function readAliyunCliConfig(path = aliyunConfigPath()): CliConfigRead | undefined {
	let raw: string;
	try {
		raw = readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
	let config: {current?: string; profiles?: Array<Record<string, unknown>>};
	try {
		config = JSON.parse(raw);
	} catch {
		return {path, importable: [], skipped: [{name: '(file)', reason: `${path} is not valid JSON`}]};
	}
	const out: CliConfigRead = {path, current: config.current, importable: [], skipped: []};
	for (const p of config.profiles ?? []) {
		const name = String(p.name ?? '');
		const mode = String(p.mode ?? 'AK');
		const id = String(p.access_key_id ?? '');
		const secret = String(p.access_key_secret ?? '');
		const token = String(p.sts_token ?? '');
		const site: Site = String(p.site ?? '').toLowerCase().includes('intl') || String(p.oauth_site_type ?? '') === 'INTL' ? 'intl' : 'cn';
		if (mode !== 'AK' && mode !== 'StsToken') {
			out.skipped.push({name, reason: `mode ${mode} needs the Alibaba Cloud CLI to obtain keys; only AK and StsToken profiles can be imported`});
		} else if (!id || !secret) {
			out.skipped.push({name, reason: 'has no AccessKey ID or secret'});
		} else if (mode === 'StsToken' && !token) {
			out.skipped.push({name, reason: 'StsToken mode without a token'});
		} else {
			out.importable.push(guardSecret({name, mode, accessKeyId: id, accessKeySecret: secret, ...(mode === 'StsToken' ? {securityToken: token} : {}), site}));
		}
	}
	return out;
}

/** Adds the importable profiles as accounts (an existing name is replaced only when asked). */
export function importAliyunProfiles(store: AccountStore, profiles: CliProfile[], options: {replace?: boolean; now?: number} = {}): {added: string[]; kept: string[]} {
	const added: string[] = [];
	const kept: string[] = [];
	for (const p of profiles) {
		if (store.get(p.name) && !options.replace) {
			kept.push(p.name);
			continue;
		}
		store.add({name: p.name, accessKeyId: p.accessKeyId, accessKeySecret: p.accessKeySecret, securityToken: p.securityToken, site: p.site, addedAt: options.now ?? Date.now()}, {replace: true});
		added.push(p.name);
	}
	return {added, kept};
}
