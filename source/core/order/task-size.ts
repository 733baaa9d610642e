// How a batch is cut into tasks, and the checks on the numbers the user chooses for it. The API documents no limit
// on items per submit, so the default stays modest and the ceiling matches the largest page QueryTaskDetailList
// returns, so that one page always shows a whole task.
import {messages} from '../../i18n/index.js';

const text = messages({
	batchRange: {
		en: (max: number) => `1 to ${max} domains per task`,
		zh: (max: number) => `1 到 ${max}（每个任务的域名数）`,
	},
	yearsRange: {
		en: (min: number, max: number) => `${min} to ${max} years`,
		zh: (min: number, max: number) => `${min} 到 ${max} 年`,
	},
	batchSize: {en: 'batch size', zh: '每批数量'},
	noValue: {en: (range: string) => `no value given; choose ${range}`, zh: (range: string) => `未填写，应为 ${range}`},
	notNumber: {
		en: (value: string, range: string) => `'${value}' is not a number; choose ${range}`,
		zh: (value: string, range: string) => `'${value}' 不是数字，应为 ${range}`,
	},
	tooLarge: {
		en: (value: string, range: string) => `'${value}' is too large; choose ${range}`,
		zh: (value: string, range: string) => `'${value}' 太大，应为 ${range}`,
	},
	notFinite: {
		en: (n: number, range: string) => `${n} is not a number; choose ${range}`,
		zh: (n: number, range: string) => `${n} 不是数字，应为 ${range}`,
	},
	notWhole: {
		en: (n: number, range: string) => `${n} is not a whole number; choose ${range}`,
		zh: (n: number, range: string) => `${n} 不是整数，应为 ${range}`,
	},
	outOfRange: {
		en: (n: number, range: string) => `${n} is out of range; choose ${range}`,
		zh: (n: number, range: string) => `${n} 超出范围，应为 ${range}`,
	},
});

export const DEFAULT_BATCH_SIZE = 100;
export const MAX_BATCH_SIZE = 1000;
export const MIN_YEARS = 1;
export const MAX_YEARS = 10;

export type NumberResult = {ok: true; value: number} | {ok: false; reason: string};

/** Splits items into consecutive chunks of `batchSize` (the last may be shorter), in order. */
export function planBatches<T>(items: readonly T[], batchSize: number = DEFAULT_BATCH_SIZE): T[][] {
	const checked = validateBatchSize(batchSize);
	if (!checked.ok) throw new RangeError(`${text.batchSize}: ${checked.reason}`);
	const chunks: T[][] = [];
	for (let i = 0; i < items.length; i += batchSize) chunks.push(items.slice(i, i + batchSize));
	return chunks;
}

export function validateBatchSize(size: number): NumberResult {
	return checkWhole(size, text.batchRange(MAX_BATCH_SIZE));
}

/** `--batch-size` or the wizard's field. */
export function parseBatchSize(input: string): NumberResult {
	return parseWhole(input, validateBatchSize, text.batchRange(MAX_BATCH_SIZE));
}

/** Registration years (`--years`, SubscriptionDuration). */
export function parseYears(input: string): NumberResult {
	return parseWhole(
		input,
		(n) => checkWhole(n, text.yearsRange(MIN_YEARS, MAX_YEARS), MIN_YEARS, MAX_YEARS),
		text.yearsRange(MIN_YEARS, MAX_YEARS),
	);
}

// Reasons are whole phrases that name the value, so they read well after a flag or field name.
function parseWhole(input: string, check: (n: number) => NumberResult, range: string): NumberResult {
	const value = input.trim();
	if (value === '') return {ok: false, reason: text.noValue(range)};
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value)) return {ok: false, reason: text.notNumber(value, range)};
	const n = Number(value);
	if (!Number.isFinite(n)) return {ok: false, reason: text.tooLarge(value, range)};
	return check(n);
}

function checkWhole(n: number, range: string, min = 1, max = MAX_BATCH_SIZE): NumberResult {
	if (!Number.isFinite(n)) return {ok: false, reason: text.notFinite(n, range)};
	if (!Number.isInteger(n)) return {ok: false, reason: text.notWhole(n, range)};
	if (n < min || n > max) return {ok: false, reason: text.outOfRange(n, range)};
	return {ok: true, value: n};
}
