// The two batch submits, and what happens to each of their domains when it finishes executing.
import {randomUUID} from 'node:crypto';
import type {RequestOf, ResponseOf} from '../api/schema.js';
import {YEAR_MS} from './clock.js';
import {
	FAILURES,
	FLAKY_FAILURES,
	MAX_REGISTRATION_YEARS,
	REDEMPTION_FEE,
	WEEKLY_REGISTRATION_LIMIT,
	isFlakyLabel,
	isPremiumLabel,
	registrationRefusal,
	renewalPrice,
	splitName,
	yearlyPrice,
} from './registry-rules.js';
import {SandboxError} from './sandbox-error.js';
import {instanceIdFor} from './seed.js';
import {redemptionTimeline} from '../api/redemption-period.js';
import type {DetailRecord, Outcome, TaskKind, TaskRecord} from './task-engine.js';
import {registrationsInWeek, type CallContext, type WorldState} from './world-state.js';

type Activate = RequestOf<'SaveBatchTaskForCreatingOrderActivate'>;
type Redeem = RequestOf<'SaveBatchTaskForCreatingOrderRedeem'>;
type Renew = RequestOf<'SaveBatchTaskForCreatingOrderRenew'>;
type Submitted = ResponseOf<'SaveBatchTaskForCreatingOrderActivate'>;

/** Every request-level check passes before anything is created, so a refused submit leaves no trace. */
export function submitActivate(state: WorldState, params: Activate, ctx: CallContext): Submitted {
	const items = params.OrderActivateParam;
	const names = checkNames(
		state,
		items.map((item) => item.DomainName),
		'OrderActivateParam',
	);
	items.forEach((item, i) => {
		const field = `OrderActivateParam.${i + 1}`;
		// Optional in Alibaba's metadata ('required' => false): without it the task is still created, and the domain's
		// own result says what is missing (docs/sandbox.md).
		if (item.RegistrantProfileId !== undefined) {
			const profile = state.profiles.find((p) => p.id === item.RegistrantProfileId);
			if (!profile) throw new SandboxError('ContactTemplateNotExist');
			if (profile.realNameStatus !== 'SUCCEED') throw new SandboxError('contactTemplateRealNamedNotExist');
		}
		if (item.AliyunDns === false && (!item.Dns1 || !item.Dns2)) {
			throw new SandboxError(
				'InvalidParameter',
				`The specified parameter "${field}.Dns1" and "${field}.Dns2" are required when AliyunDns is false.`,
			);
		}
	});
	const alreadyThisWeek = registrationsInWeek(state);
	state.weekly.push([state.now, items.length]);
	return createTask(state, 'ORDER_ACTIVATE', ctx, names, (detail, i) => {
		const item = items[i]!;
		detail.profileId = item.RegistrantProfileId;
		// Defaults are left out, which keeps a state file of 100,000 details small.
		if ((item.SubscriptionDuration ?? 1) !== 1) detail.years = item.SubscriptionDuration;
		if (item.PermitPremiumActivation) detail.premium = true;
		if (item.TrademarkDomainActivation) detail.trademark = true;
		if (item.EnableDomainProxy === false) detail.proxy = false;
		if (item.AliyunDns === false) detail.dns = [item.Dns1!.toLowerCase(), item.Dns2!.toLowerCase()];
		if (alreadyThisWeek + i >= WEEKLY_REGISTRATION_LIMIT) detail.overLimit = true;
	});
}

export function submitRedeem(state: WorldState, params: Redeem, ctx: CallContext): Submitted {
	const items = params.OrderRedeemParam;
	const names = checkNames(
		state,
		items.map((item) => item.DomainName),
		'OrderRedeemParam',
	);
	return createTask(state, 'ORDER_REDEEM', ctx, names, (detail, i) => {
		detail.expiry = items[i]!.CurrentExpirationDate;
		detail.instanceId = state.owned.get(detail.domain)?.instanceId;
	});
}

export function submitRenew(state: WorldState, params: Renew, ctx: CallContext): Submitted {
	const items = params.OrderRenewParam;
	const names = checkNames(
		state,
		items.map((item) => item.DomainName),
		'OrderRenewParam',
	);
	return createTask(state, 'ORDER_RENEW', ctx, names, (detail, i) => {
		const item = items[i]!;
		detail.expiry = item.CurrentExpirationDate;
		if (item.SubscriptionDuration !== 1) detail.years = item.SubscriptionDuration;
		if (item.PermitPremiumRenew) detail.premium = true;
		detail.instanceId = state.owned.get(detail.domain)?.instanceId;
	});
}

function checkNames(state: WorldState, raw: readonly string[], field: string): string[] {
	const names = raw.map((name) => name.trim().toLowerCase());
	const seen = new Set<string>();
	names.forEach((name, i) => {
		if (name === '')
			throw new SandboxError(
				'MissingParameter',
				`The input parameter "${field}.${i + 1}.DomainName" that is mandatory for processing this request is not supplied.`,
			);
		if (seen.has(name))
			throw new SandboxError(
				'ParameterIllegal',
				`Parameter illegal: the domain name ${name} appears more than once in the batch.`,
			);
		seen.add(name);
	});
	// Alibaba answers with its fixed message; which domain is busy is for the caller to find out from its tasks.
	if (names.some((name) => state.engine.isInFlight(name))) throw new SandboxError('TaskIsBeingProcessed');
	return names;
}

function createTask(
	state: WorldState,
	kind: TaskKind,
	ctx: CallContext,
	names: string[],
	fill: (detail: DetailRecord, index: number) => void,
): Submitted {
	const task: TaskRecord = {
		no: randomUUID(),
		kind,
		created: state.now,
		clientIp: ctx.clientIp,
		accessKeyId: ctx.accessKeyId,
		details: names.map((domain, i) => {
			const detail: DetailRecord = {
				no: String(1_800_000_000 + state.serial++),
				domain,
				status: 0,
				tries: 0,
				created: state.now,
				updated: state.now,
			};
			fill(detail, i);
			return detail;
		}),
		next: 0,
		retries: [],
		running: 0,
		pending: names.length,
	};
	state.engine.add(task);
	return {RequestId: ctx.requestId, TaskNo: task.no};
}

/** The engine's decider: the registry's answer, then money, then the change to the account. */
export function decideOutcome(state: WorldState, task: TaskRecord, detail: DetailRecord, at: number): Outcome {
	if (task.kind === 'ORDER_ACTIVATE') return decideActivate(state, detail, at);
	return task.kind === 'ORDER_RENEW' ? decideRenew(state, detail, at) : decideRedeem(state, detail);
}

function decideActivate(state: WorldState, detail: DetailRecord, at: number): Outcome {
	const {label} = splitName(detail.domain);
	if (detail.profileId === undefined) return {kind: 'failure', ...FAILURES.noProfile};
	if (isFlakyLabel(label) && detail.tries <= FLAKY_FAILURES) return {kind: 'retry', ...FAILURES.transient};
	const refusal = registrationRefusal(detail.domain, {
		permitPremium: detail.premium ?? false,
		permitTrademark: detail.trademark ?? false,
		ownedHere: state.owned.has(detail.domain),
	});
	if (refusal) return {kind: 'failure', ...refusal};
	if (detail.overLimit) return {kind: 'failure', ...FAILURES.weeklyLimit};
	const years = detail.years ?? 1;
	const cost = yearlyPrice(detail.domain)! * years;
	if (state.balance < cost) return {kind: 'failure', ...FAILURES.balance};
	state.balance -= cost;
	const instanceId = instanceIdFor(at, state.serial++);
	state.owned.set(detail.domain, {
		name: detail.domain,
		instanceId,
		status: '3',
		expiry: at + years * YEAR_MS,
		registered: at,
		premium: isPremiumLabel(label),
		profileId: detail.profileId!,
		proxy: detail.proxy ?? true,
		dns: detail.dns,
	});
	state.ownedVersion++;
	return {kind: 'success', instanceId};
}

function decideRedeem(state: WorldState, detail: DetailRecord): Outcome {
	const owned = state.owned.get(detail.domain);
	if (!owned) return {kind: 'failure', ...FAILURES.notInAccount};
	if (owned.status !== '2') return {kind: 'failure', ...FAILURES.notInRedemption};
	if (redemptionTimeline(owned.name, owned.expiry, state.now).phase !== 'redemption')
		return {kind: 'failure', ...FAILURES.pendingDelete};
	if (detail.expiry !== owned.expiry) return {kind: 'failure', ...FAILURES.expiryMismatch(owned.expiry)};
	if (state.balance < REDEMPTION_FEE) return {kind: 'failure', ...FAILURES.balance};
	state.balance -= REDEMPTION_FEE;
	owned.expiry += YEAR_MS;
	owned.status = '3';
	state.ownedVersion++;
	return {kind: 'success', instanceId: owned.instanceId};
}

/**
 * A renewal: only the account's own domain, before its redemption period, with the expiry the account lists, at
 * its renewal price a year; the expiry moves on by the years, and the domain is normal again.
 */
function decideRenew(state: WorldState, detail: DetailRecord, at: number): Outcome {
	const owned = state.owned.get(detail.domain);
	if (!owned) return {kind: 'failure', ...FAILURES.notInAccount};
	if (owned.status === '2') return {kind: 'failure', ...FAILURES.inRedemption};
	if (detail.expiry !== owned.expiry) return {kind: 'failure', ...FAILURES.expiryMismatch(owned.expiry)};
	if (owned.premium && !detail.premium) return {kind: 'failure', ...FAILURES.premiumRenewal};
	const years = detail.years ?? 1;
	const expiry = owned.expiry + years * YEAR_MS;
	if (expiry > at + MAX_REGISTRATION_YEARS * YEAR_MS) return {kind: 'failure', ...FAILURES.tooManyYears};
	const cost = renewalPrice(owned.name)! * years;
	if (state.balance < cost) return {kind: 'failure', ...FAILURES.balance};
	state.balance -= cost;
	owned.expiry = expiry;
	owned.status = '3';
	state.ownedVersion++;
	return {kind: 'success', instanceId: owned.instanceId};
}
