// Command-line flags as wizard answers: `--domains FILE` fills the list, `--profile-id` the profile, and any option
// flag the options step; a step whose answers came from flags is passed over. Bad values are usage errors, before
// any screen is drawn.
import {UsageError, type Flags} from '../../headless/args.js';
import {validateHostName} from '../../core/domain-name.js';
import type {Operation} from '../../core/orders.js';
import {parseBatchSize, parseYears} from '../../core/plan-batches.js';
import {readDomainsInput} from '../../headless/read-input.js';
import {maxSpendFlag} from '../../headless/money.js';
import {messages} from '../../i18n/index.js';
import {addToList, emptyList} from '../state/wizard-list.js';
import type {Prefill, WizardOptions} from '../state/wizard-state.js';

const text = messages({
	stdin: {en: '--domains - reads standard input, which the interactive wizard needs for keys: give a file path, or add --yes to run without the wizard.', zh: '--domains - 会读取标准输入，而交互式向导需要用它接收按键：请给出文件路径，或加上 --yes 不经向导运行。'},
	profileId: {en: (raw: string) => `--profile-id must be a number (or 'default'), not '${raw}'.`, zh: (raw: string) => `--profile-id 必须是数字（或 'default'），而不是 '${raw}'。`},
	dnsCount: {en: (n: number) => `--dns takes exactly two name servers, like ns1.example.com,ns2.example.com (got ${n}).`, zh: (n: number) => `--dns 需要正好两个 DNS 服务器，例如 ns1.example.com,ns2.example.com（收到 ${n} 个）。`},
});

export async function prefillFromFlags(operation: Operation, flags: Flags, stdin: NodeJS.ReadableStream): Promise<Prefill> {
	const prefill: Prefill = {};
	prefill.maxSpend = maxSpendFlag(flags);
	if (flags.domains !== undefined) {
		if (flags.domains === '-') {
			throw new UsageError(text.stdin);
		}

		prefill.list = addToList(emptyList(), await readDomainsInput(flags.domains, stdin), operation);
	}

	const raw = flags['profile-id'];
	if (operation === 'register' && raw !== undefined) {
		if (raw !== 'default' && !/^\d+$/.test(raw)) {
			throw new UsageError(text.profileId(raw));
		}

		prefill.profileId = raw === 'default' ? 'default' : Number(raw);
	}

	const options: Partial<WizardOptions> = {};
	if (operation === 'register') {
		if (flags.years !== undefined) {
			const years = parseYears(flags.years);
			if (!years.ok) {
				throw new UsageError(`--years: ${years.reason}`);
			}

			options.years = years.value;
		}

		if (flags.dns !== undefined) {
			options.dns = dnsFlag(flags.dns);
		}

		if (flags['no-privacy']) {
			options.privacy = false;
		}

		if (flags.premium) {
			options.premium = true;
		}

		if (flags.trademark) {
			options.trademark = true;
		}
	}

	if (flags.coupon !== undefined) {
		options.coupon = flags.coupon;
	}

	if (flags.promotion !== undefined) {
		options.promotion = flags.promotion;
	}

	if (flags['batch-size'] !== undefined) {
		const size = parseBatchSize(flags['batch-size']);
		if (!size.ok) {
			throw new UsageError(`--batch-size: ${size.reason}`);
		}

		options.batchSize = size.value;
	}

	if (Object.keys(options).length > 0) {
		prefill.options = options;
	}

	return prefill;
}

function dnsFlag(value: string): [string, string] {
	const hosts = value.split(',').map(h => h.trim()).filter(Boolean);
	if (hosts.length !== 2) {
		throw new UsageError(text.dnsCount(hosts.length));
	}

	for (const host of hosts) {
		const checked = validateHostName(host);
		if (!checked.ok) {
			throw new UsageError(`--dns: '${host}' ${checked.reason}`);
		}
	}

	return [hosts[0]!.toLowerCase(), hosts[1]!.toLowerCase()];
}
