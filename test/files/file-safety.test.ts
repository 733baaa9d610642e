// The file-safety rules (docs/files.md): damaged files are named with line and column only, folders are private,
// and nothing is written through a symbolic link.
import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {exportBoard} from '../../source/core/status/export-results.js';
import {StatusBoard} from '../../source/core/status/status-board.js';
import {AccountStore} from '../../source/store/accounts.js';
import {
	appendLineDurable,
	createFileAtomic,
	ensureDir,
	SymlinkRefusedError,
	writeFileAtomic,
} from '../../source/files/atomic-file.js';
import {DamagedFileError, locateJsonError, parseJsonFile} from '../../source/files/damaged-file.js';
import {writeExports} from '../../source/store/exports.js';
import {Journal} from '../../source/store/journal.js';
import type {BatchPlan} from '../../source/core/submit/journal-rules.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'file-safety-'));
const mode = (path: string) => statSync(path).mode & 0o777;
const SECRET = 'Kq7vR2mX9pLw4tZs8nB3yH6cJ1dF5gAe';

/** Every run of 4 characters of the secret: none may show up anywhere. */
export function secretPieces(secret: string, size = 4): string[] {
	return Array.from({length: secret.length - size + 1}, (_, i) => secret.slice(i, i + size));
}

const plan = (id: string): BatchPlan => ({
	id,
	operation: 'register',
	createdAt: 1,
	account: {label: 'sandbox', accessKeyId: 'sandbox', endpoint: 'built-in sandbox', sandbox: true},
	options: {},
	chunks: [{index: 0, items: [{DomainName: 'one.com'}], domains: ['one.com']}],
});

describe('a damaged JSON file', () => {
	it.each([
		['{"a": 1,\n "b": nope}', 2, 7],
		['{"a": "unterminated', 1, 7],
		['{"a": 1,}', 1, 9],
		['', 1, 1],
		['{"a": 1}\n{"b": 2}', 2, 1],
	])('%j is placed at line %i, column %i', (content, line, column) => {
		expect(locateJsonError(content)).toEqual({line, column});
	});

	it('becomes an error with path, line and column and no character of the file', () => {
		const content = `{"accounts": {"shop": {"accessKeySecret": ${SECRET}}}}`;
		const error = (() => {
			try {
				parseJsonFile('/some/accounts.json', content);
			} catch (e) {
				return e;
			}
		})() as DamagedFileError;
		expect(error).toBeInstanceOf(DamagedFileError);
		expect(error.message).toMatch(/^\/some\/accounts\.json is damaged: it is not valid JSON at line 1, column 43\./);
		expect(error.cause).toBeUndefined();
		for (const piece of secretPieces(SECRET)) expect(error.message + String(error.stack)).not.toContain(piece);
	});
});

describe('the accounts file', () => {
	it('when damaged, is named with line and column on every use, never quoting the secret, and left as it was', () => {
		const dir = fresh();
		const path = join(dir, 'accounts.json');
		const content = `{\n  "accounts": {\n    "shop": {"accessKeyId": "LTAI5tQ", "accessKeySecret": "${SECRET}" "site": "cn"}\n  }\n}\n`;
		writeFileSync(path, content, {mode: 0o600});
		const store = new AccountStore({cwd: dir});
		for (const read of [
			() => store.list(),
			() => store.active(),
			() => store.get('shop'),
			() => store.settings(),
			() => store.setActive('shop'),
		]) {
			let error: unknown;
			try {
				read();
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(DamagedFileError);
			const message = (error as Error).message;
			expect(message).toContain(`${path} is damaged`);
			expect(message).toContain('line 3, column');
			expect(message).toContain('alidomain accounts add');
			for (const piece of secretPieces(SECRET)) expect(message).not.toContain(piece);
		}
		expect(readFileSync(path, 'utf8')).toBe(content);
	});

	it('lives in a config folder created 0700, and an existing looser one is narrowed', () => {
		const home = fresh();
		const dir = join(home, 'config');
		new AccountStore({cwd: dir}).add({
			name: 'a',
			accessKeyId: 'id',
			accessKeySecret: 'secret-secret-secret',
			site: 'cn',
			addedAt: 1,
		});
		expect(mode(dir)).toBe(0o700);
		chmodSync(dir, 0o755);
		new AccountStore({cwd: dir}).list();
		expect(mode(dir)).toBe(0o700);
	});
});

describe('writes', () => {
	it('create missing folders 0700', () => {
		const dir = fresh();
		writeFileAtomic(join(dir, 'a', 'b', 'file.json'), '{}');
		expect(mode(join(dir, 'a'))).toBe(0o700);
		expect(mode(join(dir, 'a', 'b'))).toBe(0o700);
	});

	it('refuse a file that is a symbolic link, whichever way they write, and leave its target alone', () => {
		const dir = fresh();
		const target = join(dir, 'target.txt');
		writeFileSync(target, 'untouched');
		const link = join(dir, 'link.txt');
		symlinkSync(target, link);
		expect(() => writeFileAtomic(link, 'x')).toThrow(SymlinkRefusedError);
		expect(() => createFileAtomic(link, 'x')).toThrow(SymlinkRefusedError);
		expect(() => appendLineDurable(link, 'x')).toThrow(SymlinkRefusedError);
		expect(() => appendLineDurable(link, 'x')).toThrow(link);
		expect(readFileSync(target, 'utf8')).toBe('untouched');
	});

	it('refuse a folder on the way that is a symbolic link, below the root they are given', () => {
		const dir = fresh();
		const elsewhere = join(dir, 'elsewhere');
		mkdirSync(elsewhere);
		const root = join(dir, 'data');
		mkdirSync(root);
		symlinkSync(elsewhere, join(root, 'exports'));
		expect(() => ensureDir(join(root, 'exports', 'batch'), root)).toThrow(SymlinkRefusedError);
		expect(() => writeFileAtomic(join(root, 'exports', 'file.txt'), 'x')).toThrow(SymlinkRefusedError);
		expect(readdirSync(elsewhere)).toEqual([]);
		// The root itself may be a link: a user may keep the app's folder elsewhere on purpose.
		const linkedRoot = join(dir, 'linked-root');
		symlinkSync(elsewhere, linkedRoot);
		ensureDir(join(linkedRoot, 'journal'), linkedRoot);
		expect(statSync(join(elsewhere, 'journal')).isDirectory()).toBe(true);
	});
});

describe('the journal', () => {
	it('refuses a symbolic link planted as its folder, and neither changes nor writes the target', () => {
		const data = fresh();
		const target = join(data, 'someone-elses');
		mkdirSync(target, {mode: 0o755});
		chmodSync(target, 0o755);
		symlinkSync(target, join(data, 'journal'));
		const journal = new Journal(join(data, 'journal'));
		expect(() => journal.createBatch(plan('b1'))).toThrow(SymlinkRefusedError);
		expect(() => journal.createBatch(plan('b1'))).toThrow(join(data, 'journal'));
		expect(mode(target)).toBe(0o755);
		expect(readdirSync(target)).toEqual([]);
	});

	it('refuses to append through an events file that is a symbolic link', () => {
		const dir = join(fresh(), 'journal');
		const journal = new Journal(dir);
		journal.createBatch(plan('b2'));
		expect(mode(dir)).toBe(0o700);
		const target = join(dir, '..', 'planted.txt');
		writeFileSync(target, '');
		// The batch's events file (holding its `created` event) is swapped for a link.
		rmSync(join(dir, 'b2.events.jsonl'));
		symlinkSync(target, join(dir, 'b2.events.jsonl'));
		expect(() => journal.append('b2', {type: 'sending', chunk: 0, at: 1})).toThrow(SymlinkRefusedError);
		expect(readFileSync(target, 'utf8')).toBe('');
	});
});

describe('exports', () => {
	const files = () => exportBoard(new StatusBoard(), {operation: 'register', exportedAt: '2026-01-01T00:00:00Z'});

	it('refuse a symbolic link as the exports folder, the batch folder, or a file', async () => {
		for (const plant of ['exports', 'exports/b1', 'exports/b1/results.csv']) {
			const data = fresh();
			const target = join(data, 'target');
			mkdirSync(target);
			const at = join(data, ...plant.split('/'));
			mkdirSync(join(at, '..'), {recursive: true});
			symlinkSync(plant.endsWith('.csv') ? join(target, 'x.csv') : target, at);
			await expect(writeExports({dataDir: data, files: files(), batch: 'b1'})).rejects.toThrow(SymlinkRefusedError);
			expect(readdirSync(target)).toEqual([]);
		}
	});

	it('go in private folders', async () => {
		const data = fresh();
		const written = await writeExports({dataDir: data, files: files(), batch: 'b1'});
		expect(mode(join(data, 'exports'))).toBe(0o700);
		expect(mode(written.dir)).toBe(0o700);
	});
});
