// Accounts: the "in use" mark follows the account the app runs on (the header's), also after `i` imports the
// Alibaba Cloud CLI's profiles, and the AccessKey IDs start in one column. The app makes its real runtime from the
// stored accounts, against an in-process sandbox.
import {cleanup} from 'ink-testing-library';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {setLang} from '../../../source/i18n/index.js';
import {SANDBOX_CREDENTIALS, type RunningSandbox} from '../../../source/sandbox/server.js';
import {AccountStore} from '../../../source/store/accounts.js';
import {appPaths} from '../../../source/store/paths.js';
import {defaultCreateRuntime} from '../../../source/ui/app/use-session.js';
import {hint} from '../../../source/ui/input/key-bindings.js';
import {ARROW_DOWN, ENTER} from '../../../source/ui/testing/index.js';
import {startApp, startTestSandbox, tempHome} from './wizard-harness.js';

const SIZE = {columns: 80, rows: 24};

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startTestSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
afterEach(() => {
	cleanup();
	setLang('en');
});

/** The env the harness gives the app in `home`, and the account store the app reads there. */
const storeIn = (home: string) =>
	new AccountStore({cwd: appPaths({HOME: home, ALIDOMAIN_HOME: join(home, 'alidomain')}).configDir});

/** An Alibaba Cloud CLI config in `home` whose current profile is p1, an AK profile. */
function writeCliConfig(home: string) {
	mkdirSync(join(home, '.aliyun'));
	writeFileSync(
		join(home, '.aliyun', 'config.json'),
		JSON.stringify({
			current: 'p1',
			profiles: [
				{name: 'p1', mode: 'AK', access_key_id: 'LTAIimport1', access_key_secret: 'import-secret-1'},
				{name: 'p2', mode: 'RamRoleArn', access_key_id: 'LTAIimport2', access_key_secret: 'import-secret-2'},
			],
		}),
	);
}

const rowOf = (frame: string, name: string) =>
	frame.split('\n').find((line) => new RegExp(`^[❯ ] ${name} `).test(line)) ?? '';

describe.each(['en', 'zh'] as const)('Accounts and the import (%s)', (lang) => {
	const zh = lang === 'zh';
	const mark = zh ? '✔ 使用中' : '✔ in use';
	const imported = zh ? '已导入 p1' : 'Imported p1';

	it('after `i`, the mark stays on the account in use, and the AccessKey IDs line up', async () => {
		setLang(lang);
		const home = tempHome();
		storeIn(home).add({
			name: 'default',
			accessKeyId: SANDBOX_CREDENTIALS.accessKeyId,
			accessKeySecret: SANDBOX_CREDENTIALS.accessKeySecret,
			site: 'cn',
			addedAt: 1,
		});
		writeCliConfig(home);
		const app = await startApp({
			home,
			flags: {endpoint: sandbox.url, lang},
			createRuntime: defaultCreateRuntime,
			size: SIZE,
		});
		await app.see(zh ? '要做什么？' : 'What would you like to do?');
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, zh ? '❯ 账号' : '❯ Accounts');
		const before = await app.press(ENTER, mark);
		expect(rowOf(before, 'default'), before).toContain(mark);

		const after = await app.press(hint('importAccounts').keys, imported);
		const context = `after the import:\n${after}`;
		expect(after.split('\n')[0], context).toContain(zh ? '账号 default' : 'account default');
		expect(after, context).toContain(zh ? '当前使用：default' : 'in use: default');
		expect(rowOf(after, 'default'), context).toContain(mark);
		expect(rowOf(after, 'p1'), context).not.toContain('✔');
		// The import added p1 and left the store's own choice alone: the next start runs on default too.
		expect(storeIn(home).active()?.name).toBe('default');
		// The column where each AccessKey ID starts, in terminal cells (a Chinese character takes two).
		const idColumn = (name: string, id: string) => {
			const row = rowOf(after, name);
			return stringWidth(row.slice(0, row.lastIndexOf(id)));
		};
		expect(idColumn('default', SANDBOX_CREDENTIALS.accessKeyId), context).toBe(idColumn('p1', 'LTAIimport1'));
	});

	it('into an empty store, the CLI current profile becomes the account in use, and is marked', async () => {
		setLang(lang);
		const home = tempHome();
		writeCliConfig(home);
		const app = await startApp({
			home,
			flags: {endpoint: sandbox.url, lang},
			createRuntime: defaultCreateRuntime,
			size: SIZE,
		});
		await app.see(zh ? '试用沙箱' : 'Try the sandbox');
		await app.press(ARROW_DOWN + ARROW_DOWN, zh ? '❯ 从 ' : '❯ Import from ');
		await app.press(ENTER, zh ? '要做什么？' : 'What would you like to do?');
		expect(storeIn(home).active()?.name).toBe('p1');
		expect(app.frame().split('\n')[0]).toContain(zh ? '账号 p1' : 'account p1');
		await app.press(ARROW_DOWN + ARROW_DOWN + ARROW_DOWN + ARROW_DOWN, zh ? '❯ 账号' : '❯ Accounts');
		const frame = await app.press(ENTER, mark);
		expect(rowOf(frame, 'p1'), frame).toContain(mark);
	});
});
