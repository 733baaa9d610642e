// The one list both domain pickers draw: the selection line, the heading whose sorted column carries the arrow, and
// rows as each picker describes them (a pickable row with days and price, or a row that cannot be picked, and why).
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {DomainPickerList, type PickerRowCells} from '../../../source/ui/components/DomainPickerList.js';
import {pickerOf, pickerReducer, type PickerRow} from '../../../source/ui/state/domain-picker.js';
import {unstyled} from '../../../source/ui/testing/index.js';

afterEach(cleanup);

type Row = PickerRow & {days: number};
const rows: Row[] = [
	{name: 'zeta.com', days: 3},
	{name: 'alpha.net', days: 9},
	{name: 'gone.org', days: 0, blocked: 'pending-delete'},
];
const cellsOf = (row: Row, selected: ReadonlySet<string>): PickerRowCells =>
	row.blocked
		? {name: row.name, date: '2026-01-01', mark: 'blocked', note: 'pending delete'}
		: {
				name: row.name,
				date: '2026-01-02',
				mark: selected.has(row.name) ? 'selected' : 'free',
				days: `${row.days} days`,
				money: `CN¥${row.days}00`,
			};

const draw = (picker: ReturnType<typeof pickerOf<Row>>, daysSort: 'date' | 'days') =>
	unstyled(
		render(
			<DomainPickerList
				picker={picker}
				height={5}
				nameWidth={16}
				summary={{rows: '3 domains', selected: `${picker.selected.size} selected`, money: 'fee CN¥0'}}
				headings={{domain: 'Domain', date: 'Date', days: 'Days', money: 'Fee', daysSort}}
				noun="domains"
				emptyText="none"
				cellsOf={(row) => cellsOf(row, picker.selected)}
			/>,
		).lastFrame(),
	);

describe('DomainPickerList', () => {
	const picker = pickerOf(
		rows,
		(a, b) => a.days - b.days,
		(name) => name,
	);

	it('puts the sort arrow on the column each picker sorts by, and on the name when sorted by name', () => {
		expect(draw(picker, 'days')).toMatch(/Domain +Date +Days ↓ +Fee/);
		expect(draw(picker, 'date')).toMatch(/Domain +Date ↓ +Days +Fee/);
		expect(draw(pickerReducer(picker, {type: 'sort', sort: 'name'}), 'days')).toMatch(/Domain ↓ +Date +Days +Fee/);
	});

	it('draws each row as its picker describes it, in the picker’s order, with the selection counted above', () => {
		const selected = pickerReducer(pickerReducer(picker, {type: 'move', move: 'down', pageSize: 5}), {type: 'toggle'});
		const frame = draw(selected, 'days');
		expect(frame).toContain('3 domains · 1 selected · fee CN¥0');
		const lines = frame.split('\n').filter((line) => /\.(com|net|org)/.test(line));
		expect(lines[0]).toMatch(/^ {2}✖ gone\.org +2026-01-01 +pending delete$/);
		expect(lines[1]).toMatch(/❯ ● zeta\.com +2026-01-02 +3 days +CN¥300/);
		expect(lines[2]).toMatch(/○ alpha\.net +2026-01-02 +9 days +CN¥900/);
	});
});
