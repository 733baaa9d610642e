// The two products the sandbox stands in for: Domain 2018-01-29 and the international Domain-intl 2017-12-18.
// Handlers answer in 2018-01-29 shapes; a 2017-12-18 call gets the same answer less the fields that product does
// not have, and its unknown parameters are ignored, as a gateway ignores parameters an API does not declare.
import {API_VERSION, INTL_DIFFERENCES, type OperationName} from '../api/schema.js';

const isIntl = (version: string) => version === API_VERSION['domain-intl'];

export function paramsForVersion(action: OperationName, version: string, params: unknown): unknown {
	const ignored = isIntl(version) ? INTL_DIFFERENCES[action]?.requestParams : undefined;
	if (!ignored?.length || typeof params !== 'object' || params === null) return params;
	const copy = {...(params as Record<string, unknown>)};
	for (const name of ignored) delete copy[name];
	// Per-item parameters sit in the batch's list; the lists are copied, so the caller's request stays whole.
	for (const list of ['OrderActivateParam', 'OrderRenewParam']) {
		const items = copy[list] as Record<string, unknown>[] | undefined;
		if (!Array.isArray(items)) continue;
		copy[list] = items.map((item) => {
			const kept = {...item};
			for (const name of ignored) delete kept[name];
			return kept;
		});
	}
	return copy;
}

export function answerForVersion<T>(action: OperationName, version: string, answer: T): T {
	const differences = isIntl(version) ? INTL_DIFFERENCES[action] : undefined;
	if (!differences?.answerFields.length) return answer;
	const strip = (record: unknown) => {
		if (typeof record !== 'object' || record === null) return;
		for (const name of differences.answerFields) delete (record as Record<string, unknown>)[name];
	};
	if (!differences.rows) {
		strip(answer);
		return answer;
	}
	let node: unknown = answer;
	for (const key of differences.rows) node = (node as Record<string, unknown> | undefined)?.[key];
	if (Array.isArray(node)) node.forEach(strip);
	return answer;
}
