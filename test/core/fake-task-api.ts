// A stand-in for the two task queries the poller uses: tasks held in memory, moved on by the test, every request
// counted, and answers that can be held back or replaced by an error.
import type {RequestOf, ResponseOf} from '../../source/api/schema.js';
import type {PollerApi} from '../../source/core/status/status-poller.js';

const TEXT = ['WAITING_EXECUTE', 'EXECUTING', 'EXECUTE_SUCCESS', 'EXECUTE_FAILURE'] as const;

export interface FakeDetail {
	domain: string;
	code: 0 | 1 | 2 | 3;
	tries: number;
	error?: string;
}

export class FakeTaskApi implements PollerApi {
	readonly tasks = new Map<string, FakeDetail[]>();
	/** Every detail request, in order. */
	readonly calls: Array<RequestOf<'QueryTaskDetailList'>> = [];
	listCalls = 0;
	inFlight = 0;
	maxInFlight = 0;
	/** Errors thrown by the next requests, first one first. */
	readonly failures: unknown[] = [];
	/** When set, answers wait until `release()`. */
	hold = false;
	readonly #held: Array<() => void> = [];

	/** `count` tasks of `size` domains each, named T1… and d<task>-<n>.com, all waiting. */
	static batch(count: number, size: number): FakeTaskApi {
		const api = new FakeTaskApi();
		for (let t = 1; t <= count; t++) {
			api.tasks.set(
				`T${t}`,
				Array.from({length: size}, (_, i) => ({domain: `d${t}-${i}.com`, code: 0 as const, tries: 0})),
			);
		}
		return api;
	}

	domainsOf(taskNo: string): string[] {
		return (this.tasks.get(taskNo) ?? []).map((d) => d.domain);
	}

	/** Sets the state of domains of one task, or of every task. */
	set(
		code: FakeDetail['code'],
		taskNo?: string,
		pick: (d: FakeDetail, i: number) => boolean = () => true,
		error?: string,
	): void {
		for (const [no, details] of this.tasks) {
			if (taskNo !== undefined && no !== taskNo) continue;
			details.forEach((d, i) => {
				if (!pick(d, i)) return;
				d.code = code;
				d.tries = Math.max(d.tries, code === 0 ? 0 : 1);
				if (error === undefined) delete d.error;
				else d.error = error;
			});
		}
	}

	release(): void {
		for (const go of this.#held.splice(0)) go();
	}

	get heldCount(): number {
		return this.#held.length;
	}

	async queryTaskDetailList(params: RequestOf<'QueryTaskDetailList'>): Promise<ResponseOf<'QueryTaskDetailList'>> {
		this.calls.push(params);
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		try {
			if (this.hold) await new Promise<void>((resolve) => this.#held.push(resolve));
			const failure = this.failures.shift();
			if (failure !== undefined) throw failure;
			const all = (this.tasks.get(params.TaskNo) ?? []).filter(
				(d) => params.TaskStatus === undefined || d.code === params.TaskStatus,
			);
			const from = (params.PageNum - 1) * params.PageSize;
			const rows = all.slice(from, from + params.PageSize).map((d, i) => ({
				TaskNo: params.TaskNo,
				TaskDetailNo: `${params.TaskNo}-${from + i}`,
				DomainName: d.domain,
				TaskStatus: TEXT[d.code],
				TaskStatusCode: d.code,
				TryCount: d.tries,
				...(d.error ? {FailReason: d.error} : {}),
				CreateTime: '2026-01-01 10:00:00',
				UpdateTime: '2026-01-01 10:00:05',
			}));
			return {
				RequestId: `R${this.calls.length}`,
				TotalItemNum: all.length,
				CurrentPageNum: params.PageNum,
				TotalPageNum: Math.max(1, Math.ceil(all.length / params.PageSize)),
				PageSize: params.PageSize,
				Data: {TaskDetail: rows},
			};
		} finally {
			this.inFlight--;
		}
	}

	async queryTaskList(params: RequestOf<'QueryTaskList'>): Promise<ResponseOf<'QueryTaskList'>> {
		this.listCalls++;
		return {
			RequestId: 'L',
			TotalItemNum: 0,
			CurrentPageNum: params.PageNum,
			TotalPageNum: 1,
			PageSize: params.PageSize,
			Data: {TaskInfo: []},
		};
	}
}
