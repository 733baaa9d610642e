// What `status --wait` records for a batch: the counts of the whole batch, or nothing. Watching one task of a
// three-task batch to its end must not make history show the batch finished with that one task's domains.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runCli, sandboxEnv, startSandboxProcess, tempHome, type SandboxProcess} from '../support/cli.js';

interface HistoryJson {
	batches: Array<{
		tasks: string[];
		domains: number;
		state: string;
		counts?: {waiting: number; executing: number; succeeded: number; failed: number};
	}>;
}

describe('status --wait on some tasks of a batch', () => {
	let sandbox: SandboxProcess;
	let env: NodeJS.ProcessEnv;
	beforeAll(async () => {
		env = sandboxEnv(tempHome());
		sandbox = await startSandboxProcess(['--speed', '50'], env);
	});
	afterAll(() => sandbox.stop());

	it('records nothing for the batch, and history does not call it finished with one task of three', async () => {
		const domains = [
			'wait-one-a.com',
			'wait-one-b.com',
			'wait-two-a.com',
			'wait-two-b.com',
			'wait-three-a.com',
			'wait-three-b.com',
		];
		const submit = await runCli(
			[
				'register',
				'--yes',
				'--endpoint',
				sandbox.url,
				'--domains',
				'-',
				'--profile-id',
				'default',
				'--batch-size',
				'2',
				'--json',
			],
			{env, input: domains.join('\n')},
		);
		expect(submit.code, submit.stderr).toBe(0);
		const tasks = (JSON.parse(submit.stdout) as {tasks: Array<{taskNo: string}>}).tasks.map((t) => t.taskNo);
		expect(tasks).toHaveLength(3);

		const first = await runCli(['status', '--wait', '--json', '--endpoint', sandbox.url, tasks[0]!], {env});
		expect(first.code, first.stderr).toBe(0);
		expect((JSON.parse(first.stdout) as {counts: {total: number; succeeded: number}}).counts).toMatchObject({
			total: 2,
			succeeded: 2,
		});

		const history = JSON.parse((await runCli(['history', '--json'], {env})).stdout) as HistoryJson;
		const batch = history.batches.find((b) => b.tasks.includes(tasks[0]!))!;
		expect(batch.domains).toBe(6);
		expect(batch.counts).toBeUndefined();
		expect(batch.state).not.toBe('finished');

		// Watching every task of the batch records the batch's counts.
		const all = await runCli(['status', '--wait', '--json', '--endpoint', sandbox.url, ...tasks], {env});
		expect(all.code, all.stderr).toBe(0);
		const after = (JSON.parse((await runCli(['history', '--json'], {env})).stdout) as HistoryJson).batches.find((b) =>
			b.tasks.includes(tasks[0]!),
		)!;
		expect(after.counts).toEqual({waiting: 0, executing: 0, succeeded: 6, failed: 0});
		expect(after.state).toBe('finished');
	}, 120_000);

	it('records what one look read too (status without --wait), so history no longer says running once it is over', async () => {
		const submit = await runCli(
			['register', '--yes', '--endpoint', sandbox.url, '--domains', '-', '--profile-id', 'default', '--json'],
			{env, input: 'one-look-a.com\none-look-b.com'},
		);
		expect(submit.code, submit.stderr).toBe(0);
		const [taskNo] = (JSON.parse(submit.stdout) as {tasks: Array<{taskNo: string}>}).tasks.map((t) => t.taskNo);
		const batchOf = async () =>
			(JSON.parse((await runCli(['history', '--json'], {env})).stdout) as HistoryJson).batches.find((b) =>
				b.tasks.includes(taskNo!),
			)!;
		expect((await batchOf()).state).toBe('running');
		// One look at a time, as a script would, until the server says every domain is final.
		let total = 0;
		for (let look = 0; look < 60 && total < 2; look++) {
			const seen = await runCli(['status', '--json', '--endpoint', sandbox.url], {env});
			expect(seen.code, seen.stderr).toBe(0);
			const {counts} = JSON.parse(seen.stdout) as {counts: {succeeded: number; failed: number}};
			total = counts.succeeded + counts.failed;
			const batch = await batchOf();
			expect([batch.counts?.succeeded, batch.counts?.failed]).toEqual([counts.succeeded, counts.failed]);
			if (total < 2) await new Promise((resolve) => setTimeout(resolve, 500));
		}

		expect((await batchOf()).state).toBe('finished');
	}, 120_000);

	it('history reads a running batch of this server once, so one submitted without --wait ends up finished', async () => {
		const submit = await runCli(
			['register', '--yes', '--endpoint', sandbox.url, '--domains', '-', '--profile-id', 'default', '--json'],
			{env, input: 'history-look-a.com\nhistory-look-b.com'},
		);
		expect(submit.code, submit.stderr).toBe(0);
		const [taskNo] = (JSON.parse(submit.stdout) as {tasks: Array<{taskNo: string}>}).tasks.map((t) => t.taskNo);
		// Without the server's endpoint there is nothing to read: the journal's "running" stays.
		const offline = JSON.parse((await runCli(['history', '--json'], {env})).stdout) as HistoryJson;
		expect(offline.batches.find((b) => b.tasks.includes(taskNo!))!.state).toBe('running');
		let batch: HistoryJson['batches'][number] | undefined;
		for (let look = 0; look < 60; look++) {
			const listed = await runCli(['history', '--json', '--endpoint', sandbox.url], {env});
			expect(listed.code, listed.stderr).toBe(0);
			batch = (JSON.parse(listed.stdout) as HistoryJson).batches.find((b) => b.tasks.includes(taskNo!));
			if (batch?.state === 'finished') break;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		expect(batch?.state).toBe('finished');
		expect(batch?.counts).toEqual({waiting: 0, executing: 0, succeeded: 2, failed: 0});
	}, 120_000);
});
