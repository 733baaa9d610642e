// The value at a path in a decoded answer or request (a validation issue's path), or undefined where the path runs
// out: the client names a missing field with it, the sandbox a missing parameter.
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node = root;
	for (const part of path) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Record<PropertyKey, unknown>)[part as string];
	}
	return node;
}
