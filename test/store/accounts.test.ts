import {mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {inspect} from 'node:util';
import {describe, expect, it} from 'vitest';
import {AccountStore, maskSecret} from '../../source/store/accounts.js';
import {importAliyunProfiles, readAliyunCliConfig, resolveCredentials, UnknownAccountError} from '../../source/store/credentials.js';

const SECRET = 'Zx9SecretValueThatMustNeverLeak42';
const fresh = () => new AccountStore({cwd: mkdtempSync(join(tmpdir(), 'accounts-'))});
const account = (name: string, secret = SECRET) => ({name, accessKeyId: `LTAI-${name}`, accessKeySecret: secret, site: 'cn' as const, addedAt: 1});

describe('accounts', () => {
	it('stores accounts in a file only the user can read, names with dots intact', () => {
		const store = fresh();
		store.add(account('shop.example.com'));
		expect(statSync(store.path).mode & 0o777).toBe(0o600);
		expect(store.get('shop.example.com')?.accessKeyId).toBe('LTAI-shop.example.com');
		expect(Object.keys(JSON.parse(readFileSync(store.path, 'utf8')).accounts)).toEqual(['shop.example.com']);
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
		const env = {ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVID', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret', ALIBABA_CLOUD_SECURITY_TOKEN: 'tok'};
		expect(resolveCredentials({env, accountName: 'other', store})).toMatchObject({source: 'env', accessKeyId: 'ENVID', securityToken: 'tok'});
		expect(resolveCredentials({env: {}, accountName: 'other', store})).toMatchObject({source: 'account', accountName: 'other'});
		expect(resolveCredentials({env: {}, store})).toMatchObject({accountName: 'main'});
		expect(() => resolveCredentials({env: {}, accountName: 'missing', store})).toThrow(UnknownAccountError);
		expect(resolveCredentials({env: {}, store: fresh()})).toBeUndefined();
	});

	it('never shows the secret when the credentials are printed or serialised', () => {
		const store = fresh();
		store.add(account('main'));
		const credentials = resolveCredentials({env: {}, store})!;
		expect(credentials.accessKeySecret).toBe(SECRET);
		for (const text of [JSON.stringify(credentials), inspect(credentials), String(credentials), JSON.stringify({credentials})]) {
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
					{name: 'role', mode: 'RamRoleArn', access_key_id: 'AK3', access_key_secret: 's3', ram_role_arn: 'acs:ram::1:role/x'},
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
});
