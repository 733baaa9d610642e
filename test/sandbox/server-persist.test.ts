import {
	existsSync,
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
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createDomainClient} from '../../source/api/client.js';
import {ApiError} from '../../source/api/errors.js';
import {DamagedFileError} from '../../source/files/damaged-file.js';
import {SymlinkRefusedError} from '../../source/files/atomic-file.js';
import {DEFAULT_PROFILE_ID} from '../../source/sandbox/seed.js';
import {SANDBOX_CREDENTIALS, startSandbox, type RunningSandbox} from '../../source/sandbox/server.js';
import type {WorldSnapshot} from '../../source/sandbox/world.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'alidomain-persist-'));
});
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

const clientOf = (s: RunningSandbox) =>
	createDomainClient({credentials: SANDBOX_CREDENTIALS, endpoint: s.url, retry: {retries: 0}});
const order = (s: RunningSandbox, domains: string[]) =>
	clientOf(s).saveBatchTaskForCreatingOrderActivate({
		OrderActivateParam: domains.map((DomainName) => ({DomainName, RegistrantProfileId: DEFAULT_PROFILE_ID})),
	});
const savedTasks = (file: string): string[] =>
	(JSON.parse(readFileSync(file, 'utf8')) as WorldSnapshot).engine.tasks.map((t) => t.no);

describe('the state file', () => {
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

	it('starts in a folder that does not exist yet, and leaves no temporary file behind', async () => {
		const stateFile = join(dir, 'not', 'yet', 'state.json');
		const sandbox = await startSandbox({stateFile, quiet: true});
		await order(sandbox, ['fresh-folder.com']);
		await sandbox.close();
		expect(savedTasks(stateFile)).toHaveLength(1);
		expect(readdirSync(join(dir, 'not', 'yet')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
	});

	it('refuses a damaged state file, naming line and column and none of its text, and leaves it as it was', async () => {
		const file = join(dir, 'broken.json');
		writeFileSync(file, '{"balance": 100,\n "serial": zqxw-kept-private}');
		const error = await startSandbox({stateFile: file, quiet: true}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DamagedFileError);
		expect((error as Error).message).toContain(file);
		expect((error as Error).message).toMatch(/line 2, column 12/);
		expect((error as Error).message).not.toMatch(/zqxw|private/);
		expect(readFileSync(file, 'utf8')).toBe('{"balance": 100,\n "serial": zqxw-kept-private}');
	});

	it('refuses a state file that is a symbolic link', async () => {
		const target = join(dir, 'elsewhere.json');
		writeFileSync(target, '{}');
		const file = join(dir, 'state.json');
		symlinkSync(target, file);
		await expect(startSandbox({stateFile: file, quiet: true})).rejects.toThrow(SymlinkRefusedError);
		expect(readFileSync(target, 'utf8')).toBe('{}');
	});
});

describe('a submit', () => {
	it('is on disk by the time its answer arrives', async () => {
		const stateFile = join(dir, 'state.json');
		const sandbox = await startSandbox({stateFile, quiet: true});
		try {
			const {TaskNo} = await order(sandbox, ['saved-before-answer.com', 'saved-before-answer.net']);
			// Read before close: nothing is left to a later flush.
			expect(savedTasks(stateFile)).toContain(TaskNo);
		} finally {
			await sandbox.close();
		}
	});

	it('that cannot be saved is answered with an error and never runs', async () => {
		const stateFile = join(dir, 'state.json');
		const sandbox = await startSandbox({stateFile, quiet: true});
		try {
			// The file turns into a link after start: the save before the answer is refused.
			rmSync(stateFile);
			writeFileSync(join(dir, 'target.json'), '{}');
			symlinkSync(join(dir, 'target.json'), stateFile);
			const error = await order(sandbox, ['never-saved.com']).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(ApiError);
			expect((error as ApiError).status).toBe(500);
			expect(sandbox.world.tasksForDomain('never-saved.com')).toEqual([]);
			expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('{}');
		} finally {
			rmSync(stateFile);
			await sandbox.close();
		}
	});
});

describe('two sandboxes on one state file', () => {
	it("lose none of each other's tasks, submitting at the same time", async () => {
		const stateFile = join(dir, 'state.json');
		const [a, b] = await Promise.all([
			startSandbox({stateFile, quiet: true, speed: 50}),
			startSandbox({stateFile, quiet: true, speed: 50}),
		]);
		const taskNos: string[] = [];
		try {
			await Promise.all(
				[a, b].map(async (sandbox, which) => {
					for (let i = 0; i < 8; i++)
						taskNos.push((await order(sandbox, [`both-${which}-${i}.com`, `both-${which}-${i}.net`])).TaskNo);
				}),
			);
			// Each sees the other's tasks on its next request.
			for (const sandbox of [a, b]) {
				const client = clientOf(sandbox);
				for (const taskNo of taskNos)
					expect((await client.queryTaskDetailList({TaskNo: taskNo, PageNum: 1, PageSize: 10})).TotalItemNum).toBe(2);
			}
		} finally {
			await Promise.all([a.close(), b.close()]);
		}
		expect(taskNos).toHaveLength(16);
		expect(new Set(savedTasks(stateFile))).toEqual(new Set(taskNos));
		// A third start reads every one of them back.
		const c = await startSandbox({stateFile, quiet: true});
		try {
			for (let which = 0; which < 2; which++)
				for (let i = 0; i < 8; i++) expect(c.world.tasksForDomain(`both-${which}-${i}.com`)).toHaveLength(1);
		} finally {
			await c.close();
		}
		expect(existsSync(`${stateFile}.lock`)).toBe(false);
	});

	it('still refuse a domain the other one has in flight', async () => {
		const stateFile = join(dir, 'state.json');
		const a = await startSandbox({stateFile, quiet: true});
		const b = await startSandbox({stateFile, quiet: true});
		try {
			await order(a, ['only-once.com']);
			const error = await order(b, ['only-once.com']).catch((e: unknown) => e);
			expect((error as ApiError).code).toBe('TaskIsBeingProcessed');
		} finally {
			await Promise.all([a.close(), b.close()]);
		}
		expect(savedTasks(stateFile)).toHaveLength(1);
	});
});
