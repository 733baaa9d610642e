// The account's side: registrant profiles, owned domains, and CheckDomain against the registry rules.
import type {RequestOf, ResponseOf} from '../api/schema.js';
import {daysBetween, formatDateTime} from './clock.js';
import {
	FAILURES,
	isPremiumLabel,
	isSupportedTld,
	isTakenLabel,
	isValidName,
	premiumPrice,
	renewalPrice,
	splitName,
	tldPrice,
	trademarkIn,
	REDEMPTION_FEE,
} from './registry-rules.js';
import {attributesOf, domainTypeOf, SANDBOX_USER_ID} from './domain-attributes.js';
import {SandboxError, throttled} from './sandbox-error.js';
import {inLang} from './texts-zh.js';
import {ALIYUN_DNS, OTHER_ACCOUNT_DOMAINS, type OwnedRecord, type ProfileRecord} from './seed.js';
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
			(org === undefined ||
				p.organization.toLowerCase().includes(org) ||
				(p.zhOrganization ?? '').includes(params.RegistrantOrganization!)) &&
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
		TelExt: '',
		ZhRegistrantOrganization: p.zhOrganization ?? '',
		ZhRegistrantName: p.zhName ?? '',
		ZhProvince: ZH_PLACES[p.province] ?? '',
		ZhCity: ZH_PLACES[p.city] ?? '',
		ZhAddress: ZH_PLACES[p.address] ?? '',
		// Mainland credential codes: SFZ identity card (individuals), YYZZ business licence (organisations).
		CredentialType: p.registrantType === '1' ? 'SFZ' : 'YYZZ',
		CredentialNo: credentialNumber(p),
		Params: '',
		Remark: '',
		CreateTime: formatDateTime(p.created),
		UpdateTime: formatDateTime(p.updated),
	};
}

/** The Chinese forms of the seed's places, for the profiles' Zh* fields. */
const ZH_PLACES: Record<string, string> = {
	Zhejiang: '浙江省',
	Hangzhou: '杭州市',
	Guangdong: '广东省',
	Guangzhou: '广州市',
	Shenzhen: '深圳市',
	Shanghai: '上海市',
	Sichuan: '四川省',
	Chengdu: '成都市',
	Beijing: '北京市',
	'18 Wensan Road, Xihu District': '西湖区文三路18号',
	'66 Tianhe North Road, Tianhe District': '天河区天河北路66号',
	'200 Century Avenue, Pudong New Area': '浦东新区世纪大道200号',
	'9 Keji South Road, Nanshan District': '南山区科技南路9号',
	'3 Renmin South Road, Wuhou District': '武侯区人民南路3号',
	'27 Zhongguancun Street, Haidian District': '海淀区中关村大街27号',
};

/** A masked number of the right length: 18 characters, as identity cards and unified credit codes have. */
function credentialNumber(p: ProfileRecord): string {
	const digits = String(p.id).padStart(8, '0');
	return `${p.registrantType === '1' ? '3301' : '9133'}**********${digits.slice(-4)}`;
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

export function queryDomainList(
	state: WorldState,
	params: RequestOf<'QueryDomainList'>,
	ctx: CallContext,
): ResponseOf<'QueryDomainList'> {
	const all = ownedSorted(state, params.OrderKeyType === 'ExpirationDate', params.OrderByType === 'ASC');
	const keep = domainFilter(state, params);
	const matches = keep ? all.filter(keep) : all;
	const page = pageOf(matches.length, params.PageNum, params.PageSize);
	return {
		RequestId: ctx.requestId,
		...pageFields(page),
		Data: {Domain: matches.slice(page.start, page.end).map((d) => domainRow(state, d, params.Lang))},
	};
}

type DomainTest = (d: OwnedRecord) => boolean;

/** The documented filters of QueryDomainList, all of which must hold; undefined when none is given. */
function domainFilter(state: WorldState, params: RequestOf<'QueryDomainList'>): DomainTest | undefined {
	const tests: DomainTest[] = [];
	const within = (from: number | undefined, to: number | undefined, value: (d: OwnedRecord) => number) => {
		if (from !== undefined) tests.push((d) => value(d) >= from);
		if (to !== undefined) tests.push((d) => value(d) <= to);
	};
	const search = params.DomainName?.trim().toLowerCase();
	if (params.QueryType) tests.push((d) => d.status === params.QueryType);
	if (search) tests.push((d) => d.name.includes(search));
	within(params.StartExpirationDate, params.EndExpirationDate, (d) => d.expiry);
	within(params.StartRegistrationDate, params.EndRegistrationDate, (d) => d.registered);
	if (params.ProductDomainType) tests.push((d) => domainTypeOf(splitName(d.name).tld) === params.ProductDomainType);
	const company = params.Ccompany?.trim().toLowerCase();
	if (company) {
		tests.push((d) => {
			const owner = state.profiles.find((p) => p.id === d.profileId);
			return (
				!!owner &&
				(owner.organization.toLowerCase().includes(company) ||
					(owner.zhOrganization ?? '').includes(params.Ccompany!.trim()))
			);
		});
	}
	const dns = params.Dns?.trim().toLowerCase();
	if (dns) tests.push((d) => (d.dns ?? ALIYUN_DNS).includes(dns));
	if (params.DomainGroupId) tests.push((d) => String(attributesOf(d.name, undefined).groupId) === params.DomainGroupId);
	if (params.ResourceGroupId)
		tests.push((d) => attributesOf(d.name, undefined).resourceGroupId === params.ResourceGroupId);
	if (params.Registrar)
		tests.push((d) =>
			attributesOf(d.name, undefined).registrar.toLowerCase().includes(params.Registrar!.trim().toLowerCase()),
		);
	if (params.AutoRenewEnabled !== undefined)
		tests.push((d) => attributesOf(d.name, undefined).autoRenew === params.AutoRenewEnabled);
	for (const tag of params.Tag ?? []) {
		if (!tag.Key) continue;
		tests.push((d) =>
			attributesOf(d.name, undefined).tags.some(
				(t) => t.Key === tag.Key && (tag.Value === undefined || t.Value === tag.Value),
			),
		);
	}
	return tests.length === 0 ? undefined : (d) => tests.every((test) => test(d));
}

/** The fields a list row and the single-domain answer share. */
function domainDates(state: WorldState, d: OwnedRecord) {
	return {
		DomainName: d.name,
		InstanceId: d.instanceId,
		DomainStatus: d.status,
		DomainType: domainTypeOf(splitName(d.name).tld),
		ExpirationDate: formatDateTime(d.expiry),
		ExpirationDateLong: d.expiry,
		ExpirationDateStatus: d.expiry < state.now ? '2' : '1',
		ExpirationCurrDateDiff: daysBetween(state.now, d.expiry),
		RegistrationDate: formatDateTime(d.registered),
		RegistrationDateLong: d.registered,
		Premium: d.premium,
	};
}

function domainRow(state: WorldState, d: OwnedRecord, lang: 'en' | 'zh' | undefined): DomainRow {
	const profile = state.profiles.find((p) => p.id === d.profileId);
	const extra = attributesOf(d.name, lang);
	return {
		...domainDates(state, d),
		DomainAuditStatus: 'SUCCEED',
		RegistrantType: profile?.registrantType ?? '2',
		ProductId: '2',
		Remark: '',
		AutoRenewEnabled: extra.autoRenew,
		Ccompany: profile?.zhOrganization ?? profile?.organization ?? '',
		ChgholderStatus: '0',
		DnsList: {DnsList: [...(d.dns ?? ALIYUN_DNS)]},
		DomainGroupId: String(extra.groupId),
		DomainGroupName: extra.groupName,
		Registrar: extra.registrar,
		ResourceGroupId: extra.resourceGroupId,
		Tag: {Tag: extra.tags.map((t) => ({...t}))},
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
	const extra = attributesOf(owned.name, params.Lang);
	const cn = splitName(owned.name).tld.endsWith('cn');
	return {
		RequestId: ctx.requestId,
		...domainDates(state, owned),
		RealNameStatus: 'SUCCEED',
		DomainNameVerificationStatus: 'SUCCEED',
		RegistrantType: profile?.registrantType ?? '2',
		RegistrantName: profile?.name ?? '',
		RegistrantOrganization: profile?.organization ?? '',
		ZhRegistrantName: profile?.zhName ?? '',
		ZhRegistrantOrganization: profile?.zhOrganization ?? '',
		Email: profile?.email ?? '',
		EmailVerificationStatus: profile?.emailVerified ? 1 : 0,
		EmailVerificationClientHold: false,
		DomainNameProxyService: owned.proxy,
		// The one value Alibaba's model shows for both; what other values mean is not documented.
		PrivacyServiceStatus: 'UN_SUPPORT',
		CnnicPrivacyServiceStatus: cn ? 'CLOSE' : 'UN_SUPPORT',
		TransferOutStatus: 'NORMAL',
		TransferProhibitionLock: 'CLOSE',
		UpdateProhibitionLock: 'CLOSE',
		RegistrantUpdatingStatus: 'NORMAL',
		DnsList: {Dns: [...(owned.dns ?? ALIYUN_DNS)]},
		DomainGroupId: extra.groupId,
		DomainGroupName: extra.groupName,
		Remark: '',
		ResourceGroupId: extra.resourceGroupId,
		Registrar: extra.registrar,
		UserId: SANDBOX_USER_ID,
		Tag: {Tag: extra.tags.map((t) => ({Key: t.Key, Vaue: t.Value}))},
	};
}

/** CheckDomain's documented limit: 10 calls a second per user. */
export const CHECK_DOMAIN_QPS = 10;

/** Recent CheckDomain call times per AccessKey, for the sliding one-second window. */
export type CheckWindows = Map<string, number[]>;

export function checkDomain(
	state: WorldState,
	windows: CheckWindows,
	params: RequestOf<'CheckDomain'>,
	ctx: CallContext,
): ResponseOf<'CheckDomain'> {
	// Alibaba counts CheckDomain's 10 a second for the main account and its RAM users together (docs/api.md): one
	// window per account, whichever of its keys asks.
	admitCheck(windows, state.accountId, state.now);
	const name = params.DomainName.trim().toLowerCase();
	if (!isValidName(name))
		throw new SandboxError('InvalidParameter', 'The specified parameter "DomainName" is not valid.');
	const {label, tld} = splitName(name);
	const base = {RequestId: ctx.requestId, DomainName: name, DynamicCheck: false};
	if (!isSupportedTld(tld))
		return {
			...base,
			Avail: '-1',
			Premium: 'false',
			Reason: inLang('The domain name suffix is not supported.', params.Lang),
		};
	const premium = isPremiumLabel(label);
	const years = params.FeePeriod ?? 1;
	const command = params.FeeCommand ?? 'create';
	// A renewal is priced at the renewal price a year (registry-rules.ts), a registration at the registration price.
	const yearly = command === 'renew' ? renewalPrice(name)! : premium ? premiumPrice(label) : tldPrice(tld)!;
	const money = command === 'restore' ? REDEMPTION_FEE : yearly * (command === 'transfer' ? 1 : years);
	// `period` is in months, as the live API writes it (12 for a one-year registration).
	const priceInfo = {
		action: command === 'create' ? 'activate' : command === 'restore' ? 'redeem' : command,
		money,
		period: 12 * (command === 'create' || command === 'renew' ? years : 1),
	};
	const taken = state.owned.has(name) || isTakenLabel(label) || OTHER_ACCOUNT_DOMAINS.includes(name);
	// The registry's reason is where a trademark term shows: the name is free, but it fails without permission.
	const trademark =
		!taken && trademarkIn(label) !== undefined ? FAILURES.trademark(trademarkIn(label)!).failReason : '';
	return {
		...base,
		Avail: taken ? '0' : '1',
		Premium: String(premium),
		...(premium ? {Price: premiumPrice(label)} : {}),
		Reason: taken ? inLang('In use', params.Lang) : inLang(trademark, params.Lang),
		StaticPriceInfo: {PriceInfo: [priceInfo]},
	};
}

function admitCheck(windows: CheckWindows, accountId: string, now: number): void {
	admitCall(windows, accountId, now, CHECK_DOMAIN_QPS);
}

/** A sliding one-second window of arrivals per key: the call that would be one too many is throttled. */
export function admitCall(windows: CheckWindows, key: string, now: number, perSecond: number): void {
	let calls = windows.get(key);
	if (!calls) windows.set(key, (calls = []));
	while (calls.length > 0 && calls[0]! <= now - 1000) calls.shift();
	if (calls.length >= perSecond) throw throttled(calls[0]! + 1000 - now);
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
		Data: {
			AvailableAmount: money,
			AvailableCashAmount: money,
			CreditAmount: '0.00',
			MybankCreditAmount: '0.00',
			Currency: 'CNY',
			QuotaLimit: '0.00',
		} as never,
	};
}
