// `--help` for the app and for every command, in the interface language. The flags' lines come from flag-table.ts;
// the prose around them (usage, what the command does) is written here.
import {getLang, messages} from '../i18n/index.js';
import type {Command} from './args.js';
import {COMMAND_FLAGS, GLOBAL_FLAGS, type FlagSpec} from './flag-table.js';

const labelOf = (name: string, spec: FlagSpec): string => {
	const value = spec.choices ? spec.choices.join('|') : spec.value;
	return `--${name}${value ? ` ${value}` : ''}`;
};

/** `[--port N] [--speed X] …`: a command's flags for its usage line. */
const synopsis = (command: keyof typeof COMMAND_FLAGS) =>
	Object.entries(COMMAND_FLAGS[command] as Record<string, FlagSpec>)
		.map(([name, spec]) => `[${labelOf(name, spec)}]`)
		.join(' ');

/** One help line per flag: its name and value, then its description, range and default, from flag-table.ts. */
function flagLines(table: Readonly<Record<string, FlagSpec>>): string {
	const lang = getLang();
	return Object.entries(table)
		.map(([name, spec]) => {
			const label = `${spec.short ? `-${spec.short}, ` : ''}${labelOf(name, spec)}`;
			const range = spec.range ? `${lang === 'zh' ? '，' : ', '}${spec.range.min}–${spec.range.max}` : '';
			const means = spec.default?.means ? `${lang === 'zh' ? '：' : ': '}${spec.default.means[lang]}` : '';
			const fallback = spec.default
				? lang === 'zh'
					? `（默认 ${spec.default.value}${means}）`
					: ` (default ${spec.default.value}${means})`
				: '';
			const [first, ...more] = `${spec.help[lang]}${range}${fallback}`.split('\n');
			return [`  ${label.padEnd(19)}  ${first}`, ...more.map((line) => `${' '.repeat(23)}${line}`)].join('\n');
		})
		.join('\n');
}

const globalNotes = messages({
	text: {
		en: `Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET (+ ALIBABA_CLOUD_SECURITY_TOKEN),
then --account NAME, then the active stored account.
--json output keeps English keys and values in every language; only reasons and hints follow --lang.
Exit codes:
  0  success, also when nothing needed doing (an empty list, or every domain
     already ordered and succeeded)
  1  error, or stopped with Ctrl+C
  2  usage: a flag the command does not take, no terminal and no --yes, or
     rejected lines without --skip-invalid
  3  finished with failed domains
  4  some domains held back: an earlier request is still undecided (run the
     same command again when it says)
  5  nothing sent, and listed domains left out: in flight in another task
     (another run is sending them), or refused by the account (reasons listed)`,
		zh: `凭据查找顺序：ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET（+ ALIBABA_CLOUD_SECURITY_TOKEN），
然后是 --account NAME，最后是当前保存的账号。
--json 输出的键和取值在任何语言下都是英文；只有原因和提示跟随 --lang。
退出码：
  0  成功；无事可做（列表为空，或每个域名都已下单成功）也是 0
  1  出错，或被中断停止
  2  用法错误：命令不接受的选项，没有终端且未加 --yes，
     或列表有被拒绝的行且未加 --skip-invalid
  3  已完成但有域名失败
  4  有域名因之前的请求结果未定而暂缓（请在提示的时间后再运行同一条命令）
  5  未发送任何请求且列出的域名被排除：仍在另一个任务中处理
     （另一次运行正在发送），或被账号拒绝（会列出原因）`,
	},
	heading: {en: 'Global flags:', zh: '全局选项：'},
	flags: {en: 'Flags:', zh: '选项：'},
});

const globalFlags = {
	get text() {
		return `${globalNotes.heading}\n${flagLines(GLOBAL_FLAGS)}\n\n${globalNotes.text}`;
	},
};

const own = (command: keyof typeof COMMAND_FLAGS) => flagLines(COMMAND_FLAGS[command]);

const pages = messages({
	app: {
		en: () => `alidomain — batch domain registration and redemption on Alibaba Cloud

Usage:
  alidomain                     the interactive app
  alidomain --sandbox           the same, against the built-in sandbox (no account needed)
  alidomain register [flags]    register many domains
  alidomain redeem [flags]      redeem many domains in their redemption period
  alidomain status [TASKNO...]  watch tasks until every domain is final
  alidomain history             the batches submitted from this computer
  alidomain renew [flags]       renew many domains before they reach redemption
  alidomain domains --redemption  the account's domains in their redemption period
  alidomain domains --expiring  the account's domains that need renewal or expire soon
  alidomain sandbox [flags]     serve the sandbox on 127.0.0.1 for other tools
  alidomain accounts [...]      list, add, import, switch and remove stored credentials

Run alidomain COMMAND --help for a command's flags.

${globalFlags.text}`,
		zh: () => `alidomain — 在阿里云上批量注册和赎回域名

用法：
  alidomain                     交互式界面
  alidomain --sandbox           同上，但连接内置沙箱（无需账号）
  alidomain register [选项]     批量注册域名
  alidomain redeem [选项]       批量赎回处于赎回期的域名
  alidomain status [TASKNO...]  查看任务，直到每个域名都有最终结果
  alidomain history             本机提交过的批次
  alidomain renew [选项]        在进入赎回期之前批量续费域名
  alidomain domains --redemption  账号中处于赎回期的域名
  alidomain domains --expiring  账号中需要续费或即将到期的域名
  alidomain sandbox [选项]      在 127.0.0.1 上运行沙箱，供其他工具使用
  alidomain accounts [...]      列出、添加、导入、切换和删除已保存的凭据

运行 alidomain COMMAND --help 查看某个命令的选项。

${globalFlags.text}`,
	},
	register: {
		en: () => `alidomain register — register many domain names at once

Usage: alidomain register --domains FILE --profile-id ID [flags]

${own('register')}

Domains already ordered or in flight from an earlier run are left out with the reason; rerunning the same
command never orders a domain twice.

${globalFlags.text}`,
		zh: () => `alidomain register — 一次注册多个域名

用法：alidomain register --domains FILE --profile-id ID [选项]

${own('register')}

之前运行中已下单或正在处理的域名会被排除，并说明原因；重复运行同一条命令绝不会重复下单。

${globalFlags.text}`,
	},
	redeem: {
		en: () => `alidomain redeem — redeem many domains that are in their redemption period

Usage: alidomain redeem --domains FILE [flags]
       alidomain redeem --all-in-redemption [flags]

Each line is 'domain' or 'domain,expiryMs' (the current expiry in milliseconds since 1970, UTC). Without an
expiry it is looked up in the account; domains not in their redemption period are left out with the reason.
In a terminal without --domains, redeem opens on a picker of the account's domains in their redemption period.

${own('redeem')}

${globalFlags.text}`,
		zh: () => `alidomain redeem — 批量赎回处于赎回期的域名

用法：alidomain redeem --domains FILE [选项]
      alidomain redeem --all-in-redemption [选项]

每行为 'domain' 或 'domain,expiryMs'（当前到期时间，自 1970 年起的毫秒数，UTC）。未填到期时间的，
会从账号中查询；不在赎回期内的域名会被排除，并说明原因。
在终端中不加 --domains 时，会先列出账号中处于赎回期的域名供勾选。

${own('redeem')}

${globalFlags.text}`,
	},
	renew: {
		en: () => `alidomain renew — renew many domains before they reach their redemption period

Usage: alidomain renew --domains FILE [flags]
       alidomain renew --all-expiring [--within DAYS] [flags]

One domain per line. The expiry each renewal must carry is always the account's own (never typed); names that are
not the account's, or are already in their redemption period, are left out with the reason. In a terminal without
--domains, renew opens on a picker of the account's domains that need renewal or expire within 30 days.

${own('renew')}

Domains renewed or in flight from an earlier run are left out with the reason; rerunning the same command never
renews a domain twice.

${globalFlags.text}`,
		zh: () => `alidomain renew — 在域名进入赎回期之前批量续费

用法：alidomain renew --domains FILE [选项]
      alidomain renew --all-expiring [--within DAYS] [选项]

每行一个域名。续费所需的到期时间一律取自账号（不可手填）；不属于此账号或已进入赎回期的域名会被排除，
并说明原因。在终端中不加 --domains 时，会先列出账号中需要续费或 30 天内到期的域名供勾选。

${own('renew')}

之前运行中已续费或正在处理的域名会被排除，并说明原因；重复运行同一条命令绝不会重复续费。

${globalFlags.text}`,
	},
	status: {
		en: () => `alidomain status — the state of tasks, domain by domain

Usage: alidomain status [TASKNO...] [--wait] [--json]

Without task numbers: the most recent batch in the history.
${own('status')}

${globalFlags.text}`,
		zh: () => `alidomain status — 逐个域名查看任务状态

用法：alidomain status [TASKNO...] [--wait] [--json]

不指定任务编号时：查看历史中最近的一批。
${own('status')}

${globalFlags.text}`,
	},
	history: {
		en: () => `alidomain history — batches submitted from this computer, newest first

Usage: alidomain history [--json]

${own('history')}

${globalFlags.text}`,
		zh: () => `alidomain history — 本机提交过的批次，最新的在前

用法：alidomain history [--json]

${own('history')}

${globalFlags.text}`,
	},
	domains: {
		en: () => `alidomain domains — the account's domains in their redemption period, or due for renewal

Usage: alidomain domains --redemption [--json]
       alidomain domains --expiring [--within DAYS] [--json]

One line per domain, soonest deadline first: the domain, its expiry (milliseconds and local date), the whole
days left to redeem it, and its status (redemption, or pending delete: no longer redeemable). With --expiring:
the days left before expiry (negative once expired), needs renewal or expiring, the renewal price a year when
known, and whether it is premium.
${own('domains')}

${globalFlags.text}`,
		zh: () => `alidomain domains — 账号中处于赎回期或需要续费的域名

用法：alidomain domains --redemption [--json]
       alidomain domains --expiring [--within DAYS] [--json]

每个域名一行，最紧迫的在前：域名、到期时间（毫秒数和本地日期）、还剩几天可赎回，以及状态
（赎回期，或待删除：已无法赎回）。加 --expiring 时：距到期的天数（已过期为负数）、需要续费或即将到期、
已知的每年续费价格，以及是否为溢价域名。
${own('domains')}

${globalFlags.text}`,
	},
	sandbox: {
		en: () => `alidomain sandbox — serve the local stand-in for the Domain API

Usage: alidomain sandbox ${synopsis('sandbox')}

${own('sandbox')}

AccessKey ID 'sandbox', secret 'sandbox-secret'. Point any client at the printed URL.`,
		zh: () => `alidomain sandbox — 在本地运行域名 API 的沙箱

用法：alidomain sandbox ${synopsis('sandbox')}

${own('sandbox')}

AccessKey ID 为 'sandbox'，Secret 为 'sandbox-secret'。任何客户端都可以连接打印出的地址。`,
	},
	accounts: {
		en: () => `alidomain accounts — stored credentials ("accounts")

Usage:
  alidomain accounts                          list them (secrets masked)
  alidomain accounts add NAME --access-key-id ID --secret-stdin [--site cn|intl] [--endpoint URL]
  alidomain accounts import [--file PATH]     import AK and StsToken profiles from ~/.aliyun/config.json
  alidomain accounts use NAME                 make NAME the active account
  alidomain accounts remove NAME

${globalNotes.flags}
${own('accounts')}

The secret is read from standard input (never from the command line) and stored in a file only you can read.`,
		zh: () => `alidomain accounts — 已保存的凭据（“账号”）

用法：
  alidomain accounts                          列出账号（Secret 已打码）
  alidomain accounts add NAME --access-key-id ID --secret-stdin [--site cn|intl] [--endpoint URL]
  alidomain accounts import [--file PATH]     从 ~/.aliyun/config.json 导入 AK 和 StsToken 类型的配置
  alidomain accounts use NAME                 把 NAME 设为当前账号
  alidomain accounts remove NAME

${globalNotes.flags}
${own('accounts')}

Secret 从标准输入读取（绝不经命令行传入），保存在只有你能读取的文件中。`,
	},
});

export function helpText(command?: Command): string {
	return pages[command ?? 'app']();
}
