import {
	appendFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createBatchPlan} from '../../source/core/order/batch-plan.js';
import type {BatchPlan} from '../../source/core/submit/journal-rules.js';
import {FileExistsError} from '../../source/files/atomic-file.js';
import {BadBatchIdError, Journal, JournalError} from '../../source/store/journal.js';

const account = {label: 'test', accessKeyId: 'AK', endpoint: 'http://127.0.0.1:1', sandbox: true};

function setup(domains = ['a.com', 'b.com', 'c.com']) {
	const dir = mkdtempSync(join(tmpdir(), 'journal-'));
	const journal = new Journal(dir);
	const plan = createBatchPlan({
		operation: 'register',
		items: domains.map((d) => ({domain: d, item: {DomainName: d}})),
		batchSize: 2,
		options: {years: 1},
		account,
	});
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
		expect(view.chunks).toMatchObject([
			{state: 'submitted', taskNo: 'T1', sentAt: 1},
			{state: 'rejected', error: 'Throttling.User: slow down'},
		]);
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
		expect(view.events).toHaveLength(3);
		// The process that comes after the crash goes on writing: its events are read, the fragment still is not.
		journal.append(plan.id, {type: 'sending', chunk: 1, at: 4});
		journal.append(plan.id, {type: 'submitted', chunk: 1, at: 5, taskNo: 'T2'});
		const later = journal.load(plan.id);
		expect(later.chunks).toMatchObject([
			{state: 'submitted', taskNo: 'T1'},
			{state: 'submitted', taskNo: 'T2', sentAt: 4},
		]);
		expect(later.events.map((e) => e.type)).toEqual(['created', 'sending', 'submitted', 'sending', 'submitted']);
	});

	it('skips lines that are not events anywhere in the log', () => {
		const {dir, journal, plan} = setup();
		appendFileSync(join(dir, `${plan.id}.events.jsonl`), '42\nnull\n{"chunk":0}\n\n');
		journal.append(plan.id, {type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'});
		expect(journal.load(plan.id).events).toEqual([
			{type: 'created', at: plan.createdAt},
			{type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'},
		]);
	});

	it('never replaces a plan once written', () => {
		const {dir, journal, plan} = setup();
		const before = readFileSync(join(dir, `${plan.id}.plan.json`), 'utf8');
		expect(() => journal.createBatch({...plan, options: {years: 9}})).toThrow(FileExistsError);
		expect(readFileSync(join(dir, `${plan.id}.plan.json`), 'utf8')).toBe(before);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('keeps its folder private and refuses ids that would name a path', () => {
		const {dir, journal, plan} = setup();
		expect(statSync(dir).mode & 0o777).toBe(0o700);
		expect(statSync(join(dir, `${plan.id}.plan.json`)).mode & 0o777).toBe(0o600);
		expect(() => journal.load('../../etc/passwd')).toThrow(BadBatchIdError);
		expect(() => journal.createBatch({...plan, id: '../escape'})).toThrow(BadBatchIdError);
		expect(journal.has('../x')).toBe(false);
		expect(() => journal.append('no-such-batch', {type: 'sending', chunk: 0, at: 1})).toThrow(
			/no batch 'no-such-batch'/,
		);
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
		const first = createBatchPlan({
			operation: 'redeem',
			items: [{domain: 'x.com', item: {}}],
			batchSize: 100,
			options: {},
			account,
			now: Date.UTC(2026, 0, 1),
		});
		const second = createBatchPlan({
			operation: 'register',
			items: [{domain: 'y.com', item: {}}],
			batchSize: 100,
			options: {},
			account,
			now: Date.UTC(2026, 0, 2),
		});
		journal.createBatch(first);
		journal.createBatch(second);
		journal.append(first.id, {type: 'submitted', chunk: 0, at: 1, taskNo: 'T'});
		journal.append(first.id, {type: 'counts', at: 2, counts: {waiting: 0, executing: 0, succeeded: 1, failed: 0}});
		const list = journal.list();
		expect(list.map((b) => b.plan.id)).toEqual([second.id, first.id]);
		expect(list.map((b) => b.state)).toEqual(['not submitted', 'finished']);
		expect(list[1]!.lastCounts).toMatchObject({succeeded: 1});
		expect(list[1]).toMatchObject({
			id: first.id,
			operation: 'redeem',
			domainCount: 1,
			taskNos: ['T'],
			chunkStates: ['submitted'],
		});
	});

	it('orders the list by creation time even when the ids would sort otherwise, and names an unreadable plan by line and column only', () => {
		const dir = mkdtempSync(join(tmpdir(), 'journal-'));
		const journal = new Journal(dir);
		const made = (id: string, createdAt: number): BatchPlan => ({
			id,
			createdAt,
			operation: 'register',
			account,
			options: {},
			chunks: [{index: 0, items: [{DomainName: `${id}.com`}], domains: [`${id}.com`]}],
		});
		journal.createBatch(made('aaa', 3));
		journal.createBatch(made('zzz', 1));
		journal.createBatch(made('mmm', 2));
		appendFileSync(join(dir, 'broken.plan.json'), '{"id":"bro\n  secret-looking-text');
		const {batches, problems} = journal.listAll();
		expect(batches.map((b) => b.id)).toEqual(['aaa', 'mmm', 'zzz']);
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/broken\.plan\.json is damaged \(line \d+, column \d+\)/),
		]);
		expect(problems[0]!.message).not.toMatch(/bro[^k]|secret-looking/);
		// Anything that lists batches to decide what to send refuses, naming the file.
		expect(() => journal.list()).toThrow(/broken\.plan\.json/);
	});

	it('writes and reads back a 100,000-domain plan', () => {
		const items = Array.from({length: 100_000}, (_, i) => {
			const domain = `launch-name-${i}.com`;
			return {
				domain,
				item: {
					DomainName: domain,
					SubscriptionDuration: 1,
					RegistrantProfileId: 123456,
					AliyunDns: true,
					EnableDomainProxy: true,
					PermitPremiumActivation: false,
				},
			};
		});
		const plan = createBatchPlan({operation: 'register', items, batchSize: 1000, options: {years: 1}, account});
		const journal = new Journal(mkdtempSync(join(tmpdir(), 'journal-')));
		journal.createBatch(plan);
		const view = journal.load(plan.id);
		expect(view.plan.chunks).toHaveLength(100);
		expect(view.plan.chunks[99]!.items[999]).toEqual(items[99_999]!.item);
	});
});

describe('journal order', () => {
	it("puts the newer of two batches made in the same second first, whatever their ids' random parts", () => {
		const dir = mkdtempSync(join(tmpdir(), 'journal-'));
		const journal = new Journal(dir);
		const make = (id: string, createdAt: number) => {
			const plan = createBatchPlan({
				operation: 'register',
				items: [{domain: 'a.com', item: {DomainName: 'a.com'}}],
				batchSize: 1,
				options: {years: 1},
				account,
				now: createdAt,
			});
			journal.createBatch({...plan, id});
		};

		make('20261123T033501-ffffffff', 1_000);
		make('20261123T033501-00000000', 1_500);
		make('20261123T033459-99999999', 500);
		expect(journal.batchIds()).toEqual([
			'20261123T033501-00000000',
			'20261123T033501-ffffffff',
			'20261123T033459-99999999',
		]);
		expect(journal.list().map((b) => b.plan.id)).toEqual(journal.batchIds());
	});
});

describe('a journal that never lies', () => {
	const eventsFile = (dir: string, id: string) => join(dir, `${id}.events.jsonl`);

	it.each([
		['deleted', (path: string) => rmSync(path)],
		['emptied', (path: string) => writeFileSync(path, '')],
		['zeroed', (path: string) => writeFileSync(path, Buffer.alloc(readFileSync(path).length))],
	])('reads a batch whose events file was %s as outcome unknown, never planned', (_, damage) => {
		const {dir, journal, plan} = setup();
		journal.append(plan.id, {type: 'sending', chunk: 0, at: 1});
		journal.append(plan.id, {type: 'submitted', chunk: 0, at: 2, taskNo: 'T1'});
		damage(eventsFile(dir, plan.id));
		const view = journal.load(plan.id);
		expect(view.eventsReadable).toBe(false);
		expect(view.chunks.map((c) => c.state)).toEqual(['unknown', 'unknown']);
		expect(view.state).toBe('outcome unknown');
		expect(journal.list()[0]!.state).toBe('outcome unknown');
	});

	it('after its events were lost, a later record settles only its own chunk; the others stay unknown', () => {
		const {dir, journal, plan} = setup();
		writeFileSync(eventsFile(dir, plan.id), '');
		journal.append(plan.id, {type: 'reconciled', chunk: 0, at: 5, taskNo: 'T1', how: 'found'});
		expect(journal.load(plan.id).chunks.map((c) => c.state)).toEqual(['submitted', 'unknown']);
	});

	it('a fresh batch starts with its created event, so no events at all never looks like a fresh batch', () => {
		const {dir, plan} = setup();
		expect(readFileSync(eventsFile(dir, plan.id), 'utf8').trim()).toBe(
			JSON.stringify({type: 'created', at: plan.createdAt}),
		);
	});

	it('a journal folder that cannot be read is an error naming it and what to do, never an empty list', () => {
		// Tests run as root, where permissions do not stop reads: a file where the folder should be is as unreadable.
		const home = mkdtempSync(join(tmpdir(), 'journal-'));
		const path = join(home, 'journal');
		writeFileSync(path, 'not a folder');
		const journal = new Journal(path);
		expect(() => journal.batchIds()).toThrow(JournalError);
		expect(() => journal.list()).toThrow(/Cannot read the journal folder .*journal \(ENOTDIR\).*ALIDOMAIN_HOME/);
	});

	it('an events file that cannot be read is an error naming it', () => {
		const {dir, journal, plan} = setup();
		rmSync(eventsFile(dir, plan.id));
		mkdirSync(eventsFile(dir, plan.id));
		expect(() => journal.load(plan.id)).toThrow(/Cannot read the journal file .*events\.jsonl \(EISDIR\)/);
	});

	it('a plan that parses but is not a plan is damaged, named without its content', () => {
		const {dir, journal, plan} = setup();
		writeFileSync(join(dir, `${plan.id}.plan.json`), JSON.stringify({secret: 'LTAI-should-not-show'}));
		expect(() => journal.load(plan.id)).toThrow(JournalError);
		expect(() => journal.load(plan.id)).not.toThrow(/LTAI/);
	});

	it('remembers finished tasks, and a damaged line only means that task is read again', () => {
		const {dir, journal} = setup();
		journal.recordFinished('T1', ['a.com']);
		appendFileSync(join(dir, 'finished-tasks.jsonl'), '{"taskNo":"T2","notFa\n');
		journal.recordFinished('T3', []);
		expect([...journal.finishedTasks()]).toEqual([
			['T1', ['a.com']],
			['T3', []],
		]);
	});
});
