// The history's list of this computer's batches (from the journal): a column heading over a windowed list; only the
// rows on screen are built. Batches sent to another server are greyed, and an endpoint column names where each went
// when they went to more than one (batch-columns.ts sizes the columns).
import {Text} from 'ink';
import {useMemo} from 'react';
import type {BatchState, BatchView} from '../../../core/submit/journal-rules.js';
import {batchStates, domainCount, taskNosOf} from '../../../core/submit/journal-rules.js';
import {sameEndpoint} from '../../../core/submit/endpoint-key.js';
import {cutCells, padEndCells, padStartCells} from '../../../core/words/text-width.js';
import {operationName} from '../../../core/words/operation-name.js';
import {WindowedList} from '../../components/WindowedList.js';
import {localTime, zoneName} from '../../format-time.js';
import {useTheme} from '../../theme.js';
import {
	batchColumns,
	DOMAINS_WIDTH,
	GAP,
	mixesEndpoints,
	OPERATION_WIDTH,
	shortEndpoint,
	TASKS_WIDTH,
	WHEN_WIDTH,
	type BatchColumns,
} from './batch-columns.js';
import {text} from './text.js';

const batchStateName = (state: BatchState): string => batchStates[state] ?? state;

/** Cut to `width` with no mark, and padded to it: for the fixed columns, which fit what they hold. */
const pad = (cell: string, width: number) => padEndCells(cutCells(cell, width, ''), width);
/** Cut with "…" one cell short of `width`, so a cut cell is marked and never touches the next column. */
const fit = (cell: string, width: number) => padEndCells(cutCells(cell, width - 1), width);
const gap = ' '.repeat(GAP);

const countsText = (view: BatchView) => {
	const c = view.lastCounts;
	if (!c) {
		return text.notWatched;
	}

	const left = c.waiting + c.executing;
	return [text.ok(c.succeeded), text.failed(c.failed), ...(left > 0 ? [text.left(left)] : [])].join(text.countsJoin);
};

const heading = (widths: BatchColumns) =>
	`${pad(text.when(zoneName()), WHEN_WIDTH)}${pad(text.operation, OPERATION_WIDTH)}${padStartCells(text.domains, DOMAINS_WIDTH)}${padStartCells(text.tasks, TASKS_WIDTH)}${gap}${fit(text.lastCounts, widths.counts)}${padEndCells(text.state, widths.state)}${widths.endpoint === undefined ? '' : `${gap}${text.endpoint}`}`;

const lineStart = (view: BatchView, widths: BatchColumns) =>
	`${pad(localTime(view.plan.createdAt), WHEN_WIDTH)}${pad(operationName(view.plan.operation), OPERATION_WIDTH)}${padStartCells(domainCount(view.plan).toLocaleString('en-US'), DOMAINS_WIDTH)}${padStartCells(String(taskNosOf(view).length), TASKS_WIDTH)}${gap}${fit(countsText(view), widths.counts)}`;

const stateColor = (view: BatchView, colors: ReturnType<typeof useTheme>['colors']) => {
	switch (view.state) {
		case 'finished': {
			return view.lastCounts && view.lastCounts.failed > 0 ? colors.warning : colors.success;
		}

		case 'running': {
			return colors.info;
		}

		case 'not submitted': {
			return colors.muted;
		}

		default: {
			return colors.warning;
		}
	}
};

export type BatchTableProps = {
	batches: readonly BatchView[];
	height: number;
	selectedIndex: number;
	/** The server this view uses: batches sent elsewhere are greyed. */
	endpoint: string;
	/** The terminal's width, for the columns. */
	columns: number;
};

export const BatchTable = ({batches, height, selectedIndex, endpoint, columns}: BatchTableProps) => {
	const {colors, symbols} = useTheme();
	const widths = useMemo(() => {
		const endpoints = batches.map((view) => view.plan.account.endpoint);
		return batchColumns(columns, {
			state: [text.state, ...new Set(batches.map((view) => batchStateName(view.state)))],
			counts: [text.lastCounts, ...new Set(batches.map(countsText))],
			endpoint: mixesEndpoints(endpoints, endpoint)
				? [text.endpoint, ...new Set(endpoints.map(shortEndpoint))]
				: undefined,
		});
	}, [batches, endpoint, columns]);
	return (
		<>
			<Text color={colors.muted} wrap="truncate-end">{`  ${heading(widths)}`}</Text>
			<WindowedList
				items={batches}
				height={height}
				selectedIndex={selectedIndex}
				noun={text.batchesNoun}
				emptyText={text.noBatches}
				getKey={(view) => view.plan.id}
				renderItem={(view, _, isSelected) => {
					const elsewhere = !sameEndpoint(view.plan.account.endpoint, endpoint);
					return (
						<Text
							wrap="truncate-end"
							color={isSelected ? colors.accent : elsewhere ? colors.muted : undefined}
							bold={isSelected}
						>
							{`${isSelected ? symbols.pointer : ' '} ${lineStart(view, widths)}`}
							<Text color={elsewhere ? colors.muted : stateColor(view, colors)}>
								{padEndCells(batchStateName(view.state), widths.state)}
							</Text>
							{widths.endpoint === undefined
								? null
								: `${gap}${cutCells(shortEndpoint(view.plan.account.endpoint), widths.endpoint)}`}
						</Text>
					);
				}}
			/>
		</>
	);
};
