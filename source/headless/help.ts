// `--help` for the app and for every command.
import type {Command} from './args.js';

const GLOBAL = `Global flags:
  --account NAME       use a stored account (default: the active one)
  --endpoint URL       Domain API endpoint (default: by --site)
  --site cn|intl       China site (domain.aliyuncs.com) or international (domain-intl.aliyuncs.com)
  --api-version V      override the API version the endpoint implies
  --lang en|zh         interface language; also the language of Alibaba's messages
  --sandbox            use the built-in sandbox (no account needed; state kept between runs)
  --sandbox-reset      with --sandbox: start the sandbox afresh
  -h, --help           this help;  -v, --version  the version

Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET (+ ALIBABA_CLOUD_SECURITY_TOKEN),
then --account NAME, then the active stored account.
Exit codes: 0 success, 1 error, 2 usage (or no terminal and no --yes), 3 finished with failed domains.`;

const SUBMIT_FLAGS = `  --domains FILE       the domains, one per line (also commas or spaces); - reads standard input
  --coupon NO          voucher to use;  --promotion NO  coupon to use
  --batch-size N       domains per task, 1–1000 (default 100)
  -y, --yes            submit without asking (required without a terminal)
  --wait               watch the batch until every domain has succeeded or failed
  --json               one JSON document on standard output`;

const TEXT: Record<'app' | Command, string> = {
	app: `alidomain — batch domain registration and redemption on Alibaba Cloud

Usage:
  alidomain                     the interactive app
  alidomain --sandbox           the same, against the built-in sandbox (no account needed)
  alidomain register [flags]    register many domains
  alidomain redeem [flags]      redeem many domains in their redemption period
  alidomain status [TASKNO...]  watch tasks until every domain is final
  alidomain history             the batches submitted from this computer
  alidomain sandbox [flags]     serve the sandbox on 127.0.0.1 for other tools
  alidomain accounts [...]      list, add, import, switch and remove stored credentials

Run alidomain COMMAND --help for a command's flags.

${GLOBAL}`,
	register: `alidomain register — register many domain names at once

Usage: alidomain register --domains FILE --profile-id ID [flags]

${SUBMIT_FLAGS}
  --profile-id ID      real-name-verified registrant profile (or 'default' for the account's default)
  --years N            1–10 (default 1)
  --dns NS1,NS2        custom name servers (default: Alibaba Cloud DNS)
  --no-privacy         turn off the domain proxy (WHOIS privacy) service
  --premium            allow premium names (they cost more)
  --trademark          allow names that contain trademark terms

Domains already ordered or in flight from an earlier run are left out with the reason; rerunning the same
command never orders a domain twice.

${GLOBAL}`,
	redeem: `alidomain redeem — redeem many domains that are in their redemption period

Usage: alidomain redeem --domains FILE [flags]

Each line is 'domain' or 'domain,expiryMs' (the current expiry in milliseconds since 1970, UTC). Without an
expiry it is looked up in the account; domains not in their redemption period are left out with the reason.

${SUBMIT_FLAGS}

${GLOBAL}`,
	status: `alidomain status — the state of tasks, domain by domain

Usage: alidomain status [TASKNO...] [--wait] [--json]

Without task numbers: the most recent batch in the history.
  --wait               poll until every domain has succeeded or failed (exit 3 if any failed)
  --json               {counts, domains: [{domain, taskNo, status, error, tryCount}]}

${GLOBAL}`,
	history: `alidomain history — batches submitted from this computer, newest first

Usage: alidomain history [--json]

${GLOBAL}`,
	sandbox: `alidomain sandbox — serve the local stand-in for the Domain API

Usage: alidomain sandbox [--port N] [--faults SPEC] [--speed X] [--state FILE]

  --port N             port on 127.0.0.1 (default: any free port)
  --faults SPEC        e.g. throttle=0.1,unavailable=0.05,latency=50-400,reset=0.02,lost-response=0.1
  --speed X            task pace multiplier (default 1; 10 is ten times faster)
  --state FILE         keep the sandbox account (tasks, domains, balance) in FILE between runs

AccessKey ID 'sandbox', secret 'sandbox-secret'. Point any client at the printed URL.`,
	accounts: `alidomain accounts — stored credentials ("accounts")

Usage:
  alidomain accounts                          list them (secrets masked)
  alidomain accounts add NAME --access-key-id ID --secret-stdin [--site cn|intl] [--endpoint URL]
  alidomain accounts import [--file PATH]     import AK and StsToken profiles from ~/.aliyun/config.json
  alidomain accounts use NAME                 make NAME the active account
  alidomain accounts remove NAME

The secret is read from standard input (never from the command line) and stored in a file only you can read.`,
};

export function helpText(command?: Command): string {
	return TEXT[command ?? 'app'];
}
