// The review's typed confirmation on a paid account (docs/architecture.md, "One order, every door"): who is charged,
// the cost in the words every door uses (core/pricing/cost-quote.ts costQuote: never a part quoted as the cost), a
// shortfall of the balance, then the number of domains (or yes) typed.
import {Box, Text} from 'ink';
import type {OrderMoney} from '../../core/order/order-money.js';
import {costQuote} from '../../core/pricing/cost-quote.js';
import {getLang} from '../../i18n/index.js';
import {TextField} from '../components/TextField.js';
import {useTheme} from '../theme.js';
import {text} from './review-text.js';

export type ReviewConfirmProps = {
	order: OrderMoney & {domains: readonly string[]};
	account: string;
	currency: string;
	onSubmit: (typed: string) => void;
};

export const ReviewConfirm = ({order, account, currency, onSubmit}: ReviewConfirmProps) => {
	const {symbols, colors} = useTheme();
	const n = order.domains.length;
	return (
		<Box flexDirection="column">
			<Text color={colors.warning} wrap="wrap">
				{`${symbols.warning} ${text.charged(text.domainsCount(n), account)}`}
				{` ${costQuote(order.estimate, currency, getLang())}`}
				{order.budget.overBalance ? text.overBalanceToo(order.budget.shortOf.length) : ''}
			</Text>
			<Box>
				<Text>{text.typePrompt(n)}</Text>
				<TextField onSubmit={onSubmit} width={12} />
			</Box>
		</Box>
	);
};
