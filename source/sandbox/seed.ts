// The account a fresh sandbox starts with: laid out relative to "now", and otherwise fixed, so every demo and test
// sees the same names. The redemption-period domains sit at different points of the registry's timeline
// (source/api/redemption-period.ts): a few on their last days, a few already in pending delete (listed, but a
// redeem of them fails), the rest spread over the period. The "large" seed adds a few hundred more, so a picker
// over a big account can be seen and timed.
import {compactDate, DAY_MS, YEAR_MS} from './clock.js';
import {GRACE_DAYS, redemptionDays} from '../api/redemption-period.js';
import {isPremiumLabel, splitName} from './registry-rules.js';

export interface ProfileRecord {
	id: number;
	type: 'common' | 'cnnic';
	isDefault: boolean;
	realNameStatus: 'SUCCEED' | 'AUDITING' | 'FAILED' | 'NONAUDIT';
	emailVerified: boolean;
	registrantType: '1' | '2';
	organization: string;
	name: string;
	zhOrganization?: string;
	zhName?: string;
	email: string;
	country: string;
	province: string;
	city: string;
	address: string;
	postalCode: string;
	telArea: string;
	telephone: string;
	created: number;
	updated: number;
}

/** DomainStatus: 1 needs renewal, 2 in its redemption period, 3 normal. */
export type DomainStatusCode = '1' | '2' | '3';

export interface OwnedRecord {
	name: string;
	instanceId: string;
	status: DomainStatusCode;
	expiry: number;
	registered: number;
	premium: boolean;
	profileId: number;
	proxy: boolean;
	/** Custom name servers; absent = Alibaba Cloud DNS. */
	dns?: string[];
}

export const ALIYUN_DNS = ['dns1.hichina.com', 'dns2.hichina.com'];

type ProfileSeed = Omit<ProfileRecord, 'created' | 'updated'> & {ageDays: number};

const PROFILES: ProfileSeed[] = [
	{
		id: 1_000_001,
		type: 'common',
		isDefault: true,
		realNameStatus: 'SUCCEED',
		emailVerified: true,
		registrantType: '2',
		organization: 'Hangzhou Lianyun Technology Co., Ltd.',
		name: 'Wang Fang',
		zhOrganization: '杭州链云科技有限公司',
		zhName: '王芳',
		email: 'domains@lianyun-tech.example.com',
		country: 'CN',
		province: 'Zhejiang',
		city: 'Hangzhou',
		address: '18 Wensan Road, Xihu District',
		postalCode: '310012',
		telArea: '86',
		telephone: '057188123456',
		ageDays: 900,
	},
	{
		id: 1_000_002,
		type: 'common',
		isDefault: false,
		realNameStatus: 'SUCCEED',
		emailVerified: true,
		registrantType: '1',
		organization: 'Li Wei',
		name: 'Li Wei',
		zhOrganization: '李伟',
		zhName: '李伟',
		email: 'li.wei@mail.example.com',
		country: 'CN',
		province: 'Guangdong',
		city: 'Guangzhou',
		address: '66 Tianhe North Road, Tianhe District',
		postalCode: '510620',
		telArea: '86',
		telephone: '13800138000',
		ageDays: 640,
	},
	{
		id: 1_000_003,
		type: 'common',
		isDefault: false,
		realNameStatus: 'SUCCEED',
		emailVerified: true,
		registrantType: '2',
		organization: 'Shanghai Qingshan Trading Co., Ltd.',
		name: 'Zhang Min',
		zhOrganization: '上海青山贸易有限公司',
		zhName: '张敏',
		email: 'it@qingshan-trading.example.com',
		country: 'CN',
		province: 'Shanghai',
		city: 'Shanghai',
		address: '200 Century Avenue, Pudong New Area',
		postalCode: '200120',
		telArea: '86',
		telephone: '02150123456',
		ageDays: 420,
	},
	{
		id: 1_000_004,
		type: 'common',
		isDefault: false,
		realNameStatus: 'AUDITING',
		emailVerified: true,
		registrantType: '2',
		organization: 'Shenzhen Haibei Digital Media Co., Ltd.',
		name: 'Liu Yang',
		zhOrganization: '深圳海贝数字传媒有限公司',
		zhName: '刘洋',
		email: 'webmaster@haibei-media.example.com',
		country: 'CN',
		province: 'Guangdong',
		city: 'Shenzhen',
		address: '9 Keji South Road, Nanshan District',
		postalCode: '518057',
		telArea: '86',
		telephone: '075586123456',
		ageDays: 2,
	},
	{
		id: 1_000_005,
		type: 'common',
		isDefault: false,
		realNameStatus: 'FAILED',
		emailVerified: false,
		registrantType: '1',
		organization: 'Zhao Lei',
		name: 'Zhao Lei',
		zhOrganization: '赵磊',
		zhName: '赵磊',
		email: 'zhao.lei@mail.example.com',
		country: 'CN',
		province: 'Sichuan',
		city: 'Chengdu',
		address: '3 Renmin South Road, Wuhou District',
		postalCode: '610041',
		telArea: '86',
		telephone: '13900139000',
		ageDays: 30,
	},
	{
		id: 1_000_006,
		type: 'cnnic',
		isDefault: false,
		realNameStatus: 'SUCCEED',
		emailVerified: true,
		registrantType: '2',
		organization: 'Beijing Yuntu Information Technology Co., Ltd.',
		name: 'Sun Li',
		zhOrganization: '北京云图信息技术有限公司',
		zhName: '孙丽',
		email: 'domains@yuntu-info.example.com',
		country: 'CN',
		province: 'Beijing',
		city: 'Beijing',
		address: '27 Zhongguancun Street, Haidian District',
		postalCode: '100080',
		telArea: '86',
		telephone: '01062123456',
		ageDays: 300,
	},
];

export const DEFAULT_PROFILE_ID = 1_000_001;

/** [name, whole days left to redeem]: names a team forgot to renew, all in their redemption period. */
export const REDEMPTION_PICTURE: readonly (readonly [string, number])[] = [
	['forgot-to-renew.com', 21],
	['launch-party.net', 1],
	['old-team-blog.cn', 9],
	['coffee-club.io', 0],
	['pixel-garden.com', 17],
	['summer-sale.shop', 25],
	['team-wiki.net', 2],
	['red-lantern.cn', 5],
	['quiet-harbor.com', 13],
	['paper-kite.org', 28],
	['night-market.com', 7],
	['green-tea-house.cn', 12],
	['mooncake-box.com', 19],
	['silk-road-travel.com', 3],
	['jade-mountain.net', 23],
	['bamboo-desk.com', 10],
	['lucky-cat-studio.com', 15],
	['river-town.cn', 1],
	['cloud-kitchen-demo.com', 26],
	['spring-festival-gifts.com', 8],
	['happy-dumpling.com', 14],
	['sunrise-bakery.net', 20],
	['blue-whale-data.io', 4],
	['lotus-yoga.cn', 11],
];

export const REDEMPTION_DOMAINS: readonly string[] = REDEMPTION_PICTURE.map(([name]) => name);

/** [name, days since the redemption period ended]: still listed in redemption, but in pending delete. */
export const PENDING_DELETE_DOMAINS: readonly (readonly [string, number])[] = [
	['spring-promo-2023.com', 1],
	['old-landing-page.net', 3],
	['last-chance-deals.cn', 2],
];

export const NORMAL_DOMAINS: readonly string[] = [
	'lianyun-tech.com',
	'lianyun-tech.cn',
	'lianyun.io',
	'status-page.net',
	'api-gateway-demo.com',
	'docs-portal.cn',
	'brand-store.shop',
	'mail-relay.net',
	'yuntu-info.com.cn',
	'data-lake.tech',
];

/**
 * [name, days from now to expiry]: domains that need renewal (DomainStatus 1), from a few weeks ahead to a few
 * days past expiry (renewal grace, not yet redemption). A first label of three characters or fewer is premium, as
 * the registry rules say, and renews only with PermitPremiumRenew.
 */
export const RENEWAL_DOMAINS: readonly (readonly [string, number])[] = [
	['expiring-soon.com', 12],
	['grace-period.net', -10],
	['weekend-market.com', 2],
	['tea.cn', 5],
	['spring-catalog.shop', 9],
	['night-owl-radio.net', 16],
	['zen.io', 21],
	['harvest-moon.xyz', 27],
	['last-minute-tickets.com', -3],
];

/** Names registered by another account: the registry knows them, this account cannot renew them. */
export const OTHER_ACCOUNT_DOMAINS: readonly string[] = ['partner-portal.com'];

export interface Seed {
	profiles: ProfileRecord[];
	owned: OwnedRecord[];
}

export type SeedSize = 'standard' | 'large';
/** The large account's starting balance (CNY): enough to redeem all of its domains, as a demo needs. */
export const LARGE_BALANCE = 1_000_000;
/** How many more redemption-period domains the large seed has. */
export const LARGE_EXTRA_REDEMPTION = 360;

export function seedAccount(now: number, size: SeedSize = 'standard'): Seed {
	const profiles = PROFILES.map(({ageDays, ...p}) => ({
		...p,
		created: now - ageDays * DAY_MS,
		updated: now - Math.floor(ageDays / 2) * DAY_MS,
	}));
	const owned: OwnedRecord[] = [];
	let n = 0;
	const add = (name: string, status: DomainStatusCode, expiry: number, profileId: number, premium = false): void => {
		// Whole years before expiry, like a real registration, and a time of day that differs per domain.
		const years = 1 + (n % 3);
		const registered = expiry - years * YEAR_MS;
		owned.push({
			name,
			instanceId: instanceIdFor(registered, n++),
			status,
			expiry,
			registered,
			premium,
			profileId,
			proxy: true,
		});
	};
	const minutes = (i: number): number => ((i * 97) % 1440) * 60_000;
	// The expiry that leaves `daysLeft` whole days (plus part of one) before the redemption period ends.
	const expiryFor = (name: string, daysLeft: number, i: number): number =>
		now + daysLeft * DAY_MS + DAY_MS / 2 + halfDayMinutes(i) - (GRACE_DAYS + redemptionDays(tldOf(name))) * DAY_MS;
	REDEMPTION_PICTURE.forEach(([name, daysLeft], i) =>
		add(name, '2', expiryFor(name, daysLeft, i), i % 3 === 2 ? 1_000_003 : DEFAULT_PROFILE_ID),
	);
	PENDING_DELETE_DOMAINS.forEach(([name, daysOver], i) =>
		add(name, '2', expiryFor(name, -daysOver - 1, i + 30), DEFAULT_PROFILE_ID),
	);
	if (size === 'large') {
		for (const [name, daysLeft] of largeRedemptionPicture())
			add(name, '2', expiryFor(name, daysLeft, n), n % 2 ? DEFAULT_PROFILE_ID : 1_000_003);
	}
	NORMAL_DOMAINS.forEach((name, i) =>
		add(name, '3', now + (60 + i * 61) * DAY_MS + minutes(i + 40), DEFAULT_PROFILE_ID),
	);
	RENEWAL_DOMAINS.forEach(([name, days], i) =>
		add(name, '1', now + days * DAY_MS + minutes(i + 80), 1_000_002, isPremiumLabel(splitName(name).label)),
	);
	return {profiles, owned};
}

function tldOf(name: string): string {
	return name.slice(name.indexOf('.') + 1);
}

/** Up to 12 hours, different per domain, so the times of day differ without moving a domain to another day. */
function halfDayMinutes(i: number): number {
	return ((i * 97) % 720) * 60_000 - 6 * 3_600_000;
}

const WORDS_A = [
	'amber',
	'bright',
	'cedar',
	'delta',
	'ember',
	'fable',
	'golden',
	'harbor',
	'indigo',
	'juniper',
	'kite',
	'lumen',
	'maple',
	'nova',
	'opal',
	'pine',
	'quartz',
	'river',
	'silver',
	'tiger',
];
const WORDS_B = [
	'apps',
	'books',
	'cafe',
	'design',
	'events',
	'foods',
	'games',
	'health',
	'labs',
	'media',
	'news',
	'outlet',
	'photo',
	'shop',
];
const LARGE_TLDS = ['com', 'net', 'cn', 'shop', 'top', 'xyz', 'com.cn', 'io', 'org', 'tech'];

/** The large seed's extra names, deterministic: a spread of days left, and every thirty-seventh one in pending delete. */
export function largeRedemptionPicture(): Array<[string, number]> {
	const out: Array<[string, number]> = [];
	for (let i = 0; i < LARGE_EXTRA_REDEMPTION; i++) {
		const tld = LARGE_TLDS[i % LARGE_TLDS.length]!;
		const name = `${WORDS_A[i % WORDS_A.length]}-${WORDS_B[Math.floor(i / WORDS_A.length) % WORDS_B.length]}-${i + 1}.${tld}`;
		const span = redemptionDays(tld);
		out.push([name, i % 37 === 36 ? -2 : (i * 7) % span]);
	}
	return out;
}

const ID_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Alibaba's instance ids look like `S20179H1BBI9test`: an `S`, a date, then letters and digits. */
export function instanceIdFor(registered: number, serial: number): string {
	let tail = '';
	let x = (serial + 1) * 2_654_435_761;
	for (let i = 0; i < 6; i++) {
		tail += ID_CHARS[x % 36];
		x = Math.floor(x / 36);
	}
	return `S${compactDate(registered)}${tail}`;
}
