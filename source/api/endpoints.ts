// Where the Domain API lives. Which product an international-site account should call today is UNCONFIRMED
// (docs/api.md, Endpoints and versions), so endpoint and version are both overridable.
import {messages} from '../i18n/index.js';
import {API_VERSION} from './schema.js';

export type Site = 'cn' | 'intl';

/**
 * `billing` is where the account balance is read (docs/api.md "The account balance"). business.aliyuncs.com is the
 * documented endpoint of BssOpenApi; the international site's endpoint is UNCONFIRMED, hence --billing-endpoint.
 */
export const SITES: Record<Site, {endpoint: string; version: string; billing: string}> = {
	cn: {endpoint: 'https://domain.aliyuncs.com', version: API_VERSION.domain, billing: 'https://business.aliyuncs.com'},
	intl: {
		endpoint: 'https://domain-intl.aliyuncs.com',
		version: API_VERSION['domain-intl'],
		billing: 'https://business.ap-southeast-1.aliyuncs.com',
	},
};

/**
 * Where the balance is read when no billing endpoint is given: Alibaba's own for an Alibaba endpoint, otherwise the
 * endpoint itself (a local sandbox answers both APIs).
 */
export function defaultBillingEndpoint(endpoint: string, site: Site): string {
	return /(^|\.)aliyuncs\.com$/i.test(new URL(normalizeEndpoint(endpoint)).hostname)
		? SITES[site].billing
		: normalizeEndpoint(endpoint);
}

/**
 * Where STS (GetCallerIdentity) is called: Alibaba's central STS endpoint for an Alibaba endpoint, otherwise the
 * endpoint itself (a local sandbox answers STS too, docs/sandbox.md).
 */
export const STS_ENDPOINT = 'https://sts.aliyuncs.com';

export function defaultStsEndpoint(endpoint: string): string {
	return /(^|\.)aliyuncs\.com$/i.test(new URL(normalizeEndpoint(endpoint)).hostname)
		? STS_ENDPOINT
		: normalizeEndpoint(endpoint);
}

const text = messages({
	scheme: {
		en: (endpoint: string, scheme: string) =>
			`the endpoint ${endpoint} uses ${scheme}; the Domain API is reached over https:// (or http:// for a local sandbox).`,
		zh: (endpoint: string, scheme: string) =>
			`端点 ${endpoint} 使用 ${scheme}；域名 API 须通过 https://（本地沙箱可用 http://）访问。`,
	},
	malformed: {
		en: (endpoint: string) =>
			`the endpoint '${endpoint}' is not a URL; give a host name or a URL like https://domain.aliyuncs.com or http://127.0.0.1:8080.`,
		zh: (endpoint: string) =>
			`端点 '${endpoint}' 不是 URL；请给出主机名，或如 https://domain.aliyuncs.com、http://127.0.0.1:8080 的 URL。`,
	},
});

/** An endpoint that cannot be used: another scheme, or not a URL at all. A mistake in the command line or the account. */
export class InvalidEndpointError extends Error {
	override readonly name = 'InvalidEndpointError';
}

/**
 * Accepts `domain.aliyuncs.com`, `https://…`, `http://127.0.0.1:8080`, `http://[::1]:8080`; returns a URL with no
 * trailing path. Another scheme (`ftp://…`) or what is not a URL is refused, never guessed at.
 */
export function normalizeEndpoint(endpoint: string): string {
	const trimmed = endpoint.trim();
	const scheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(trimmed)?.[1];
	if (scheme && !/^https?$/i.test(scheme)) throw new InvalidEndpointError(text.scheme(trimmed, `${scheme}://`));
	let url: URL;
	try {
		url = new URL(scheme ? trimmed : `https://${trimmed}`);
	} catch {
		throw new InvalidEndpointError(text.malformed(trimmed));
	}
	if (!url.hostname) throw new InvalidEndpointError(text.malformed(trimmed));
	return `${url.protocol}//${url.host}`;
}

/** The host name to connect to: an IPv6 literal without the brackets a URL writes around it. */
export function connectHost(url: URL): string {
	return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** The API version for an endpoint: the intl product answers 2017-12-18, everything else 2018-01-29. */
export function versionForEndpoint(endpoint: string): string {
	return new URL(normalizeEndpoint(endpoint)).hostname.startsWith('domain-intl.')
		? API_VERSION['domain-intl']
		: API_VERSION.domain;
}
