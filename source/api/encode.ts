// Wire encoding shared by the client (to send) and the sandbox (to read back and to verify signatures).

/** RFC 3986 percent-encoding as Alibaba's signature algorithms require: space → %20, `*` → %2A, `~` kept. */
export function percentEncode(value: string): string {
	// Most values (names, keys, numbers) are unreserved characters already, which encode to themselves.
	if (UNRESERVED.test(value)) return value;
	return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;

export type WireParams = Record<string, string>;

/**
 * Flattens typed parameters into wire form: arrays become 1-based repeat lists
 * (`OrderActivateParam.1.DomainName`), booleans `true`/`false`, numbers decimal; absent values are left out.
 */
export function flattenParams(params: Record<string, unknown>): WireParams {
	const out: WireParams = {};
	const put = (key: string, value: unknown): void => {
		if (value === undefined || value === null) return;
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) put(`${key}.${i + 1}`, value[i]);
		} else if (typeof value === 'object') {
			for (const k in value) put(`${key}.${k}`, (value as Record<string, unknown>)[k]);
		} else {
			out[key] = String(value);
		}
	};
	for (const key in params) put(key, params[key]);
	return out;
}

/** The inverse of flattenParams: `A.1.B=x` → `{A: [{B: 'x'}]}`. Values stay strings; the schema types them. */
export function unflattenParams(wire: WireParams): Record<string, unknown> {
	const root: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(wire)) {
		const parts = key.split('.');
		let node: Record<string, unknown> = root;
		for (let i = 0; i < parts.length - 1; i++) {
			const part = parts[i]!;
			const next = node[part];
			if (typeof next !== 'object' || next === null) node[part] = {};
			node = node[part] as Record<string, unknown>;
		}
		node[parts[parts.length - 1]!] = value;
	}
	return listify(root) as Record<string, unknown>;
}

// Objects whose keys are all 1-based indexes become arrays (gaps are dropped, order by index).
function listify(node: unknown): unknown {
	if (typeof node !== 'object' || node === null) return node;
	const entries = Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, listify(v)] as const);
	if (entries.length > 0 && entries.every(([k]) => /^[1-9]\d*$/.test(k))) {
		return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
	}
	return Object.fromEntries(entries);
}

export function formEncode(params: WireParams): string {
	let body = '';
	for (const key in params) body += `${body === '' ? '' : '&'}${percentEncode(key)}=${percentEncode(params[key]!)}`;
	return body;
}

export function formDecode(body: string): WireParams {
	const out: WireParams = {};
	for (const [k, v] of new URLSearchParams(body)) out[k] = v;
	return out;
}
