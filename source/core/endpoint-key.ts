// Which batches belong to the account a command is using: the same AccessKey ID and the same endpoint, compared in
// canonical form so that another spelling of one server is the same server (docs/never-order-twice.md).

/** Names for the loopback host that all reach this machine; they are one server. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0:0:0:0:0:0:0:1']);
const DEFAULT_PORTS: Record<string, string> = {'http:': '80', 'https:': '443'};

/**
 * The endpoint in one spelling: scheme and host lower-cased, the scheme's default port dropped, a trailing slash
 * dropped, and every loopback spelling written 127.0.0.1. What is not a URL (the built-in sandbox's name) is
 * returned as it is.
 */
export function canonicalEndpoint(endpoint: string): string {
	let url: URL;
	try {
		url = new URL(endpoint.trim());
	} catch {
		return endpoint;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return endpoint;
	let host = url.hostname.toLowerCase();
	if (LOOPBACK.has(host)) host = '127.0.0.1';
	const port = url.port && url.port !== DEFAULT_PORTS[url.protocol] ? `:${url.port}` : '';
	const path = url.pathname.replace(/\/+$/, '');
	return `${url.protocol}//${host}${port}${path}`;
}

export function sameEndpoint(a: string, b: string): boolean {
	return canonicalEndpoint(a) === canonicalEndpoint(b);
}

/** Whether a journaled batch was made with this account at this server. */
export function sameAccount(account: {accessKeyId: string; endpoint: string}, accessKeyId: string, endpoint: string): boolean {
	return account.accessKeyId === accessKeyId && sameEndpoint(account.endpoint, endpoint);
}
