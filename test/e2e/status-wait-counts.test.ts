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
});
