import {mkdtemp, readdir, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {exportBoard} from '../../source/core/status/export-results.js';
import {isoWithOffset} from '../../source/core/status/server-time.js';
import {StatusBoard} from '../../source/core/status/status-board.js';
import {folderName, writeExports} from '../../source/store/exports.js';

function sampleBoard(): StatusBoard {
	const board = new StatusBoard();
	board.addTask('T1', ['shop.com', 'taken-shop.com', 'xn--bcher-kva.de']);
	board.addTask('T2', ['later.net']);
	board.ingest([
		{TaskNo: 'T1', DomainName: 'shop.com', TaskStatusCode: 2, TaskStatus: 'EXECUTE_SUCCESS'},
		{
			TaskNo: 'T1',
			DomainName: 'taken-shop.com',
			TaskStatusCode: 3,
			TaskStatus: 'EXECUTE_FAILURE',
			FailReason: 'Purchase record exists',
		},
		{
			TaskNo: 'T1',
			DomainName: 'xn--bcher-kva.de',
			TaskStatusCode: 3,
			TaskStatus: 'EXECUTE_FAILURE',
			ErrorMsg: 'Premium domain',
		},
	]);
	return board;
}

describe('writeExports', () => {
	it('writes the three files under <dataDir>/exports/<batch>/ and returns their paths', async () => {
		const dataDir = await mkdtemp(path.join(tmpdir(), 'alidomain-export-'));
		try {
			const files = exportBoard(sampleBoard());
			const paths = await writeExports({dataDir, files, batch: 'launch 2026/01'});
			expect(paths.dir).toBe(path.join(dataDir, 'exports', 'launch-2026-01'));
			expect(paths).toMatchObject({
				csv: path.join(paths.dir, 'results.csv'),
				json: path.join(paths.dir, 'results.json'),
				failed: path.join(paths.dir, 'failed.txt'),
			});
			expect(await readFile(paths.csv, 'utf8')).toBe(files.csv);
			expect(await readFile(paths.json, 'utf8')).toBe(files.json);
			expect(await readFile(paths.failed, 'utf8')).toBe('taken-shop.com\nxn--bcher-kva.de\n');

			expect((await readdir(paths.dir)).sort()).toEqual(['failed.txt', 'results.csv', 'results.json']);

			const again = await writeExports({
				dataDir,
				files: {...files, failed: ''},
				now: () => new Date('2026-03-04T05:06:07.890Z'),
			});
			// The local time of the export with its offset (this test runs in whatever zone the machine has).
			expect(path.basename(again.dir)).toBe(isoWithOffset(Date.parse('2026-03-04T05:06:07.890Z')).replaceAll(':', '-'));
			expect(
				Date.parse(path.basename(again.dir).replace(/T(\d\d)-(\d\d)-(\d\d)([+-]\d\d)-(\d\d)$/, 'T$1:$2:$3$4:$5')),
			).toBe(Date.parse('2026-03-04T05:06:07Z'));
			// Private, like every file of the app's: the folder 0700, the files 0600.
			expect((await stat(again.dir)).mode & 0o777).toBe(0o700);
			for (const file of [again.csv, again.json, again.failed]) expect((await stat(file)).mode & 0o777).toBe(0o600);
			expect(await readFile(again.failed, 'utf8')).toBe('');
		} finally {
			await rm(dataDir, {recursive: true, force: true});
		}
	});

	it('makes a batch id safe for a folder name', () => {
		expect(folderName('../../etc')).toBe('etc');
		expect(folderName('a:b*c')).toBe('a-b-c');
		expect(folderName('///')).toBeUndefined();
		expect(folderName(undefined)).toBeUndefined();
	});

	it("names a batch's folder by the moment the batch was planned, local time with its offset, not a zoneless UTC stamp", () => {
		// Batch ids begin with the UTC time they were planned (core/order/batch-plan.ts).
		const name = folderName('20260304T050607-1a2b3c4d')!;
		expect(name).toBe(`${isoWithOffset(Date.UTC(2026, 2, 4, 5, 6, 7)).replaceAll(':', '-')}-1a2b3c4d`);
		expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}[+-]\d{2}-\d{2}-1a2b3c4d$/);
		const iso = name.replace(/T(\d\d)-(\d\d)-(\d\d)([+-]\d\d)-(\d\d)-.*$/, 'T$1:$2:$3$4:$5');
		expect(Date.parse(iso)).toBe(Date.UTC(2026, 2, 4, 5, 6, 7));
		// In another zone the same moment reads differently, and still parses back to it.
		expect(isoWithOffset(Date.UTC(2026, 2, 4, 5, 6, 7), 8 * 60)).toBe('2026-03-04T13:06:07+08:00');
	});
});
