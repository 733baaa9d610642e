// The options of an order as the user chose them (years, name servers, privacy, vouchers, task size), their
// defaults, and how a journaled batch's recorded options are read back for a retry.
import {DEFAULT_BATCH_SIZE} from './task-size.js';

export type OrderOptions = {
	years: number;
	/** Custom name servers; absent means Alibaba Cloud DNS. */
	dns?: [string, string];
	privacy: boolean;
	premium: boolean;
	trademark: boolean;
	coupon: string;
	promotion: string;
	batchSize: number;
};

export const defaultOrderOptions = (): OrderOptions => ({
	years: 1,
	privacy: true,
	premium: false,
	trademark: false,
	coupon: '',
	promotion: '',
	batchSize: DEFAULT_BATCH_SIZE,
});

/** A journaled batch's options (as its plan recorded them) over the wizard's current ones. */
export function optionsFromRecorded(
	recorded: Record<string, unknown>,
	current: OrderOptions,
): {options: OrderOptions; profileId?: number} {
	const dns = recorded.dns;
	const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
	const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
	return {
		options: {
			...current,
			years: typeof recorded.years === 'number' ? recorded.years : current.years,
			dns:
				Array.isArray(dns) && dns.length === 2
					? [String(dns[0]), String(dns[1])]
					: 'years' in recorded
						? undefined
						: current.dns,
			privacy: flag(recorded.privacy, current.privacy),
			premium: flag(recorded.premium, current.premium),
			trademark: flag(recorded.trademark, current.trademark),
			coupon: text(recorded.coupon, current.coupon),
			promotion: text(recorded.promotion, current.promotion),
		},
		profileId: typeof recorded.profileId === 'number' && recorded.profileId > 0 ? recorded.profileId : undefined,
	};
}
