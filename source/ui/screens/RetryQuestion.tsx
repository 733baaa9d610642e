// The review's question on a retry whose names failed as premium or trademark (core/order/retry-plan.ts): the names and
// the extra cost a year, default no. A retry never loosens a spending guard by itself; no leaves the names out.
import {Box} from 'ink';
import {formatMoney} from '../../core/words/money.js';
import {getLang} from '../../i18n/index.js';
import {Notice} from '../components/Notice.js';
import {SelectList} from '../components/SelectList.js';
import {useActions, useWizard} from '../app/contexts.js';
import {checksOf} from '../state/wizard-state.js';
import {text} from './retry-question-text.js';

export const RetryQuestion = ({ask, currency}: {ask: {premium: string[]; trademark: string[]}; currency: string}) => {
	const state = useWizard();
	const {dispatch} = useActions();
	const checks = checksOf(state);
	const {years} = state.options;
	const prices = ask.premium.map((name) => checks[name]?.yearlyPrice);
	const cost = prices.every((price) => price !== undefined)
		? text.extraCost(
				formatMoney(
					prices.reduce<number>((sum, price) => sum + price! * years, 0),
					currency,
					getLang(),
				),
				years,
			)
		: text.extraUnknown;
	return (
		<Box flexDirection="column">
			{ask.premium.length > 0 && <Notice kind="warn">{text.askPremium(ask.premium, cost)}</Notice>}
			{ask.trademark.length > 0 && <Notice kind="warn">{text.askTrademark(ask.trademark)}</Notice>}
			<SelectList
				key="retry-ask"
				items={[
					{label: text.askNo(ask.premium.length + ask.trademark.length), value: 'no'},
					{label: text.askYes(ask.premium.length + ask.trademark.length), value: 'yes'},
				]}
				defaultValue="no"
				onSelect={(item) => dispatch({type: 'retry-allow', allow: item.value === 'yes'})}
			/>
		</Box>
	);
};
