// `alidomain domains --redemption`: the account's domains in their redemption period, soonest deadline first, so
// a script can choose what to redeem (and feed the names, or `domain,expiryMs` lines, to `alidomain redeem`).
// `alidomain domains --expiring [--within DAYS]`: the domains to renew, soonest expiry first, with the renewal price
// a year when CheckDomain gives it (names for `alidomain renew`).
import {byDaysLeft, listRedemptionDomains, localDay, redemptionRow} from '../core/account/redemption-list.js';
import {padEndCells} from '../core/words/text-width.js';
import {createRuntime} from '../runtime.js';
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import type {CommandIo} from '../cli/command-io.js';
import {EXIT} from '../cli/exit-codes.js';
import {printLines} from './output.js';
import {count, getLang, messages, plural} from '../i18n/index.js';
import {withinFlag} from '../cli/options-from-flags.js';
import {formatMoney} from '../core/words/money.js';
import {bySoonestExpiry, listRenewalDomains, renewalRow, type RenewalRow} from '../core/account/renewal-list.js';
import {lookupRenewalPrices} from '../core/pricing/renewal-price.js';

const text = messages({
	which: {
		en: 'alidomain domains lists the domains in their redemption period (--redemption) or those to renew (--expiring): add one.',
		zh: 'alidomain domains 列出处于赎回期的域名（--redemption）或需要续费的域名（--expiring）：请加上其中一个。',
	},
	both: {en: 'give either --redemption or --expiring, not both.', zh: '--redemption 和 --expiring 只能二选一。'},
	withinOnly: {en: '--within is for --expiring.', zh: '--within 只用于 --expiring。'},
	noneExpiring: {
		en: (days: number) =>
			`No domain of this account needs renewal or expires within ${count(days, ['day', 'days'], '')}.`,
		zh: (days: number) => `此账号没有需要续费或 ${days} 天内到期的域名。`,
	},
	left: {
		en: (n: number) =>
			n < 0
				? `expired ${-n} ${plural(-n, 'day', 'days')} ago`
				: n === 0
					? 'expires today'
					: `${n} ${plural(n, 'day', 'days')} left`,
		zh: (n: number) => (n < 0 ? `已过期 ${-n} 天` : n === 0 ? '今天到期' : `剩余 ${n} 天`),
	},
	due: {en: 'needs renewal', zh: '需要续费'},
	expiring: {en: 'expiring', zh: '即将到期'},
	premium: {en: 'premium', zh: '溢价'},
	perYear: {en: (money: string) => `${money}/year`, zh: (money: string) => `${money}/年`},
	expiringTotal: {
		en: (n: number, days: number) =>
			`${n.toLocaleString('en-US')} to renew (due, or expiring within ${count(days, ['day', 'days'], '')})`,
		zh: (n: number, days: number) => `${n} 个待续费（需要续费，或 ${days} 天内到期）`,
	},
	none: {en: 'No domain of this account is in its redemption period.', zh: '此账号没有处于赎回期的域名。'},
	days: {
		en: (n: number) => (n === 0 ? 'last day' : `${count(n, ['day', 'days'], '')} left`),
		zh: (n: number) => (n === 0 ? '最后一天' : `剩余 ${n} 天`),
	},
	redemption: {en: 'redemption', zh: '赎回期'},
	pendingDelete: {en: 'pending delete: cannot be redeemed', zh: '待删除：无法赎回'},
	deleted: {en: 'deleted: cannot be redeemed', zh: '已删除：无法赎回'},
	total: {
		en: (n: number, redeemable: number) => `${n} in redemption, ${redeemable} can be redeemed`,
		zh: (n: number, redeemable: number) => `${n} 个处于赎回期，其中 ${redeemable} 个可赎回`,
	},
});

export async function runDomainsCommand({flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
	if (flags.redemption && flags.expiring) throw new UsageError(text.both);
	if (flags.within !== undefined && !flags.expiring) throw new UsageError(text.withinOnly);
	if (flags.expiring) return listExpiring(flags, io);
	if (!flags.redemption) throw new UsageError(text.which);
	const runtime = await createRuntime({flags, env: io.env});
	try {
		const now = Date.now();
		const rows = (await listRedemptionDomains(runtime.client)).map((d) => redemptionRow(d, now)).sort(byDaysLeft);
		if (flags.json) {
			const domains = rows.map((r) => ({
				domain: r.name,
				expiryMs: r.expiryMs,
				expiryDate: new Date(r.expiryMs).toISOString(),
				daysLeft: Math.max(0, r.daysLeft),
				status: r.blocked ?? 'redemption',
				redeemable: r.blocked === undefined,
			}));
			io.stdout.write(JSON.stringify({domains}, null, 2) + '\n');
			return EXIT.ok;
		}
		if (rows.length === 0) {
			printLines(io.stdout, [text.none]);
			return EXIT.ok;
		}
		const width = Math.max(...rows.map((r) => r.name.length));
		printLines(
			io.stdout,
			rows.map((r) => {
				const status =
					r.blocked === 'pending-delete'
						? text.pendingDelete
						: r.blocked === 'deleted'
							? text.deleted
							: text.redemption;
				const days = r.blocked ? '' : text.days(Math.max(0, r.daysLeft));
				return [padEndCells(r.name, width), String(r.expiryMs), localDay(r.expiryMs), padEndCells(days, 14), status]
					.join('  ')
					.trimEnd();
			}),
		);
		printLines(io.stderr, [text.total(rows.length, rows.filter((r) => !r.blocked).length)]);
		return EXIT.ok;
	} finally {
		await runtime.close();
	}
}

async function listExpiring(flags: ParsedCommandLine['flags'], io: CommandIo): Promise<number> {
	const within = withinFlag(flags);
	const runtime = await createRuntime({flags, env: io.env});
	try {
		const now = Date.now();
		const rows = (await listRenewalDomains(runtime.client, {withinDays: within, now: () => now}))
			.sort(bySoonestExpiry)
			.map((d) => renewalRow(d, now));
		const currency = runtime.currency ?? 'CNY';
		const prices = await lookupRenewalPrices(runtime.client, rows, {currency: runtime.currency});
		const status = (r: RenewalRow) => (r.status === '1' ? 'renewal-due' : 'expiring');
		if (flags.json) {
			const domains = rows.map((r) => ({
				domain: r.name,
				expiryMs: r.expiryMs,
				expiryDate: new Date(r.expiryMs).toISOString(),
				daysLeft: r.daysLeft,
				status: status(r),
				premium: r.premium,
				price: prices.get(r.name) ?? null,
			}));
			io.stdout.write(JSON.stringify({withinDays: within, currency, domains}, null, 2) + '\n');
			return EXIT.ok;
		}
		if (rows.length === 0) {
			printLines(io.stdout, [text.noneExpiring(within)]);
			return EXIT.ok;
		}
		const width = Math.max(...rows.map((r) => r.name.length));
		const lang = getLang();
		printLines(
			io.stdout,
			rows.map((r) => {
				const price = prices.get(r.name);
				const columns = [
					padEndCells(r.name, width),
					String(r.expiryMs),
					localDay(r.expiryMs),
					padEndCells(text.left(r.daysLeft), 20),
					padEndCells(status(r) === 'renewal-due' ? text.due : text.expiring, 14),
					padEndCells(price === undefined ? '-' : text.perYear(formatMoney(price, currency, lang)), 18),
					r.premium ? text.premium : '',
				];
				return columns.join('  ').trimEnd();
			}),
		);
		printLines(io.stderr, [text.expiringTotal(rows.length, within)]);
		return EXIT.ok;
	} finally {
		await runtime.close();
	}
}
