// Stored accounts for the accounts screens: list, switch, remove, add (verified with a cheap call first; refused
// only when the server refuses the key itself, saved with a note when it cannot be asked) and import from the
// Alibaba Cloud CLI's config, read when the import is asked for. The store and the client load on first use, not
// with the first frame.
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Site} from '../../api/endpoints.js';
import type {Account, AccountStore} from '../../store/accounts.js';
import type {CliConfigRead} from '../../store/credentials.js';
import {messages} from '../../i18n/index.js';
import type {NoticeError} from '../components/Notice.js';
import {noticeOf} from './notice-of.js';

/** What the screens may show of an account: never the secret itself. */
export type AccountView = {
	name: string;
	accessKeyId: string;
	maskedSecret: string;
	site: Site;
	endpoint?: string;
	sts: boolean;
};

export type NewAccount = {name: string; accessKeyId: string; accessKeySecret: string; site: Site; endpoint?: string};

const text = messages({
	loading: {
		en: 'The accounts file could not be read; see the error on the Accounts screen.',
		zh: '无法读取账号文件；错误见账号页面。',
	},
	taken: {
		en: (name: string) => `An account named '${name}' exists already.`,
		zh: (name: string) => `已存在名为 '${name}' 的账号。`,
	},
	takenHint: {en: 'Choose another name, or remove the old one first.', zh: '请换一个名称，或先删除旧账号。'},
});

/** Added (with why the key is unchecked, when the server could not be asked), or refused with the server's answer. */
export type AddResult = {ok: true; unverified?: NoticeError} | {ok: false; error: NoticeError};

/** What an import did: which accounts it added, which it kept as stored, which it skipped and why. */
export type ImportResult =
	| {found: false; path: string}
	| {found: true; path: string; added: string[]; kept: string[]; skipped: CliConfigRead['skipped']};

type Loaded = {
	store: AccountStore;
	maskSecret: (secret: string) => string;
	cliConfigPath?: string;
	cli?: CliConfigRead;
};

export function useAccounts({env}: {env: NodeJS.ProcessEnv}) {
	const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
	const [accounts, setAccounts] = useState<AccountView[]>([]);
	const [loadError, setLoadError] = useState<NoticeError | undefined>(undefined);
	// Settled when the load ends (undefined if it failed): a key typed before the accounts file was read waits for it.
	const settle = useRef<(value: Loaded | undefined) => void>(() => {});
	const [whenLoaded] = useState(
		() =>
			new Promise<Loaded | undefined>((resolve) => {
				settle.current = resolve;
			}),
	);

	const refresh = useCallback((from: Loaded) => {
		setAccounts(from.store.list().map((a) => view(a, from.maskSecret)));
	}, []);

	useEffect(() => {
		let live = true;
		void (async () => {
			try {
				const [{AccountStore, maskSecret}, {appPaths}, {aliyunConfigPath, readAliyunCliConfig}] = await Promise.all([
					import('../../store/accounts.js'),
					import('../../store/paths.js'),
					import('../../store/credentials.js'),
				]);
				const store = new AccountStore({cwd: appPaths(env).configDir});
				if (!live) {
					return;
				}

				const cliConfigPath = env.HOME ? aliyunConfigPath(env.HOME) : undefined;
				const next = {
					store,
					maskSecret,
					cliConfigPath,
					cli: cliConfigPath ? readAliyunCliConfig(cliConfigPath) : undefined,
				};
				setLoaded(next);
				refresh(next);
				settle.current(next);
			} catch (error) {
				settle.current(undefined);
				if (live) {
					setLoadError(noticeOf(error));
				}
			}
		})();
		return () => {
			live = false;
		};
	}, [env, refresh]);

	const setActive = useCallback(
		(name: string) => {
			if (!loaded) {
				return;
			}

			loaded.store.setActive(name);
			refresh(loaded);
		},
		[loaded, refresh],
	);

	const remove = useCallback(
		(name: string) => {
			if (!loaded) {
				return;
			}

			loaded.store.remove(name);
			refresh(loaded);
		},
		[loaded, refresh],
	);

	const add = useCallback(
		async (account: NewAccount): Promise<AddResult> => {
			const loaded = await whenLoaded;
			if (!loaded) {
				return {ok: false, error: {code: 'NotLoaded', message: text.loading}};
			}

			if (loaded.store.get(account.name)) {
				return {ok: false, error: {code: 'NameTaken', message: text.taken(account.name), hint: text.takenHint}};
			}

			let notVerified: NoticeError | undefined;
			try {
				const {createDomainClient} = await import('../../api/client.js');
				const client = createDomainClient({
					credentials: {accessKeyId: account.accessKeyId, accessKeySecret: account.accessKeySecret},
					site: account.site,
					endpoint: account.endpoint,
					retry: {retries: 1},
				});
				await client.queryRegistrantProfiles({PageNum: 1, PageSize: 1});
			} catch (error) {
				const {refusesKey} = await import('../../api/errors.js');
				if (refusesKey(error)) {
					return {ok: false, error: noticeOf(error)};
				}

				// Offline, throttled, or a missing permission: nothing against the key, so it is kept, with why it is unchecked.
				notVerified = noticeOf(error);
			}

			loaded.store.add({...account, addedAt: Date.now()});
			loaded.store.setActive(account.name);
			refresh(loaded);
			return notVerified ? {ok: true, unverified: notVerified} : {ok: true};
		},
		[whenLoaded, refresh],
	);

	// Read when asked for, so a config written after the app started is found too.
	const importFromCli = useCallback(async (): Promise<ImportResult | undefined> => {
		const cliConfigPath = loaded?.cliConfigPath;
		if (!loaded || !cliConfigPath) {
			return undefined;
		}

		const {importAliyunProfiles, readAliyunCliConfig} = await import('../../store/credentials.js');
		const cli = readAliyunCliConfig(cliConfigPath);
		if (!cli) {
			return {found: false, path: cliConfigPath};
		}

		// An import adds accounts; it does not switch away from the account in use (nor from the one the next start
		// uses), as `alidomain accounts import` does not. Only into an empty store does the CLI's current profile come
		// in as the active one.
		const hadActive = loaded.store.active() !== undefined;
		const result = importAliyunProfiles(loaded.store, cli.importable);
		if (!hadActive && cli.current && result.added.includes(cli.current)) {
			loaded.store.setActive(cli.current);
		}

		refresh(loaded);
		return {found: true, path: cli.path, ...result, skipped: cli.skipped};
	}, [loaded, refresh]);

	return {
		ready: loaded !== undefined,
		loadError,
		accounts,
		/** Where the Alibaba Cloud CLI keeps its config (import reads it then), when there is a home folder. */
		cliConfigPath: loaded?.cliConfigPath,
		/** The CLI config as it was when the accounts loaded (the first-run screen offers it); import reads it again. */
		cliConfig: loaded?.cli ? {path: loaded.cli.path, importable: loaded.cli.importable.length} : undefined,
		setActive,
		remove,
		add,
		importFromCli,
	};
}

const view = (a: Account, mask: (secret: string) => string): AccountView => ({
	name: a.name,
	accessKeyId: a.accessKeyId,
	maskedSecret: mask(a.accessKeySecret),
	site: a.site,
	endpoint: a.endpoint,
	sts: Boolean(a.securityToken),
});
