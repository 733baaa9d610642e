import {appendFileSync, mkdtempSync, readdirSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createBatchPlan} from '../../source/core/batch-plan.js';
import {Journal} from '../../source/store/journal.js';

const account = {label: 'test', accessKeyId: 'AK', endpoint: 'http://127.0.0.1:1', sandbox: true};

function setup(domains = ['a.com', 'b.com', 'c.com']) {
	const dir = mkdtempSync(join(tmpdir(), 'journal-'));
	const journal = new Journal(dir);
	const plan = createBatchPlan({operation: 'register', items: domains.map((d) => ({domain: d, item: {DomainName: d}})), batchSize: 2, options: {years: 1}, account});
	journal.createBatch(plan);
	return {dir, journal, plan};
}

describe('journal', () => {
	it('writes the plan before anything is sent, readable and private', () => {
		const {dir, journal, plan} = setup();
		const view = journal.load(plan.id);
		expect(view.plan.chunks.map((c) => c.domains)).toEqual([['a.com', 'b.com'], ['c.com']]);
		expect(view.chunks.map((c) => c.state)).toEqual(['planned', 'planned']);
		expect(view.state).toBe('not submitted');
		expect(statSync(join(dir, `${plan.id}.plan.json`)).mode & 0o777).toBe(0o600);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('folds events into chunk states and records task numbers', () => {
		const {journal, plan} = setup();
		journal.append(plan.id, {type: 'sending', chunk: 0, at: 1});
		journal.append(plan.id, {type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'});
		journal.append(plan.id, {type: 'sending', chunk: 1, at: 3});
		journal.append(plan.id, {type: 'rejected', chunk: 1, at: 4, code: 'Throttling.User', message: 'slow down'});
		const view = journal.load(plan.id);
		expect(view.chunks).toMatchObject([{state: 'submitted', taskNo: 'T1', sentAt: 1}, {state: 'rejected', error: 'Throttling.User: slow down'}]);
		expect(journal.knownTaskNos()).toEqual(new Set(['T1']));
	});

	it('reads a sending with no outcome as unknown: the process may have died mid-request', () => {
		const {journal, plan} = setup();
		journal.append(plan.id, {type: 'sending', chunk: 0, at: 10});
		const view = journal.load(plan.id);
		expect(view.chunks[0]).toMatchObject({state: 'unknown', sentAt: 10});
		expect(view.state).toBe('outcome unknown');
		expect(journal.load(plan.id, true).chunks[0]!.state).toBe('sending');
	});

	it('skips a torn last line left by a crash mid-append, keeping everything before it', () => {
		const {dir, journal, plan} = setup();
		journal.append(plan.id, {type: 'sending', chunk: 0, at: 1});
		journal.append(plan.id, {type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'});
		appendFileSync(join(dir, `${plan.id}.events.jsonl`), '{"type":"submitted","chunk":1,"at":3,"task');
		const view = journal.load(plan.id);
		expect(view.chunks.map((c) => c.state)).toEqual(['submitted', 'planned']);
	});

	it('settles an unknown chunk by reconciliation: found, or proved absent', () => {
		const {journal, plan} = setup();
		journal.append(plan.id, {type: 'unknown', chunk: 0, at: 1, error: 'timeout'});
		journal.append(plan.id, {type: 'unknown', chunk: 1, at: 1, error: 'reset'});
		journal.append(plan.id, {type: 'reconciled', chunk: 0, at: 5, taskNo: 'T9', how: 'found'});
		journal.append(plan.id, {type: 'reconciled', chunk: 1, at: 5, taskNo: null, how: 'absent'});
		expect(journal.load(plan.id).chunks).toMatchObject([{state: 'submitted', taskNo: 'T9'}, {state: 'absent'}]);
	});

	it('lists batches newest first with their state and last counts', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'journal-'));
		const journal = new Journal(dir);
		const first = createBatchPlan({operation: 'redeem', items: [{domain: 'x.com', item: {}}], batchSize: 100, options: {}, account, now: Date.UTC(2026, 0, 1)});
		const second = createBatchPlan({operation: 'register', items: [{domain: 'y.com', item: {}}], batchSize: 100, options: {}, account, now: Date.UTC(2026, 0, 2)});
		journal.createBatch(first);
		journal.createBatch(second);
		journal.append(first.id, {type: 'submitted', chunk: 0, at: 1, taskNo: 'T'});
		journal.append(first.id, {type: 'counts', at: 2, counts: {waiting: 0, executing: 0, succeeded: 1, failed: 0}});
		const list = journal.list();
		expect(list.map((b) => b.plan.id)).toEqual([second.id, first.id]);
		expect(list.map((b) => b.state)).toEqual(['not submitted', 'finished']);
		expect(list[1]!.lastCounts).toMatchObject({succeeded: 1});
	});

	it('writes a 100,000-domain plan', () => {
		const domains = Array.from({length: 100_000}, (_, i) => `n${i}.com`);
		const {journal, plan} = setup(domains);
		expect(journal.load(plan.id).plan.chunks).toHaveLength(50_000);
	});
});
