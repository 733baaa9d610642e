import {mkdtempSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {discardDraft, draftPath, loadDraft, saveDraft} from '../../source/store/drafts.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'drafts-'));

describe('drafts', () => {
	it('keeps one draft per operation, private, written whole, and discards it', () => {
		const dir = fresh();
		saveDraft(dir, {operation: 'register', savedAt: 1, text: 'a.com\nb.com'});
		saveDraft(dir, {operation: 'register', savedAt: 2, text: 'a.com\nb.com\nc.com'});
		saveDraft(dir, {operation: 'redeem', savedAt: 3, text: 'r.com,1735689600000'});
		expect(loadDraft(dir, 'register')).toEqual({operation: 'register', savedAt: 2, text: 'a.com\nb.com\nc.com'});
		expect(loadDraft(dir, 'redeem')?.text).toBe('r.com,1735689600000');
		expect(statSync(draftPath(dir, 'register')).mode & 0o777).toBe(0o600);
		expect(readdirSync(join(dir, 'drafts')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
		discardDraft(dir, 'register');
		expect(loadDraft(dir, 'register')).toBeUndefined();
		expect(loadDraft(dir, 'redeem')).toBeDefined();
		discardDraft(dir, 'register');
	});

	it('a missing, damaged or foreign file is no draft, not an error', () => {
		const dir = fresh();
		expect(loadDraft(dir, 'register')).toBeUndefined();
		saveDraft(dir, {operation: 'register', savedAt: 1, text: 'a.com'});
		writeFileSync(draftPath(dir, 'register'), '{"operation":"register","savedAt":1,"te');
		expect(loadDraft(dir, 'register')).toBeUndefined();
		writeFileSync(draftPath(dir, 'register'), JSON.stringify({operation: 'redeem', savedAt: 1, text: 'a.com'}));
		expect(loadDraft(dir, 'register')).toBeUndefined();
		writeFileSync(draftPath(dir, 'register'), JSON.stringify({operation: 'register', savedAt: 1, text: '  '}));
		expect(loadDraft(dir, 'register')).toBeUndefined();
	});
});
