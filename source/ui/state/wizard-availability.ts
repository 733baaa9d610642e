// The availability step's data: what CheckDomain said of each listed name so far, and how far the check got. Which
// names a check (or a resumed one) sends, and which the step drops as unavailable, are read from it here. A pure
// reducer, no I/O; the check itself runs in ui/app/use-availability-check.ts.
import {isUnavailable, type CheckResult} from '../../core/pricing/availability.js';
import type {EditorList} from './wizard-list.js';

export type AvailabilityState = {
	status: 'idle' | 'running' | 'done' | 'stopped';
	results: Record<string, CheckResult>;
	done: number;
	total: number;
};

export type AvailabilityAction =
	| {type: 'check-start'; total: number; resume?: boolean}
	| {type: 'check-result'; result: CheckResult; done: number}
	| {type: 'check-end'; stopped: boolean};

export const idleAvailability = (): AvailabilityState => ({status: 'idle', results: {}, done: 0, total: 0});

/** `list`: the names listed now; a resumed check keeps only their results. */
export function availabilityReducer(
	availability: AvailabilityState,
	action: AvailabilityAction,
	list: EditorList,
): AvailabilityState {
	switch (action.type) {
		case 'check-start': {
			if (action.resume) {
				// Results so far stay; `done` counts them, and the check goes on with the rest.
				const listed = new Set(list.entries.map((entry) => entry.name));
				const kept = Object.fromEntries(
					Object.entries(availability.results).filter(
						([name, result]) => listed.has(name) && result.availability !== 'error',
					),
				);
				return {status: 'running', results: kept, done: Object.keys(kept).length, total: action.total};
			}

			return {status: 'running', results: {}, done: 0, total: action.total};
		}

		case 'check-result': {
			return {
				...availability,
				done: action.done,
				results: {...availability.results, [action.result.name]: action.result},
			};
		}

		case 'check-end': {
			// Stopped after the last name was checked is a finished check: nothing is left to resume.
			const {done, total} = availability;
			return {...availability, status: action.stopped && done < total ? 'stopped' : 'done'};
		}
	}
}

/** The listed names the check found unavailable: `d` on the step drops them in one go. */
export const unavailableNames = (list: EditorList, availability: AvailabilityState): Set<string> =>
	new Set(list.entries.filter((entry) => isUnavailable(availability.results[entry.name])).map((entry) => entry.name));

/**
 * A check that was stopped (or a list that grew since) picks up where it left off: only names without a result, or
 * whose check failed, are sent. After a complete check, `c` checks everything again.
 */
export function namesToCheck(state: {list: EditorList; availability: AvailabilityState}): {
	names: string[];
	resumeFrom: number;
} {
	const all = state.list.entries.map((entry) => entry.name);
	const {results} = state.availability;
	const pending = all.filter((name) => results[name] === undefined || results[name].availability === 'error');
	if (pending.length === 0 || pending.length === all.length) {
		return {names: all, resumeFrom: 0};
	}

	return {names: pending, resumeFrom: all.length - pending.length};
}
