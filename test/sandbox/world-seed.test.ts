import {describe, expect, it} from 'vitest';
import {DAY_MS} from '../../source/sandbox/clock.js';
import {redemptionTimeline} from '../../source/api/redemption-period.js';
import {PENDING_DELETE_DOMAINS, REDEMPTION_DOMAINS, REDEMPTION_PICTURE} from '../../source/sandbox/seed.js';
import {errorOf, makeWorld, START} from './world-helpers.js';

describe('the seeded account', () => {
	it('has verified profiles with exactly one default, plus one auditing, one failed and one verified CNNIC profile', () => {
		const h = makeWorld();
		const all = h.call('QueryRegistrantProfiles', {PageNum: 1, PageSize: 100}).RegistrantProfiles.RegistrantProfile;
		const verified = all.filter((p) => p.RealNameStatus === 'SUCCEED');
		expect(verified.length).toBeGreaterThanOrEqual(3);
		expect(all.filter((p) => p.DefaultRegistrantProfile)).toHaveLength(1);
		expect(all.find((p) => p.DefaultRegistrantProfile)?.RealNameStatus).toBe('SUCCEED');
		expect(all.filter((p) => p.RealNameStatus === 'AUDITING')).toHaveLength(1);
		expect(all.filter((p) => p.RealNameStatus === 'FAILED')).toHaveLength(1);
		const cnnic = all.filter((p) => p.RegistrantProfileType === 'cnnic');
		expect(cnnic).toHaveLength(1);
		expect(cnnic[0]!.RealNameStatus).toBe('SUCCEED');
		for (const p of all) {
			expect(p.Email).toMatch(/^[^@\s]+@[a-z0-9.-]+\.[a-z]+$/);
			expect(p.RegistrantName).toBeTruthy();
			expect(p.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
		}
	});

	it('filters and pages profiles', () => {
		const h = makeWorld();
		const verified = h.call('QueryRegistrantProfiles', {RealNameStatus: 'SUCCEED', PageNum: 1, PageSize: 2});
		expect(verified.RegistrantProfiles.RegistrantProfile).toHaveLength(2);
		expect(verified.TotalPageNum).toBe(Math.ceil(verified.TotalItemNum / 2));
		expect(verified.NextPage).toBe(true);
		const byDefault = h.call('QueryRegistrantProfiles', {DefaultRegistrantProfile: 'true'});
		expect(byDefault.RegistrantProfiles.RegistrantProfile.map((p) => p.RegistrantProfileId)).toEqual([1_000_001]);
		const byOrg = h.call('QueryRegistrantProfiles', {RegistrantOrganization: 'qingshan', PageNum: 1, PageSize: 10});
		expect(byOrg.RegistrantProfiles.RegistrantProfile).toHaveLength(1);
		expect(h.call('QueryRegistrantProfiles', {RegistrantProfileId: 42}).TotalItemNum).toBe(0);
	});

	it('lists the domains in their redemption period at different points of the timeline, and a few in pending delete', () => {
		const h = makeWorld();
		const answer = h.call('QueryDomainList', {PageNum: 1, PageSize: 100, QueryType: '2'});
		const domains = answer.Data.Domain;
		expect(domains.length).toBeGreaterThanOrEqual(20);
		expect(answer.TotalItemNum).toBe(domains.length);
		const picture = new Map<string, number>(REDEMPTION_PICTURE.map(([name, days]) => [name, days]));
		const pending = new Set(PENDING_DELETE_DOMAINS.map(([name]) => name));
		for (const d of domains) {
			expect(d.DomainStatus).toBe('2');
			expect(d.ExpirationDateStatus).toBe('2');
			expect(d.ExpirationCurrDateDiff).toBeLessThanOrEqual(-30);
			expect(d.ExpirationCurrDateDiff).toBe(Math.trunc((d.ExpirationDateLong! - START) / DAY_MS));
			expect(d.InstanceId).toMatch(/^S\d{8}[0-9A-Z]{6}$/);
			const timeline = redemptionTimeline(d.DomainName, d.ExpirationDateLong!, START);
			if (pending.has(d.DomainName)) {
				expect(timeline.phase).toBe('pending-delete');
			} else {
				expect(timeline.phase).toBe('redemption');
				expect(timeline.daysLeft).toBe(picture.get(d.DomainName));
			}
		}
		expect(new Set(domains.map((d) => d.DomainName))).toEqual(new Set([...REDEMPTION_DOMAINS, ...pending]));
		// A few on their last days.
		expect(REDEMPTION_PICTURE.filter(([, days]) => days <= 2).length).toBeGreaterThanOrEqual(3);
	});

	it('also owns normal domains and a couple that need renewal', () => {
		const h = makeWorld();
		const all = h.call('QueryDomainList', {PageNum: 1, PageSize: 1000}).Data.Domain;
		expect(all.filter((d) => d.DomainStatus === '3').length).toBeGreaterThanOrEqual(8);
		const renewal = h.call('QueryDomainList', {PageNum: 1, PageSize: 100, QueryType: '1'}).Data.Domain;
		expect(renewal.length).toBeGreaterThanOrEqual(2);
		for (const d of renewal) expect(d.DomainStatus).toBe('1');
		expect(new Set(all.map((d) => d.InstanceId)).size).toBe(all.length);
	});

	it('searches by substring, orders by expiry either way, and pages', () => {
		const h = makeWorld();
		const found = h.call('QueryDomainList', {PageNum: 1, PageSize: 50, DomainName: 'lianyun'}).Data.Domain;
		expect(found.length).toBeGreaterThanOrEqual(2);
		for (const d of found) expect(d.DomainName).toContain('lianyun');
		const asc = h.call('QueryDomainList', {
			PageNum: 1,
			PageSize: 1000,
			OrderKeyType: 'ExpirationDate',
			OrderByType: 'ASC',
		}).Data.Domain;
		const expiries = asc.map((d) => d.ExpirationDateLong!);
		expect(expiries).toEqual([...expiries].sort((a, b) => a - b));
		const desc = h.call('QueryDomainList', {
			PageNum: 1,
			PageSize: 1000,
			OrderKeyType: 'ExpirationDate',
			OrderByType: 'DESC',
		}).Data.Domain;
		expect(desc.map((d) => d.DomainName)).toEqual(asc.map((d) => d.DomainName).reverse());
		const page2 = h.call('QueryDomainList', {
			PageNum: 2,
			PageSize: 5,
			OrderKeyType: 'ExpirationDate',
			OrderByType: 'ASC',
		});
		expect(page2.Data.Domain.map((d) => d.DomainName)).toEqual(asc.slice(5, 10).map((d) => d.DomainName));
		expect(page2.PrePage).toBe(true);
	});

	it('answers QueryDomainByDomainName for an owned domain and DomainNotExist otherwise', () => {
		const h = makeWorld();
		const d = h.call('QueryDomainByDomainName', {DomainName: 'Forgot-To-Renew.com'});
		expect(d.DomainName).toBe('forgot-to-renew.com');
		expect(d.DomainStatus).toBe('2');
		expect(d.DnsList?.Dns.length).toBe(2);
		expect(d.RegistrantOrganization).toBeTruthy();
		const error = errorOf(() => h.call('QueryDomainByDomainName', {DomainName: 'never-owned.com'}));
		expect(error.code).toBe('DomainNotExist');
		expect(error.status).toBe(400);
		expect(error.message).toBe('The domain name does not exist.');
	});

	it('lays the account out the same way every time', () => {
		const a = makeWorld().call('QueryDomainList', {PageNum: 1, PageSize: 1000}).Data.Domain;
		const b = makeWorld().call('QueryDomainList', {PageNum: 1, PageSize: 1000}).Data.Domain;
		expect(b).toEqual(a);
	});
});
