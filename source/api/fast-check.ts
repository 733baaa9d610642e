// A quick yes/no over an answer that is already in the documented shape, derived from the shared schema, so the
// client can skip zod's full parse for the common case. Anything else (a number where a string is documented, a
// lone object where a list is, a missing wrapper, a schema feature not understood here) answers "no", and the
// answer goes through the schema's parse, which coerces it or names what is wrong. Profiled: the full parse of
// a 1,000-row page costs about as much as the HTTP round trip.
import type {z} from 'zod';

type Check = (value: unknown) => boolean;
type Def = {type: string; [key: string]: unknown};
type CheckDef = {check?: string; format?: string; value?: number; inclusive?: boolean; _zod?: {def: CheckDef}};

const never: Check = () => false;
const cache = new WeakMap<object, Check>();

/** True only when `schema.parse(value)` would succeed and return a value equal to `value`. */
export function fastCheck(schema: z.ZodType): Check {
	let check = cache.get(schema);
	if (!check) {
		check = compile(schema);
		cache.set(schema, check);
	}
	return check;
}

function defOf(schema: unknown): Def {
	return (schema as {_zod: {def: Def}})._zod.def;
}

function compile(schema: unknown): Check {
	const def = defOf(schema);
	switch (def.type) {
		case 'optional': {
			const inner = compile(def.innerType);
			return (v) => v === undefined || inner(v);
		}
		case 'pipe':
			// Our wire helpers preprocess (string → number and the like) and leave a value of the right type as it is.
			return defOf(def.in).type === 'transform' ? compile(def.out) : never;
		case 'string':
			return (def.checks as unknown[] | undefined)?.length ? never : (v) => typeof v === 'string';
		case 'boolean':
			return (v) => typeof v === 'boolean';
		case 'number':
			return numberCheck((def.checks as CheckDef[] | undefined) ?? []);
		case 'array': {
			if ((def.checks as unknown[] | undefined)?.length) return never;
			const item = compile(def.element);
			return (v) => {
				if (!Array.isArray(v)) return false;
				for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
				return true;
			};
		}
		case 'object':
			return objectCheck(def);
		default:
			return never;
	}
}

function numberCheck(checks: CheckDef[]): Check {
	let integer = false;
	let min = -Infinity;
	let max = Infinity;
	for (const raw of checks) {
		const c = raw._zod?.def ?? raw;
		if (c.check === 'number_format' && c.format === 'safeint') integer = true;
		else if (c.check === 'greater_than' && c.inclusive) min = c.value!;
		else if (c.check === 'less_than' && c.inclusive) max = c.value!;
		else return never;
	}
	if (integer) return (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
	return (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}

function objectCheck(def: Def): Check {
	if ((def.checks as unknown[] | undefined)?.length) return never;
	// A strict object would refuse extra keys and a stripping one would drop them: only a loose one passes them as they are.
	const catchall = def.catchall ? defOf(def.catchall).type : undefined;
	if (catchall !== 'unknown') return never;
	const entries = Object.entries(def.shape as Record<string, unknown>);
	const keys = entries.map(([key]) => key);
	const checks = entries.map(([, schema]) => compile(schema));
	const n = keys.length;
	return (v) => {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
		const record = v as Record<string, unknown>;
		for (let i = 0; i < n; i++) if (!checks[i]!(record[keys[i]!])) return false;
		return true;
	};
}
