import {appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {appendLineDurable, createFileAtomic, FileExistsError, writeFileAtomic} from '../../source/files/atomic-file.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'atomic-'));
const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeFileAtomic', () => {
	it('replaces the whole file, private, and leaves no temporary file behind', () => {
		const dir = fresh();
		const path = join(dir, 'nested', 'state.json');
		writeFileAtomic(path, JSON.stringify({n: 1}));
		writeFileAtomic(path, JSON.stringify({n: 2, pad: 'x'.repeat(100_000)}));
		expect(JSON.parse(readFileSync(path, 'utf8')).n).toBe(2);
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(temps(join(dir, 'nested'))).toEqual([]);
	});

	it('cleans up its temporary file when the new content cannot be put in place', () => {
		const dir = fresh();
		const target = join(dir, 'plan.json');
		// A non-empty directory where the file should go: the rename fails after the temporary file was written.
		writeFileAtomic(join(target, 'inside'), 'kept');
		expect(() => writeFileAtomic(target, '{"new":true}')).toThrow();
		expect(temps(dir)).toEqual([]);
		expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('kept');
	});

	it('accepts bytes and a mode', () => {
		const dir = fresh();
		const path = join(dir, 'bytes');
		writeFileAtomic(path, new Uint8Array([104, 105]), 0o640);
		expect(readFileSync(path, 'utf8')).toBe('hi');
		expect(statSync(path).mode & 0o777).toBe(0o640);
	});
});

describe('createFileAtomic', () => {
	it('creates a file once and never replaces it', () => {
		const dir = fresh();
		const path = join(dir, 'once.json');
		createFileAtomic(path, '{"first":true}');
		expect(() => createFileAtomic(path, '{"second":true}')).toThrow(FileExistsError);
		expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({first: true});
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(temps(dir)).toEqual([]);
	});
});

describe('appendLineDurable', () => {
	it('appends whole lines, private', () => {
		const path = join(fresh(), 'log', 'events.jsonl');
		appendLineDurable(path, '{"a":1}');
		appendLineDurable(path, '{"a":2}\n');
		expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"a":2}\n');
		expect(statSync(path).mode & 0o777).toBe(0o600);
	});

	it('starts a fresh line after a torn one, so the next line is not swallowed', () => {
		const path = join(fresh(), 'events.jsonl');
		writeFileSync(path, '{"a":1}\n');
		appendFileSync(path, '{"a":2,"b"');
		appendLineDurable(path, '{"a":3}');
		const lines = readFileSync(path, 'utf8').split('\n');
		expect(lines).toEqual(['{"a":1}', '{"a":2,"b"', '{"a":3}', '']);
		expect(JSON.parse(lines[2]!)).toEqual({a: 3});
	});
});
