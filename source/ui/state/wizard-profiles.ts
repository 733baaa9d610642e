// The profile step's data: the account's registrant profiles, the one chosen, and a `--profile-id` still to be
// matched against them (which, once matched, passes the step over). A pure reducer, no I/O; the profiles are read in ui/app/use-profiles-load.ts.
import type {ProfileView} from '../../core/order/profiles.js';
import type {NoticeError} from '../components/Notice.js';
import type {Load} from './wizard-load.js';
import {nextStep, type NavState} from './wizard-nav.js';

export type ProfilesState = {
	profiles: Load<{list: ProfileView[]}>;
	profileId?: number;
	/** A --profile-id not yet matched against the account's profiles. */
	pendingProfile?: number | 'default';
};

export type ProfilesAction =
	| {type: 'profiles-loading'}
	| {type: 'profiles-loaded'; list: ProfileView[]}
	| {type: 'profiles-failed'; error: NoticeError};

export const idleProfiles = (): ProfilesState['profiles'] => ({status: 'idle', list: []});

export function profilesReducer<S extends ProfilesState>(state: S, action: ProfilesAction): S {
	switch (action.type) {
		case 'profiles-loading': {
			return {...state, profiles: {...state.profiles, status: 'loading', error: undefined}};
		}

		case 'profiles-loaded': {
			return {...state, profiles: {status: 'done', list: action.list}};
		}

		case 'profiles-failed': {
			return {...state, profiles: {...state.profiles, status: 'error', error: action.error}};
		}
	}
}

/** Only a profile the account can register with is chosen. */
export const isUsableProfile = (state: ProfilesState, id: number): boolean =>
	state.profiles.list.find((p) => p.id === id)?.usable === true;

/**
 * A `--profile-id` matched once the profiles are loaded: the usable profile it names (or the default one) is chosen
 * and the profile step passed over; otherwise the step is left to the user. Either way it is no longer pending.
 */
export function matchPendingProfile<S extends ProfilesState & NavState>(state: S): S {
	const wanted = state.pendingProfile;
	if (wanted === undefined) {
		return state;
	}

	const profile = state.profiles.list.find((p) => (wanted === 'default' ? p.isDefault : p.id === wanted));
	const cleared = {...state, pendingProfile: undefined};
	if (!profile?.usable) {
		return cleared;
	}

	const chosen = {...cleared, profileId: profile.id, skipped: [...state.skipped, 'profile' as const]};
	// Loaded while the profile step shows: move on as if the user had chosen it, leaving no step behind to go back to.
	if (state.screen !== 'profile') {
		return chosen;
	}

	const next = nextStep(chosen);
	return next ? {...chosen, screen: next} : chosen;
}
