// Where the Domain API lives. Which product an international-site account should call today is UNCONFIRMED
// (docs/api.md, Endpoints and versions), so endpoint and version are both overridable.
import {API_VERSION} from './schema.js';

export type Site = 'cn' | 'intl';

/**
 * `billing` is where the account balance is read (docs/api.md "The account balance"). business.aliyuncs.com is the
 * documented endpoint of BssOpenApi; the international site's endpoint is UNCONFIRMED, hence --billing-endpoint.
 */
export const SITES: Record<Site, {endpoint: string; version: string; billing: string}> = {
	cn: {endpoint: 'https://domain.aliyuncs.com', version: API_VERSION.domain, billing: 'https://business.aliyuncs.com'},
	intl: {endpoint: 'https://domain-intl.aliyuncs.com', version: API_VERSION['domain-intl'], billing: 'https://business.ap-southeast-1.aliyuncs.com'},
};

/**
 * Where the balance is read when no billing endpoint is given: Alibaba's own for an Alibaba endpoint, otherwise the
 * endpoint itself (a local sandbox answers both APIs).
 */
export function defaultBillingEndpoint(endpoint: string, site: Site): string {
	return /(^|\.)aliyuncs\.com$/i.test(new URL(normalizeEndpoint(endpoint)).hostname) ? SITES[site].billing : normalizeEndpoint(endpoint);
}

/**
 * Where STS (GetCallerIdentity) is called: Alibaba's central STS endpoint for an Alibaba endpoint, otherwise the
 * endpoint itself (a local sandbox answers STS too, docs/sandbox.md).
 */
export const STS_ENDPOINT = 'https://sts.aliyuncs.com';

export function defaultStsEndpoint(endpoint: string): string {
	return /(^|\.)aliyuncs\.com$/i.test(new URL(normalizeEndpoint(endpoint)).hostname) ? STS_ENDPOINT : normalizeEndpoint(endpoint);
}

/** Accepts `domain.aliyuncs.com`, `https://…`, `http://127.0.0.1:8080`; returns a URL with no trailing path. */
export function normalizeEndpoint(endpoint: string): string {
	const withScheme = /^https?:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
	const url = new URL(withScheme);
	return `${url.protocol}//${url.host}`;
}

/** The API version for an endpoint: the intl product answers 2017-12-18, everything else 2018-01-29. */
export function versionForEndpoint(endpoint: string): string {
	return new URL(normalizeEndpoint(endpoint)).hostname.startsWith('domain-intl.') ? API_VERSION['domain-intl'] : API_VERSION.domain;
}
