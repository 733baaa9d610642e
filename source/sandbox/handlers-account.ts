// The account's side: registrant profiles, owned domains, and CheckDomain against the registry rules.
import type {RequestOf, ResponseOf} from '../api/schema.js';
import {daysBetween, formatDateTime} from './clock.js';
import {FAILURES, isPremiumLabel, isSupportedTld, isTakenLabel, isValidName, premiumPrice, splitName, tldPrice, trademarkIn, REDEMPTION_FEE} from './registry-rules.js';
import {SandboxError, throttled} from './sandbox-error.js';
import {inLang} from './texts-zh.js';
import {ALIYUN_DNS, type OwnedRecord, type ProfileRecord} from './seed.js';
import {pageFields, pageOf, type CallContext, type WorldState} from './world-state.js';

type ProfileRow = ResponseOf<'QueryRegistrantProfiles'>['RegistrantProfiles']['RegistrantProfile'][number];
type DomainRow = ResponseOf<'QueryDomainList'>['Data']['Domain'][number];

export function queryRegistrantProfiles(
	state: WorldState,
	params: RequestOf<'QueryRegistrantProfiles'>,
	ctx: CallContext,
): ResponseOf<'QueryRegistrantProfiles'> {
	const org = params.RegistrantOrganization?.toLowerCase();
	const email = params.Email?.toLowerCase();
	const matches = state.profiles.filter(
		(p) =>
			(params.RegistrantProfileId === undefined || p.id === params.RegistrantProfileId) &&
			(params.RegistrantProfileType === undefined || p.type === params.RegistrantProfileType) &&
			(params.DefaultRegistrantProfile === undefined || p.isDefault === params.DefaultRegistrantProfile) &&
			(params.RealNameStatus === undefined || p.realNameStatus === params.RealNameStatus) &&
			(params.RegistrantType === undefined || p.registrantType === params.RegistrantType) &&
			(org === undefined || p.organization.toLowerCase().includes(org) || (p.zhOrganization ?? '').includes(params.RegistrantOrganization!)) &&
			(email === undefined || p.email.toLowerCase() === email),
	);
	// PageNum and PageSize default to 0 in Alibaba's model; the sandbox reads 0 as "the first page of 10".
	const page = pageOf(matches.length, params.PageNum || 1, params.PageSize || 10);
	return {
		RequestId: ctx.requestId,
		...pageFields(page),
		RegistrantProfiles: {RegistrantProfile: matches.slice(page.start, page.end).map(profileRow)},
	};
}

function profileRow(p: ProfileRecord): ProfileRow {
	return {
		RegistrantProfileId: p.id,
		RegistrantProfileType: p.type,
		DefaultRegistrantProfile: p.isDefault,
		RealNameStatus: p.realNameStatus,
		EmailVerificationStatus: p.emailVerified ? 1 : 0,
		RegistrantType: p.registrantType,
		RegistrantOrganization: p.organization,
		RegistrantName: p.name,
		Email: p.email,
		Country: p.country,
		Province: p.province,
		City: p.city,
		Address: p.address,
		PostalCode: p.postalCode,
		TelArea: p.telArea,
		Telephone: p.telephone,
		ZhRegistrantOrganization: p.zhOrganization,
		ZhRegistrantName: p.zhName,
		CreateTime: formatDateTime(p.created),
		UpdateTime: formatDateTime(p.updated),
	};
}

const sortedCache = new WeakMap<WorldState, {version: number; key: string; list: OwnedRecord[]}>();

function ownedSorted(state: WorldState, byExpiry: boolean, ascending: boolean): OwnedRecord[] {
	const key = `${byExpiry}/${ascending}`;
	const cached = sortedCache.get(state);
	if (cached && cached.version === state.ownedVersion && cached.key === key) return cached.list;
	const field = byExpiry ? 'expiry' : 'registered';
	const sign = ascending ? 1 : -1;
	const list = [...state.owned.values()].sort((a, b) => sign * (a[field] - b[field]) || a.name.localeCompare(b.name));
	sortedCache.set(state, {version: state.ownedVersion, key, list});
	return list;
}

export function queryDomainList(state: WorldState, params: RequestOf<'QueryDomainList'>, ctx: CallContext): ResponseOf<'QueryDomainList'> {
	const search = params.DomainName?.trim().toLowerCase();
	const {StartExpirationDate: from, EndExpirationDate: to, QueryType: type} = params;
	const all = ownedSorted(state, params.OrderKeyType === 'ExpirationDate', params.OrderByType === 'ASC');
	const matches =
		!search && !type && from === undefined && to === undefined
			? all
			: all.filter(
					(d) =>
						(!type || d.status === type) &&
						(!search || d.name.includes(search)) &&
						(from === undefined || d.expiry >= from) &&
						(to === undefined || d.expiry <= to),
				);
	const page = pageOf(matches.length, params.PageNum, params.PageSize);
	return {
		RequestId: ctx.requestId,
		...pageFields(page),
		Data: {Domain: matches.slice(page.start, page.end).map((d) => domainRow(state, d))},
	};
}

function domainType(tld: string): string {
	if (['com', 'net', 'org', 'info', 'biz'].includes(tld)) return 'gTLD';
	return tld === 'cn' || tld.endsWith('.cn') || tld.length === 2 ? 'ccTLD' : 'New gTLD';
}

function domainRow(state: WorldState, d: OwnedRecord): DomainRow {
	const profile = state.profiles.find((p) => p.id === d.profileId);
	return {
		DomainName: d.name,
		InstanceId: d.instanceId,
		DomainStatus: d.status,
		ExpirationDateStatus: d.expiry < state.now ? '2' : '1',
		ExpirationDate: formatDateTime(d.expiry),
		ExpirationDateLong: d.expiry,
		ExpirationCurrDateDiff: daysBetween(state.now, d.expiry),
		RegistrationDate: formatDateTime(d.registered),
		RegistrationDateLong: d.registered,
		DomainAuditStatus: 'SUCCEED',
		DomainType: domainType(splitName(d.name).tld),
		Premium: d.premium,
		RegistrantType: profile?.registrantType ?? '2',
		ProductId: '2',
		Remark: '',
	};
}

export function queryDomainByDomainName(
	state: WorldState,
	params: RequestOf<'QueryDomainByDomainName'>,
	ctx: CallContext,
): ResponseOf<'QueryDomainByDomainName'> {
	const owned = state.owned.get(params.DomainName.trim().toLowerCase());
	if (!owned) throw new SandboxError('DomainNotExist');
	const profile = state.profiles.find((p) => p.id === owned.profileId);
	return {
		RequestId: ctx.requestId,
		...domainRow(state, owned),
		RealNameStatus: 'SUCCEED',
		DomainNameProxyService: owned.proxy,
		RegistrantName: profile?.name,
		RegistrantOrganization: profile?.organization,
		Email: profile?.email,
		DnsList: {Dns: [...(owned.dns ?? ALIYUN_DNS)]},
	};
}

/** CheckDomain's documented limit: 10 calls a second per user. */
export const CHECK_DOMAIN_QPS = 10;

/** Recent CheckDomain call times per AccessKey, for the sliding one-second window. */
export type CheckWindows = Map<string, number[]>;

export function checkDomain(state: WorldState, windows: CheckWindows, params: RequestOf<'CheckDomain'>, ctx: CallContext): ResponseOf<'CheckDomain'> {
	admitCheck(windows, ctx.accessKeyId, state.now);
	const name = params.DomainName.trim().toLowerCase();
	if (!isValidName(name)) throw new SandboxError('InvalidParameter', 'The specified parameter "DomainName" is not valid.');
	const {label, tld} = splitName(name);
	const base = {RequestId: ctx.requestId, DomainName: name, DynamicCheck: false};
	if (!isSupportedTld(tld)) return {...base, Avail: '-1', Premium: 'false', Reason: inLang('The domain name suffix is not supported.', params.Lang)};
	const premium = isPremiumLabel(label);
	const years = params.FeePeriod ?? 1;
	const command = params.FeeCommand ?? 'create';
	const yearly = premium ? premiumPrice(label) : tldPrice(tld)!;
	const money = command === 'restore' ? REDEMPTION_FEE : yearly * (command === 'transfer' ? 1 : years);
	const priceInfo = {action: command === 'create' ? 'activate' : command === 'restore' ? 'redeem' : command, money, period: command === 'create' || command === 'renew' ? years : 1};
	const taken = state.owned.has(name) || isTakenLabel(label);
	// The registry's reason is where a trademark term shows: the name is free, but it fails without permission.
	const trademark = !taken && trademarkIn(label) !== undefined ? FAILURES.trademark(trademarkIn(label)!).failReason : '';
	return {
		...base,
		Avail: taken ? '0' : '1',
		Premium: String(premium),
		...(premium ? {Price: premiumPrice(label)} : {}),
		Reason: taken ? inLang('In use', params.Lang) : inLang(trademark, params.Lang),
		StaticPriceInfo: {PriceInfo: [priceInfo]},
	};
}

function admitCheck(windows: CheckWindows, accessKeyId: string, now: number): void {
	let calls = windows.get(accessKeyId);
	if (!calls) windows.set(accessKeyId, (calls = []));
	while (calls.length > 0 && calls[0]! <= now - 1000) calls.shift();
	if (calls.length >= CHECK_DOMAIN_QPS) throw throttled(calls[0]! + 1000 - now);
	calls.push(now);
}

/**
 * The billing API's balance, from the balance the registry charges. Amounts are decimal text, as Alibaba sends
 * them; the sandbox account has no credit line, so everything available is cash.
 */
export function queryAccountBalance(state: WorldState, ctx: CallContext): ResponseOf<'QueryAccountBalance'> {
	const money = state.balance.toFixed(2);
	return {
		RequestId: ctx.requestId,
		Code: '200',
		Message: 'success',
		Success: true,
		Data: {AvailableAmount: money, AvailableCashAmount: money, CreditAmount: '0.00', MybankCreditAmount: '0.00', Currency: 'CNY', QuotaLimit: '0.00'} as never,
	};
}
