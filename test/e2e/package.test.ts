// The packed tarball, installed offline in an empty folder with no dev dependencies, runs: version, help, a headless
// registration against the built-in sandbox, and the interactive app in a terminal.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLI} from '../support/cli.js';
import {shellQuote, sleep, Tmux} from '../support/tmux.js';

const REPO = process.cwd();
const {version} = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {version: string};

let root: string;
let app: string;
let bin: string;
let packed: {files: Array<{path: string}>; filename: string};

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
	PATH: process.env.PATH,
	HOME: join(root, 'home'),
	ALIDOMAIN_HOME: join(root, 'home', 'alidomain'),
	LANG: 'C.UTF-8',
	CI: 'true',
	...extra,
});

// A cache of its own, so the offline install proves the tarball needs nothing from any cache either.
const npm = (args: string[], cwd: string) =>
	execFileSync('npm', [...args, '--cache', join(root, 'npm-cache'), '--no-audit', '--no-fund'], {
		cwd,
		env: env(),
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});

const alidomain = (args: string[], input = '') =>
	spawnSync(bin, args, {cwd: app, env: env(), input, encoding: 'utf8', timeout: 60_000});

const tmux = new Tmux('package');

beforeAll(() => {
	if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first.');
	root = mkdtempSync(join(tmpdir(), 'alidomain-package-'));
	for (const d of ['pack', 'app', 'home']) mkdirSync(join(root, d));
	// The scripts are skipped: prepare would rebuild dist/ under the other tests' feet; npm test has just built it.
	[packed] = JSON.parse(
		npm(['pack', '--json', '--ignore-scripts', '--pack-destination', join(root, 'pack')], REPO),
	) as [typeof packed];
	app = join(root, 'app');
	npm(['install', '--offline', '--omit=dev', join(root, 'pack', packed.filename)], app);
	bin = join(app, 'node_modules', '.bin', 'alidomain');
}, 120_000);

afterAll(() => {
	tmux.close();
});

describe('the packed tarball', () => {
	it('holds the bundle and its licence notices, the README and its pictures, and nothing of the sources or tests', () => {
		const paths = packed.files.map((f) => f.path);
		expect(paths).toEqual(
			expect.arrayContaining([
				'dist/cli.js',
				'dist/THIRD-PARTY-NOTICES.txt',
				'README.md',
				'package.json',
				'media/demo.svg',
			]),
		);
		expect(
			paths.filter(
				(p) =>
					!/^(dist\/[\w-]+\.js|dist\/THIRD-PARTY-NOTICES\.txt|media\/[\w-]+\.svg|README\.md|package\.json|LICENSE)$/.test(
						p,
					),
			),
		).toEqual([]);
	});

	it('declares no dependencies, so an offline install adds the app alone', () => {
		const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'alidomain', 'package.json'), 'utf8')) as Record<
			string,
			unknown
		>;
		expect(manifest['dependencies']).toBeUndefined();
		expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['alidomain']);
	});

	it('prints its version', () => {
		const result = alidomain(['--version']);
		expect({code: result.status, out: result.stdout.trim()}).toEqual({code: 0, out: version});
	});

	it('prints help for the app and for every command', () => {
		const main = alidomain(['--help']);
		expect(main.status).toBe(0);
		for (const command of ['register', 'redeem', 'status', 'history', 'domains', 'sandbox', 'accounts']) {
			expect(main.stdout).toContain(`alidomain ${command}`);
			const help = alidomain([command, '--help']);
			expect({command, code: help.status, head: help.stdout.split('\n')[0]}).toEqual({
				command,
				code: 0,
				head: expect.stringMatching(new RegExp(`^alidomain ${command} — `)),
			});
		}
	});

	it('registers from standard input against the built-in sandbox, headless', () => {
		const result = alidomain(
			['register', '--sandbox', '--yes', '--domains', '-', '--profile-id', 'default', '--json'],
			'packed-shop.com\npacked-shop.net\n',
		);
		expect(result.status, result.stderr).toBe(0);
		const out = JSON.parse(result.stdout) as {tasks: Array<{taskNo: string; domains: string[]}>; rejected: unknown[]};
		expect(out.rejected).toEqual([]);
		expect(out.tasks.flatMap((t) => t.domains).sort()).toEqual(['packed-shop.com', 'packed-shop.net']);
	});

	// Each command lives in its own chunk; a library left out of the bundle would fail only when its chunk loads.
	it('runs status, history and accounts, and serves the sandbox', async () => {
		const status = alidomain(['status', '--sandbox', '--json']);
		expect(status.status, status.stderr).toBe(0);
		expect(
			(JSON.parse(status.stdout) as {domains: Array<{domain: string}>}).domains.map((d) => d.domain).sort(),
		).toEqual(['packed-shop.com', 'packed-shop.net']);
		const history = alidomain(['history', '--sandbox']);
		expect({code: history.status, lists: history.stdout.includes('register')}).toEqual({code: 0, lists: true});
		const accounts = alidomain(['accounts']);
		expect(accounts.status, accounts.stderr).toBe(0);

		const server = spawn(bin, ['sandbox', '--port', '0'], {env: env(), stdio: ['ignore', 'pipe', 'pipe']});
		let out = '';
		server.stdout.on('data', (d) => (out += d));
		for (let i = 0; i < 100 && !out.includes('listening on'); i++) await sleep(100);
		server.kill('SIGTERM');
		expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
	});

	it('opens the interactive app in a terminal and quits on Ctrl+C', async () => {
		const vars = Object.entries(env({CI: 'false'})).map(([k, v]) => shellQuote(`${k}=${v}`));
		tmux.open('app', ['env', '-i', ...vars, shellQuote(bin), '--sandbox'].join(' '), {
			width: 100,
			height: 30,
			cwd: app,
		});
		const screen = await tmux.waitForScreen('app', /Register domains[\s\S]*q quit/);
		expect(screen).toMatch(/alidomain → Home[\s\S]*SANDBOX[\s\S]*Register domains[\s\S]*q quit/);
		tmux.press('app', 'C-c');
		expect(await tmux.waitForEnd('app', 10_000)).toBe('ended');
	});
});
