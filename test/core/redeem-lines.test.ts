import {domainToASCII} from 'node:url';
import {describe, expect, it} from 'vitest';
import {normalizeDomain} from '../../source/core/names/domain-name.js';
import {parseExpiry} from '../../source/core/names/typed-expiry.js';
import {parseRedeemList} from '../../source/core/names/redeem-lines.js';
import {random, randomText} from './fuzz.js';

function reasonFor(text: string): string {
	const result = parseExpiry(text);
	if (result.ok) throw new Error(`expected '${text}' to be refused, got ${result.ms}`);
	return result.reason;
}

describe('typing an expiry', () => {
	it('takes milliseconds since 1970 as they are', () => {
		expect(parseExpiry(' 1735689600000 ')).toEqual({ok: true, ms: 1735689600000});
	});

	it('refuses seconds, microseconds and nanoseconds, giving the value in milliseconds', () => {
		expect(reasonFor('1735689600')).toBe('looks like seconds; milliseconds would be 1735689600000');
		expect(reasonFor('1735689600000123')).toBe('looks like microseconds; milliseconds would be 1735689600000');
		expect(reasonFor('1735689600000123456')).toBe('looks like nanoseconds; milliseconds would be 1735689600000');
	});

	it('takes an ISO date and time with a zone, and says what it read', () => {
		const utc = parseExpiry('2026-01-02T03:04:05Z');
		expect(utc).toEqual({
			ok: true,
			ms: Date.UTC(2026, 0, 2, 3, 4, 5),
			notice: `read 2026-01-02T03:04:05Z as ${Date.UTC(2026, 0, 2, 3, 4, 5)} ms`,
		});
		const beijing = parseExpiry('2026-01-02 11:04:05.250+08:00');
		expect(beijing.ok && beijing.ms).toBe(Date.UTC(2026, 0, 2, 3, 4, 5, 250));
	});

	it('refuses a date alone or a time without a zone: they do not name the exact expiry', () => {
		expect(reasonFor('2026-01-02')).toMatch(/date without a time/);
		expect(reasonFor('2026-01-02 03:04:05')).toMatch(/no time zone/);
	});

	it.each([
		['', /empty/],
		['-1735689600000', /negative/],
		['1735689600000.5', /whole number/],
		['soon', /not an expiry time/],
		['12345', /has 5 digits; an expiry in milliseconds has 13/],
		['0000000000001', /year 1970/],
		['9999999999999', /year 2286/],
		['2026-02-30T00:00:00Z', /not a real date/],
		['2026-01-02T03:04:05+25:00', /not a real date/],
	])('refuses %j', (text, reason) => {
		expect(reasonFor(text)).toMatch(reason);
	});
});

describe('pasting a redeem list', () => {
	it('reads a domain, optionally with its expiry after a comma, tab or spaces', () => {
		const result = parseRedeemList(
			'forgot-to-renew.com,1735689600000\nold-brand.net\t1735776000000\nlegacy.org   1735862400000\nlook-it-up.com\n',
		);
		expect(result.entries).toEqual([
			{name: 'forgot-to-renew.com', expiryMs: 1735689600000, line: 1},
			{name: 'old-brand.net', expiryMs: 1735776000000, line: 2},
			{name: 'legacy.org', expiryMs: 1735862400000, line: 3},
			{name: 'look-it-up.com', line: 4},
		]);
		expect(result.rejected).toEqual([]);
	});

	it('rejects a 10-digit timestamp with the milliseconds it probably meant', () => {
		const result = parseRedeemList('shop.com,1735689600');
		expect(result.entries).toEqual([]);
		expect(result.rejected).toEqual([
			{
				line: 1,
				input: 'shop.com,1735689600',
				reason: "expiry '1735689600' looks like seconds; milliseconds would be 1735689600000",
			},
		]);
	});

	it('rejects bad names with the same reasons as the registration list', () => {
		const result = parseRedeemList('bad_name.com,1735689600000\nsales@shop.com');
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[1, "label 'bad_name' contains '_'; only letters, digits and hyphens are allowed"],
			[2, "looks like an email address; the domain would be 'shop.com'"],
		]);
	});

	it('says to put one domain per line when two names share a line', () => {
		const [rejected] = parseRedeemList('alpha.com,beta.com').rejected;
		expect(rejected!.reason).toMatch(/one domain per line/);
		expect(parseRedeemList('a.com,1735689600000,extra').rejected[0]!.reason).toMatch(/has 3 fields/);
	});

	it('skips a column header line with a reason', () => {
		const result = parseRedeemList('DomainName,ExpirationDateLong\nshop.com,1735689600000');
		expect(result.rejected).toEqual([
			{line: 1, input: 'DomainName,ExpirationDateLong', reason: 'looks like a column header; skipped'},
		]);
		expect(result.entries.map((e) => e.name)).toEqual(['shop.com']);
	});

	it('converts Unicode names and ISO expiries, with notices', () => {
		const [entry] = parseRedeemList('https://Bücher.de/ 2026-01-02T03:04:05Z').entries;
		expect(entry!.name).toBe(domainToASCII('bücher.de'));
		expect(entry!.unicode).toBe('bücher.de');
		expect(entry!.expiryMs).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
		expect(entry!.notice).toMatch(/^took the host from a pasted URL; read 2026-01-02T03:04:05Z as \d+ ms$/);
	});

	it('drops repeated domains, but refuses one listed with two different expiries', () => {
		const result = parseRedeemList(
			'shop.com,1735689600000\nSHOP.com\nshop.com,1735689600000\nshop.com,1735776000000\nother.com\nother.com,1735689600000',
		);
		expect(result.entries).toEqual([
			{name: 'shop.com', expiryMs: 1735689600000, line: 1},
			{name: 'other.com', expiryMs: 1735689600000, line: 5},
		]);
		expect(result.duplicates).toBe(3);
		expect(result.rejected).toEqual([
			{
				line: 4,
				input: 'shop.com,1735776000000',
				reason: 'is also on line 1 with a different expiry (1735689600000); keep the right one',
			},
		]);
	});

	it('fuzz: random pastes never throw, and every line with content is accounted for once', () => {
		const next = random(69371);
		for (let round = 0; round < 30; round++) {
			const text = randomText(next, 100) + (round % 2 ? '\nstable.com,1735689600000\nstable.com,17356896000' : '');
			const result = parseRedeemList(text);
			const contentLines = text.split(/\r\n|\r|\n/).filter((l) => {
				const t = l.trim();
				return (
					t !== '' && !t.startsWith('#') && !/^[\s,;，；、]*#/.test(t) && t.split(/[\s,;，；、]+/).some((f) => f !== '')
				);
			}).length;
			expect(result.entries.length + result.rejected.length + result.duplicates).toBe(contentLines);
			const names = result.entries.map((e) => e.name);
			expect(new Set(names).size).toBe(names.length);
			for (const entry of result.entries) {
				expect(normalizeDomain(entry.name)).toMatchObject({ok: true, name: entry.name});
				if (entry.expiryMs !== undefined) expect(Number.isSafeInteger(entry.expiryMs)).toBe(true);
			}
		}
	});
});
