// `alidomain domains --redemption`: the account's domains in their redemption period, soonest deadline first, so
// a script can choose what to redeem (and feed the names, or `domain,expiryMs` lines, to `alidomain redeem`).
import {byDaysLeft, listRedemptionDomains, localDay, redemptionRow} from '../core/redemption-list.js';
import {padEndCells} from '../core/text-width.js';
import {createRuntime} from '../runtime.js';
import {UsageError, type ParsedCommandLine} from '../cli/args.js';
import type {CommandIo} from '../cli/command-io.js';
import {EXIT} from '../cli/exit-codes.js';
import {printLines} from './output.js';
import {messages} from '../i18n/index.js';

const text = messages({
	which: {en: 'alidomain domains lists the domains in their redemption period: add --redemption.', zh: 'alidomain domains 列出处于赎回期的域名：请加上 --redemption。'},
	none: {en: 'No domain of this account is in its redemption period.', zh: '此账号没有处于赎回期的域名。'},
	days: {en: (n: number) => (n === 0 ? 'last day' : `${n} day${n === 1 ? '' : 's'} left`), zh: (n: number) => (n === 0 ? '最后一天' : `剩余 ${n} 天`)},
	redemption: {en: 'redemption', zh: '赎回期'},
	pendingDelete: {en: 'pending delete: cannot be redeemed', zh: '待删除：无法赎回'},
	deleted: {en: 'deleted: cannot be redeemed', zh: '已删除：无法赎回'},
	total: {en: (n: number, redeemable: number) => `${n} in redemption, ${redeemable} can be redeemed`, zh: (n: number, redeemable: number) => `${n} 个处于赎回期，其中 ${redeemable} 个可赎回`},
});

export async function runDomainsCommand({flags}: ParsedCommandLine, io: CommandIo): Promise<number> {
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
				const status = r.blocked === 'pending-delete' ? text.pendingDelete : r.blocked === 'deleted' ? text.deleted : text.redemption;
				const days = r.blocked ? '' : text.days(Math.max(0, r.daysLeft));
				return [padEndCells(r.name, width), String(r.expiryMs), localDay(r.expiryMs), padEndCells(days, 14), status].join('  ').trimEnd();
			}),
		);
		printLines(io.stderr, [text.total(rows.length, rows.filter((r) => !r.blocked).length)]);
		return EXIT.ok;
	} finally {
		await runtime.close();
	}
}
