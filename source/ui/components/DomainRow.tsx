// One domain in the status list, in fixed columns so the eye can run down a column of states or errors.
import {Text} from 'ink';
import type {DomainStatusRow} from '../../core/status/status-board.js';
import {messages} from '../../i18n/index.js';
import {cutCells, padEndCells, padStartCells} from '../../core/words/text-width.js';
import {useTheme} from '../theme.js';
import {stateLook, stateName} from './StatusCounts.js';
import {reasonWords} from '../../core/words/reason-words.js';

const text = messages({
	state: {en: 'state', zh: '状态'},
	domain: {en: 'domain', zh: '域名'},
	tries: {en: 'tries', zh: '次数'},
	error: {en: 'error', zh: '错误'},
});

const STATE_WIDTH = 12;
const TRIES_WIDTH = 6;

export type DomainColumns = {width: number; name: number};

/** Column widths for a terminal `width` cells wide: the name gets about a third, the error what is left. */
export const domainColumns = (width: number): DomainColumns => ({
	width,
	name: Math.max(16, Math.min(48, Math.floor(width * 0.35))),
});

/** Cuts text to `width` cells with an ellipsis. */
export const cut = (line: string, width: number, ellipsis = '…'): string => cutCells(line, width, ellipsis);

export const DomainHeading = ({columns}: {columns: DomainColumns}) => {
	const {colors} = useTheme();
	const line = `  ${padEndCells(text.state, STATE_WIDTH)}${padEndCells(text.domain, columns.name + 1)}${padStartCells(text.tries, TRIES_WIDTH - 1)} ${text.error}`;
	return (
		<Text color={colors.muted} wrap="truncate-end">
			{cut(line, columns.width)}
		</Text>
	);
};

export type DomainRowProps = {
	row: DomainStatusRow;
	columns: DomainColumns;
	isSelected: boolean;
};

export const DomainRow = ({row, columns, isSelected}: DomainRowProps) => {
	const theme = useTheme();
	const {symbols, colors} = theme;
	const {symbol, color} = stateLook(row.state, theme);
	const name = padEndCells(cut(row.unicode ?? row.name, columns.name, symbols.ellipsis), columns.name + 1);
	const tries = String(row.tryCount).padStart(TRIES_WIDTH - 1);
	const room = columns.width - 2 - STATE_WIDTH - columns.name - 1 - TRIES_WIDTH;
	// A failure shows its fix in plain words when it has one (core/words/reason-words.ts); Enter shows the server's text.
	const said = (row.state === 'failed' ? reasonWords(row.error) : undefined) ?? row.error;
	const error = said ? cut(said.replace(/\s+/g, ' '), room, symbols.ellipsis) : '';
	return (
		// Few styled spans per row: the renderer's cost grows with them, and there are forty rows a frame.
		<Text wrap="truncate-end" inverse={isSelected}>
			<Text
				color={color}
			>{`${isSelected ? symbols.pointer : ' '} ${symbol} ${padEndCells(stateName(row.state), STATE_WIDTH - 2)}`}</Text>
			{name + tries}
			{error ? <Text color={row.state === 'failed' ? colors.failure : colors.warning}>{` ${error}`}</Text> : null}
		</Text>
	);
};
