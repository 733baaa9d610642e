// STS GetCallerIdentity (docs/sandbox.md): whose key called. Each world is one Alibaba account with its own id, kept
// in its state, so two independent sandboxes are two accounts; the sandbox's main key and its RAM user's key answer
// the same AccountId, as a main account's and its RAM users' keys do.
import {randomInt} from 'node:crypto';
import type {ResponseOf} from '../api/schema.js';
import type {CallContext, WorldState} from './world-state.js';

/** Alibaba account ids are 16 digits. */
export function newAccountId(): string {
	return `1${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e6)).padStart(6, '0')}`;
}

export function getCallerIdentity(state: WorldState, ctx: CallContext): ResponseOf<'GetCallerIdentity'> {
	const account = state.accountId;
	if (ctx.ramUser) {
		// A RAM user's id is its own, derived here from the account's so that it stays the same across runs.
		const userId = `2${account.slice(1, 10)}${account.slice(-5)}7`.slice(0, 17);
		return {
			RequestId: ctx.requestId,
			AccountId: account,
			UserId: userId,
			PrincipalId: userId,
			IdentityType: 'RAMUser',
			Arn: `acs:ram::${account}:user/${ctx.ramUser}`,
		};
	}
	return {
		RequestId: ctx.requestId,
		AccountId: account,
		UserId: account,
		PrincipalId: account,
		IdentityType: 'Account',
		Arn: `acs:ram::${account}:root`,
	};
}
