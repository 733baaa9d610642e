import {domainToASCII} from 'node:url';
import {describe, expect, it} from 'vitest';
import {normalizeDomain, validateHostName} from '../../source/core/names/domain-name.js';

function accepted(input: string) {
	const result = normalizeDomain(input);
	if (!result.ok) throw new Error(`expected '${input}' to be accepted, got: ${result.reason}`);
	return result;
}

function reasonFor(input: string): string {
	const result = normalizeDomain(input);
	if (result.ok) throw new Error(`expected '${input}' to be rejected, got ${result.name}`);
	return result.reason;
}

describe('typing a plain name', () => {
	it('is lowercased, trimmed and loses one trailing dot, without a notice', () => {
		expect(accepted('  Example.COM.  ')).toEqual({ok: true, name: 'example.com'});
		expect(accepted('my-launch-2026.co.uk')).toEqual({ok: true, name: 'my-launch-2026.co.uk'});
	});

	it('accepts a label of exactly 63 characters and a name of exactly 253', () => {
		const label63 = 'a'.repeat(63);
		expect(accepted(`${label63}.com`).name).toBe(`${label63}.com`);
		const name253 = `${'b'.repeat(61)}.`.repeat(4) + 'c'.repeat(5);
		expect(name253.length).toBe(253);
		// Within the length rules; only the Public Suffix List has a word to say about it.
		expect(reasonFor(name253)).toBe(
			`is a subdomain of ${'b'.repeat(61)}.ccccc; only ${'b'.repeat(61)}.ccccc can be registered`,
		);
	});
});

describe('registrable domain or subdomain, by the Public Suffix List', () => {
	it('refuses a subdomain and names the registrable domain', () => {
		expect(reasonFor('shop.bar.net')).toBe('is a subdomain of bar.net; only bar.net can be registered');
		expect(reasonFor('files.example.org')).toBe('is a subdomain of example.org; only example.org can be registered');
		expect(reasonFor('www.example.com')).toBe('is a subdomain of example.com; only example.com can be registered');
		expect(reasonFor('a.b.example.co.uk')).toBe(
			'is a subdomain of example.co.uk; only example.co.uk can be registered',
		);
	});

	it('accepts names under multi-label suffixes and internationalised ones', () => {
		expect(accepted('example.co.uk').name).toBe('example.co.uk');
		expect(accepted('example.com.cn').name).toBe('example.com.cn');
		expect(accepted('中国.cn').name).toBe('xn--fiqs8s.cn');
		expect(accepted('例子.中国').name).toBe('xn--fsqu00a.xn--fiqs8s');
	});

	it('refuses a public suffix typed as a name', () => {
		expect(reasonFor('co.uk')).toBe('is a public suffix, not a name; register a name under it, like example.co.uk');
		expect(reasonFor('com.cn')).toMatch(/public suffix/);
	});

	it("treats private suffixes (a hosting company's) as subdomains: a registrar sells only the ICANN ones", () => {
		expect(reasonFor('mysite.github.io')).toBe('is a subdomain of github.io; only github.io can be registered');
	});
});

describe('names that imitate other names', () => {
	it('refuses a label that mixes Latin with a Cyrillic look-alike, naming the letter', () => {
		expect(reasonFor('аpple.com')).toBe(
			"mixes Latin and Cyrillic letters in 'аpple' (U+0430 is Cyrillic); such names imitate others and registries refuse them",
		);
		expect(reasonFor('xn--pple-43d.com')).toMatch(/mixes Latin and Cyrillic/);
		expect(reasonFor('pаypal.com')).toMatch(/U\+0430 is Cyrillic/);
		expect(reasonFor('gοogle.com')).toMatch(/Latin and Greek.*U\+03BF is Greek/);
	});

	it('refuses emoji', () => {
		expect(reasonFor('i❤.ws')).toBe("contains an emoji in 'i❤' (U+2764); registries refuse emoji in names");
		expect(reasonFor('😀shop.com')).toMatch(/emoji.*U\+1F600/);
	});

	it('accepts one script per label, and the mixes Chinese, Japanese and Korean names use', () => {
		expect(accepted('яндекс.рф').unicode).toBe('яндекс.рф');
		expect(accepted('阿里巴巴abc.cn').name).toMatch(/^xn--/);
		expect(accepted('日本語テスト.jp').name).toMatch(/^xn--/);
		expect(accepted('münchen.de').unicode).toBe('münchen.de');
		expect(accepted('shop-2026.com').name).toBe('shop-2026.com');
	});

	it('says it in Chinese too', async () => {
		const {setLang} = await import('../../source/i18n/index.js');
		setLang('zh');
		try {
			expect(reasonFor('аpple.com')).toBe(
				"在 'аpple' 中混用了拉丁文与西里尔文字母（U+0430 是西里尔文）；这类域名冒充其他域名，注册局不予受理",
			);
			expect(reasonFor('shop.bar.net')).toBe('是 bar.net 的子域名；只能注册 bar.net');
		} finally {
			setLang('en');
		}
	});
});

describe('pasting a URL or an address instead of a name', () => {
	it('takes the host from a URL and says so', () => {
		expect(accepted('https://www.Example.com/path?x')).toEqual({
			ok: true,
			name: 'example.com',
			notice: 'took the host from a pasted URL, without its www.',
		});
		expect(accepted('https://shop-example.com/')).toEqual({
			ok: true,
			name: 'shop-example.com',
			notice: 'took the host from a pasted URL',
		});
		expect(accepted('http://user:secret@example.org:8443/#top').name).toBe('example.org');
		expect(accepted('//example.net/lib.js').name).toBe('example.net');
		// The host of a URL is checked like any name: a shop's subdomain is not a name to order.
		expect(reasonFor('https://shop.example.com/')).toBe(
			'is a subdomain of example.com; only example.com can be registered',
		);
	});

	it('takes the host from a scheme-less address with a path or a port', () => {
		const withPath = accepted('example.com/pricing?plan=pro');
		expect(withPath.name).toBe('example.com');
		expect(withPath.notice).toMatch(/host/);
		const withPort = accepted('example.com:8080');
		expect(withPort.name).toBe('example.com');
		expect(withPort.notice).toMatch(/port/);
	});

	it('refuses a URL with no host, or with an address for a host', () => {
		expect(reasonFor('https://')).toBe('is a URL with no host');
		expect(reasonFor('file:///etc/hosts')).toBe('is a URL with no host');
		expect(reasonFor('https://user@/x')).toBe('is a URL with no host');
		expect(reasonFor('http://192.168.1.1/admin')).toMatch(/IP address/);
		expect(reasonFor('http://[2001:db8::1]/')).toMatch(/IP address/);
	});

	it('checks the host of a URL like any name', () => {
		expect(reasonFor('https://bad_name.com/')).toBe(
			"label 'bad_name' contains '_'; only letters, digits and hyphens are allowed",
		);
	});

	it('refuses an email address rather than guess', () => {
		expect(reasonFor('sales@example.com')).toBe("looks like an email address; the domain would be 'example.com'");
		expect(reasonFor('mailto:sales@example.com')).toMatch(/email address/);
	});

	it('refuses a path, a bare address and a colon that is not a port', () => {
		expect(reasonFor('/var/www')).toBe('is a path, not a domain name');
		expect(reasonFor('10.0.0.1')).toBe('is an IP address, not a domain name');
		expect(reasonFor('::1')).toBe('is an IP address, not a domain name');
		expect(reasonFor('example.com:abc')).toMatch(/contains ':'/);
	});
});

describe('Unicode names', () => {
	it('are sent as punycode and shown in Unicode', () => {
		expect(accepted('Bücher.de')).toEqual({ok: true, name: domainToASCII('bücher.de'), unicode: 'bücher.de'});
		expect(accepted('Bücher.de').name).toMatch(/^xn--/);
		const japanese = accepted('例え。テスト');
		expect(japanese.name).toBe(domainToASCII('例え.テスト'));
		expect(japanese.unicode).toBe('例え.テスト');
	});

	it('typed as punycode are shown in Unicode too', () => {
		const punycode = domainToASCII('bücher.de');
		expect(accepted(punycode.toUpperCase())).toEqual({ok: true, name: punycode, unicode: 'bücher.de'});
	});

	it('typed in full-width letters are read as plain ones, with a notice', () => {
		const result = accepted('ＥＸＡＭＰＬＥ.com');
		expect(result.name).toBe('example.com');
		expect(result.unicode).toBeUndefined();
		expect(result.notice).toMatch(/full-width/);
	});

	it('that are not valid punycode are refused', () => {
		expect(reasonFor('xn--zz.com')).toBe("label 'xn--zz' is not valid punycode");
		expect(reasonFor('münchen.xn--zz')).toMatch(/xn--zz/);
	});

	it('with invisible characters are refused rather than silently changed', () => {
		expect(reasonFor('exa\u200bmple.com')).toBe('contains an invisible character (U+200B)');
		expect(reasonFor('pay\u202epal.com')).toMatch(/invisible character \(U\+202E\)/);
		expect(reasonFor('shop\u00ad.com')).toMatch(/invisible/);
	});
});

describe('malformed names get a plain reason', () => {
	it.each([
		['', 'is empty'],
		['   ', 'is empty'],
		['my shop.com', 'contains a space'],
		['tab\u0007bell.com', 'contains a control character (U+0007)'],
		['localhost', 'has no TLD (like .com)'],
		['a--.com', "label 'a--' ends with a hyphen"],
		['-shop.com', "label '-shop' starts with a hyphen"],
		['ab--cd.com', "label 'ab--cd' has '--' in the third and fourth places, which only punycode (xn--) names may have"],
		['shop..com', 'has two dots in a row'],
		['.shop.com', 'starts with a dot'],
		['shop.com..', 'ends with two dots'],
		['shop.c0m', "TLD 'c0m' is not letters only"],
		['shop.123', "TLD '123' is a number; a TLD is letters only"],
		['shop.c', "TLD 'c' is one letter; every TLD has at least two"],
		['*.shop.com', 'is a wildcard; give the name itself'],
		['sh!p.com', "label 'sh!p' contains '!'; only letters, digits and hyphens are allowed"],
		['#launch', "starts with '#'"],
	])('%j → %s', (input, reason) => {
		expect(reasonFor(input)).toBe(reason);
	});

	it('says how long an over-long label or name is', () => {
		expect(reasonFor(`${'x'.repeat(64)}.com`)).toBe(
			`label '${'x'.repeat(20)}…' is 64 characters long; the limit is 63`,
		);
		const long = `${'a'.repeat(60)}.`.repeat(4) + 'com'.repeat(10);
		expect(reasonFor(long)).toBe(`is ${long.length} characters long; the limit is 253`);
	});

	it('refuses a megabyte-long line quickly and without echoing it', () => {
		const reason = reasonFor('a'.repeat(1_000_000) + '.com');
		expect(reason).toBe('is 1000004 characters long; the limit is 253');
	});
});

describe('custom DNS server names', () => {
	it('accepts a full host name, lowercased', () => {
		expect(validateHostName(' NS1.Example.COM. ')).toEqual({ok: true, name: 'ns1.example.com'});
	});

	it.each([
		['8.8.8.8', /IP address/],
		['[2001:db8::53]', /IP address/],
		['2001:db8::53', /IP address/],
		['https://ns1.example.com', /is a URL/],
		['ns1.example.com/zone', /is a URL/],
		['ns1.example.com:53', /port/],
		['ns1', /single label/],
		['', /empty/],
		['ns_1.example.com', /contains '_'/],
	])('refuses %j', (input, reason) => {
		const result = validateHostName(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(reason);
	});
});
