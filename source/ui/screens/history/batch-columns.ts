// How wide each column of the history's batch list is, from the terminal's width and what is listed: the state
// column is as wide as the longest state shown, so it is never cut ("finis…" at 80 columns); the endpoint column is
// there only when the batches went to more than one server (or to one other than this view's); the last counts take
// what is left and are cut with "…" when narrow. Pure, so it is tested without Ink.
import {canonicalEndpoint} from '../../../core/submit/endpoint-key.js';
import {cells} from '../../../core/words/text-width.js';
import {accountLabel, BUILT_IN_SANDBOX, endpointLabel} from '../../endpoint-label.js';

/** The pointer and its space before every row. */
export const POINTER_WIDTH = 2;
export const WHEN_WIDTH = 17;
export const OPERATION_WIDTH = 10;
export const DOMAINS_WIDTH = 8;
export const TASKS_WIDTH = 7;
/** The gap after the tasks column, and before the endpoint. */
export const GAP = 2;
/** The counts column: never narrower than MIN (its heading), never wider than MAX (where the state always stood). */
const MIN_COUNTS = 12;
const MAX_COUNTS = 28;
/** The endpoint column is never narrower than this, even if it then runs past the edge; a long one is cut to MAX. */
const MIN_ENDPOINT = 8;
const MAX_ENDPOINT = 24;

export type BatchColumns = {counts: number; state: number; endpoint?: number};

/** The endpoint as the list names it: the built-in sandbox as "sandbox", a URL by its host and port. */
export const shortEndpoint = (endpoint: string): string => {
	if (endpoint === BUILT_IN_SANDBOX) return accountLabel('sandbox');
	const label = endpointLabel(endpoint);
	if (label !== endpoint) return label;
	try {
		return new URL(canonicalEndpoint(endpoint)).host || endpoint;
	} catch {
		return endpoint;
	}
};

/** Whether the listed batches name more than one server, counting the one this view uses. */
export const mixesEndpoints = (endpoints: readonly string[], current: string): boolean =>
	new Set([current, ...endpoints].map(canonicalEndpoint)).size > 1;

/**
 * The widths of the columns that depend on what is listed: the state as wide as its longest word, always whole. Without
 * an endpoint column the counts take what is left (up to MAX_COUNTS); with one, the counts take what their longest
 * text needs and the endpoint the rest, cut with "…" when it is longer.
 */
export function batchColumns(
	columns: number,
	widest: {state: readonly string[]; counts: readonly string[]; endpoint?: readonly string[]},
): BatchColumns {
	const state = Math.max(...widest.state.map(cells));
	const fixed = POINTER_WIDTH + WHEN_WIDTH + OPERATION_WIDTH + DOMAINS_WIDTH + TASKS_WIDTH + GAP + state;
	const left = columns - fixed;
	if (widest.endpoint === undefined) return {counts: clamp(left, MIN_COUNTS, MAX_COUNTS), state};
	const counts = clamp(
		Math.min(Math.max(...widest.counts.map(cells)) + 1, left - GAP - MIN_ENDPOINT),
		MIN_COUNTS,
		MAX_COUNTS,
	);
	const endpoint = clamp(
		Math.min(Math.max(...widest.endpoint.map(cells)), left - counts - GAP),
		MIN_ENDPOINT,
		MAX_ENDPOINT,
	);
	return {counts, state, endpoint};
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
