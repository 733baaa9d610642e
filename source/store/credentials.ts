// Which credentials a run uses (docs/architecture.md): the environment first, then --account NAME, then the active
// account. Also reads the Alibaba Cloud CLI's ~/.aliyun/config.json so its AK and StsToken profiles can be imported.
import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import type {Site} from '../api/endpoints.js';
import {messages} from '../i18n/index.js';
import type {Credentials} from '../api/transport.js';
import type {Account, AccountStore} from './accounts.js';
import {guardSecret} from './secret.js';
import {locateJsonError} from '../files/damaged-file.js';

export {guardSecret};

// Why a profile of the Alibaba Cloud CLI's config cannot be imported, in the interface language.
const skip = messages({
	notJson: {
		en: (path: string, where: string) => `${path} is not valid JSON${where}`,
		zh: (path: string, where: string) => `${path} 不是有效的 JSON${where}`,
	},
	at: {
		en: (line: number, column: number) => ` (line ${line}, column ${column})`,
		zh: (line: number, column: number) => `（第 ${line} 行第 ${column} 列）`,
	},
	noName: {en: 'has no name', zh: '没有名称'},
	duplicate: {en: 'a profile of the same name comes earlier in the file', zh: '文件前面已有同名配置'},
	mode: {
		en: (mode: string) =>
			`mode ${mode} needs the Alibaba Cloud CLI to obtain keys; only AK and StsToken profiles can be imported`,
		zh: (mode: string) => `${mode} 模式需要阿里云 CLI 才能取得密钥；只能导入 AK 和 StsToken 配置`,
	},
	noKey: {en: 'has no AccessKey ID or secret', zh: '没有 AccessKey ID 或 Secret'},
	noToken: {en: 'StsToken mode without a token', zh: 'StsToken 模式但没有 token'},
});

export interface ResolvedCredentials extends Credentials {
	source: 'env' | 'account';
	accountName?: string;
	/** The environment names no site: China unless --site says otherwise. */
	site: Site;
	endpoint?: string;
	/** The version the account's endpoint answered to before. */
	apiVersion?: string;
}

export class UnknownAccountError extends Error {
	override readonly name = 'UnknownAccountError';
}

/** Half of a key pair in the environment: falling through to a stored account would order on the wrong one. */
export class IncompleteEnvCredentialsError extends Error {
	override readonly name = 'IncompleteEnvCredentialsError';
}

export function resolveCredentials({
	env,
	accountName,
	store,
}: {
	env: NodeJS.ProcessEnv;
	accountName?: string;
	store: AccountStore;
}): ResolvedCredentials | undefined {
	const id = env.ALIBABA_CLOUD_ACCESS_KEY_ID;
	const secret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
	if (id && secret) {
		return guardSecret<ResolvedCredentials>({
			source: 'env',
			accessKeyId: id,
			accessKeySecret: secret,
			...(env.ALIBABA_CLOUD_SECURITY_TOKEN ? {securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN} : {}),
			site: 'cn',
		});
	}
	if (id || secret) {
		const missing = id ? 'ALIBABA_CLOUD_ACCESS_KEY_SECRET' : 'ALIBABA_CLOUD_ACCESS_KEY_ID';
		const present = id ? 'ALIBABA_CLOUD_ACCESS_KEY_ID' : 'ALIBABA_CLOUD_ACCESS_KEY_SECRET';
		throw new IncompleteEnvCredentialsError(
			`${present} is set but ${missing} is not. Set both, or unset ${present} to use a stored account.`,
		);
	}
	let account: Account | undefined;
	if (accountName !== undefined) {
		account = store.get(accountName);
		if (!account) {
			const names = store.list().map((a) => a.name);
			throw new UnknownAccountError(
				`no account named '${accountName}'. ${names.length ? `Stored accounts: ${names.join(', ')}.` : 'No accounts are stored yet.'}`,
			);
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
		...(account.endpoint ? {endpoint: account.endpoint} : {}),
		...(account.apiVersion ? {apiVersion: account.apiVersion} : {}),
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
	let config: unknown;
	try {
		config = JSON.parse(raw);
	} catch {
		// The parser's message may quote the file, and the file holds secrets: say only where it goes wrong.
		const place = locateJsonError(raw);
		return {
			path,
			importable: [],
			skipped: [{name: '(file)', reason: skip.notJson(path, place ? skip.at(place.line, place.column) : '')}],
		};
	}
	const {current, profiles} = (isObject(config) ? config : {}) as {current?: unknown; profiles?: unknown};
	const out: CliConfigRead = {
		path,
		...(typeof current === 'string' && current ? {current} : {}),
		importable: [],
		skipped: [],
	};
	const seen = new Set<string>();
	for (const p of Array.isArray(profiles) ? profiles : []) {
		if (!isObject(p)) continue;
		const name = text(p.name);
		const mode = text(p.mode) || 'AK';
		const id = text(p.access_key_id);
		const secret = text(p.access_key_secret);
		const token = text(p.sts_token);
		if (!name) {
			out.skipped.push({name: '(no name)', reason: skip.noName});
		} else if (seen.has(name)) {
			out.skipped.push({name, reason: skip.duplicate});
		} else if (mode !== 'AK' && mode !== 'StsToken') {
			out.skipped.push({name, reason: skip.mode(mode)});
		} else if (!id || !secret) {
			out.skipped.push({name, reason: skip.noKey});
		} else if (mode === 'StsToken' && !token) {
			out.skipped.push({name, reason: skip.noToken});
		} else {
			out.importable.push(
				guardSecret({
					name,
					mode,
					accessKeyId: id,
					accessKeySecret: secret,
					...(mode === 'StsToken' ? {securityToken: token} : {}),
					site: siteOf(p),
				}),
			);
		}
		if (name) seen.add(name);
	}
	return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** The CLI records the international site in `site` or, for web sign-in profiles, `oauth_site_type`. */
function siteOf(profile: Record<string, unknown>): Site {
	return /intl|international/i.test(text(profile.site)) || text(profile.oauth_site_type).toUpperCase() === 'INTL'
		? 'intl'
		: 'cn';
}

/** Adds the importable profiles as accounts (an existing name is replaced only when asked). */
export function importAliyunProfiles(
	store: AccountStore,
	profiles: CliProfile[],
	options: {replace?: boolean; now?: number} = {},
): {added: string[]; kept: string[]} {
	const added: string[] = [];
	const kept: string[] = [];
	for (const p of profiles) {
		if (store.get(p.name) && !options.replace) {
			kept.push(p.name);
			continue;
		}
		store.add(
			{
				name: p.name,
				accessKeyId: p.accessKeyId,
				accessKeySecret: p.accessKeySecret,
				securityToken: p.securityToken,
				site: p.site,
				addedAt: options.now ?? Date.now(),
			},
			{replace: true},
		);
		added.push(p.name);
	}
	return {added, kept};
}
