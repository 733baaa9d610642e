// Status view for 100,000 domains (docs/performance.md): one frame ≤ 8 ms, resident memory ≤ 150 MB, requests per
// refresh bounded. The frame is the StatusScreen on a 100×40 terminal, timed from a poller update (a page of 100
// changed rows taken in) to the frame written. Reference for the frame: bare node formatting and writing the same 40
// visible lines; for memory: bare node holding 100,000 plain row objects; for requests: fetching every unfinished task
// on every refresh.
import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {render} from 'ink';
import {createElement} from 'react';
import {InputProvider} from '../../source/ui/input/InputProvider.js';
import {StatusScreen} from '../../source/ui/screens/StatusScreen.js';
import {StatusBoard, type TaskDetailRow} from '../../source/core/status/status-board.js';
import {StatusPoller, type PollerState} from '../../source/core/status/status-poller.js';
import {FakeTaskApi} from '../../test/core/fake-task-api.js';
import {median, report} from '../lib.js';

const TASKS = 1000;
const PER_TASK = 100;
const TEXT = ['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS', 'EXECUTE_FAILURE'];

function page(task: number, code: (i: number) => number): TaskDetailRow[] {
	return Array.from({length: PER_TASK}, (_, i) => {
		const c = code(i);
		return {
			TaskNo: `T${task}`,
			DomainName: `launch-${task}-${i}.com`,
			TaskStatusCode: c,
			TaskStatus: TEXT[c]!,
			TryCount: c === 0 ? 0 : 1 + (i % 3),
			...(c === 3 ? {FailReason: 'Purchase record exists for the domain name in Aliyun'} : {}),
			CreateTime: '2026-01-01 10:00:00',
			UpdateTime: `2026-01-01 10:${String(i % 60).padStart(2, '0')}:00`,
		};
	});
}

// --- requests per refresh ---------------------------------------------------------------------------------------
async function requestsPerRefresh(tasks: number): Promise<{max: number; refreshes: number}> {
	const api = FakeTaskApi.batch(tasks, PER_TASK);
	const board = new StatusBoard();
	let pending: (() => void) | undefined;
	const poller = new StatusPoller({
		api,
		board,
		tasks: [...api.tasks.keys()].map((taskNo) => ({taskNo, domains: api.domainsOf(taskNo)})),
		timers: {set: (fn) => (pending = fn), clear: () => (pending = undefined)},
	});
	let max = 0;
	let refreshes = 0;
	poller.subscribe((s) => {
		if (!s.refreshing && s.lastRefreshAt !== undefined) max = Math.max(max, s.requestsLastRefresh);
	});
	poller.start();
	for (let i = 0; i < 30 && pending; i++) {
		const run = pending;
		pending = undefined;
		run();
		refreshes++;
		await new Promise((resolve) => setImmediate(resolve));
		// Everything keeps moving, so no task goes quiet.
		api.set(1, undefined, (_, k) => k === i % PER_TASK);
	}
	poller.stop();
	return {max, refreshes};
}

// --- one frame and memory ----------------------------------------------------------------------------------------
class FakeStdout extends EventEmitter {
	readonly columns = 100;
	readonly rows = 40;
	readonly isTTY = true;
	writes = 0;
	onWrite?: () => void;
	write = (_frame: string) => {
		this.writes++;
		this.onWrite?.();
		return true;
	};
}

class FakeStdin extends EventEmitter {
	readonly isTTY = true;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = () => null;
}

/** A poller that only publishes what the bench tells it to. */
class BenchPoller {
	state: PollerState;
	readonly #listeners = new Set<(s: PollerState) => void>();
	constructor(readonly board: StatusBoard) {
		this.state = {
			counts: board.counts(),
			done: false,
			refreshing: false,
			fetched: true,
			startedAt: Date.now(),
			requestsLastRefresh: 10,
			totalRequests: 10,
		};
	}
	start() {}
	stop() {}
	refreshNow() {}
	subscribe(listener: (s: PollerState) => void) {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}
	getState() {
		return this.state;
	}
	emit() {
		this.state = {
			...this.state,
			counts: this.board.counts(),
			lastRefreshAt: Date.now(),
			nextRefreshAt: Date.now() + 1000,
		};
		for (const listener of this.#listeners) listener(this.state);
	}
}

const board = new StatusBoard();
for (let t = 1; t <= TASKS; t++)
	board.addTask(
		`T${t}`,
		Array.from({length: PER_TASK}, (_, i) => `launch-${t}-${i}.com`),
	);
for (let t = 1; t <= TASKS; t++) board.ingest(page(t, (i) => (i % 10 === 0 ? 3 : i % 4 === 0 ? 1 : i % 2)));

const stdout = new FakeStdout();
const poller = new BenchPoller(board);
const title = {
	operation: 'register' as const,
	account: 'bench',
	endpoint: 'http://127.0.0.1:1',
	sandbox: true,
	tasks: TASKS,
};
const app = render(
	createElement(InputProvider, {
		bracketedPaste: false,
		children: createElement(StatusScreen, {poller, board, title, onLeave: () => {}}),
	}),
	{
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
		stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	},
);
await new Promise((resolve) => setTimeout(resolve, 50));

const frames: number[] = [];
/** The same frames in CPU time: what drawing costs, whatever else the machine is doing. */
const cpuFrames: number[] = [];
for (let n = 0; n < 40; n++) {
	// The screen takes at most ten updates a second; wait past that so each update draws at once.
	await new Promise((resolve) => setTimeout(resolve, 110));
	const task = 1 + (n % TASKS);
	const drawn = new Promise<void>((resolve) => (stdout.onWrite = resolve));
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	board.ingest(page(task, (i) => ((i + n) % 3 === 0 ? 2 : 1)));
	poller.emit();
	await drawn;
	frames.push(performance.now() - start);
	const cpu = process.cpuUsage(cpuStart);
	cpuFrames.push((cpu.user + cpu.system) / 1000);
	stdout.onWrite = undefined;
}
const frame = median(frames.slice(5));
const cpuFrame = median(cpuFrames.slice(5));
(globalThis as {gc?: () => void}).gc?.();
const rss = process.memoryUsage().rss / 2 ** 20;
app.unmount();

const visible = Array.from({length: 27}, (_, i) => board.row(i));
const reference = median(
	Array.from({length: 40}, () => {
		const start = performance.now();
		const lines = visible.map(
			(r) =>
				`  ${r.state.padEnd(10)}${r.name.padEnd(36)}${String(r.tryCount).padStart(5)} ${(r.error ?? '').slice(0, 40)}`,
		);
		stdout.write(lines.join('\n'));
		return performance.now() - start;
	}),
);
report({
	name: `status view: one frame, ${board.size.toLocaleString('en-US')} domains at 100×40`,
	value: frame,
	unit: 'ms',
	reference,
	target: '≤ 8 ms',
	limit: {max: 8},
});
report({
	name: 'status view: the same frame in CPU time',
	value: cpuFrame,
	unit: 'ms',
	reference,
	target: '≤ 8 ms',
	limit: {max: 8},
});

// Memory reference: bare node holding the same rows as plain objects, in a child of its own.
const {spawnSync} = await import('node:child_process');
const bare = spawnSync(
	process.execPath,
	[
		'--expose-gc',
		'-e',
		`
const rows = [];
for (let t = 1; t <= ${TASKS}; t++) for (let i = 0; i < ${PER_TASK}; i++) rows.push({name: 'launch-' + t + '-' + i + '.com', taskNo: 'T' + t, state: 'failed', tryCount: 1, error: i % 10 ? undefined : 'Purchase record exists', updateTime: '2026-01-01 10:00:00'});
gc();
console.log(process.memoryUsage().rss / 2 ** 20, rows.length);
`,
	],
	{encoding: 'utf8'},
);
const bareRss = Number(bare.stdout.split(' ')[0]);
report({
	name: `status view: resident memory, ${board.size.toLocaleString('en-US')} domains rendered`,
	value: rss,
	unit: 'MB',
	reference: bareRss,
	target: '≤ 150 MB',
	limit: {max: 150},
});

// Last, so that its fake API's rows are not counted in the memory above.
for (const tasks of [10, TASKS]) {
	const {max, refreshes} = await requestsPerRefresh(tasks);
	report({
		name: `requests per refresh, ${(tasks * PER_TASK).toLocaleString('en-US')} domains in ${tasks} tasks (most of ${refreshes})`,
		value: max,
		unit: 'requests',
		reference: tasks,
		target: '≤ 10, whatever the size',
		limit: {max: 10},
	});
}
