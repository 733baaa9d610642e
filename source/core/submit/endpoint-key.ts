// Which batches belong to the account a command is using (docs/never-order-twice.md): the same Alibaba account and
// product when both sides know it (STS AccountId: the main key and a RAM user's key are one account, and any name of
// the server is the same server); otherwise the same AccessKey ID and the same endpoint, compared in canonical form so
// that another spelling of one server is the same server.

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

/** The Alibaba account a key belongs to, and the product it orders from: what the submit lock is keyed by. */
export interface AccountIdentity {
	accountId: string;
	/** 'Domain' or 'Domain-intl'. */
	product: string;
}

/** Whether a journaled batch was made with this account at this server. */
export function sameAccount(
	account: {accessKeyId: string; endpoint: string; accountId?: string; product?: string},
	accessKeyId: string,
	endpoint: string,
	identity?: AccountIdentity,
): boolean {
	if (account.accountId && identity)
		return account.accountId === identity.accountId && (account.product ?? 'Domain') === identity.product;
	return account.accessKeyId === accessKeyId && sameEndpoint(account.endpoint, endpoint);
}
