// The sandbox registry's rules. They are deterministic and depend only on the name, so a demo can show every
// outcome on purpose and the README can list them (REGISTRY_RULES_MARKDOWN). The task engine applies them when a
// domain finishes executing; CheckDomain applies the availability part.

/** Yearly registration price in CNY for each supported TLD. */
export const TLD_PRICES: Readonly<Record<string, number>> = {
	com: 69,
	net: 79,
	org: 75,
	cn: 39,
	'com.cn': 39,
	'net.cn': 39,
	'org.cn': 39,
	xyz: 15,
	top: 9,
	info: 29,
	biz: 39,
	io: 320,
	co: 189,
	me: 99,
	cc: 59,
	tv: 199,
	shop: 35,
	online: 29,
	site: 25,
	tech: 49,
	store: 39,
	app: 99,
	dev: 89,
	club: 29,
	vip: 49,
	ltd: 29,
	fun: 25,
	ink: 39,
	work: 19,
	link: 49,
	cloud: 59,
};

/**
 * Yearly renewal price in CNY where it differs from the registration price (a first year is often sold cheaper);
 * every other supported TLD renews at its registration price.
 */
export const RENEWAL_TLD_PRICES: Readonly<Record<string, number>> = {
	com: 79,
	net: 89,
	xyz: 89,
	top: 35,
	shop: 219,
	online: 199,
	site: 189,
	tech: 299,
	store: 299,
	club: 79,
	fun: 149,
	work: 49,
};

/** Renewals may not carry a domain more than this many years past the time of renewal. */
export const MAX_REGISTRATION_YEARS = 10;

/** Names anyone would try first; they are registered already, like every first label starting `taken-`. */
export const FAMOUS_NAMES: readonly string[] = [
	'google',
	'baidu',
	'taobao',
	'tmall',
	'alibaba',
	'aliyun',
	'alipay',
	'amazon',
	'apple',
	'microsoft',
	'facebook',
	'github',
	'wikipedia',
	'youtube',
	'example',
];

/** Words a first label may not contain without TrademarkDomainActivation. */
export const TRADEMARK_WORDS: readonly string[] = ['nike', 'adidas', 'lego', 'disney', 'pepsi', 'rolex'];

export const TAKEN_PREFIX = 'taken-';
export const FLAKY_PREFIX = 'flaky-';
/** A first label this short or shorter is premium. */
export const PREMIUM_MAX_LENGTH = 3;
/** How many times a `flaky-` name fails transiently before its next try goes through. */
export const FLAKY_FAILURES = 2;
/** Redeeming costs this flat fee (CNY), whatever the TLD; it includes the year of renewal that comes with it. */
export const REDEMPTION_FEE = 1200;
/** Alibaba's documented cap (docs/api.md, Limits), counted over the last seven days of registration submits. */
export const WEEKLY_REGISTRATION_LIMIT = 100_000;
export const DEFAULT_BALANCE = 200_000;

const famous = new Set(FAMOUS_NAMES);
const VALID_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

export interface NameParts {
	/** The label the user chose: `shop` in `shop.com.cn`. */
	label: string;
	/** Everything after it: `com.cn`. */
	tld: string;
}

export function splitName(domain: string): NameParts {
	const dot = domain.indexOf('.');
	return dot < 0 ? {label: domain, tld: ''} : {label: domain.slice(0, dot), tld: domain.slice(dot + 1)};
}

export function isValidName(domain: string): boolean {
	return domain.length <= 253 && VALID_NAME.test(domain);
}

export function tldPrice(tld: string): number | undefined {
	return Object.hasOwn(TLD_PRICES, tld) ? TLD_PRICES[tld] : undefined;
}

export function isSupportedTld(tld: string): boolean {
	return tldPrice(tld) !== undefined;
}

export function isTakenLabel(label: string): boolean {
	return label.startsWith(TAKEN_PREFIX) || famous.has(label);
}

export function isPremiumLabel(label: string): boolean {
	return label.length <= PREMIUM_MAX_LENGTH;
}

/** Yearly price of a premium name (CNY): the shorter, the dearer. */
export function premiumPrice(label: string): number {
	return label.length <= 1 ? 150_000 : label.length === 2 ? 48_000 : 12_000;
}

export function trademarkIn(label: string): string | undefined {
	return TRADEMARK_WORDS.find((word) => label.includes(word));
}

export function isFlakyLabel(label: string): boolean {
	return label.startsWith(FLAKY_PREFIX);
}

/** The yearly price a registration of `domain` costs, or undefined for an unsupported TLD. */
export function yearlyPrice(domain: string): number | undefined {
	const {label, tld} = splitName(domain);
	const base = tldPrice(tld);
	if (base === undefined) return undefined;
	return isPremiumLabel(label) ? premiumPrice(label) : base;
}

/** The yearly price a renewal of `domain` costs (a premium name at its premium price), or undefined for an unsupported TLD. */
export function renewalPrice(domain: string): number | undefined {
	const {label, tld} = splitName(domain);
	if (!isSupportedTld(tld)) return undefined;
	return isPremiumLabel(label) ? premiumPrice(label) : (RENEWAL_TLD_PRICES[tld] ?? tldPrice(tld));
}

export interface Failure {
	errorMsg: string;
	failReason: string;
}

// The texts a failed detail carries. Alibaba documents one (PURCHASE_RECORD_EXISTS); the rest follow its tone.
export const FAILURES = {
	invalidName: {
		errorMsg: 'The domain name is invalid.',
		failReason: 'The domain name does not follow the naming rules of the registry.',
	},
	unsupportedTld: {
		errorMsg: 'The domain name suffix is not supported.',
		failReason: 'This domain name suffix cannot be registered through Alibaba Cloud.',
	},
	purchaseRecordExists: {
		errorMsg: 'The domain name is not available.',
		failReason: 'Purchase record exists for the domain name in Aliyun',
	},
	taken: {errorMsg: 'The domain name is not available.', failReason: 'The domain name has already been registered.'},
	premium: {
		errorMsg: 'The domain name is a premium domain name.',
		failReason: 'Premium domain names can be registered only with PermitPremiumActivation set to true.',
	},
	trademark: (word: string): Failure => ({
		errorMsg: 'The domain name contains a trademark term.',
		failReason: `The domain name contains the protected trademark "${word}"; register it only with TrademarkDomainActivation set to true.`,
	}),
	noProfile: {
		errorMsg: 'The registrant profile is missing.',
		failReason:
			'No registrant profile was given for this domain name (RegistrantProfileId); the registrant information is required to register it.',
	},
	balance: {
		errorMsg: 'Insufficient account balance.',
		failReason: 'The available balance of the account is insufficient to pay for the order.',
	},
	weeklyLimit: {
		errorMsg: 'The registration quota is exceeded.',
		failReason: `No more than ${WEEKLY_REGISTRATION_LIMIT.toLocaleString('en-US')} domain names can be registered in a week.`,
	},
	transient: {
		errorMsg: 'The registry did not respond in time. The task will be retried.',
		failReason: 'Registry connection timed out.',
	},
	notInAccount: {errorMsg: 'The domain name does not exist.', failReason: 'The domain does not exist in this account.'},
	notInRedemption: {
		errorMsg: 'The domain name cannot be redeemed.',
		failReason: 'The domain name is not in its redemption period.',
	},
	pendingDelete: {
		errorMsg: 'The domain name cannot be redeemed.',
		failReason: 'The domain name is pending deletion; its redemption period has ended.',
	},
	inRedemption: {
		errorMsg: 'The domain name cannot be renewed.',
		failReason: 'The domain name is in its redemption period; redeem it instead.',
	},
	premiumRenewal: {
		errorMsg: 'The domain name is a premium domain name.',
		failReason: 'Premium domain names can be renewed only with PermitPremiumRenew set to true.',
	},
	tooManyYears: {
		errorMsg: 'The renewal period is too long.',
		failReason: `A domain name cannot be renewed to more than ${MAX_REGISTRATION_YEARS} years from now.`,
	},
	expiryMismatch: (actual: number): Failure => ({
		errorMsg: 'The current expiration date does not match.',
		failReason: `The CurrentExpirationDate does not match the expiration date of the domain name (${actual}).`,
	}),
} as const;

export const SUCCESS_MESSAGE = 'The operation is successful.';

/** What the registry says about a registration attempt, before money and quota are looked at. */
export function registrationRefusal(
	domain: string,
	options: {permitPremium: boolean; permitTrademark: boolean; ownedHere: boolean},
): Failure | undefined {
	if (!isValidName(domain)) return FAILURES.invalidName;
	const {label, tld} = splitName(domain);
	if (!isSupportedTld(tld)) return FAILURES.unsupportedTld;
	if (options.ownedHere) return FAILURES.purchaseRecordExists;
	if (isTakenLabel(label)) return FAILURES.taken;
	if (isPremiumLabel(label) && !options.permitPremium) return FAILURES.premium;
	const word = trademarkIn(label);
	if (word !== undefined && !options.permitTrademark) return FAILURES.trademark(word);
	return undefined;
}

/** For the README: what to type to see each outcome. */
export const REGISTRY_RULES_MARKDOWN = `
| type a name like | what the sandbox does |
| --- | --- |
| \`anything-else.com\` | registers it (price per TLD below), after a few seconds |
| \`taken-demo.com\`, \`${FAMOUS_NAMES.slice(0, 4).join('.com`, `')}.com\` … | fails: already registered (CheckDomain: Avail 0, "In use") |
| \`abc.com\` (first label of ${PREMIUM_MAX_LENGTH} characters or fewer) | premium: fails unless "premium" is allowed; then costs 12,000 (3 chars) / 48,000 (2) / 150,000 (1) CNY a year |
| \`${TRADEMARK_WORDS.join('-shop.com`, `')}-shop.com\` (a first label containing ${TRADEMARK_WORDS.join(', ')} anywhere, so \`college.com\` too) | fails unless "trademark" is allowed |
| a name the account already owns, like \`lianyun-tech.com\` | fails: "Purchase record exists for the domain name in Aliyun" (CheckDomain: Avail 0) |
| \`demo.museum\` (a TLD not in the list below) | fails: suffix not supported (CheckDomain: Avail -1) |
| \`flaky-demo.com\` | fails transiently ${FLAKY_FAILURES} times (TryCount rises), then succeeds |
| a domain already in a waiting or running task | the whole submit is refused with TaskIsBeingProcessed |
| more than the balance can pay for | the domains that finish after the money runs out fail with "Insufficient account balance." |
| more than ${WEEKLY_REGISTRATION_LIMIT.toLocaleString('en-US')} registrations in 7 days | the ones over the limit fail with "The registration quota is exceeded." |
| redeem a name not in the account / not in redemption / with the wrong CurrentExpirationDate | that domain fails, saying which |
| redeem \`spring-promo-2023.com\`, \`old-landing-page.net\` or \`last-chance-deals.cn\` (listed in redemption, but pending delete) | that domain fails: "The domain name is pending deletion" |
| renew a name not in the account (like \`partner-portal.com\`, another account's) / in redemption / with the wrong CurrentExpirationDate / past ${MAX_REGISTRATION_YEARS} years from now | that domain fails, saying which |
| renew a premium name (like \`tea.cn\`) without "premium" allowed | that domain fails; with it, it costs the premium price a year |

Supported TLDs and yearly prices (CNY): ${Object.entries(TLD_PRICES)
	.map(([tld, price]) => `.${tld} ${price}`)
	.join(', ')}. Renewal costs the registration price a year, except: ${Object.entries(RENEWAL_TLD_PRICES)
	.map(([tld, price]) => `.${tld} ${price}`)
	.join(
		', ',
	)}. Redemption costs a flat ${REDEMPTION_FEE.toLocaleString('en-US')} CNY. The starting balance is ${DEFAULT_BALANCE.toLocaleString('en-US')} CNY.
`.trim();
