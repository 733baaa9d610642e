// Faults on demand, so that retries, reconciliation and the "never order twice" rule can be seen working:
// `throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1`.

export interface FaultSpec {
	/** Probability of answering `Throttling.User` (after authentication, before processing). */
	throttle?: number;
	/** Probability of answering `ServiceUnavailable` 503 (after authentication, before processing). */
	unavailable?: number;
	/** Each response is delayed by a uniformly random number of milliseconds in [min, max]. */
	latency?: {min: number; max: number};
	/** Probability of dropping the connection as soon as a request arrives, before anything is processed. */
	reset?: number;
	/** Probability, for the batch submits only, of creating the task and then dropping the connection unanswered. */
	lostResponse?: number;
}

const PROBABILITIES = {
	throttle: 'throttle',
	unavailable: 'unavailable',
	reset: 'reset',
	'lost-response': 'lostResponse',
} as const;
const NAMES = [...Object.keys(PROBABILITIES), 'latency'];

export class FaultSpecError extends Error {
	override readonly name = 'FaultSpecError';
}

/** Parses the `--faults` text; an empty text means no faults. */
export function parseFaults(text: string): FaultSpec {
	const spec: FaultSpec = {};
	const seen = new Set<string>();
	for (const part of text
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean)) {
		const eq = part.indexOf('=');
		const name = (eq < 0 ? part : part.slice(0, eq)).trim();
		const value = eq < 0 ? '' : part.slice(eq + 1).trim();
		const fail = (why: string) => new FaultSpecError(`bad --faults entry "${part}": ${why}`);
		if (!NAMES.includes(name)) throw fail(`unknown fault "${name}" (known faults: ${NAMES.join(', ')})`);
		if (seen.has(name)) throw fail(`fault "${name}" is given twice`);
		seen.add(name);
		if (eq < 0 || value === '')
			throw fail(`fault "${name}" needs a value, e.g. ${name === 'latency' ? 'latency=50-400' : `${name}=0.1`}`);
		if (name === 'latency') {
			spec.latency = parseRange(value, fail);
		} else {
			const p = Number(value);
			if (!/^\d*\.?\d+$/.test(value) || !(p >= 0 && p <= 1)) throw fail('a fault probability is a number from 0 to 1');
			spec[PROBABILITIES[name as keyof typeof PROBABILITIES]] = p;
		}
	}
	return spec;
}

function parseRange(value: string, fail: (why: string) => FaultSpecError): {min: number; max: number} {
	const m = /^(\d+)(?:-(\d+))?$/.exec(value);
	if (!m) throw fail('latency is milliseconds, one number or a range like 50-400');
	const min = Number(m[1]);
	const max = m[2] === undefined ? min : Number(m[2]);
	if (min > max) throw fail(`the latency range ${min}-${max} runs backwards`);
	if (max > 60_000) throw fail('latency above 60000 ms would look like a hang, not a slow server');
	return {min, max};
}

export function describeFaults(spec: FaultSpec): string {
	const parts: string[] = [];
	if (spec.throttle) parts.push(`throttle=${spec.throttle}`);
	if (spec.unavailable) parts.push(`unavailable=${spec.unavailable}`);
	if (spec.latency) parts.push(`latency=${spec.latency.min}-${spec.latency.max}`);
	if (spec.reset) parts.push(`reset=${spec.reset}`);
	if (spec.lostResponse) parts.push(`lost-response=${spec.lostResponse}`);
	return parts.join(',');
}

/** What happens to one request. Every draw is made on arrival, so a seed gives the same story whatever the requests are. */
export interface FaultPlan {
	reset: boolean;
	/** The error to answer instead of processing, if any. */
	refuse?: 'throttle' | 'unavailable';
	lostResponse: boolean;
	latencyMs: number;
}

export type Random = () => number;

/** A small seeded generator (mulberry32): deterministic fault sequences in tests. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function createFaultPlanner(spec: FaultSpec, random: Random = Math.random): () => FaultPlan {
	const hit = (p: number | undefined) => {
		const r = random();
		return p !== undefined && p > 0 && r < p;
	};
	return () => {
		const reset = hit(spec.reset);
		const throttle = hit(spec.throttle);
		const unavailable = hit(spec.unavailable);
		const lostResponse = hit(spec.lostResponse);
		const r = random();
		const latencyMs = spec.latency ? spec.latency.min + Math.floor(r * (spec.latency.max - spec.latency.min + 1)) : 0;
		return {reset, refuse: throttle ? 'throttle' : unavailable ? 'unavailable' : undefined, lostResponse, latencyMs};
	};
}
