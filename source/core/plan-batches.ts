// How a batch is cut into tasks, and the checks on the numbers the user chooses for it. The API documents no limit
// on items per submit, so the default stays modest and the ceiling matches the largest page QueryTaskDetailList
// returns, so that one page always shows a whole task.

export const DEFAULT_BATCH_SIZE = 100;
export const MAX_BATCH_SIZE = 1000;
export const MIN_YEARS = 1;
export const MAX_YEARS = 10;

export type NumberResult = {ok: true; value: number} | {ok: false; reason: string};

/** Splits items into consecutive chunks of `batchSize` (the last may be shorter), in order. */
export function planBatches<T>(items: readonly T[], batchSize: number = DEFAULT_BATCH_SIZE): T[][] {
	const checked = validateBatchSize(batchSize);
	if (!checked.ok) throw new RangeError(`batch size: ${checked.reason}`);
	const chunks: T[][] = [];
	for (let i = 0; i < items.length; i += batchSize) chunks.push(items.slice(i, i + batchSize));
	return chunks;
}

export function validateBatchSize(size: number): NumberResult {
	return checkWhole(size, 1, MAX_BATCH_SIZE, 'domains per task');
}

/** `--batch-size` or the wizard's field. */
export function parseBatchSize(text: string): NumberResult {
	return parseWhole(text, validateBatchSize, `1 to ${MAX_BATCH_SIZE} domains per task`);
}

/** Registration years (`--years`, SubscriptionDuration). */
export function parseYears(text: string): NumberResult {
	return parseWhole(text, (n) => checkWhole(n, MIN_YEARS, MAX_YEARS, 'years'), `${MIN_YEARS} to ${MAX_YEARS} years`);
}

// Reasons are whole phrases that name the value, so they read well after a flag or field name.
function parseWhole(text: string, check: (n: number) => NumberResult, range: string): NumberResult {
	const value = text.trim();
	if (value === '') return {ok: false, reason: `no value given; choose ${range}`};
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value)) return {ok: false, reason: `'${value}' is not a number; choose ${range}`};
	const n = Number(value);
	if (!Number.isFinite(n)) return {ok: false, reason: `'${value}' is too large; choose ${range}`};
	return check(n);
}

function checkWhole(n: number, min: number, max: number, unit: string): NumberResult {
	const range = `${min} to ${max} ${unit}`;
	if (!Number.isFinite(n)) return {ok: false, reason: `${n} is not a number; choose ${range}`};
	if (!Number.isInteger(n)) return {ok: false, reason: `${n} is not a whole number; choose ${range}`};
	if (n < min || n > max) return {ok: false, reason: `${n} is out of range; choose ${range}`};
	return {ok: true, value: n};
}
