// Everything a command needs to talk to Alibaba Cloud or the sandbox: credentials in the order docs/architecture.md
// gives, a client, the journal, the account's submit lock (docs/never-order-twice.md), and (with --sandbox) an
// in-process sandbox whose state persists between runs.
import {mkdirSync, rmSync} from 'node:fs';
import {dirname} from 'node:path';
import {createDomainClient, type DomainClient} from './api/client.js';
import {SITES} from './api/endpoints.js';
import type {RetryEvent} from './api/retry.js';
import {AccountStore} from './store/accounts.js';
import {resolveCredentials} from './store/credentials.js';
import {DEFAULT_SETTLE_MS} from './core/submit/submit-batch.js';
import {Journal} from './store/journal.js';
import {createSubmitLock, defaultLockDir, lockKey} from './store/submit-lock.js';
import {AccountIds} from './store/account-ids.js';
import {defaultStsEndpoint, STS_ENDPOINT, versionForEndpoint} from './api/endpoints.js';
import {API_VERSION} from './api/schema.js';
import type {AccountIdentity} from './core/submit/endpoint-key.js';
import type {SubmitLock} from './core/submit/submit-path.js';
import type {PollerOptions} from './core/status/status-poller.js';
import {appPaths, ensurePrivateFolder} from './store/paths.js';
import type {Flags} from './cli/args.js';
import {langFlag, seedFlag, signatureFlag, siteFlag} from './cli/options-from-flags.js';
import {messages} from './i18n/index.js';

const text = messages({
	noCredentials: {
		en: 'No credentials. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, add an account with `alidomain accounts add NAME --access-key-id ID --secret-stdin`, or try the sandbox with --sandbox.',
		zh: '没有凭据。请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或用 `alidomain accounts add NAME --access-key-id ID --secret-stdin` 添加账号，或加 --sandbox 试用沙箱。',
	},
	environment: {en: 'environment', zh: '环境变量'},
	builtInSandbox: {en: 'built-in sandbox', zh: '内置沙箱'},
	builtInLargeSandbox: {en: 'built-in sandbox (large)', zh: '内置沙箱（大账号）'},
	account: {en: 'account', zh: '账号'},
});

/**
 * The in-process sandbox listens on a new port each run but keeps its account between runs, so the journal and the
 * screens know it by this name rather than by its URL.
 */
export const BUILT_IN_SANDBOX = 'built-in sandbox';
/** The built-in sandbox started with `--sandbox-seed large`: another account, so another key and state file. */
export const BUILT_IN_LARGE_SANDBOX = 'built-in sandbox (large)';

/** An endpoint as shown to the user; the built-in sandbox's name is a fixed key in the journal, shown translated. */
export function endpointLabel(endpoint: string): string {
	if (endpoint === BUILT_IN_LARGE_SANDBOX) return text.builtInLargeSandbox;
	return endpoint === BUILT_IN_SANDBOX ? text.builtInSandbox : endpoint;
}

export interface Runtime {
	client: DomainClient;
	journal: Journal;
	/** Shown in headers and recorded in the journal: an account name, "environment", or "sandbox". */
	accountLabel: string;
	/**
	 * The stored account whose key this is, by name; absent for the environment's key and the sandbox. The Accounts
	 * screen marks this row as the one in use (the label alone is translated, and may name no stored account).
	 */
	account?: string;
	/** Where requests go, as the journal and the screens name it: a URL, or BUILT_IN_SANDBOX. */
	endpoint: string;
	sandbox: boolean;
	lang: 'en' | 'zh';
	/** See DEFAULT_SETTLE_MS; ALIDOMAIN_SETTLE_MS shortens it for tests and demos. */
	settleMs: number;
	/**
	 * The currency prices are asked in (CheckDomain's FeeCurrency): CNY on the China site and in the sandbox, USD on
	 * the international site (UNCONFIRMED, docs/api.md). The estimate is compared with the balance only when the
	 * balance is in the same currency.
	 */
	currency?: 'CNY' | 'USD';
	/**
	 * The Alibaba Cloud site of the account (`--site`, else the stored account's, else the China site): what it asks
	 * of a name depends on it (CNNIC profiles for .cn exist only on the international site, docs/api.md). Absent: China.
	 */
	site?: 'cn' | 'intl';
	/** One submitter at a time for this Alibaba account and product, across processes. */
	lock: SubmitLock;
	/** The Alibaba account the key belongs to (STS GetCallerIdentity, asked when first needed). */
	identity?: () => Promise<AccountIdentity>;
	/** How often the status views read the server; the poller's own pace when absent (tests set a quicker one). */
	statusPace?: Pick<PollerOptions, 'minIntervalMs' | 'maxIntervalMs'>;
	close(): Promise<void>;
}

export class NoCredentialsError extends Error {
	override readonly name = 'NoCredentialsError';
}

export interface RuntimeOptions {
	flags: Flags;
	env: NodeJS.ProcessEnv;
	onRetry?: (event: RetryEvent) => void;
}

/**
 * A number from a variable that tests and demos set (ALIDOMAIN_SETTLE_MS, ALIDOMAIN_SANDBOX_SPEED, and the retry
 * delays): undefined when unset, not a number, or below `min`, so a stray value leaves the default in place.
 */
export function numberFromEnv(value: string | undefined, min: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) && n >= min ? n : undefined;
}

export async function createRuntime({flags, env, onRetry}: RuntimeOptions): Promise<Runtime> {
	const paths = appPaths(env);
	ensurePrivateFolder(paths.dataDir);
	const journal = new Journal(paths.journalDir);
	const lang = langFlag(flags, env);
	const settleMs = numberFromEnv(env.ALIDOMAIN_SETTLE_MS, 0) ?? DEFAULT_SETTLE_MS;
	// ALIDOMAIN_RETRY_BASE_MS: the first back-off of a retried read (it doubles from there; see source/api/retry.ts).
	const retryBaseMs = numberFromEnv(env.ALIDOMAIN_RETRY_BASE_MS, 0);
	const retry = retryBaseMs === undefined ? undefined : {baseDelayMs: retryBaseMs};
	const common = {lang, onRetry, retry, signature: signatureFlag(flags), version: flags['api-version']};

	if (flags.sandbox) {
		const {startSandbox, SANDBOX_CREDENTIALS} = await import('./sandbox/server.js');
		// The large account is a different account: its own state file, and its own name in the journal.
		const large = seedFlag(flags, 'sandbox-seed') === 'large';
		const stateFile = large ? paths.sandboxStateFile.replace(/\.json$/, '-large.json') : paths.sandboxStateFile;
		if (flags['sandbox-reset']) rmSync(stateFile, {force: true});
		// A read-only first run (`domains --redemption --sandbox`) may come before anything made the data folder.
		mkdirSync(dirname(stateFile), {recursive: true});
		// ALIDOMAIN_SANDBOX_SPEED: the task pace, as `alidomain sandbox --speed` (docs/sandbox.md).
		const speed = numberFromEnv(env.ALIDOMAIN_SANDBOX_SPEED, Number.MIN_VALUE);
		const sandbox = await startSandbox({port: 0, stateFile, quiet: true, seed: large ? 'large' : 'standard', speed});
		const client = createDomainClient({...common, credentials: SANDBOX_CREDENTIALS, endpoint: sandbox.url});
		const endpoint = large ? BUILT_IN_LARGE_SANDBOX : BUILT_IN_SANDBOX;
		// The built-in sandbox is one per data folder, each its own account (its state keeps its AccountId).
		return {
			client,
			journal,
			accountLabel: 'sandbox',
			endpoint,
			sandbox: true,
			lang,
			settleMs,
			currency: 'CNY',
			site: siteFlag(flags) ?? 'cn',
			...accountLock(client, 'Domain'),
			close: () => sandbox.close(),
		};
	}

	const store = new AccountStore({cwd: paths.configDir});
	const credentials = resolveCredentials({env, accountName: flags.account, store});
	if (!credentials) {
		throw new NoCredentialsError(text.noCredentials);
	}
	const site = siteFlag(flags) ?? credentials.site ?? 'cn';
	const endpoint = flags.endpoint ?? credentials.endpoint ?? SITES[site].endpoint;
	const accountName = credentials.source === 'account' ? credentials.accountName : undefined;
	const client = createDomainClient({
		...common,
		credentials,
		site,
		endpoint,
		billingEndpoint: flags['billing-endpoint'],
		billingVersion: flags['billing-api-version'],
		knownVersion: credentials.apiVersion,
		onVersion: (version) => {
			if (accountName) store.rememberApiVersion(accountName, version);
		},
	});
	const accountLabel = credentials.source === 'env' ? text.environment : (credentials.accountName ?? text.account);
	const product =
		site === 'intl' || versionForEndpoint(client.endpoint) === API_VERSION['domain-intl'] ? 'Domain-intl' : 'Domain';
	return {
		client,
		journal,
		accountLabel,
		...(accountName === undefined ? {} : {account: accountName}),
		endpoint: client.endpoint,
		sandbox: false,
		lang,
		settleMs,
		currency: site === 'intl' ? 'USD' : 'CNY',
		site,
		...accountLock(client, product),
		close: async () => {},
	};
}

/**
 * The submit lock of the Alibaba account the key belongs to (docs/never-order-twice.md): STS tells the account once
 * per key, so the main key and a RAM user's key, or two names of one server, share one lock.
 */
function accountLock(
	client: DomainClient,
	product: string,
): {lock: SubmitLock; identity: () => Promise<AccountIdentity>} {
	const lockDir = defaultLockDir();
	const ids = AccountIds.beside(lockDir);
	const sts = defaultStsEndpoint(client.endpoint);
	let known: Promise<AccountIdentity> | undefined;
	const ask = async (): Promise<AccountIdentity> => {
		// Only Alibaba's own STS is remembered: a local server at the same address may be another account next run.
		const remembered = sts === STS_ENDPOINT ? ids.get(client.accessKeyId, sts) : undefined;
		if (remembered) return {accountId: remembered, product};
		const {AccountId} = await client.getCallerIdentity({});
		if (sts === STS_ENDPOINT) ids.remember(client.accessKeyId, sts, AccountId);
		return {accountId: AccountId, product};
	};
	const identity = () =>
		(known ??= ask().catch((error: unknown) => {
			known = undefined;
			throw error;
		}));
	const lock = createSubmitLock(lockDir, async () => {
		const {accountId} = await identity();
		return lockKey(accountId, product);
	});
	return {lock, identity};
}
