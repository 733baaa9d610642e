// One line of the domain list editor's list, and the notes read whole under it: an accepted domain (with its
// Unicode form, its expiry and a notice), or a rejected line with its reason. A row may be cut at the edge; the
// highlighted line's reason or notice is then wrapped under the list (docs/architecture.md, "The screen").
import {Text} from 'ink';
import type {RejectedItem} from '../../core/names/domain-list.js';
import {cells, padEndCells} from '../../core/words/text-width.js';
import type {ListEntry} from '../state/wizard-list.js';
import {useTheme} from '../theme.js';
import {domainListText as text} from './domain-list-text.js';

export const rejectedNote = (mark: string) => (item: RejectedItem) =>
	`${mark} ${text.line(item.line)} '${item.input}': ${item.reason}`;

export const noteOf = (mark: string, entry: ListEntry) =>
	`${mark} ${entry.unicode ?? entry.name}: ${entry.notice ?? ''}`;

/** The highlighted line's reason or notice, or a blank line that keeps its place. */
export const highlightedNote = (mark: string, item: ListEntry | RejectedItem | undefined) =>
	item === undefined ? ' ' : 'name' in item ? (item.notice ? noteOf(mark, item) : ' ') : rejectedNote(mark)(item);

export type DomainListRowProps = {
	item: ListEntry | RejectedItem;
	selected: boolean;
	/** The widest the name column grows, so Unicode forms and expiries line up. */
	nameWidth: number;
};

export const DomainListRow = ({item, selected, nameWidth}: DomainListRowProps) => {
	const {symbols, colors} = useTheme();
	const pointer = selected ? symbols.pointer : ' ';
	if (!('name' in item)) {
		return (
			<Text wrap="truncate-end">
				<Text color={selected ? colors.accent : colors.muted}>{`${pointer} ${text.line(item.line)}  `}</Text>
				<Text color={colors.failure}>{`${item.input}  `}</Text>
				<Text>{item.reason}</Text>
			</Text>
		);
	}

	return (
		<Text wrap="truncate-end">
			<Text
				color={selected ? colors.accent : undefined}
				bold={selected}
			>{`${pointer} ${padEndCells(item.name, Math.min(nameWidth, Math.max(cells(item.name), 24)))}`}</Text>
			{item.unicode && <Text>{`  ${item.unicode}`}</Text>}
			{item.expiryMs !== undefined && <Text color={colors.muted}>{`  ${text.expiry(item.expiryMs)}`}</Text>}
			{item.notice && <Text color={colors.muted}>{`  ${item.notice}`}</Text>}
		</Text>
	);
};
