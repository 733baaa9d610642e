// Everything known about one domain, with the error in full.
import {Box, Text} from 'ink';
import type {DomainStatusRow} from '../../core/status/status-board.js';
import {messages} from '../../i18n/index.js';
import {padEndCells} from '../../core/words/text-width.js';
import {keyOf} from '../input/key-bindings.js';
import {serverTimeShown} from '../format-time.js';
import {useTheme} from '../theme.js';
import {stateLook, stateName} from './StatusCounts.js';
import {reasonWords} from '../../core/words/reason-words.js';

const text = messages({
	domain: {en: 'Domain', zh: '域名'},
	task: {en: 'Task', zh: '任务'},
	tries: {en: 'Tries', zh: '尝试次数'},
	created: {en: 'Created', zh: '创建时间'},
	updated: {en: 'Updated', zh: '更新时间'},
	state: {en: 'State', zh: '状态'},
	error: {en: 'Error', zh: '错误'},
	whatToDo: {en: 'Why, and the fix', zh: '原因与解决办法'},
	none: {en: 'none', zh: '无'},
	back: {en: `${keyOf('closeDetails')} to go back`, zh: `按 ${keyOf('closeDetails')} 返回`},
});

const LABEL_WIDTH = 10;

export type DomainDetailProps = {
	row: DomainStatusRow;
};

export const DomainDetail = ({row}: DomainDetailProps) => {
	const theme = useTheme();
	const {colors} = theme;
	const {symbol, color} = stateLook(row.state, theme);
	// The fix in plain words (core/words/reason-words.ts), above the server's own text in full.
	const words = row.state === 'failed' ? reasonWords(row.error) : undefined;
	const fields: Array<[string, string | undefined]> = [
		[text.domain, row.unicode ? `${row.unicode} (${row.name})` : row.name],
		[text.task, row.taskNo],
		[text.tries, String(row.tryCount)],
		[text.created, serverTimeShown(row.createTime)],
		[text.updated, serverTimeShown(row.updateTime)],
	];
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={colors.accent} paddingX={1}>
			<Text bold>{row.unicode ?? row.name}</Text>
			<Text>
				<Text color={colors.muted}>{padEndCells(text.state, LABEL_WIDTH)}</Text>
				<Text color={color}>{`${symbol} ${stateName(row.state)}`}</Text>
			</Text>
			{fields.map(([label, value]) => (
				<Text key={label}>
					<Text color={colors.muted}>{padEndCells(label, LABEL_WIDTH)}</Text>
					{value ?? '—'}
				</Text>
			))}
			{words ? <Text color={colors.muted}>{text.whatToDo}</Text> : null}
			{words ? <Text color={colors.failure}>{words}</Text> : null}
			<Text color={colors.muted}>{text.error}</Text>
			<Text color={row.error ? (row.state === 'failed' ? colors.failure : colors.warning) : colors.muted}>
				{row.error ?? text.none}
			</Text>
			<Text color={colors.muted}>{text.back}</Text>
		</Box>
	);
};
