// One domain name as the user typed or pasted it → the exact ASCII name the API gets, or a reason in plain words.
// Names cost money, so anything ambiguous is refused rather than guessed; the only repairs made are the ones a
// person would make without asking (case, a trailing dot, the host of a pasted URL), and each is reported.
import {isIP} from 'node:net';
import {domainToASCII, domainToUnicode} from 'node:url';

export type NormalizedName =
	| {
			ok: true;
			/** ASCII (punycode), lowercase, no trailing dot: what is sent. */
			name: string;
			/** The Unicode form when `name` holds punycode (typed in Unicode or as xn--); show it beside `name`. */
			unicode?: string;
			/** A repair that was made, such as the host taken from a pasted URL. */
			notice?: string;
	  }
	| {ok: false; reason: string};

export type HostNameResult = {ok: true; name: string} | {ok: false; reason: string};

export const MAX_NAME_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;

// Accepts the common case in one test; anything it refuses goes the slow way, which finds the reason.
// Labels with '--' also go the slow way: 'xn--' must be real punycode and other '--' in places 3–4 is reserved.
const PLAIN_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
const NON_ASCII = /[^\x00-\x7f]/;
const LABEL_CHARS = /^[a-z0-9-]*$/;

export function normalizeDomain(input: string): NormalizedName {
	const trimmed = input.trim();
	const lower = trimmed.toLowerCase();
	const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
	if (name.length <= MAX_NAME_LENGTH && PLAIN_NAME.test(name) && !name.includes('--')) return {ok: true, name};
	return normalizeSlowly(trimmed);
}

/** A custom name server's host name (`--dns`): a full host name, never an address or a URL. */
export function validateHostName(input: string): HostNameResult {
	const trimmed = input.trim();
	if (trimmed === '') return {ok: false, reason: 'is empty; give a name server host name like ns1.example.com'};
	const bare = trimmed.replace(/^\[(.*)\]$/, '$1');
	if (isIP(bare) !== 0) return {ok: false, reason: 'is an IP address; give the name server’s host name, like ns1.example.com'};
	if (URL_SCHEME.test(trimmed) || /[/?#@]/.test(trimmed)) return {ok: false, reason: 'is a URL; give just the host name, like ns1.example.com'};
	if (/:\d*$/.test(trimmed)) return {ok: false, reason: 'has a port; give just the host name, like ns1.example.com'};
	const result = normalizeSlowly(trimmed);
	if (!result.ok) {
		if (result.reason === REASON_NO_TLD) return {ok: false, reason: 'is a single label; a name server needs a full host name like ns1.example.com'};
		return result;
	}
	return {ok: true, name: result.name};
}

const REASON_NO_TLD = 'has no TLD (like .com)';

function normalizeSlowly(trimmed: string): NormalizedName {
	if (trimmed === '') return fail('is empty');
	const early = findUnusableCharacter(trimmed);
	if (early) return fail(early);

	let host = trimmed;
	let notice: string | undefined;
	const fromUrl = hostFromAddress(trimmed);
	if (fromUrl) {
		if (!fromUrl.ok) return fromUrl;
		host = fromUrl.host;
		notice = fromUrl.notice;
	} else if (trimmed.includes('@')) {
		const after = trimmed.slice(trimmed.lastIndexOf('@') + 1);
		return fail(after ? `looks like an email address; the domain would be '${after}'` : 'looks like an email address');
	}

	let ascii = host.toLowerCase();
	if (NON_ASCII.test(ascii)) {
		const converted = domainToASCII(ascii);
		if (converted === '') return fail(explainUnconvertible(ascii));
		ascii = converted;
	}
	if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);

	const problem = describeInvalidAscii(ascii);
	if (problem) return fail(problem);

	const result: {ok: true; name: string; unicode?: string; notice?: string} = {ok: true, name: ascii};
	if (ascii.includes('xn--')) {
		const unicode = domainToUnicode(ascii);
		if (unicode !== ascii) result.unicode = unicode;
	} else if (NON_ASCII.test(host)) {
		notice = joinNotices(notice, `typed with full-width or look-alike characters; read as ${ascii}`);
	}
	if (notice) result.notice = notice;
	return result;
}

function fail(reason: string): {ok: false; reason: string} {
	return {ok: false, reason};
}

function joinNotices(a: string | undefined, b: string): string {
	return a ? `${a}; ${b}` : b;
}

function findUnusableCharacter(text: string): string | undefined {
	const space = /\s/.exec(text);
	if (space) return space[0] === ' ' ? 'contains a space' : `contains whitespace (${codePoint(space[0])})`;
	const control = CONTROL.exec(text);
	if (control) return `contains a control character (${codePoint(control[0])})`;
	const invisible = INVISIBLE.exec(text);
	if (invisible) return `contains an invisible character (${codePoint(invisible[0])})`;
	return undefined;
}

function codePoint(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

type AddressHost = {ok: true; host: string; notice: string} | {ok: false; reason: string};

/** The host of a pasted URL or address (`https://a.com/x`, `a.com/x`, `a.com:8080`); undefined when it is not one. */
function hostFromAddress(text: string): AddressHost | undefined {
	const scheme = URL_SCHEME.exec(text);
	if (scheme) {
		if (/^mailto:/i.test(text)) return fail('looks like an email address');
		const rest = text.slice(scheme[0].length);
		const authority = rest.slice(0, rest.search(/[/?#\\]|$/));
		if (authority.slice(authority.lastIndexOf('@') + 1) === '') return fail('is a URL with no host');
		// Any scheme is read as http so that the host comes back decoded and in punycode.
		return hostFromUrl(`http://${rest}`, 'took the host from a pasted URL');
	}
	if (/^mailto:/i.test(text)) return fail('looks like an email address');
	if (text.startsWith('//')) return hostFromUrl(`http:${text}`, 'took the host from a pasted URL');
	const cut = text.search(/[/?#\\]/);
	if (cut === 0) return fail(text[0] === '/' || text[0] === '\\' ? 'is a path, not a domain name' : `starts with '${text[0]}'`);
	if (cut > 0) {
		if (text.lastIndexOf('@', cut) !== -1) return undefined;
		return hostFromUrl(`http://${text}`, 'took the host from a pasted address');
	}
	const colon = text.indexOf(':');
	if (colon !== -1) {
		if (/^\[.*\](?::\d*)?$/.test(text) || isIP(text) !== 0) return fail('is an IP address, not a domain name');
		if (/^[^:]+:\d{1,5}$/.test(text)) return hostFromUrl(`http://${text}`, 'left out the port');
		return fail(`contains ':'; only letters, digits, hyphens and dots are allowed`);
	}
	return undefined;
}

function hostFromUrl(url: string, notice: string): AddressHost {
	let host: string;
	try {
		host = new URL(url).hostname;
	} catch {
		return fail('is a URL whose host is not a valid name');
	}
	if (host === '') return fail('is a URL with no host');
	if (host.startsWith('[') || isIP(host) !== 0) return fail('is a URL with an IP address, not a domain name');
	// A web address names a site, usually at www.; the domain to order is the name under it.
	if (/^www\d*\.[^.]+\.[^.]+/.test(host)) return {ok: true, host: host.replace(/^www\d*\./, ''), notice: `${notice}, without its www.`};
	return {ok: true, host, notice};
}

function explainUnconvertible(text: string): string {
	for (const label of text.split(/[.\u3002\uff0e\uff61]/)) {
		if (label !== '' && domainToASCII(label) === '') return `label '${label}' cannot be converted to punycode`;
	}
	return 'cannot be converted to punycode';
}

/** Why a lowercase ASCII name (no trailing dot) is not registrable, or undefined when it is. */
function describeInvalidAscii(name: string): string | undefined {
	if (name === '') return 'is empty';
	if (name.length > MAX_NAME_LENGTH) return `is ${name.length} characters long; the limit is ${MAX_NAME_LENGTH}`;
	if (isIP(name) !== 0) return 'is an IP address, not a domain name';
	if (name.startsWith('.')) return 'starts with a dot';
	if (name.endsWith('.')) return 'ends with two dots';
	const labels = name.split('.');
	if (labels.length < 2) return REASON_NO_TLD;
	for (const label of labels) {
		const problem = describeInvalidLabel(label);
		if (problem) return problem;
	}
	const tld = labels[labels.length - 1]!;
	if (!tld.startsWith('xn--')) {
		if (!/^[a-z]+$/.test(tld)) return /^\d+$/.test(tld) ? `TLD '${tld}' is a number; a TLD is letters only` : `TLD '${tld}' is not letters only`;
		if (tld.length < 2) return `TLD '${tld}' is one letter; every TLD has at least two`;
	}
	if (name.includes('xn--') && domainToASCII(name) === '') {
		const broken = labels.find((l) => l.startsWith('xn--') && domainToASCII(l) === '');
		return broken ? `label '${broken}' is not valid punycode` : 'is not a valid internationalised name';
	}
	return undefined;
}

function describeInvalidLabel(label: string): string | undefined {
	if (label === '') return 'has two dots in a row';
	if (label.length > MAX_LABEL_LENGTH) return `label '${shorten(label)}' is ${label.length} characters long; the limit is ${MAX_LABEL_LENGTH}`;
	if (label === '*') return 'is a wildcard; give the name itself';
	if (!LABEL_CHARS.test(label)) {
		const bad = /[^a-z0-9-]/.exec(label)![0];
		return `label '${shorten(label)}' contains '${bad}'; only letters, digits and hyphens are allowed`;
	}
	if (label.startsWith('-')) return `label '${label}' starts with a hyphen`;
	if (label.endsWith('-')) return `label '${label}' ends with a hyphen`;
	if (label.slice(2, 4) === '--' && !label.startsWith('xn--')) return `label '${label}' has '--' in the third and fourth places, which only punycode (xn--) names may have`;
	return undefined;
}

function shorten(label: string): string {
	return label.length > 24 ? `${label.slice(0, 20)}…` : label;
}
