// `--help` for the app and for every command, in the interface language.
import {messages} from '../i18n/index.js';
import type {Command} from './args.js';

const globalFlags = messages({
	text: {
		en: `Global flags:
  --account NAME       use a stored account (default: the active one)
  --endpoint URL       Domain API endpoint (default: by --site)
  --site cn|intl       China site (domain.aliyuncs.com) or international (domain-intl.aliyuncs.com)
  --api-version V      override the API version the endpoint implies
  --billing-endpoint URL  where the balance is read (default: business.aliyuncs.com on the China site)
  --billing-api-version V override the billing API's version (default 2017-12-14)
  --lang en|zh         interface language; also the language of Alibaba's messages
                       (default: Chinese when LC_ALL, LC_MESSAGES or LANG starts with zh)
  --sandbox            use the built-in sandbox (no account needed; state kept between runs)
  --sandbox-reset      with --sandbox: start the sandbox afresh
  --sandbox-seed large with --sandbox: a second sandbox account with a few hundred domains in redemption
  -h, --help           this help;  -v, --version  the version

Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET (+ ALIBABA_CLOUD_SECURITY_TOKEN),
then --account NAME, then the active stored account.
--json output keeps English keys and values in every language; only reasons and hints follow --lang.
Exit codes: 0 success, 1 error, 2 usage (or no terminal and no --yes, or rejected lines without --skip-invalid),
3 finished with failed domains,
4 some domains held back because an earlier request is still undecided (run the same command again when it says).`,
		zh: `全局选项：
  --account NAME       使用已保存的账号（默认：当前账号）
  --endpoint URL       域名 API 接入地址（默认：由 --site 决定）
  --site cn|intl       中国站（domain.aliyuncs.com）或国际站（domain-intl.aliyuncs.com）
  --api-version V      指定 API 版本，不用接入地址默认的版本
  --billing-endpoint URL  读取余额的接入地址（默认：中国站为 business.aliyuncs.com）
  --billing-api-version V 指定费用 API 的版本（默认 2017-12-14）
  --lang en|zh         界面语言；阿里云返回的消息也用这种语言
                       （默认：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时为中文）
  --sandbox            使用内置沙箱（无需账号；状态在多次运行间保留）
  --sandbox-reset      与 --sandbox 一起用：重置沙箱
  --sandbox-seed large 与 --sandbox 一起用：另一个沙箱账号，有几百个处于赎回期的域名
  -h, --help           显示帮助；  -v, --version  显示版本

凭据查找顺序：ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET（+ ALIBABA_CLOUD_SECURITY_TOKEN），
然后是 --account NAME，最后是当前保存的账号。
--json 输出的键和取值在任何语言下都是英文；只有原因和提示跟随 --lang。
退出码：0 成功，1 出错，2 用法错误（或没有终端且未加 --yes，或列表有被拒绝的行且未加 --skip-invalid），3 已完成但有域名失败，
4 有域名因之前的请求结果未定而暂缓（请在提示的时间后再运行同一条命令）。`,
	},
});

const submitFlags = messages({
	text: {
		en: `  --domains FILE       the domains, one per line (also commas or spaces); - reads standard input
  --skip-invalid       when some lines are rejected, send the valid ones (else: exit 2, nothing sent)
  --coupon NO          voucher to use;  --promotion NO  coupon to use
  --batch-size N       domains per task, 1–1000 (default 100)
  -y, --yes            submit without asking (required without a terminal)
  --wait               first wait out domains held back by an undecided earlier request,
                       then watch the batch until every domain has succeeded or failed
  --dry-run            send nothing: print the plan, the estimate, the balance and the file of the exact requests
  --max-spend AMOUNT   refuse the batch when its estimate exceeds AMOUNT (in the account's currency)
  --no-estimate        do not price the list first (then the balance cannot be checked against it)
  --json               one JSON document on standard output`,
		zh: `  --domains FILE       域名列表，每行一个（也可用逗号或空格分隔）；- 表示从标准输入读取
  --skip-invalid       有被拒绝的行时只发送有效的域名（否则退出码 2，不发送）
  --coupon NO          使用的代金券；  --promotion NO  使用的优惠券
  --batch-size N       每个任务的域名数，1–1000（默认 100）
  -y, --yes            不经确认直接提交（没有终端时必须加）
  --wait               先等待因之前请求结果未定而暂缓的域名，
                       再持续查看这批任务，直到每个域名都成功或失败
  --dry-run            不发送任何请求：打印计划、预估费用、余额和完整请求所在的文件
  --max-spend AMOUNT   预估费用超过 AMOUNT（账户币种）时拒绝提交
  --no-estimate        不先询价（这样也无法与余额比较）
  --json               在标准输出打印一份 JSON 文档`,
	},
});

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
  alidomain domains --redemption  the account's domains in their redemption period
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
  alidomain domains --redemption  账号中处于赎回期的域名
  alidomain sandbox [选项]      在 127.0.0.1 上运行沙箱，供其他工具使用
  alidomain accounts [...]      列出、添加、导入、切换和删除已保存的凭据

运行 alidomain COMMAND --help 查看某个命令的选项。

${globalFlags.text}`,
	},
	register: {
		en: () => `alidomain register — register many domain names at once

Usage: alidomain register --domains FILE --profile-id ID [flags]

${submitFlags.text}
  --profile-id ID      real-name-verified registrant profile (or 'default' for the account's default)
  --years N            1–10 (default 1)
  --dns NS1,NS2        custom name servers (default: Alibaba Cloud DNS)
  --no-privacy         turn off the domain proxy (WHOIS privacy) service
  --premium            allow premium names (they cost more)
  --trademark          allow names that contain trademark terms

Domains already ordered or in flight from an earlier run are left out with the reason; rerunning the same
command never orders a domain twice.

${globalFlags.text}`,
		zh: () => `alidomain register — 一次注册多个域名

用法：alidomain register --domains FILE --profile-id ID [选项]

${submitFlags.text}
  --profile-id ID      已通过实名认证的注册人信息模板（或 'default'，即账号的默认模板）
  --years N            注册年限 1–10（默认 1）
  --dns NS1,NS2        自定义 DNS 服务器（默认：阿里云解析）
  --no-privacy         关闭域名隐私保护（WHOIS 代理）服务
  --premium            允许注册溢价域名（价格更高）
  --trademark          允许注册含商标词的域名

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

${submitFlags.text}
  --all-in-redemption  instead of --domains: every domain of the account in its redemption period, with the
                       account's expiries (those pending delete are left out with the reason)

${globalFlags.text}`,
		zh: () => `alidomain redeem — 批量赎回处于赎回期的域名

用法：alidomain redeem --domains FILE [选项]
      alidomain redeem --all-in-redemption [选项]

每行为 'domain' 或 'domain,expiryMs'（当前到期时间，自 1970 年起的毫秒数，UTC）。未填到期时间的，
会从账号中查询；不在赎回期内的域名会被排除，并说明原因。
在终端中不加 --domains 时，会先列出账号中处于赎回期的域名供勾选。

${submitFlags.text}
  --all-in-redemption  代替 --domains：账号中所有处于赎回期的域名，到期时间取自账号
                       （待删除的域名会被排除，并说明原因）

${globalFlags.text}`,
	},
	status: {
		en: () => `alidomain status — the state of tasks, domain by domain

Usage: alidomain status [TASKNO...] [--wait] [--json]

Without task numbers: the most recent batch in the history.
  --wait               poll until every domain has succeeded or failed (exit 3 if any failed)
  --json               {counts, domains: [{domain, taskNo, status, error, tryCount}]}
                       status is one of waiting | executing | succeeded | failed

${globalFlags.text}`,
		zh: () => `alidomain status — 逐个域名查看任务状态

用法：alidomain status [TASKNO...] [--wait] [--json]

不指定任务编号时：查看历史中最近的一批。
  --wait               持续查询，直到每个域名都成功或失败（有失败时退出码为 3）
  --json               {counts, domains: [{domain, taskNo, status, error, tryCount}]}
                       status 取值为 waiting | executing | succeeded | failed

${globalFlags.text}`,
	},
	history: {
		en: () => `alidomain history — batches submitted from this computer, newest first

Usage: alidomain history [--json]

${globalFlags.text}`,
		zh: () => `alidomain history — 本机提交过的批次，最新的在前

用法：alidomain history [--json]

${globalFlags.text}`,
	},
	domains: {
		en: () => `alidomain domains — the account's domains in their redemption period

Usage: alidomain domains --redemption [--json]

One line per domain, soonest deadline first: the domain, its expiry (milliseconds and local date), the whole
days left to redeem it, and its status (redemption, or pending delete: no longer redeemable).
  --redemption         the domains in their redemption period (QueryDomainList, QueryType=2, every page)
  --json               {domains: [{domain, expiryMs, expiryDate, daysLeft, status, redeemable}]}
                       status is one of redemption | pending-delete | deleted; expiryDate is UTC (ISO 8601)

${globalFlags.text}`,
		zh: () => `alidomain domains — 账号中处于赎回期的域名

用法：alidomain domains --redemption [--json]

每个域名一行，最紧迫的在前：域名、到期时间（毫秒数和本地日期）、还剩几天可赎回，以及状态
（赎回期，或待删除：已无法赎回）。
  --redemption         处于赎回期的域名（QueryDomainList，QueryType=2，全部分页）
  --json               {domains: [{domain, expiryMs, expiryDate, daysLeft, status, redeemable}]}
                       status 取值为 redemption | pending-delete | deleted；日期为 UTC（ISO 8601）

${globalFlags.text}`,
	},
	sandbox: {
		en: () => `alidomain sandbox — serve the local stand-in for the Domain API

Usage: alidomain sandbox [--port N] [--faults SPEC] [--speed X] [--state FILE] [--seed standard|large] [--by-day]

  --port N             port on 127.0.0.1 (default: any free port)
  --faults SPEC        e.g. throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1
  --speed X            task pace multiplier (default 1; 10 is ten times faster)
  --state FILE         keep the sandbox account (tasks, domains, balance) in FILE between runs
  --seed large         a fresh account with a few hundred more domains in redemption (default standard)
  --by-day             QueryTaskList reads its time bounds as dates only (UTC+8), the strictest reading of its documentation

AccessKey ID 'sandbox', secret 'sandbox-secret'. Point any client at the printed URL.`,
		zh: () => `alidomain sandbox — 在本地运行域名 API 的沙箱

用法：alidomain sandbox [--port N] [--faults SPEC] [--speed X] [--state FILE] [--seed standard|large] [--by-day]

  --port N             127.0.0.1 上的端口（默认：任一空闲端口）
  --faults SPEC        例如 throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1
  --speed X            任务处理速度倍数（默认 1；10 表示快十倍）
  --state FILE         把沙箱账号（任务、域名、余额）保存在 FILE 中，多次运行间保留
  --seed large         新账号多出几百个处于赎回期的域名（默认 standard）
  --by-day             QueryTaskList 只按日期（UTC+8）读取时间范围，即对其文档最严格的理解

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

The secret is read from standard input (never from the command line) and stored in a file only you can read.`,
		zh: () => `alidomain accounts — 已保存的凭据（“账号”）

用法：
  alidomain accounts                          列出账号（Secret 已打码）
  alidomain accounts add NAME --access-key-id ID --secret-stdin [--site cn|intl] [--endpoint URL]
  alidomain accounts import [--file PATH]     从 ~/.aliyun/config.json 导入 AK 和 StsToken 类型的配置
  alidomain accounts use NAME                 把 NAME 设为当前账号
  alidomain accounts remove NAME

Secret 从标准输入读取（绝不经命令行传入），保存在只有你能读取的文件中。`,
	},
});

export function helpText(command?: Command): string {
	return pages[command ?? 'app']();
}
