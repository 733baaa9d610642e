import {
	chmodSync,
	lstatSync,
	mkdtempSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
	mkdirSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {inspect} from 'node:util';
import {describe, expect, it} from 'vitest';
import {AccountStore, maskSecret} from '../../source/store/accounts.js';
import {
	IncompleteEnvCredentialsError,
	importAliyunProfiles,
	readAliyunCliConfig,
	resolveCredentials,
	UnknownAccountError,
} from '../../source/store/credentials.js';

const SECRET = 'Zx9SecretValueThatMustNeverLeak42';
const fresh = () => new AccountStore({cwd: mkdtempSync(join(tmpdir(), 'accounts-'))});
const account = (name: string, secret = SECRET) => ({
	name,
	accessKeyId: `LTAI-${name}`,
	accessKeySecret: secret,
	site: 'cn' as const,
	addedAt: 1,
});

describe('accounts', () => {
	it('stores accounts in a file only the user can read, names with dots intact', () => {
		const store = fresh();
		store.add(account('shop.example.com'));
		expect(statSync(store.path).mode & 0o777).toBe(0o600);
		expect(store.get('shop.example.com')?.accessKeyId).toBe('LTAI-shop.example.com');
		expect(Object.keys(JSON.parse(readFileSync(store.path, 'utf8')).accounts)).toEqual(['shop.example.com']);
	});

	it('gives one clear error for an accounts file of the wrong form, naming the field and never a secret', () => {
		const cases: Array<[unknown, RegExp]> = [
			[[{name: 'a', accessKeyId: 'LTAI-a', accessKeySecret: SECRET}], /the whole file is a list/],
			[{accounts: {a: {name: 'a', accessKeyId: 42, accessKeySecret: SECRET}}}, /accounts\["a"\]\.accessKeyId/],
			[
				{accounts: {a: {name: 'a', accessKeyId: 'LTAI-a', accessKeySecret: [SECRET]}}},
				/accounts\["a"\]\.accessKeySecret/,
			],
			[{accounts: [SECRET]}, /\(accounts\)/],
			[{accounts: {}, settings: 'x', active: 3}, /\(active\)/],
		];
		for (const [content, field] of cases) {
			const store = fresh();
			writeFileSync(store.path, JSON.stringify(content), {mode: 0o600});
			for (const read of [() => store.list(), () => store.active(), () => store.add(account('b'))]) {
				let message = '';
				try {
					read();
				} catch (error) {
					message = (error as Error).message;
				}
				expect(message).toMatch(/is damaged: it is JSON, but not in the form alidomain writes/);
				expect(message).toMatch(field);
				expect(message).not.toContain(SECRET);
			}
		}
	});

	it('never writes through a link: neither an accounts file that is a link nor its folder', () => {
		const store = fresh();
		const elsewhere = join(mkdtempSync(join(tmpdir(), 'accounts-target-')), 'target.json');
		writeFileSync(elsewhere, JSON.stringify({accounts: {}, settings: {}}));
		symlinkSync(elsewhere, store.path);
		expect(() => store.add(account('a'))).toThrow(/symbolic link/);
		expect(lstatSync(store.path).isSymbolicLink()).toBe(true);
		expect(JSON.parse(readFileSync(elsewhere, 'utf8'))).toEqual({accounts: {}, settings: {}});
	});

	it('makes the first account active, switches, and picks another when the active one is removed', () => {
		const store = fresh();
		store.add(account('a'));
		store.add(account('b'));
		expect(store.active()?.name).toBe('a');
		store.setActive('b');
		expect(store.active()?.name).toBe('b');
		expect(store.remove('b')).toBe(true);
		expect(store.active()?.name).toBe('a');
		expect(store.remove('nope')).toBe(false);
		expect(() => store.add(account('a'))).toThrow(/exists already/);
	});

	it('tightens a file that exists already with looser permissions to 0600', () => {
		const dir = mkdtempSync(join(tmpdir(), 'accounts-'));
		const path = join(dir, 'accounts.json');
		writeFileSync(path, JSON.stringify({accounts: {}, settings: {}}), {mode: 0o644});
		chmodSync(path, 0o644);
		const store = new AccountStore({cwd: dir});
		expect(store.path).toBe(path);
		expect(statSync(path).mode & 0o777).toBe(0o600);
		store.add(account('x'));
		expect(statSync(path).mode & 0o777).toBe(0o600);
	});

	it('keeps settings beside the accounts and removes one set to undefined', () => {
		const store = fresh();
		expect(store.setting('lang')).toBeUndefined();
		store.setSetting('lang', 'zh');
		store.setSetting('batchSize', 500);
		expect(store.setting('lang')).toBe('zh');
		expect(store.settings()).toEqual({lang: 'zh', batchSize: 500});
		store.setSetting('lang', undefined);
		expect(store.settings()).toEqual({batchSize: 500});
		store.add(account('a'));
		expect(store.setting('batchSize')).toBe(500);
	});

	it('replaces an account only when asked, and refuses to switch to one that does not exist', () => {
		const store = fresh();
		store.add(account('a', 'first-secret-000000'));
		store.add(account('a', 'second-secret-00000'), {replace: true});
		expect(store.get('a')?.accessKeySecret).toBe('second-secret-00000');
		expect(store.list()).toHaveLength(1);
		expect(() => store.setActive('b')).toThrow(/no account named 'b'\. Stored accounts: a\./);
		expect(store.get('constructor')).toBeUndefined();
		expect(store.get('toString')).toBeUndefined();
		expect(() => store.add(account('__proto__'))).toThrow(/cannot name an account/);
	});

	it('removes the last account and leaves none active', () => {
		const store = fresh();
		store.add(account('only'));
		expect(store.remove('only')).toBe(true);
		expect(store.active()).toBeUndefined();
		expect(store.list()).toEqual([]);
		expect(JSON.parse(readFileSync(store.path, 'utf8'))).not.toHaveProperty('active');
	});

	it('masks the secret when a stored account is printed, yet a copy keeps it for use', () => {
		const store = fresh();
		store.add(account('main'));
		const stored = store.get('main')!;
		for (const text of [
			JSON.stringify(stored),
			inspect(stored),
			String(stored),
			JSON.stringify(store.list()),
			inspect(store.list()),
		]) {
			expect(text).not.toContain(SECRET);
		}
		expect(JSON.stringify(stored)).toContain(maskSecret(SECRET));
		expect({...stored}.accessKeySecret).toBe(SECRET);
		// Adding back an account that was read (and masks itself) stores the real secret, not the mask.
		store.add(stored, {replace: true});
		expect(JSON.parse(readFileSync(store.path, 'utf8')).accounts.main.accessKeySecret).toBe(SECRET);
	});

	it('masks a secret to its last four characters at most', () => {
		expect(maskSecret(SECRET)).toBe('••••••••ak42');
		expect(maskSecret('short')).toBe('••••••••');
	});
});

describe('credentials lookup', () => {
	it('takes the environment first, then --account, then the active account', () => {
		const store = fresh();
		store.add(account('main'));
		store.add(account('other', 'other-secret-0000000000'));
		const env = {
			ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVID',
			ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
			ALIBABA_CLOUD_SECURITY_TOKEN: 'tok',
		};
		expect(resolveCredentials({env, accountName: 'other', store})).toMatchObject({
			source: 'env',
			accessKeyId: 'ENVID',
			securityToken: 'tok',
		});
		expect(resolveCredentials({env: {}, accountName: 'other', store})).toMatchObject({
			source: 'account',
			accountName: 'other',
		});
		expect(resolveCredentials({env: {}, store})).toMatchObject({accountName: 'main'});
		expect(() => resolveCredentials({env: {}, accountName: 'missing', store})).toThrow(UnknownAccountError);
		expect(resolveCredentials({env: {}, store: fresh()})).toBeUndefined();
	});

	it('names the stored accounts when --account names none of them, without any secret', () => {
		const store = fresh();
		store.add(account('shop.example.com'));
		store.add(account('ops'));
		let message = '';
		try {
			resolveCredentials({env: {}, accountName: 'shop', store});
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toBe("no account named 'shop'. Stored accounts: ops, shop.example.com.");
		expect(resolveCredentials({env: {}, accountName: 'shop.example.com', store})).toMatchObject({
			accessKeyId: 'LTAI-shop.example.com',
			site: 'cn',
		});
	});

	it('refuses half a key pair in the environment rather than falling through to a stored account', () => {
		const store = fresh();
		store.add(account('main'));
		expect(() => resolveCredentials({env: {ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVID'}, store})).toThrow(
			IncompleteEnvCredentialsError,
		);
		expect(() => resolveCredentials({env: {ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET}, store})).toThrow(
			/ALIBABA_CLOUD_ACCESS_KEY_ID is not/,
		);
		try {
			resolveCredentials({env: {ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET}, store});
		} catch (error) {
			expect(String(error)).not.toContain(SECRET);
			expect(inspect(error)).not.toContain(SECRET);
		}
	});

	it('masks the secret and the token of environment credentials too', () => {
		const token = 'CAIS-security-token-that-is-long-9f8e';
		const credentials = resolveCredentials({
			env: {
				ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVID',
				ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
				ALIBABA_CLOUD_SECURITY_TOKEN: token,
			},
			store: fresh(),
		})!;
		expect(credentials).toMatchObject({source: 'env', site: 'cn'});
		expect(credentials.accessKeySecret).toBe(SECRET);
		expect(credentials.securityToken).toBe(token);
		for (const text of [
			JSON.stringify(credentials),
			inspect(credentials, {depth: 5}),
			`${credentials}`,
			JSON.stringify([{credentials}]),
			inspect({nested: {credentials}}),
		]) {
			expect(text).not.toContain(SECRET);
			expect(text).not.toContain(token);
		}
		expect(Object.keys(credentials)).not.toContain('accessKeySecret');
	});

	it('never shows the secret when the credentials are printed or serialised', () => {
		const store = fresh();
		store.add(account('main'));
		const credentials = resolveCredentials({env: {}, store})!;
		expect(credentials.accessKeySecret).toBe(SECRET);
		for (const text of [
			JSON.stringify(credentials),
			inspect(credentials),
			String(credentials),
			JSON.stringify({credentials}),
		]) {
			expect(text).not.toContain(SECRET);
		}
	});
});

describe('importing from the Alibaba Cloud CLI config', () => {
	it('imports AK and StsToken profiles and says why the others are skipped', () => {
		const home = mkdtempSync(join(tmpdir(), 'home-'));
		mkdirSync(join(home, '.aliyun'));
		const path = join(home, '.aliyun', 'config.json');
		writeFileSync(
			path,
			JSON.stringify({
				current: 'default',
				profiles: [
					{name: 'default', mode: 'AK', access_key_id: 'AK1', access_key_secret: SECRET, region_id: 'cn-hangzhou'},
					{name: 'sts', mode: 'StsToken', access_key_id: 'STS.1', access_key_secret: 's2', sts_token: 'token'},
					{
						name: 'role',
						mode: 'RamRoleArn',
						access_key_id: 'AK3',
						access_key_secret: 's3',
						ram_role_arn: 'acs:ram::1:role/x',
					},
					{name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'r'},
					{name: 'empty', mode: 'AK'},
				],
			}),
		);
		const read = readAliyunCliConfig(path)!;
		expect(read.importable.map((p) => p.name)).toEqual(['default', 'sts']);
		expect(read.skipped.map((s) => s.name)).toEqual(['role', 'ecs', 'empty']);
		expect(read.skipped[0]!.reason).toMatch(/only AK and StsToken/);
		expect(JSON.stringify(read)).not.toContain(SECRET);
		const store = fresh();
		expect(importAliyunProfiles(store, read.importable)).toEqual({added: ['default', 'sts'], kept: []});
		expect(store.get('sts')?.securityToken).toBe('token');
		expect(importAliyunProfiles(store, read.importable).kept).toEqual(['default', 'sts']);
		expect(readAliyunCliConfig(join(home, 'nope.json'))).toBeUndefined();
	});

	it('reads the international site, ignores malformed entries, and never quotes a broken file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cli-'));
		const path = join(dir, 'config.json');
		writeFileSync(
			path,
			JSON.stringify({
				profiles: [
					null,
					'text',
					{name: 'intl', mode: 'AK', access_key_id: 'AK1', access_key_secret: 's1', site: 'intl'},
					{name: 'intl', mode: 'AK', access_key_id: 'AK2', access_key_secret: 's2'},
					{mode: 'AK', access_key_id: 'AK3', access_key_secret: 's3'},
					{name: 'sso', mode: 'OAuth', oauth_site_type: 'INTL'},
				],
			}),
		);
		const read = readAliyunCliConfig(path)!;
		expect(read.importable).toMatchObject([{name: 'intl', site: 'intl', accessKeyId: 'AK1'}]);
		expect(read.current).toBeUndefined();
		expect(read.skipped).toEqual([
			{name: 'intl', reason: 'a profile of the same name comes earlier in the file'},
			{name: '(no name)', reason: 'has no name'},
			{name: 'sso', reason: expect.stringMatching(/mode OAuth/)},
		]);
		writeFileSync(path, `{"profiles":[{"name":"x","access_key_secret":"${SECRET}"`);
		const broken = readAliyunCliConfig(path)!;
		expect(broken.importable).toEqual([]);
		expect(JSON.stringify(broken)).not.toContain(SECRET);
		expect(broken.skipped[0]!.reason).toMatch(/not valid JSON \(line 1, column \d+\)/);
		for (let i = 0; i + 4 <= SECRET.length; i++) expect(JSON.stringify(broken)).not.toContain(SECRET.slice(i, i + 4));
	});
});
