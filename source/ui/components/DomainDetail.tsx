// Everything known about one domain, with the error in full.
import {Box, Text} from 'ink';
import type {DomainStatusRow} from '../../core/status.js';
import {useTheme} from '../theme.js';
import {stateLook} from './StatusCounts.js';

export type DomainDetailProps = {
	row: DomainStatusRow;
};

export const DomainDetail = ({row}: DomainDetailProps) => {
	const theme = useTheme();
	const {colors} = theme;
	const {symbol, color} = stateLook(row.state, theme);
	const fields: Array<[string, string | undefined]> = [
		['Domain', row.unicode ? `${row.unicode} (${row.name})` : row.name],
		['Task', row.taskNo],
		['Tries', String(row.tryCount)],
		['Created', row.createTime],
		['Updated', row.updateTime],
	];
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={colors.accent} paddingX={1}>
			<Text bold>{row.unicode ?? row.name}</Text>
			<Text>
				<Text color={colors.muted}>{'State   '}</Text>
				<Text color={color}>{`${symbol} ${row.state}`}</Text>
			</Text>
			{fields.map(([label, value]) => (
				<Text key={label}>
					<Text color={colors.muted}>{label.padEnd(8)}</Text>
					{value ?? '—'}
				</Text>
			))}
			<Text color={colors.muted}>Error</Text>
			<Text color={row.error ? (row.state === 'failed' ? colors.failure : colors.warning) : colors.muted}>{row.error ?? 'none'}</Text>
			<Text color={colors.muted}>Esc to go back</Text>
		</Box>
	);
};
