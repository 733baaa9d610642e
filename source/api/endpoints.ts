// Where the Domain API lives. Which product an international-site account should call today is UNCONFIRMED
// (docs/api.md, Endpoints and versions), so endpoint and version are both overridable.
import {API_VERSION} from './schema.js';

export type Site = 'cn' | 'intl';

export const SITES: Record<Site, {endpoint: string; version: string}> = {
	cn: {endpoint: 'https://domain.aliyuncs.com', version: API_VERSION.domain},
	intl: {endpoint: 'https://domain-intl.aliyuncs.com', version: API_VERSION['domain-intl']},
};

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
