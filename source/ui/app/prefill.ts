// Command-line flags as wizard answers: `--domains FILE` fills the list, `--profile-id` the profile, and any option
// flag the options step; a step whose answers came from flags is passed over. Bad values are usage errors, before
// any screen is drawn; what a flag means is said once, in cli/options-from-flags.ts.
import {UsageError, type Flags} from '../../cli/args.js';
import {maxSpendFlag, orderFlags, withinFlag} from '../../cli/options-from-flags.js';
import {readDomainsInput} from '../../cli/read-input.js';
import type {Operation} from '../../core/order/order-items.js';
import {messages} from '../../i18n/index.js';
import {addToList, emptyList} from '../state/wizard-list.js';
import {loadPublicSuffixList} from '../../core/names/public-suffix.js';
import type {Prefill, WizardOptions} from '../state/wizard-state.js';

const text = messages({
	stdin: {
		en: '--domains - reads standard input, which the interactive wizard needs for keys: give a file path, or add --yes to run without the wizard.',
		zh: '--domains - 会读取标准输入，而交互式向导需要用它接收按键：请给出文件路径，或加上 --yes 不经向导运行。',
	},
});

export async function prefillFromFlags(
	operation: Operation,
	flags: Flags,
	stdin: NodeJS.ReadableStream,
): Promise<Prefill> {
	const {profileId, ...given} = orderFlags(operation, flags);
	const prefill: Prefill = {};
	prefill.maxSpend = maxSpendFlag(flags);
	if (flags['send-failed-again']) {
		prefill.sendFailedAgain = true;
	}

	if (flags.domains !== undefined) {
		if (flags.domains === '-') {
			throw new UsageError(text.stdin);
		}

		const content = await readDomainsInput(flags.domains, stdin);
		await loadPublicSuffixList();
		prefill.list = addToList(emptyList(), content, operation);
	}

	// The picker opens with every domain that can be redeemed already selected; the review still stands before any order.
	if (operation === 'redeem' && flags['all-in-redemption']) {
		prefill.selectAllInRedemption = true;
	}

	// Renew: the picker's window (`--within`), and with --all-expiring everything on it selected; review still stands.
	if (operation === 'renew') {
		if (flags.within !== undefined) prefill.renewalWindow = withinFlag(flags);
		if (flags['all-expiring']) prefill.selectAllExpiring = true;
	}

	if (profileId !== undefined) {
		prefill.profileId = profileId;
	}

	const options: Partial<WizardOptions> = given;
	if (Object.keys(options).length > 0) {
		prefill.options = options;
	}

	return prefill;
}
