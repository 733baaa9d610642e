import {describe, expect, it} from 'vitest';
import {cells, cutCells, padEndCells, padStartCells, rowsOfCells} from '../../source/core/words/text-width.js';

describe('text measured in terminal cells', () => {
	it('counts Chinese characters as two cells and pads to the same column as ASCII', () => {
		expect(cells('中文.com')).toBe(8);
		expect(cells('bücher.de')).toBe(9);
		expect(cells(padEndCells('状态', 8))).toBe(8);
		expect(padEndCells('状态', 8)).toBe('状态    ');
		expect(padStartCells('次数', 6)).toBe('  次数');
		expect(cells(padEndCells('state', 8))).toBe(8);
	});

	it('cuts to a width in cells, never splitting a wide character past the edge', () => {
		expect(cutCells('中文域名测试.com', 7)).toBe('中文域…');
		expect(cells(cutCells('中文域名测试.com', 8))).toBeLessThanOrEqual(8);
		expect(cutCells('example.com', 20)).toBe('example.com');
		expect(cutCells('example.com', 8)).toBe('example…');
		expect(cutCells('abc', 0)).toBe('');
	});
});

describe('rowsOfCells', () => {
	it('cuts a long path into whole rows of the width, losing nothing', () => {
		const path = '/home/someone/.local/share/alidomain/exports/2026-12-07T02-45-06+00-00-13991305/results.csv';
		const rows = rowsOfCells(path, 30);
		expect(rows.join('')).toBe(path);
		expect(rows.every((row) => cells(row) <= 30)).toBe(true);
		expect(rows).toHaveLength(Math.ceil(path.length / 30));
	});

	it('counts wide characters as two cells and leaves a short line alone', () => {
		expect(rowsOfCells('导出到这里', 4)).toEqual(['导出', '到这', '里']);
		expect(rowsOfCells('short', 30)).toEqual(['short']);
	});
});
