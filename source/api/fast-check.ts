// A quick yes/no over an answer that is already in the documented shape, derived from the shared schema, so the
// client can skip zod's full parse for the common case. Anything else (a number where a string is documented, a
// lone object where a list is, a missing wrapper, a schema feature not understood here) answers "no", and the
// answer goes through the schema's parse, which coerces it or names what is wrong. Profiled: the full parse of
// a 1,000-row page cost about as much as the HTTP round trip; this check costs a few per cent of JSON.parse.
// The check is compiled to one function per schema (as zod itself does), so a row is tested without a call per field.
import type {z} from 'zod';

type Check = (value: unknown) => boolean;
type Def = {type: string; [key: string]: unknown};
type CheckDef = {check?: string; format?: string; value?: number; inclusive?: boolean; _zod?: {def: CheckDef}};

const cache = new WeakMap<object, Check>();

/** True only when `schema.parse(value)` would succeed and return a value equal to `value`. */
export function fastCheck(schema: z.ZodType): Check {
	let check = cache.get(schema);
	if (!check) {
		check = build(schema);
		cache.set(schema, check);
	}
	return check;
}

/** Thrown while compiling when the schema uses something this check does not understand: it then always says no. */
class Unsupported extends Error {}

function build(schema: unknown): Check {
	const helpers: Check[] = [];
	try {
		const body = expression(schema, 'v', helpers, {n: 0});
		return new Function('h', `return (v) => ${body};`)(helpers) as Check;
	} catch (error) {
		if (error instanceof Unsupported) return () => false;
		throw error;
	}
}

function defOf(schema: unknown): Def {
	return (schema as {_zod: {def: Def}})._zod.def;
}

/** A JavaScript expression over `value` that is true when it has the schema's shape. */
function expression(schema: unknown, value: string, helpers: Check[], names: {n: number}): string {
	const def = defOf(schema);
	switch (def.type) {
		case 'optional':
			return `(${value} === undefined || ${expression(def.innerType, value, helpers, names)})`;
		case 'pipe':
			// Our wire helpers preprocess (string → number and the like) and leave a value of the right type as it is.
			if (defOf(def.in).type !== 'transform') throw new Unsupported();
			return expression(def.out, value, helpers, names);
		case 'string':
			if ((def.checks as unknown[] | undefined)?.length) throw new Unsupported();
			return `typeof ${value} === 'string'`;
		case 'boolean':
			return `typeof ${value} === 'boolean'`;
		case 'number':
			return numberExpression(value, (def.checks as CheckDef[] | undefined) ?? []);
		case 'array': {
			if ((def.checks as unknown[] | undefined)?.length) throw new Unsupported();
			// Each list gets its own function, so its loop stays a loop.
			const index = helpers.length;
			helpers.push(() => false);
			const item = expression(def.element, 'x', helpers, names);
			helpers[index] = new Function(
				'h',
				`return (a) => { for (let i = 0; i < a.length; i++) { const x = a[i]; if (!(${item})) return false; } return true; };`,
			)(helpers) as Check;
			return `(Array.isArray(${value}) && h[${index}](${value}))`;
		}
		case 'object': {
			if ((def.checks as unknown[] | undefined)?.length) throw new Unsupported();
			// A strict object would refuse extra keys and a stripping one would drop them: only a loose one keeps them.
			if (!def.catchall || defOf(def.catchall).type !== 'unknown') throw new Unsupported();
			const name = `o${names.n++}`;
			const fields = Object.entries(def.shape as Record<string, unknown>).map(([key, field]) =>
				expression(field, `${name}[${JSON.stringify(key)}]`, helpers, names),
			);
			return `((${name}) => typeof ${name} === 'object' && ${name} !== null && !Array.isArray(${name})${fields.map((f) => ` && ${f}`).join('')})(${value})`;
		}
		default:
			throw new Unsupported();
	}
}

function numberExpression(value: string, checks: CheckDef[]): string {
	const parts = [`typeof ${value} === 'number'`];
	let integer = false;
	for (const raw of checks) {
		const c = raw._zod?.def ?? raw;
		if (c.check === 'number_format' && c.format === 'safeint') integer = true;
		else if (c.check === 'greater_than' && c.inclusive && Number.isFinite(c.value))
			parts.push(`${value} >= ${c.value}`);
		else if (c.check === 'less_than' && c.inclusive && Number.isFinite(c.value)) parts.push(`${value} <= ${c.value}`);
		else throw new Unsupported();
	}
	parts.push(integer ? `Number.isSafeInteger(${value})` : `Number.isFinite(${value})`);
	return `(${parts.join(' && ')})`;
}
