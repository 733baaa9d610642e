// One domain name as the user typed or pasted it → the exact ASCII name the API gets, or a reason in plain words.
// Names cost money, so anything ambiguous is refused rather than guessed; the only repairs made are the ones a
// person would make without asking (case, a trailing dot, the host of a pasted URL), and each is reported.
import {isIP} from 'node:net';
import {domainToASCII, domainToUnicode} from 'node:url';
import {messages} from '../../i18n/index.js';
import {findScriptProblem} from './name-scripts.js';
import {registrableOf} from './public-suffix.js';

// Each reason completes a sentence whose subject is the item as typed: `'a b.com' contains a space`.
const reasons = messages({
	dnsEmpty: {
		en: 'is empty; give a name server host name like ns1.example.com',
		zh: '为空；请填写名称服务器的主机名，如 ns1.example.com',
	},
	dnsIp: {
		en: 'is an IP address; give the name server’s host name, like ns1.example.com',
		zh: '是 IP 地址；请填写名称服务器的主机名，如 ns1.example.com',
	},
	dnsUrl: {
		en: 'is a URL; give just the host name, like ns1.example.com',
		zh: '是网址；只填主机名即可，如 ns1.example.com',
	},
	dnsPort: {
		en: 'has a port; give just the host name, like ns1.example.com',
		zh: '带有端口；只填主机名即可，如 ns1.example.com',
	},
	dnsSame: {
		en: (first: string) => `is the same name server as ${first}; give two different name servers`,
		zh: (first: string) => `与 ${first} 是同一个名称服务器；请填写两个不同的名称服务器`,
	},
	dnsSingleLabel: {
		en: 'is a single label; a name server needs a full host name like ns1.example.com',
		zh: '只有一级；名称服务器需要完整的主机名，如 ns1.example.com',
	},
	join: {en: (a: string, b: string) => `${a}; ${b}`, zh: (a: string, b: string) => `${a}；${b}`},
	noTld: {en: 'has no TLD (like .com)', zh: '缺少顶级域（如 .com）'},
	empty: {en: 'is empty', zh: '为空'},
	email: {en: 'looks like an email address', zh: '像是电子邮箱地址'},
	emailDomain: {
		en: (after: string) => `looks like an email address; the domain would be '${after}'`,
		zh: (after: string) => `像是电子邮箱地址；其中的域名是 '${after}'`,
	},
	lookAlike: {
		en: (ascii: string) => `typed with full-width or look-alike characters; read as ${ascii}`,
		zh: (ascii: string) => `含有全角或形近字符；已按 ${ascii} 读取`,
	},
	space: {en: 'contains a space', zh: '包含空格'},
	whitespace: {en: (cp: string) => `contains whitespace (${cp})`, zh: (cp: string) => `包含空白字符（${cp}）`},
	control: {en: (cp: string) => `contains a control character (${cp})`, zh: (cp: string) => `包含控制字符（${cp}）`},
	invisible: {
		en: (cp: string) => `contains an invisible character (${cp})`,
		zh: (cp: string) => `包含不可见字符（${cp}）`,
	},
	urlNoHost: {en: 'is a URL with no host', zh: '是没有主机名的网址'},
	fromUrl: {en: 'took the host from a pasted URL', zh: '已从粘贴的网址中取出主机名'},
	fromAddress: {en: 'took the host from a pasted address', zh: '已从粘贴的地址中取出主机名'},
	path: {en: 'is a path, not a domain name', zh: '是路径，不是域名'},
	startsWith: {en: (c: string) => `starts with '${c}'`, zh: (c: string) => `以 '${c}' 开头`},
	ip: {en: 'is an IP address, not a domain name', zh: '是 IP 地址，不是域名'},
	noPort: {en: 'left out the port', zh: '已去掉端口'},
	colon: {
		en: `contains ':'; only letters, digits, hyphens and dots are allowed`,
		zh: `包含 ':'；只能使用字母、数字、连字符和点`,
	},
	urlBadHost: {en: 'is a URL whose host is not a valid name', zh: '是网址，但其主机名无效'},
	urlIp: {en: 'is a URL with an IP address, not a domain name', zh: '是带 IP 地址的网址，不是域名'},
	withoutWww: {
		en: (notice: string) => `${notice}, without its www.`,
		zh: (notice: string) => `${notice}，并去掉了 www.`,
	},
	labelNoPunycode: {
		en: (label: string) => `label '${label}' cannot be converted to punycode`,
		zh: (label: string) => `标签 '${label}' 无法转换为 punycode`,
	},
	noPunycode: {en: 'cannot be converted to punycode', zh: '无法转换为 punycode'},
	tooLong: {
		en: (n: number, max: number) => `is ${n} characters long; the limit is ${max}`,
		zh: (n: number, max: number) => `长 ${n} 个字符；上限为 ${max}`,
	},
	leadingDot: {en: 'starts with a dot', zh: '以点开头'},
	twoDotsAtEnd: {en: 'ends with two dots', zh: '以两个点结尾'},
	tldNumber: {
		en: (tld: string) => `TLD '${tld}' is a number; a TLD is letters only`,
		zh: (tld: string) => `顶级域 '${tld}' 是数字；顶级域只能是字母`,
	},
	tldNotLetters: {
		en: (tld: string) => `TLD '${tld}' is not letters only`,
		zh: (tld: string) => `顶级域 '${tld}' 不全是字母`,
	},
	tldOneLetter: {
		en: (tld: string) => `TLD '${tld}' is one letter; every TLD has at least two`,
		zh: (tld: string) => `顶级域 '${tld}' 只有一个字母；顶级域至少两个字母`,
	},
	labelBadPunycode: {
		en: (label: string) => `label '${label}' is not valid punycode`,
		zh: (label: string) => `标签 '${label}' 不是有效的 punycode`,
	},
	badIdn: {en: 'is not a valid internationalised name', zh: '不是有效的国际化域名'},
	twoDots: {en: 'has two dots in a row', zh: '有两个连续的点'},
	labelTooLong: {
		en: (label: string, n: number, max: number) => `label '${label}' is ${n} characters long; the limit is ${max}`,
		zh: (label: string, n: number, max: number) => `标签 '${label}' 长 ${n} 个字符；上限为 ${max}`,
	},
	wildcard: {en: 'is a wildcard; give the name itself', zh: '是通配符；请填写具体的域名'},
	labelBadChar: {
		en: (label: string, bad: string) =>
			`label '${label}' contains '${bad}'; only letters, digits and hyphens are allowed`,
		zh: (label: string, bad: string) => `标签 '${label}' 包含 '${bad}'；只能使用字母、数字和连字符`,
	},
	labelLeadingHyphen: {
		en: (label: string) => `label '${label}' starts with a hyphen`,
		zh: (label: string) => `标签 '${label}' 以连字符开头`,
	},
	labelTrailingHyphen: {
		en: (label: string) => `label '${label}' ends with a hyphen`,
		zh: (label: string) => `标签 '${label}' 以连字符结尾`,
	},
	subdomain: {
		en: (domain: string) => `is a subdomain of ${domain}; only ${domain} can be registered`,
		zh: (domain: string) => `是 ${domain} 的子域名；只能注册 ${domain}`,
	},
	publicSuffix: {
		en: (name: string) => `is a public suffix, not a name; register a name under it, like example.${name}`,
		zh: (name: string) => `是公共后缀，不是域名；请注册它下面的名字，如 example.${name}`,
	},
	mixedScripts: {
		en: (label: string, scripts: string, cp: string, script: string) =>
			`mixes ${scripts} letters in '${label}' (${cp} is ${script}); such names imitate others and registries refuse them`,
		zh: (label: string, scripts: string, cp: string, script: string) =>
			`在 '${label}' 中混用了${scripts}字母（${cp} 是${script}）；这类域名冒充其他域名，注册局不予受理`,
	},
	emoji: {
		en: (label: string, cp: string) => `contains an emoji in '${label}' (${cp}); registries refuse emoji in names`,
		zh: (label: string, cp: string) => `在 '${label}' 中含有表情符号（${cp}）；注册局不受理含表情符号的域名`,
	},
	scriptsJoin: {en: (names: string[]) => names.join(' and '), zh: (names: string[]) => names.join('与')},
	labelReservedHyphens: {
		en: (label: string) =>
			`label '${label}' has '--' in the third and fourth places, which only punycode (xn--) names may have`,
		zh: (label: string) => `标签 '${label}' 的第三、四位是 '--'，只有 punycode（xn--）域名可以这样`,
	},
});

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
const NON_ASCII = /\P{ASCII}/u;
const LABEL_CHARS = /^[a-z0-9-]*$/;

export function normalizeDomain(input: string): NormalizedName {
	const trimmed = input.trim();
	const lower = trimmed.toLowerCase();
	const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
	if (name.length <= MAX_NAME_LENGTH && PLAIN_NAME.test(name) && !name.includes('--')) {
		const problem = describeUnregistrable(name);
		return problem ? fail(problem) : {ok: true, name};
	}
	const result = normalizeSlowly(trimmed);
	if (!result.ok) return result;
	const problem =
		(result.unicode === undefined ? undefined : describeLookAlike(result.unicode)) ??
		describeUnregistrable(result.name);
	return problem ? fail(problem) : result;
}

/**
 * The Public Suffix List decides only what the name rules cannot: whether a valid name is the one a registry sells
 * (`bar.net`), a subdomain of it (`shop.bar.net`), or a suffix itself (`co.uk`). See core/names/public-suffix.ts.
 */
function describeUnregistrable(name: string): string | undefined {
	const registrable = registrableOf(name);
	if (registrable.kind === 'subdomain') return reasons.subdomain(registrable.domain);
	if (registrable.kind === 'suffix') return reasons.publicSuffix(name);
	return undefined;
}

function describeLookAlike(unicode: string): string | undefined {
	const problem = findScriptProblem(unicode);
	if (!problem) return undefined;
	if (problem.kind === 'emoji') return reasons.emoji(problem.label, problem.codePoint);
	return reasons.mixedScripts(problem.label, reasons.scriptsJoin(problem.scripts), problem.codePoint, problem.script);
}

/** A custom name server's host name (`--dns`): a full host name, never an address or a URL. */
export function validateHostName(input: string): HostNameResult {
	const trimmed = input.trim();
	if (trimmed === '') return {ok: false, reason: reasons.dnsEmpty};
	const bare = trimmed.replace(/^\[(.*)\]$/, '$1');
	if (isIP(bare) !== 0) return {ok: false, reason: reasons.dnsIp};
	if (URL_SCHEME.test(trimmed) || /[/?#@]/.test(trimmed)) return {ok: false, reason: reasons.dnsUrl};
	if (/:\d*$/.test(trimmed)) return {ok: false, reason: reasons.dnsPort};
	const result = normalizeSlowly(trimmed);
	if (!result.ok) {
		if (result.reason === reasons.noTld) return {ok: false, reason: reasons.dnsSingleLabel};
		return result;
	}
	return {ok: true, name: result.name};
}

/**
 * The two custom name servers of a registration, each checked and written in one spelling (`NS1.x.net.` and
 * `ns1.x.net` are one server, so such a pair is refused); on a problem, which of the two it is and why.
 */
export function validateNameServers(
	hosts: readonly [string, string],
): {ok: true; servers: [string, string]} | {ok: false; index: 0 | 1; reason: string} {
	const names: string[] = [];
	for (const index of [0, 1] as const) {
		const checked = validateHostName(hosts[index]);
		if (!checked.ok) return {ok: false, index, reason: checked.reason};
		names.push(checked.name);
	}
	if (names[0] === names[1]) return {ok: false, index: 1, reason: reasons.dnsSame(names[0]!)};
	return {ok: true, servers: [names[0]!, names[1]!]};
}

function normalizeSlowly(trimmed: string): NormalizedName {
	if (trimmed === '') return fail(reasons.empty);
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
		return fail(after ? reasons.emailDomain(after) : reasons.email);
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
		notice = joinNotices(notice, reasons.lookAlike(ascii));
	}
	if (notice) result.notice = notice;
	return result;
}

/** A name as people read it: `中文.com` for `xn--fiq228c.com`, so a screen lists a name as the editor shows it. */
export function shownDomain(ascii: string): string {
	if (!ascii.includes('xn--')) return ascii;
	return domainToUnicode(ascii) || ascii;
}

function fail(reason: string): {ok: false; reason: string} {
	return {ok: false, reason};
}

function joinNotices(a: string | undefined, b: string): string {
	return a ? reasons.join(a, b) : b;
}

function findUnusableCharacter(text: string): string | undefined {
	const space = /\s/.exec(text);
	if (space) return space[0] === ' ' ? reasons.space : reasons.whitespace(codePoint(space[0]));
	const control = CONTROL.exec(text);
	if (control) return reasons.control(codePoint(control[0]));
	const invisible = INVISIBLE.exec(text);
	if (invisible) return reasons.invisible(codePoint(invisible[0]));
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
		if (/^mailto:/i.test(text)) return fail(reasons.email);
		const rest = text.slice(scheme[0].length);
		const authority = rest.slice(0, rest.search(/[/?#\\]|$/));
		if (authority.slice(authority.lastIndexOf('@') + 1) === '') return fail(reasons.urlNoHost);
		// Any scheme is read as http so that the host comes back decoded and in punycode.
		return hostFromUrl(`http://${rest}`, reasons.fromUrl);
	}
	if (/^mailto:/i.test(text)) return fail(reasons.email);
	if (text.startsWith('//')) return hostFromUrl(`http:${text}`, reasons.fromUrl);
	const cut = text.search(/[/?#\\]/);
	if (cut === 0) return fail(text[0] === '/' || text[0] === '\\' ? reasons.path : reasons.startsWith(text[0]!));
	if (cut > 0) {
		if (text.lastIndexOf('@', cut) !== -1) return undefined;
		return hostFromUrl(`http://${text}`, reasons.fromAddress);
	}
	const colon = text.indexOf(':');
	if (colon !== -1) {
		if (/^\[.*\](?::\d*)?$/.test(text) || isIP(text) !== 0) return fail(reasons.ip);
		if (/^[^:]+:\d{1,5}$/.test(text)) return hostFromUrl(`http://${text}`, reasons.noPort);
		return fail(reasons.colon);
	}
	return undefined;
}

function hostFromUrl(url: string, notice: string): AddressHost {
	let host: string;
	try {
		host = new URL(url).hostname;
	} catch {
		return fail(reasons.urlBadHost);
	}
	if (host === '') return fail(reasons.urlNoHost);
	if (host.startsWith('[') || isIP(host) !== 0) return fail(reasons.urlIp);
	// A web address names a site, usually at www.; the domain to order is the name under it.
	if (/^www\d*\.[^.]+\.[^.]+/.test(host))
		return {ok: true, host: host.replace(/^www\d*\./, ''), notice: reasons.withoutWww(notice)};
	return {ok: true, host, notice};
}

function explainUnconvertible(text: string): string {
	for (const label of text.split(/[.\u3002\uff0e\uff61]/)) {
		if (label !== '' && domainToASCII(label) === '') return reasons.labelNoPunycode(label);
	}
	return reasons.noPunycode;
}

/** Why a lowercase ASCII name (no trailing dot) is not registrable, or undefined when it is. */
function describeInvalidAscii(name: string): string | undefined {
	if (name === '') return reasons.empty;
	if (name.length > MAX_NAME_LENGTH) return reasons.tooLong(name.length, MAX_NAME_LENGTH);
	if (isIP(name) !== 0) return reasons.ip;
	if (name.startsWith('.')) return reasons.leadingDot;
	if (name.endsWith('.')) return reasons.twoDotsAtEnd;
	const labels = name.split('.');
	if (labels.length < 2) return reasons.noTld;
	for (const label of labels) {
		const problem = describeInvalidLabel(label);
		if (problem) return problem;
	}
	const tld = labels[labels.length - 1]!;
	if (!tld.startsWith('xn--')) {
		if (!/^[a-z]+$/.test(tld)) return /^\d+$/.test(tld) ? reasons.tldNumber(tld) : reasons.tldNotLetters(tld);
		if (tld.length < 2) return reasons.tldOneLetter(tld);
	}
	if (name.includes('xn--') && domainToASCII(name) === '') {
		const broken = labels.find((l) => l.startsWith('xn--') && domainToASCII(l) === '');
		return broken ? reasons.labelBadPunycode(broken) : reasons.badIdn;
	}
	return undefined;
}

function describeInvalidLabel(label: string): string | undefined {
	if (label === '') return reasons.twoDots;
	if (label.length > MAX_LABEL_LENGTH) return reasons.labelTooLong(shorten(label), label.length, MAX_LABEL_LENGTH);
	if (label === '*') return reasons.wildcard;
	if (!LABEL_CHARS.test(label)) {
		const bad = /[^a-z0-9-]/.exec(label)![0];
		return reasons.labelBadChar(shorten(label), bad);
	}
	if (label.startsWith('-')) return reasons.labelLeadingHyphen(label);
	if (label.endsWith('-')) return reasons.labelTrailingHyphen(label);
	if (label.slice(2, 4) === '--' && !label.startsWith('xn--')) return reasons.labelReservedHyphens(label);
	return undefined;
}

function shorten(label: string): string {
	return label.length > 24 ? `${label.slice(0, 20)}…` : label;
}
