import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {DebouncedStateWriter, loadState, StateFileError, writeFileAtomic} from '../../source/sandbox/persist.js';
import {startSandbox} from '../../source/sandbox/server.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'alidomain-persist-'));
});
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

describe('the state file', () => {
	it('is replaced whole, mode 0600 even over a looser file, leaving no temporary file behind', async () => {
		const file = join(dir, 'state.json');
		writeFileSync(file, '{"old":true}');
		chmodSync(file, 0o644);
		await writeFileAtomic(file, '{"new":true}');
		expect(readFileSync(file, 'utf8')).toBe('{"new":true}');
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(readdirSync(dir)).toEqual(['state.json']);
	});

	it('makes its directory when a fresh home has none yet', async () => {
		const file = join(dir, 'data', 'state.json');
		await writeFileAtomic(file, '{"first":true}');
		expect(readFileSync(file, 'utf8')).toBe('{"first":true}');
	});

	it('loads nothing when there is no file, and refuses a damaged one with a way out', () => {
		expect(loadState(join(dir, 'absent.json'))).toBeUndefined();
		const file = join(dir, 'broken.json');
		writeFileSync(file, '{"half": ');
		expect(() => loadState(file)).toThrow(StateFileError);
		expect(() => loadState(file)).toThrow(/not valid JSON.*move it away/);
	});

	it('keeps the first seeded world even when nothing was ordered, so its dates hold across runs', async () => {
		const stateFile = join(dir, 'fresh.json');
		const first = await startSandbox({stateFile, quiet: true, now: () => Date.parse('2026-01-01T00:00:00Z')});
		const seeded = JSON.stringify(first.world.snapshot());
		await first.close();
		expect(statSync(stateFile).mode & 0o777).toBe(0o600);
		const second = await startSandbox({stateFile, quiet: true, now: () => Date.parse('2026-06-01T00:00:00Z')});
		try {
			expect(JSON.stringify(second.world.snapshot())).toBe(seeded);
		} finally {
			await second.close();
		}
	});

	it('refuses to start a sandbox on a damaged state file rather than silently starting afresh', async () => {
		const file = join(dir, 'broken.json');
		writeFileSync(file, 'not json');
		await expect(startSandbox({stateFile: file, quiet: true})).rejects.toThrow(StateFileError);
		expect(readFileSync(file, 'utf8')).toBe('not json');
	});
});

describe('debounced saving', () => {
	it('writes a burst of changes once, and the latest state', async () => {
		const file = join(dir, 'state.json');
		let state = 0;
		let snapshots = 0;
		const writer = new DebouncedStateWriter(file, () => (snapshots++, {state}), 30);
		for (let i = 0; i < 50; i++) {
			state = i;
			writer.schedule();
		}
		await new Promise((resolve) => setTimeout(resolve, 120));
		await writer.flush();
		expect(snapshots).toBe(1);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({state: 49});
	});

	it('writes what is pending on flush without waiting for the delay', async () => {
		const file = join(dir, 'state.json');
		const writer = new DebouncedStateWriter(file, () => ({flushed: true}), 60_000);
		writer.schedule();
		await writer.flush();
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({flushed: true});
	});

	it('writes nothing when nothing changed', async () => {
		const file = join(dir, 'state.json');
		const writer = new DebouncedStateWriter(file, () => ({}), 10);
		await writer.flush();
		expect(readdirSync(dir)).toEqual([]);
	});

	it('reports a failed write on flush and keeps the change pending', async () => {
		// A file where the directory should be: it cannot be made.
		writeFileSync(join(dir, 'not-a-dir'), '');
		const file = join(dir, 'not-a-dir', 'state.json');
		const errors: unknown[] = [];
		const writer = new DebouncedStateWriter(file, () => ({}), 10, (e) => errors.push(e));
		writer.schedule();
		await expect(writer.flush()).rejects.toThrow(/EEXIST|ENOTDIR/);
		expect(errors).toHaveLength(1);
	});
});
