// The expiry step's data (redeem and renew): the account's expiry of each listed name, the names refused with the
// reason, notices, and the expiries typed by hand on the step. A pure reducer, no I/O; the look-up runs in
// ui/app/use-expiry-lookup.ts.
import type {RedeemLookup} from '../../core/account/redemption-lookup.js';
import type {NoticeError} from '../components/Notice.js';
import type {Load} from './wizard-load.js';

export type ExpiryLookup = Pick<RedeemLookup, 'ready' | 'refused' | 'notices'>;
export type ExpiryState = Load<ExpiryLookup> & {typed: Record<string, number>};

export type ExpiryAction =
	| {type: 'expiry-loading'}
	| {type: 'expiry-loaded'; lookup: ExpiryLookup}
	| {type: 'expiry-failed'; error: NoticeError}
	| {type: 'expiry-typed'; name: string; expiryMs: number};

export const idleExpiry = (): ExpiryState => ({status: 'idle', ready: [], refused: [], notices: [], typed: {}});

/** The look-up was for another list (or account): a new one runs when the step shows again; typed values stay. */
export const expiryForgotten = (expiry: ExpiryState): ExpiryState => ({
	...expiry,
	status: 'idle',
	ready: [],
	refused: [],
	notices: [],
});

export function expiryReducer(expiry: ExpiryState, action: ExpiryAction): ExpiryState {
	switch (action.type) {
		case 'expiry-loading': {
			return {...expiry, status: 'loading', error: undefined};
		}

		case 'expiry-loaded': {
			return {...expiry, ...action.lookup, status: 'done', error: undefined};
		}

		case 'expiry-failed': {
			return {...expiry, status: 'error', error: action.error};
		}

		case 'expiry-typed': {
			return {...expiry, typed: {...expiry.typed, [action.name]: action.expiryMs}};
		}
	}
}

/** The account's expiry goes for these names instead of one typed on the step; the look-up itself stays. */
export function withAccountExpiries(expiry: ExpiryState, names: ReadonlySet<string>): ExpiryState {
	const typed = Object.fromEntries(Object.entries(expiry.typed).filter(([name]) => !names.has(name)));
	const ready = expiry.ready.map((r) =>
		names.has(r.name) ? {...r, expiryMs: r.accountMs, source: 'account' as const} : r,
	);
	const notices = expiry.notices.filter((n) => !names.has(n.name));
	return {...expiry, typed, ready, notices};
}

/** The picker's selection comes with the account's expiries: the look-up is done already. */
export const expiryOfPicked = (
	rows: ReadonlyArray<{name: string; expiryMs: number; premium?: boolean}>,
): ExpiryState => ({
	status: 'done',
	ready: rows.map((row) => ({
		name: row.name,
		expiryMs: row.expiryMs,
		source: 'account' as const,
		accountMs: row.expiryMs,
		...(row.premium ? {premium: true} : {}),
	})),
	refused: [],
	notices: [],
	typed: {},
});
