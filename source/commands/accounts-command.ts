// `alidomain accounts`: stored credentials without the app. The secret is read from standard input, never from
// the command line, where any user of the machine could see it in the process list.
import {createDomainClient} from '../api/client.js';
import {SITES} from '../api/endpoints.js';
import {refusesKey} from '../api/errors.js';
import {AccountStore, maskSecret} from '../store/accounts.js';
import {aliyunConfigPath, importAliyunProfiles, readAliyunCliConfig} from '../store/credentials.js';
import {appPaths} from '../store/paths.js';
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import {siteFlag} from '../cli/options-from-flags.js';
import type {CommandIo} from '../cli/command-io.js';
import {padEndCells} from '../core/words/text-width.js';
import {EXIT} from '../cli/exit-codes.js';
import {describeError, printLines} from './output.js';
import {messages} from '../i18n/index.js';

const text = messages({
	none: {
		en: 'No accounts stored. Add one: alidomain accounts add NAME --access-key-id ID --secret-stdin',
		zh: '还没有保存的账号。添加一个：alidomain accounts add NAME --access-key-id ID --secret-stdin',
	},
	needsName: {
		en: (action: string) => `accounts ${action} needs a NAME.`,
		zh: (action: string) => `accounts ${action} 需要 NAME。`,
	},
	needsKeyId: {en: 'accounts add needs --access-key-id ID.', zh: 'accounts add 需要 --access-key-id ID。'},
	needsSecretStdin: {
		en: 'accounts add reads the secret from standard input: pass --secret-stdin (the secret is never taken from the command line).',
		zh: 'accounts add 从标准输入读取 Secret：请加 --secret-stdin（Secret 绝不从命令行读取）。',
	},
	noSecret: {en: 'no secret on standard input.', zh: '标准输入中没有 Secret。'},
	refused: {en: 'These credentials were refused; nothing was saved.', zh: '这组凭据被拒绝；未保存任何内容。'},
	unverified: {en: 'Could not verify the credentials (saved anyway):', zh: '无法验证凭据（仍已保存）：'},
	saved: {
		en: (name: string, id: string, secret: string) => `Saved account '${name}' (${id}, secret ${secret}).`,
		zh: (name: string, id: string, secret: string) => `已保存账号 '${name}'（${id}，Secret ${secret}）。`,
	},
	noFile: {en: (path: string) => `no file ${path}.`, zh: (path: string) => `没有文件 ${path}。`},
	imported: {en: (name: string) => `imported '${name}'`, zh: (name: string) => `已导入 '${name}'`},
	kept: {en: (name: string) => `kept the existing account '${name}'`, zh: (name: string) => `保留了已有账号 '${name}'`},
	skipped: {
		en: (name: string, reason: string) => `skipped '${name}': ${reason}`,
		zh: (name: string, reason: string) => `已跳过 '${name}'：${reason}`,
	},
	noAccount: {en: (name: string) => `no account named '${name}'.`, zh: (name: string) => `没有名为 '${name}' 的账号。`},
	active: {
		en: (name: string) => `'${name}' is now the active account.`,
		zh: (name: string) => `'${name}' 现在是当前账号。`,
	},
	removed: {en: (name: string) => `Removed '${name}'.`, zh: (name: string) => `已删除 '${name}'。`},
	unknownAction: {
		en: (action: string) => `unknown accounts action '${action}': use list, add, import, use or remove.`,
		zh: (action: string) => `未知的 accounts 操作 '${action}'：可用 list、add、import、use 或 remove。`,
	},
	secretPrompt: {en: 'AccessKey secret (not shown): ', zh: 'AccessKey Secret（不显示）：'},
	cancelled: {en: 'cancelled.', zh: '已取消。'},
});

export async function runAccountsCommand({flags, positionals}: ParsedCommandLine, io: CommandIo): Promise<number> {
	const store = new AccountStore({cwd: appPaths(io.env).configDir});
	const [action = 'list', name] = positionals;
	switch (action) {
		case 'list': {
			const active = store.active()?.name;
			const rows = store.list().map((a) => ({
				name: a.name,
				active: a.name === active,
				accessKeyId: a.accessKeyId,
				secret: maskSecret(a.accessKeySecret),
				site: a.site,
				endpoint: a.endpoint ?? SITES[a.site].endpoint,
			}));
			if (flags.json) io.stdout.write(JSON.stringify({accounts: rows}, null, 2) + '\n');
			else if (rows.length === 0) printLines(io.stdout, [text.none]);
			else
				printLines(
					io.stdout,
					rows.map(
						(r) =>
							`${r.active ? '*' : ' '} ${padEndCells(r.name, 16)} ${padEndCells(r.accessKeyId, 26)} ${r.secret}  ${r.site}  ${r.endpoint}`,
					),
				);
			return EXIT.ok;
		}
		case 'add': {
			if (!name) throw new UsageError(text.needsName('add'));
			if (!flags['access-key-id']) throw new UsageError(text.needsKeyId);
			if (!flags['secret-stdin']) throw new UsageError(text.needsSecretStdin);
			const secret = (await readSecret(io)).trim();
			if (!secret) throw new UsageError(text.noSecret);
			const site = siteFlag(flags) ?? 'cn';
			const endpoint = flags.endpoint;
			let apiVersion: string | undefined;
			const client = createDomainClient({
				credentials: {accessKeyId: flags['access-key-id'], accessKeySecret: secret},
				site,
				endpoint,
				retry: {retries: 1},
				onVersion: (version) => (apiVersion = version),
			});
			try {
				await client.queryRegistrantProfiles({PageNum: 1, PageSize: 1});
			} catch (error) {
				if (refusesKey(error)) {
					printLines(io.stderr, [text.refused, ...describeError(error)]);
					return EXIT.error;
				}
				printLines(io.stderr, [text.unverified, ...describeError(error)]);
			}
			store.add(
				{
					name,
					accessKeyId: flags['access-key-id'],
					accessKeySecret: secret,
					site,
					endpoint,
					apiVersion,
					addedAt: Date.now(),
				},
				{replace: true},
			);
			printLines(io.stdout, [text.saved(name, flags['access-key-id'], maskSecret(secret))]);
			return EXIT.ok;
		}
		case 'import': {
			const path = flags.file ?? aliyunConfigPath(io.env.HOME);
			const read = readAliyunCliConfig(path);
			if (!read) throw new UsageError(text.noFile(path));
			const {added, kept} = importAliyunProfiles(store, read.importable);
			printLines(io.stdout, [
				...added.map((n) => text.imported(n)),
				...kept.map((n) => text.kept(n)),
				...read.skipped.map((s) => text.skipped(s.name, s.reason)),
			]);
			return added.length > 0 || kept.length > 0 ? EXIT.ok : EXIT.error;
		}
		case 'use': {
			if (!name) throw new UsageError(text.needsName('use'));
			if (!store.get(name)) throw new UsageError(text.noAccount(name));
			store.setActive(name);
			printLines(io.stdout, [text.active(name)]);
			return EXIT.ok;
		}
		case 'remove': {
			if (!name) throw new UsageError(text.needsName('remove'));
			if (!store.remove(name)) throw new UsageError(text.noAccount(name));
			printLines(io.stdout, [text.removed(name)]);
			return EXIT.ok;
		}
		default:
			throw new UsageError(text.unknownAction(action));
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
	io.stderr.write(text.secretPrompt);
	stdin.setRawMode(true);
	stdin.resume();
	let secret = '';
	try {
		for await (const chunk of stdin) {
			for (const ch of String(chunk)) {
				if (ch === '\r' || ch === '\n') return secret;
				if (ch === '\u0003') throw new UsageError(text.cancelled);
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
