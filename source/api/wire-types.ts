// Tolerant primitives for the shared schema. Requests arrive at the sandbox as strings; responses from the real API
// sometimes carry a number where a string is documented, or a single object where a list is (XML → JSON artefacts).
import {z} from 'zod';

const toNumber = (v: unknown) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v);
// SDKs in some languages write booleans as `True`/`False`; the gateway reads them case-insensitively.
const toBool = (v: unknown) => {
	if (typeof v !== 'string') return v;
	const lower = v.trim().toLowerCase();
	return lower === 'true' ? true : lower === 'false' ? false : v;
};
const toString = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);
const toArray = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

export const str = () => z.preprocess(toString, z.string());
export const int = (min?: number, max?: number) => {
	let n = z.number().int();
	if (min !== undefined) n = n.min(min);
	if (max !== undefined) n = n.max(max);
	return z.preprocess(toNumber, n);
};
export const num = () => z.preprocess(toNumber, z.number());
export const bool = () => z.preprocess(toBool, z.boolean());
/** A list that may arrive as an array, a single object, or nothing. */
export const list = <T extends z.ZodType>(item: T) => z.preprocess(toArray, z.array(item));
/** A wrapper object (`{"Data": {"TaskDetail": [...]}}`) that may be absent when there are no items. */
export const wrapper = <T extends z.ZodRawShape>(shape: T) => z.preprocess((v) => v ?? {}, z.looseObject(shape));
