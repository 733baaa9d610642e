// The review's terms of the order: years, registrant profile, DNS and guards for a registration; years and guards for
// a renewal; where the expiries came from for a redemption, with a warning for typed ones that differ from the
// account's; a retry's notes; the coupon.
import {Text} from 'ink';
import {useTheme} from '../theme.js';
import {useWizard} from '../app/contexts.js';
import {text} from './review-text.js';
import {ReviewRow as Row} from './ReviewRow.js';

export type ReviewTermsProps = {
	/** Of the domains sent: how many expiries were typed by hand, and which differ from the account's. */
	typedExpiries: number;
	differing: ReadonlyArray<{name: string}>;
};

export const ReviewTerms = ({typedExpiries, differing}: ReviewTermsProps) => {
	const {symbols, colors} = useTheme();
	const state = useWizard();
	const {options} = state;
	const profile = state.profiles.list.find((p) => p.id === state.profileId);
	return (
		<>
			{state.operation === 'register' && (
				<>
					<Row label={text.years}>{String(options.years)}</Row>
					<Row label={text.profile}>
						{profile
							? `${profile.name}${profile.organization ? ` · ${profile.organization}` : ''} (#${profile.id})`
							: `#${state.profileId ?? '?'}`}
					</Row>
					<Row label={text.dns}>{options.dns ? `${options.dns[0]}, ${options.dns[1]}` : text.alibabaDns}</Row>
					<Row label={text.flags}>
						{[text.privacy(options.privacy), text.premium(options.premium), text.trademark(options.trademark)].join(
							` ${symbols.separator} `,
						)}
					</Row>
				</>
			)}
			{state.operation === 'renew' && (
				<>
					<Row label={text.years}>{String(options.years)}</Row>
					<Row label={text.expiries}>{text.fromAccount}</Row>
					<Row label={text.flags}>{text.premium(options.premium)}</Row>
				</>
			)}
			{state.operation === 'redeem' && <Row label={text.expiries}>{text.typedByHand(typedExpiries)}</Row>}
			{differing.length > 0 && (
				<Text color={colors.warning} wrap="truncate-end">{`${symbols.warning} ${text.expiriesDiffer(
					differing.length,
					differing
						.slice(0, 2)
						.map((row) => row.name)
						.join(', ') + (differing.length > 2 ? ', …' : ''),
				)}`}</Text>
			)}
			{state.retryNotes?.map((note) => (
				<Text key={note} color={colors.info} wrap="truncate-end">{`${symbols.info} ${note}`}</Text>
			))}
			{(options.coupon || options.promotion) && (
				<Row label={text.coupon}>{text.couponLine(options.coupon || text.none, options.promotion || text.none)}</Row>
			)}
		</>
	);
};
