import {describe, expect, it} from 'vitest';
import {
	FAMOUS_NAMES,
	REGISTRY_RULES_MARKDOWN,
	TLD_PRICES,
	TRADEMARK_WORDS,
	isSupportedTld,
	isTakenLabel,
	premiumPrice,
	registrationRefusal,
	splitName,
	trademarkIn,
	yearlyPrice,
	FAILURES,
} from '../../source/sandbox/registry-rules.js';

const open = {permitPremium: false, permitTrademark: false, ownedHere: false};

describe('registry rules', () => {
	it('splits a name into the chosen label and the rest, including two-level suffixes', () => {
		expect(splitName('shop.com.cn')).toEqual({label: 'shop', tld: 'com.cn'});
		expect(splitName('pixel-garden.io')).toEqual({label: 'pixel-garden', tld: 'io'});
	});

	it('lets an ordinary name on a supported TLD through', () => {
		expect(registrationRefusal('quiet-meadow.com', open)).toBeUndefined();
		expect(yearlyPrice('quiet-meadow.com')).toBe(TLD_PRICES.com);
		expect(yearlyPrice('quiet-meadow.com.cn')).toBe(TLD_PRICES['com.cn']);
	});

	it('treats taken- names and every famous name as registered', () => {
		expect(registrationRefusal('taken-demo.com', open)).toEqual(FAILURES.taken);
		for (const name of FAMOUS_NAMES) expect(isTakenLabel(name)).toBe(true);
		expect(isTakenLabel('googleplex-fan')).toBe(false);
	});

	it('keeps the trademark words and the famous names apart, so each rule can be shown on its own', () => {
		for (const word of TRADEMARK_WORDS) expect(FAMOUS_NAMES.some((name) => name.includes(word))).toBe(false);
	});

	it('refuses premium names unless permitted, and prices them by length', () => {
		expect(registrationRefusal('abc.com', open)).toEqual(FAILURES.premium);
		expect(registrationRefusal('abc.com', {...open, permitPremium: true})).toBeUndefined();
		expect(registrationRefusal('abcd.com', open)).toBeUndefined();
		expect(premiumPrice('a')).toBeGreaterThan(premiumPrice('ab'));
		expect(premiumPrice('ab')).toBeGreaterThan(premiumPrice('abc'));
		expect(yearlyPrice('abc.com')).toBe(premiumPrice('abc'));
	});

	it('refuses a label containing a trademark unless permitted, naming the word', () => {
		expect(trademarkIn('my-lego-club')).toBe('lego');
		const refusal = registrationRefusal('my-lego-club.com', open);
		expect(refusal?.failReason).toContain('"lego"');
		expect(registrationRefusal('my-lego-club.com', {...open, permitTrademark: true})).toBeUndefined();
	});

	it('refuses unsupported TLDs and malformed names before anything else', () => {
		expect(isSupportedTld('museum')).toBe(false);
		expect(registrationRefusal('taken-x.museum', open)).toEqual(FAILURES.unsupportedTld);
		expect(yearlyPrice('demo.museum')).toBeUndefined();
		expect(registrationRefusal('-bad-.com', open)).toEqual(FAILURES.invalidName);
	});

	it('says a name already in the account has a purchase record, as Alibaba does', () => {
		expect(registrationRefusal('lianyun-tech.com', {...open, ownedHere: true})?.failReason).toBe(
			'Purchase record exists for the domain name in Aliyun',
		);
	});

	it('documents every rule and every TLD in the summary the README uses', () => {
		for (const text of ['taken-', 'flaky-', 'TaskIsBeingProcessed', 'Insufficient account balance', ...TRADEMARK_WORDS])
			expect(REGISTRY_RULES_MARKDOWN).toContain(text);
		for (const tld of Object.keys(TLD_PRICES)) expect(REGISTRY_RULES_MARKDOWN).toContain(`.${tld} ${TLD_PRICES[tld]}`);
	});
});
