// Answers in XML for a request that asks `Format=XML`, as Alibaba's RPC gateway does (docs/sandbox.md): the root is
// `ActionResponse` (an error's is `Error`), each field an element, a list its element repeated.
export function toXml(root: string, body: unknown): string {
	return `<?xml version="1.0" encoding="UTF-8"?>${element(root, body)}`;
}

function element(name: string, value: unknown): string {
	if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
	if (value === null || value === undefined) return `<${name}/>`;
	if (typeof value === 'object') {
		const inner = Object.entries(value as Record<string, unknown>)
			.map(([key, child]) => element(key, child))
			.join('');
		return `<${name}>${inner}</${name}>`;
	}
	return `<${name}>${escape(String(value))}</${name}>`;
}

function escape(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
