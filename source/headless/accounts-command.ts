// `alidomain accounts`: stored credentials without the app. The secret is read from standard input, never from
// the command line, where any user of the machine could see it in the process list.
import {createDomainClient} from '../api/client.js';
import {SITES} from '../api/endpoints.js';
import {ApiError} from '../api/errors.js';
import {AccountStore, maskSecret} from '../store/accounts.js';
import {aliyunConfigPath, importAliyunProfiles, readAliyunCliConfig} from '../store/credentials.js';
import {appPaths} from '../store/paths.js';
import {siteFlag, UsageError, type ParsedCommandLine} from './args.js';
import type {CommandIo} from './command-io.js';
import {EXIT} from './exit-codes.js';
import {describeError, printLines} from './output.js';

export async function runAccountsCommand({flags, positionals}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const store = new AccountStore({cwd: appPaths(io.env).configDir});
	const [action = 'list', name] = positionals;
	switch (action) {
		case 'list': {
			const active = store.active()?.name;
			const rows = store.list().map((a) => ({name: a.name, active: a.name === active, accessKeyId: a.accessKeyId, secret: maskSecret(a.accessKeySecret), site: a.site, endpoint: a.endpoint ?? SITES[a.site].endpoint}));
			if (flags.json) io.stdout.write(JSON.stringify({accounts: rows}, null, 2) + '\n');
			else if (rows.length === 0) printLines(io.stdout, ['No accounts stored. Add one: alidomain accounts add NAME --access-key-id ID --secret-stdin']);
			else printLines(io.stdout, rows.map((r) => `${r.active ? '*' : ' '} ${r.name.padEnd(16)} ${r.accessKeyId.padEnd(26)} ${r.secret}  ${r.site}  ${r.endpoint}`));
			return EXIT.ok;
		}
		case 'add': {
			if (!name) throw new UsageError('accounts add needs a NAME.');
			if (!flags['access-key-id']) throw new UsageError('accounts add needs --access-key-id ID.');
			if (!flags['secret-stdin']) throw new UsageError('accounts add reads the secret from standard input: pass --secret-stdin (the secret is never taken from the command line).');
			const secret = (await readSecret(io)).trim();
			if (!secret) throw new UsageError('no secret on standard input.');
			const site = siteFlag(flags) ?? 'cn';
			const endpoint = flags.endpoint;
			const client = createDomainClient({credentials: {accessKeyId: flags['access-key-id'], accessKeySecret: secret}, site, endpoint, retry: {retries: 1}});
			try {
				await client.queryRegistrantProfiles({PageNum: 1, PageSize: 1});
			} catch (error) {
				if (error instanceof ApiError && error.category === 'auth') {
					printLines(io.stderr, ['These credentials were refused; nothing was saved.', ...describeError(error)]);
					return EXIT.error;
				}
				printLines(io.stderr, ['Could not verify the credentials (saved anyway):', ...describeError(error)]);
			}
			store.add({name, accessKeyId: flags['access-key-id'], accessKeySecret: secret, site, endpoint, addedAt: Date.now()}, {replace: true});
			printLines(io.stdout, [`Saved account '${name}' (${flags['access-key-id']}, secret ${maskSecret(secret)}).`]);
			return EXIT.ok;
		}
		case 'import': {
			const path = flags.file ?? aliyunConfigPath(io.env.HOME);
			const read = readAliyunCliConfig(path);
			if (!read) throw new UsageError(`no file ${path}.`);
			const {added, kept} = importAliyunProfiles(store, read.importable);
			printLines(io.stdout, [
				...added.map((n) => `imported '${n}'`),
				...kept.map((n) => `kept the existing account '${n}'`),
				...read.skipped.map((s) => `skipped '${s.name}': ${s.reason}`),
			]);
			return added.length > 0 || kept.length > 0 ? EXIT.ok : EXIT.error;
		}
		case 'use': {
			if (!name) throw new UsageError('accounts use needs a NAME.');
			if (!store.get(name)) throw new UsageError(`no account named '${name}'.`);
			store.setActive(name);
			printLines(io.stdout, [`'${name}' is now the active account.`]);
			return EXIT.ok;
		}
		case 'remove': {
			if (!name) throw new UsageError('accounts remove needs a NAME.');
			if (!store.remove(name)) throw new UsageError(`no account named '${name}'.`);
			printLines(io.stdout, [`Removed '${name}'.`]);
			return EXIT.ok;
		}
		default:
			throw new UsageError(`unknown accounts action '${action}': use list, add, import, use or remove.`);
	}
}

/** Reads the secret from a pipe, or from the terminal without echoing it. */
async function readSecret(io: CommandIo): Promise<string> {
	const stdin = io.stdin as NodeJS.ReadStream;
	if (!stdin.isTTY) {
		let text = '';
		for await (const chunk of stdin) text += chunk;
		return text.split(/\r?\n/)[0] ?? '';
	}
	io.stderr.write('AccessKey secret (not shown): ');
	stdin.setRawMode(true);
	stdin.resume();
	let secret = '';
	try {
		for await (const chunk of stdin) {
			for (const ch of String(chunk)) {
				if (ch === '\r' || ch === '\n') return secret;
				if (ch === '\u0003') throw new UsageError('cancelled.');
				if (ch === '\u007f' || ch === '\b') secret = secret.slice(0, -1);
				else secret += ch;
			}
		}
		return secret;
	} finally {
		stdin.setRawMode(false);
		stdin.pause();
		io.stderr.write('\n');
	}
}
