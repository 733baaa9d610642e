// Flags → options, in one place: every flag whose value means something is checked and converted here, for the
// commands and for the interactive app alike, with one complaint per bad value in both languages. Choices, ranges
// and defaults come from the flags' declarations (flag-table.ts). The order flags return only what was given (a
// step the flags did not fill stays for the wizard); --port and --speed fall back to their declared default.
import {validateNameServers} from '../core/names/domain-name.js';
import type {Operation} from '../core/order/order-items.js';
import {parseBatchSize, parseYears} from '../core/order/task-size.js';
import {parseAmount} from '../core/pricing/estimate.js';
import {detectLang, messages} from '../i18n/index.js';
import {UsageError} from './args.js';
import {GLOBAL_FLAGS, specOf, type FlagName, type Flags} from './flag-table.js';

const text = messages({
	choice: {
		en: (name: string, choices: readonly string[], value: string) =>
			`--${name} must be ${choices.join(' or ')}, not '${value}'.`,
		zh: (name: string, choices: readonly string[], value: string) =>
			`--${name} 只能是 ${choices.join(' 或 ')}，不能是 '${value}'。`,
	},
	int: {
		en: (name: string, min: number, max: number, raw: string) =>
			`--${name} must be a whole number from ${min} to ${max}, not '${raw}'.`,
		zh: (name: string, min: number, max: number, raw: string) =>
			`--${name} 须是 ${min} 到 ${max} 之间的整数，不能是 '${raw}'。`,
	},
	speed: {
		en: (value: string) => `--speed must be a positive number, not '${value}'.`,
		zh: (value: string) => `--speed 须是正数，不能是 '${value}'。`,
	},
	batchSize: {en: (reason: string) => `--batch-size: ${reason}`, zh: (reason: string) => `--batch-size：${reason}`},
	years: {en: (reason: string) => `--years: ${reason}`, zh: (reason: string) => `--years：${reason}`},
	dnsCount: {
		en: (n: number) => `--dns takes exactly two name servers, like ns1.example.com,ns2.example.com (got ${n}).`,
		zh: (n: number) => `--dns 须是恰好两个 DNS 服务器，如 ns1.example.com,ns2.example.com（收到 ${n} 个）。`,
	},
	dnsHost: {
		en: (host: string, reason: string) => `--dns: '${host}' ${reason}`,
		zh: (host: string, reason: string) => `--dns：'${host}' ${reason}`,
	},
	maxSpend: {
		en: (raw: string) => `--max-spend must be an amount like 5000 or 1234.50, not '${raw}'.`,
		zh: (raw: string) => `--max-spend 须是金额，如 5000 或 1234.50，不能是 '${raw}'。`,
	},
	maxSpendNoEstimate: {
		en: '--max-spend needs the estimate: leave out --no-estimate.',
		zh: '--max-spend 需要预估费用：请去掉 --no-estimate。',
	},
	profileId: {
		en: (raw: string) => `--profile-id must be a number (or 'default'), not '${raw}'.`,
		zh: (raw: string) => `--profile-id 须是数字（或 'default'），不能是 '${raw}'。`,
	},
});

/** A flag with choices (flag-table.ts), checked against them. */
function choiceFlag<const C extends string>(
	flags: Flags,
	name: FlagName & keyof Flags,
	choices: readonly C[],
): C | undefined {
	const value = flags[name];
	if (value === undefined || typeof value === 'boolean') return undefined;
	if (!(choices as readonly string[]).includes(value)) throw new UsageError(text.choice(name, choices, value));
	return value as C;
}

const SITES = GLOBAL_FLAGS.site.choices;
const LANGS = GLOBAL_FLAGS.lang.choices;
const SIGNATURES = GLOBAL_FLAGS.signature.choices;
const SEEDS = GLOBAL_FLAGS['sandbox-seed'].choices;

/** `--site`, checked. */
export function siteFlag(flags: Flags): 'cn' | 'intl' | undefined {
	return choiceFlag(flags, 'site', SITES);
}

/** `--lang`, checked; without it, the language the environment's locale asks for. */
export function langFlag(flags: Flags, env: NodeJS.ProcessEnv): 'en' | 'zh' {
	return detectLang(choiceFlag(flags, 'lang', LANGS), env);
}

/** `--signature`, checked. */
export function signatureFlag(flags: Flags): 'v1' | 'v3' | undefined {
	return choiceFlag(flags, 'signature', SIGNATURES);
}

/** A whole-number flag, checked against its range in flag-table.ts; left out, its declared default (if any). */
export function intFlag(flags: Flags, name: 'port'): number;
export function intFlag(flags: Flags, name: FlagName & keyof Flags): number | undefined;
export function intFlag(flags: Flags, name: FlagName & keyof Flags): number | undefined {
	const spec = specOf(name);
	const raw = flags[name];
	if (raw === undefined || typeof raw === 'boolean')
		return spec.default === undefined ? undefined : Number(spec.default.value);
	const {min, max} = spec.range ?? {min: 0, max: Number.MAX_SAFE_INTEGER};
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || value < min || value > max) throw new UsageError(text.int(name, min, max, raw));
	return value;
}

/** `--within DAYS` (renew, domains --expiring): how far ahead expiring domains are looked for (range and default in flag-table.ts). */
export function withinFlag(flags: Flags): number {
	return intFlag(flags, 'within')!;
}

/** The sandbox's `--speed`: a positive number; left out, its declared default. */
export function speedFlag(flags: Flags): number {
	if (flags.speed === undefined) return Number(specOf('speed').default!.value);
	const speed = Number(flags.speed);
	if (!(speed > 0) || !Number.isFinite(speed)) throw new UsageError(text.speed(flags.speed));
	return speed;
}

/** `--seed` (alidomain sandbox) or `--sandbox-seed` (the built-in sandbox): which account a fresh sandbox starts with. */
export function seedFlag(flags: Flags, name: 'seed' | 'sandbox-seed'): 'standard' | 'large' | undefined {
	return choiceFlag(flags, name, SEEDS);
}

/** What the register and redeem flags say about a batch; a key is present only when its flag was given. */
export type OrderFlags = {
	profileId?: number | 'default';
	years?: number;
	/** Custom name servers, lower-cased. */
	dns?: [string, string];
	privacy?: false;
	premium?: true;
	trademark?: true;
	coupon?: string;
	promotion?: string;
	batchSize?: number;
};

/**
 * `--profile-id`, `--years`, `--dns`, `--no-privacy`, `--premium` and `--trademark` (register; `--years` and
 * `--premium` for renew too), and
 * `--coupon`, `--promotion` and `--batch-size`, checked and converted. Bad values are usage errors.
 */
export function orderFlags(operation: Operation, flags: Flags): OrderFlags {
	const out: OrderFlags = {};
	if (operation === 'register') {
		const raw = flags['profile-id'];
		if (raw !== undefined) {
			if (raw !== 'default' && !/^\d+$/.test(raw)) throw new UsageError(text.profileId(raw));
			out.profileId = raw === 'default' ? 'default' : Number(raw);
		}
		if (flags.years !== undefined) {
			const years = parseYears(flags.years);
			if (!years.ok) throw new UsageError(text.years(years.reason));
			out.years = years.value;
		}
		if (flags.dns !== undefined) out.dns = dnsFlag(flags.dns);
		if (flags['no-privacy']) out.privacy = false;
		if (flags.premium) out.premium = true;
		if (flags.trademark) out.trademark = true;
	}
	if (operation === 'renew') {
		if (flags.years !== undefined) {
			const years = parseYears(flags.years);
			if (!years.ok) throw new UsageError(text.years(years.reason));
			out.years = years.value;
		}
		if (flags.premium) out.premium = true;
	}
	if (flags.coupon !== undefined) out.coupon = flags.coupon;
	if (flags.promotion !== undefined) out.promotion = flags.promotion;
	if (flags['batch-size'] !== undefined) {
		const size = parseBatchSize(flags['batch-size']);
		if (!size.ok) throw new UsageError(text.batchSize(size.reason));
		out.batchSize = size.value;
	}
	return out;
}

function dnsFlag(value: string): [string, string] {
	const hosts = value
		.split(',')
		.map((h) => h.trim())
		.filter(Boolean);
	if (hosts.length !== 2) throw new UsageError(text.dnsCount(hosts.length));
	const checked = validateNameServers([hosts[0]!, hosts[1]!]);
	if (!checked.ok) throw new UsageError(text.dnsHost(hosts[checked.index]!, checked.reason));
	return checked.servers;
}

/** `--max-spend AMOUNT`, checked: an amount in the account's currency, which needs the estimate. */
export function maxSpendFlag(flags: Flags): number | undefined {
	const raw = flags['max-spend'];
	if (raw === undefined) return undefined;
	const parsed = parseAmount(raw);
	if (!parsed.ok) throw new UsageError(text.maxSpend(raw));
	if (flags['no-estimate']) throw new UsageError(text.maxSpendNoEstimate);
	return parsed.value;
}
