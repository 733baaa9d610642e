// A world on a fake clock, called the way the server calls it: wire-shaped params through the shared request
// schema, and every answer checked against the shared response schema.
import {operations, type OperationName, type ResponseOf} from '../../source/api/schema.js';
import {SandboxError, SandboxWorld, type WorldOptions, type WorldSnapshot} from '../../source/sandbox/world.js';

export const START = Date.UTC(2026, 2, 10, 2, 0, 0);

export class FakeClock {
	constructor(public time = START) {}
	readonly now = (): number => this.time;
	tick(ms: number): void {
		this.time += ms;
	}
}

export interface Harness {
	world: SandboxWorld;
	clock: FakeClock;
	call<A extends OperationName>(action: A, params: unknown, accessKeyId?: string): ResponseOf<A>;
}

let requests = 0;

export function makeWorld(
	options: Omit<WorldOptions, 'now'> = {},
	snapshot?: WorldSnapshot,
	clock = new FakeClock(),
): Harness {
	const world = new SandboxWorld({...options, now: clock.now}, snapshot);
	return {
		world,
		clock,
		call(action, params, accessKeyId = 'sandbox') {
			const typed = operations[action].request.parse(params);
			const answer = world.handle(action, typed as never, {
				accessKeyId,
				clientIp: '127.0.0.1',
				requestId: `REQ-${++requests}`,
			});
			// What the server sends goes through JSON; the client decodes it with the same schema.
			return operations[action].response.parse(JSON.parse(JSON.stringify(answer))) as ResponseOf<typeof action>;
		},
	};
}

export const PROFILE = 1_000_001;

export function activateParams(
	domains: readonly string[],
	extra: Record<string, unknown> = {},
): Record<string, unknown> {
	return {
		OrderActivateParam: domains.map((DomainName) => ({
			DomainName,
			RegistrantProfileId: PROFILE,
			SubscriptionDuration: 1,
			...extra,
		})),
	};
}

export function allDetails(h: Harness, taskNo: string): ResponseOf<'QueryTaskDetailList'>['Data']['TaskDetail'] {
	const out: ResponseOf<'QueryTaskDetailList'>['Data']['TaskDetail'] = [];
	for (let page = 1; ; page++) {
		const answer = h.call('QueryTaskDetailList', {TaskNo: taskNo, PageNum: page, PageSize: 1000});
		out.push(...answer.Data.TaskDetail);
		if (page >= answer.TotalPageNum) return out;
	}
}

/** Moves the clock in steps until every detail of the task is final; returns how long that took. */
export function runToCompletion(h: Harness, taskNo: string, stepMs = 250, limitMs = 10 * 60_000): number {
	const start = h.clock.time;
	for (;;) {
		const pending =
			h.call('QueryTaskDetailList', {TaskNo: taskNo, PageNum: 1, PageSize: 1, TaskStatus: 0}).TotalItemNum +
			h.call('QueryTaskDetailList', {TaskNo: taskNo, PageNum: 1, PageSize: 1, TaskStatus: 1}).TotalItemNum;
		if (pending === 0) return h.clock.time - start;
		if (h.clock.time - start > limitMs)
			throw new Error(`task ${taskNo} still has ${pending} domains after ${limitMs} ms`);
		h.clock.tick(stepMs);
	}
}

export function byDomain<T extends {DomainName: string}>(rows: readonly T[]): Map<string, T> {
	return new Map(rows.map((r) => [r.DomainName, r]));
}

/** The SandboxError a call throws, or a failed assertion if it does not throw one. */
export function errorOf(fn: () => unknown): SandboxError {
	try {
		fn();
	} catch (error) {
		if (error instanceof SandboxError) return error;
		throw error;
	}
	throw new Error('expected the call to throw a SandboxError');
}
