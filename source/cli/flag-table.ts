// Every flag, declared once: for each command the flags it takes, each with its type, value placeholder, choices or
// range, default and description in both languages. Parsing (args.ts), `--help` (help.ts) and the conversion to
// options (options-from-flags.ts) all read this table, so a flag cannot be accepted by one and unknown to another.
// A flag a command does not list is a usage error for that command; the global flags are taken by every command.
import {DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE, MAX_YEARS, MIN_YEARS} from '../core/order/task-size.js';
import {DEFAULT_RENEWAL_WINDOW_DAYS, MAX_RENEWAL_WINDOW_DAYS} from '../core/account/renewal-list.js';
import type {Lang} from '../i18n/index.js';

type Words = Record<Lang, string>;

export type FlagSpec = {
	readonly type: 'string' | 'boolean';
	/** One letter that also names it: `-y` for `--yes`. */
	readonly short?: string;
	/** What its value is called in help (`FILE`); flags with choices show them instead. */
	readonly value?: string;
	/** The only values it takes, checked by options-from-flags.ts. */
	readonly choices?: readonly string[];
	/** A whole number from min to max. */
	readonly range?: {readonly min: number; readonly max: number};
	/** What it means when left out; `means` says what that value does when the number alone would not. */
	readonly default?: {readonly value: string | number; readonly means?: Words};
	/** One line (more with \n) for help. */
	readonly help: Words;
};

const flag = <const S extends FlagSpec>(spec: S): S => spec;
const bool = (en: string, zh: string) => flag({type: 'boolean', help: {en, zh}});

const submitFlags = {
	domains: flag({
		type: 'string',
		value: 'FILE',
		help: {
			en: 'the domains, one per line (also commas or spaces); - reads standard input',
			zh: '域名列表，每行一个（也可用逗号或空格分隔）；- 表示从标准输入读取',
		},
	}),
	'skip-invalid': bool(
		'when some lines are rejected, send the valid ones (else: exit 2, nothing sent)',
		'有被拒绝的行时只发送有效的域名（否则退出码 2，不发送）',
	),
	'send-failed-again': bool(
		'also send names whose earlier order failed for a reason that still holds\n(taken, already owned, unsupported, premium or trademark still not allowed)',
		'之前下单失败且原因未变的域名也发送\n（已被注册、已购买、不支持、仍未允许溢价或商标）',
	),
	coupon: flag({
		type: 'string',
		value: 'NO',
		help: {
			en: 'the number of a coupon of your account to pay with (CouponNo)',
			zh: '用于付款的账号优惠券编号（CouponNo）',
		},
	}),
	promotion: flag({
		type: 'string',
		value: 'NO',
		help: {en: 'the number of a promotion to apply (PromotionNo)', zh: '要使用的促销活动编号（PromotionNo）'},
	}),
	'batch-size': flag({
		type: 'string',
		value: 'N',
		range: {min: 1, max: MAX_BATCH_SIZE},
		default: {value: DEFAULT_BATCH_SIZE},
		help: {en: 'domains per task', zh: '每个任务的域名数'},
	}),
	yes: flag({
		type: 'boolean',
		short: 'y',
		help: {en: 'submit without asking (required without a terminal)', zh: '不经确认直接提交（没有终端时必须加）'},
	}),
	wait: bool(
		'first wait out domains held back by an undecided earlier request,\nthen watch the batch until every domain has succeeded or failed',
		'先等待因之前请求结果未定而暂缓的域名，\n再持续查看这批任务，直到每个域名都成功或失败',
	),
	'dry-run': bool(
		'send nothing: print the plan, the estimate, the balance and the file of the exact requests',
		'不发送任何请求：打印计划、预估费用、余额和完整请求所在的文件',
	),
	'max-spend': flag({
		type: 'string',
		value: 'AMOUNT',
		help: {
			en: "refuse the batch when its estimate exceeds AMOUNT (in the account's currency)",
			zh: '预估费用超过 AMOUNT（账户币种）时拒绝提交',
		},
	}),
	'no-estimate': bool(
		'do not price the list first (then the balance cannot be checked against it)',
		'不先询价（这样也无法与余额比较）',
	),
	json: bool('one JSON document on standard output', '在标准输出打印一份 JSON 文档'),
} as const;

const seedChoices = ['standard', 'large'] as const;

/** renew and domains --expiring: how far ahead expiring domains are looked for. */
const within = flag({
	type: 'string',
	value: 'DAYS',
	range: {min: 0, max: MAX_RENEWAL_WINDOW_DAYS},
	default: {value: DEFAULT_RENEWAL_WINDOW_DAYS},
	help: {
		en: 'with the domains that need renewal, those expiring within DAYS',
		zh: '除需要续费的域名外，再列出 DAYS 天内到期的域名',
	},
});

/** The flags each command takes besides the global ones; `app` is the interactive app (no command). */
export const COMMAND_FLAGS = {
	app: {},
	register: {
		...submitFlags,
		'profile-id': flag({
			type: 'string',
			value: 'ID',
			help: {
				en: "real-name-verified registrant profile (or 'default' for the account's default)",
				zh: "已通过实名认证的注册人信息模板（或 'default'，即账号的默认模板）",
			},
		}),
		years: flag({
			type: 'string',
			value: 'N',
			range: {min: MIN_YEARS, max: MAX_YEARS},
			default: {value: MIN_YEARS},
			help: {en: 'registration years', zh: '注册年限'},
		}),
		dns: flag({
			type: 'string',
			value: 'NS1,NS2',
			help: {en: 'custom name servers (default: Alibaba Cloud DNS)', zh: '自定义 DNS 服务器（默认：阿里云解析）'},
		}),
		'no-privacy': bool('turn off the domain proxy (WHOIS privacy) service', '关闭域名隐私保护（WHOIS 代理）服务'),
		premium: bool('allow premium names (they cost more)', '允许注册溢价域名（价格更高）'),
		trademark: bool('allow names that contain trademark terms', '允许注册含商标词的域名'),
	},
	redeem: {
		...submitFlags,
		'all-in-redemption': bool(
			"instead of --domains: every domain of the account in its redemption period, with the\naccount's expiries (those pending delete are left out with the reason)",
			'代替 --domains：账号中所有处于赎回期的域名，到期时间取自账号\n（待删除的域名会被排除，并说明原因）',
		),
		'keep-typed-expiry': bool(
			"send a typed expiry even when it differs from the account's (else the account's is sent)",
			'填写的到期时间与账号不同时仍发送填写的（否则发送账号中的）',
		),
	},
	renew: {
		...submitFlags,
		years: flag({
			type: 'string',
			value: 'N',
			range: {min: MIN_YEARS, max: MAX_YEARS},
			default: {value: MIN_YEARS},
			help: {en: 'years to add to each domain', zh: '每个域名续费的年数'},
		}),
		premium: bool(
			'renew premium domains too (PermitPremiumRenew; at their premium price)',
			'同时续费溢价域名（PermitPremiumRenew，按溢价价格）',
		),
		'all-expiring': bool(
			'instead of --domains: every domain that needs renewal or expires within the window',
			'代替 --domains：所有需要续费或在期限内到期的域名',
		),
		within: within,
	},
	status: {
		wait: bool(
			'poll until every domain has succeeded or failed (exit 3 if any failed)',
			'持续查询，直到每个域名都成功或失败（有失败时退出码为 3）',
		),
		json: bool(
			'{counts, domains: [{domain, taskNo, status, error, tryCount}]}\nstatus is one of waiting | executing | succeeded | failed',
			'{counts, domains: [{domain, taskNo, status, error, tryCount}]}\nstatus 取值为 waiting | executing | succeeded | failed',
		),
	},
	history: {
		json: bool('the batches as one JSON document', '以一份 JSON 文档列出批次'),
	},
	domains: {
		redemption: bool(
			'the domains in their redemption period (QueryDomainList, QueryType=2, every page)',
			'处于赎回期的域名（QueryDomainList，QueryType=2，全部分页）',
		),
		expiring: bool(
			'instead: the domains that need renewal (QueryType=1) or expire within the window, with the renewal\nprice a year when known; with --json:\n{withinDays, currency, domains: [{domain, expiryMs, expiryDate, daysLeft, status, premium, price}]}\nstatus is renewal-due | expiring; an unknown price is {"price": null}',
			'改为：需要续费（QueryType=1）或在期限内到期的域名，附已知的每年续费价格；加 --json 时：\n{withinDays, currency, domains: [{domain, expiryMs, expiryDate, daysLeft, status, premium, price}]}\nstatus 取值为 renewal-due | expiring；未知的价格写作 {"price": null}',
		),
		within: within,
		json: bool(
			'{domains: [{domain, expiryMs, expiryDate, daysLeft, status, redeemable}]}\nstatus is one of redemption | pending-delete | deleted; expiryDate is UTC (ISO 8601)',
			'{domains: [{domain, expiryMs, expiryDate, daysLeft, status, redeemable}]}\nstatus 取值为 redemption | pending-delete | deleted；日期为 UTC（ISO 8601）',
		),
	},
	sandbox: {
		port: flag({
			type: 'string',
			value: 'N',
			range: {min: 0, max: 65535},
			default: {value: 0, means: {en: 'any free port', zh: '任一空闲端口'}},
			help: {en: 'port on 127.0.0.1', zh: '127.0.0.1 上的端口'},
		}),
		faults: flag({
			type: 'string',
			value: 'SPEC',
			help: {
				en: 'e.g. throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1',
				zh: '例如 throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1',
			},
		}),
		speed: flag({
			type: 'string',
			value: 'X',
			default: {value: 1},
			help: {en: 'task pace multiplier; 10 is ten times faster', zh: '任务处理速度倍数；10 表示快十倍'},
		}),
		state: flag({
			type: 'string',
			value: 'FILE',
			help: {
				en: 'keep the sandbox account (tasks, domains, balance) in FILE between runs',
				zh: '把沙箱账号（任务、域名、余额）保存在 FILE 中，多次运行间保留',
			},
		}),
		seed: flag({
			type: 'string',
			choices: seedChoices,
			default: {value: 'standard'},
			help: {
				en: 'large: a fresh account with hundreds more in redemption',
				zh: 'large：新账号多出几百个处于赎回期的域名',
			},
		}),
		'by-day': bool(
			'QueryTaskList reads its time bounds as dates only (UTC+8), the strictest reading of its documents',
			'QueryTaskList 只按日期（UTC+8）读取时间范围，即对其文档最严格的理解',
		),
	},
	accounts: {
		'access-key-id': flag({
			type: 'string',
			value: 'ID',
			help: {en: 'with add: the AccessKey ID', zh: '与 add 一起用：AccessKey ID'},
		}),
		'secret-stdin': bool('with add: read the secret from standard input', '与 add 一起用：从标准输入读取 Secret'),
		file: flag({
			type: 'string',
			value: 'PATH',
			help: {
				en: 'with import: the file to read (default ~/.aliyun/config.json)',
				zh: '与 import 一起用：要读取的文件（默认 ~/.aliyun/config.json）',
			},
		}),
		json: bool('with no subcommand: the accounts as one JSON document', '不带子命令时：以一份 JSON 文档列出账号'),
	},
} as const;

/** Taken by every command: where to connect, as whom, in which language. */
export const GLOBAL_FLAGS = {
	account: flag({
		type: 'string',
		value: 'NAME',
		help: {en: 'use a stored account (default: the active one)', zh: '使用已保存的账号（默认：当前账号）'},
	}),
	endpoint: flag({
		type: 'string',
		value: 'URL',
		help: {en: 'Domain API endpoint (default: by --site)', zh: '域名 API 接入地址（默认：由 --site 决定）'},
	}),
	site: flag({
		type: 'string',
		choices: ['cn', 'intl'],
		help: {
			en: 'China site (domain.aliyuncs.com) or international (domain-intl.aliyuncs.com)',
			zh: '中国站（domain.aliyuncs.com）或国际站（domain-intl.aliyuncs.com）',
		},
	}),
	'api-version': flag({
		type: 'string',
		value: 'V',
		help: {en: 'override the API version the endpoint implies', zh: '指定 API 版本，不用接入地址默认的版本'},
	}),
	'billing-endpoint': flag({
		type: 'string',
		value: 'URL',
		help: {
			en: 'where the balance is read (default: business.aliyuncs.com on the China site)',
			zh: '读取余额的接入地址（默认：中国站为 business.aliyuncs.com）',
		},
	}),
	'billing-api-version': flag({
		type: 'string',
		value: 'V',
		help: {en: "override the billing API's version (default 2017-12-14)", zh: '指定费用 API 的版本（默认 2017-12-14）'},
	}),
	signature: flag({
		type: 'string',
		choices: ['v1', 'v3'],
		default: {value: 'v3'},
		help: {en: 'how requests are signed', zh: '请求的签名方式'},
	}),
	lang: flag({
		type: 'string',
		choices: ['en', 'zh'],
		help: {
			en: "interface language; also the language of Alibaba's messages\n(default: Chinese when LC_ALL, LC_MESSAGES or LANG starts with zh)",
			zh: '界面语言；阿里云返回的消息也用这种语言\n（默认：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时为中文）',
		},
	}),
	sandbox: bool(
		'use the built-in sandbox (no account needed; state kept between runs)',
		'使用内置沙箱（无需账号；状态在多次运行间保留）',
	),
	'sandbox-reset': bool('with --sandbox: start the sandbox afresh', '与 --sandbox 一起用：重置沙箱'),
	'sandbox-seed': flag({
		type: 'string',
		choices: seedChoices,
		default: {value: 'standard'},
		help: {
			en: 'with --sandbox: large is a second account, with hundreds in redemption',
			zh: '与 --sandbox 一起用：large 是另一个账号，有几百个处于赎回期的域名',
		},
	}),
	help: flag({type: 'boolean', short: 'h', help: {en: 'this help', zh: '显示帮助'}}),
	version: flag({type: 'boolean', short: 'v', help: {en: 'the version', zh: '显示版本'}}),
} as const;

type Tables = typeof GLOBAL_FLAGS | (typeof COMMAND_FLAGS)[keyof typeof COMMAND_FLAGS];
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
export type FlagName = KeysOfUnion<Tables>;
type SpecsOf<N extends FlagName> = Tables extends infer T ? (T extends Record<N, infer S> ? S : never) : never;

/** The parsed flags of any command: each one present only when given. */
export type Flags = {[N in FlagName]?: SpecsOf<N> extends {type: 'boolean'} ? boolean : string};

/** Whichever command declares it: a name means the same type, choices and range everywhere (a test checks). */
export function specOf(name: FlagName): FlagSpec {
	if (name in GLOBAL_FLAGS) return GLOBAL_FLAGS[name as keyof typeof GLOBAL_FLAGS];
	for (const table of Object.values(COMMAND_FLAGS)) {
		if (name in table) return (table as Record<string, FlagSpec>)[name]!;
	}
	throw new Error(`no flag --${name}`);
}

/** Every declared flag once, for the parser. */
export function allFlags(): Record<string, FlagSpec> {
	return Object.assign({}, ...Object.values(COMMAND_FLAGS), GLOBAL_FLAGS) as Record<string, FlagSpec>;
}
