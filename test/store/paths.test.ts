import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import Conf from 'conf';
import {afterEach, describe, expect, it} from 'vitest';
import {AccountStore} from '../../source/store/accounts.js';
import {appPaths, PROJECT_NAME, PROJECT_SUFFIX} from '../../source/store/paths.js';

const saved = {XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, ALIDOMAIN_HOME: process.env.ALIDOMAIN_HOME};

afterEach(() => {
	for (const [key, value] of Object.entries(saved)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
});

describe('appPaths', () => {
	it('puts config and data under ALIDOMAIN_HOME when it is set', () => {
		const home = mkdtempSync(join(tmpdir(), 'alidomain-home-'));
		expect(appPaths({ALIDOMAIN_HOME: home})).toEqual({
			configDir: join(home, 'config'),
			dataDir: join(home, 'data'),
			journalDir: join(home, 'data', 'journal'),
			sandboxStateFile: join(home, 'data', 'sandbox-state.json'),
			exportsDir: join(home, 'data', 'exports'),
		});
	});

	it.skipIf(process.platform !== 'linux')(
		'uses the folder conf itself picks for the config, and the platform data folder',
		() => {
			const xdg = mkdtempSync(join(tmpdir(), 'xdg-'));
			process.env.XDG_CONFIG_HOME = join(xdg, 'config');
			delete process.env.ALIDOMAIN_HOME;
			const conf = new Conf({projectName: PROJECT_NAME, projectSuffix: PROJECT_SUFFIX});
			const paths = appPaths({});
			expect(paths.configDir).toBe(dirname(conf.path));
			expect(paths.configDir).toBe(join(xdg, 'config', 'alidomain'));
			expect(paths.journalDir).toBe(join(paths.dataDir, 'journal'));
			expect(dirname(new AccountStore().path)).toBe(paths.configDir);
		},
	);

	it('opens the accounts under ALIDOMAIN_HOME when no folder is given', () => {
		const home = mkdtempSync(join(tmpdir(), 'alidomain-home-'));
		process.env.ALIDOMAIN_HOME = home;
		expect(new AccountStore().path).toBe(join(home, 'config', 'accounts.json'));
	});
});
