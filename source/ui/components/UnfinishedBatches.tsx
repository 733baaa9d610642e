// The batches on this computer that are not finished (running, or a submit whose outcome is not known yet), for
// the home screen: the newest few, and the key that opens the newest.
import {Box, Text} from 'ink';
import {batchStates, type BatchSummary} from '../../core/submit/journal-rules.js';
import {count, messages} from '../../i18n/index.js';
import {localTimeWithZone} from '../format-time.js';
import {useTheme} from '../theme.js';
import {operationName} from '../../core/words/operation-name.js';

const text = messages({
	heading: {
		en: (n: number) => `Unfinished: ${count(n, ['batch', 'batches'], '')}; o opens the newest`,
		zh: (n: number) => `未完成：${n.toLocaleString('en-US')} 个批次；按 o 打开最新的`,
	},
	line: {
		en: (when: string, operation: string, domains: number, state: string) =>
			`${when}  ${operation} ${count(domains, ['domain', 'domains'], '')}  ${state}`,
		zh: (when: string, operation: string, domains: number, state: string) =>
			`${when}  ${operation} ${domains.toLocaleString('en-US')} 个域名  ${state}`,
	},
});

/** Shown on home; a batch that never sent anything is not waiting on anything, so it is not listed. */
export const isUnfinished = (batch: BatchSummary): boolean =>
	batch.state === 'running' || batch.state === 'submitting' || batch.state === 'outcome unknown';

const SHOWN = 3;

export const UnfinishedBatches = ({batches}: {batches: readonly BatchSummary[]}) => {
	const {colors, symbols} = useTheme();
	if (batches.length === 0) {
		return null;
	}

	return (
		<Box flexDirection="column">
			<Text bold>{text.heading(batches.length)}</Text>
			{batches.slice(0, SHOWN).map((batch) => (
				<Text key={batch.id} wrap="truncate-end" color={batch.state === 'running' ? colors.info : colors.warning}>
					{`${symbols.bullet} ${text.line(localTimeWithZone(batch.createdAt), operationName(batch.operation), batch.domainCount, batchStates[batch.state])}`}
				</Text>
			))}
		</Box>
	);
};
