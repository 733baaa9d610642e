import {Text} from 'ink';
import {Fragment} from 'react';
import type {DomainState, StateCounts} from '../../core/status/status-board.js';
import {messages} from '../../i18n/index.js';
import {useTheme, type Theme} from '../theme.js';

/** The symbol and colour of a domain's state, the same in the counts, the rows and the details. */
export const stateLook = (state: DomainState, {symbols, colors}: Theme): {symbol: string; color: string} =>
	({
		waiting: {symbol: symbols.pending, color: colors.muted},
		executing: {symbol: symbols.bullet, color: colors.info},
		succeeded: {symbol: symbols.success, color: colors.success},
		failed: {symbol: symbols.failure, color: colors.failure},
	})[state];

const names = messages({
	waiting: {en: 'waiting', zh: '等待中'},
	executing: {en: 'executing', zh: '执行中'},
	succeeded: {en: 'succeeded', zh: '已成功'},
	failed: {en: 'failed', zh: '失败'},
});

/** A state as the reader's language says it; the journal and exports keep the English word. */
export const stateName = (state: DomainState): string => names[state];

const ORDER: readonly DomainState[] = ['waiting', 'executing', 'succeeded', 'failed'];

export type StatusCountsProps = {
	counts: StateCounts;
};

export const StatusCounts = ({counts}: StatusCountsProps) => {
	const theme = useTheme();
	return (
		<Text wrap="truncate-end">
			{ORDER.map((state, index) => {
				const {symbol, color} = stateLook(state, theme);
				return (
					<Fragment key={state}>
						{index > 0 && <Text color={theme.colors.muted}>{` ${theme.symbols.separator} `}</Text>}
						<Text color={color}>{symbol}</Text>
						{` ${counts[state].toLocaleString('en-US')} ${stateName(state)}`}
					</Fragment>
				);
			})}
		</Text>
	);
};
