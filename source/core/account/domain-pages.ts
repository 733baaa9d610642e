// Every page of one QueryDomainList query. The first page says how many pages there are; the rest are fetched a
// few at a time (bounded, so a big account does not trip the API's rate limit), and the list comes back in one
// piece or not at all: a picker that silently missed a page would let someone believe a domain was safe. Used by
// the redemption list and the renewal list alike.
import type {DomainClient} from '../../api/client.js';
import type {RequestOf, ResponseOf} from '../../api/schema.js';

export type DomainPagesApi = Pick<DomainClient, 'queryDomainList'>;
export type DomainRow = ResponseOf<'QueryDomainList'>['Data']['Domain'][number];
/** The query's filters; paging is this module's. */
export type DomainQuery = Omit<RequestOf<'QueryDomainList'>, 'PageNum' | 'PageSize'>;

export interface DomainPagesOptions {
	concurrency?: number;
	pageSize?: number;
	signal?: AbortSignal;
	onProgress?: (read: number, total: number) => void;
}

export const DOMAIN_PAGE_SIZE = 100;
/** No more than this many pages in flight at once. */
export const DOMAIN_PAGE_CONCURRENCY = 4;
/** A guard against an API that never stops paging: 1,000 pages of 100. */
const MAX_PAGES = 1000;

/** The rows that carry an expiry, each name once (lowercase), in the order the pages gave them. */
export async function readDomainPages(
	api: DomainPagesApi,
	query: DomainQuery,
	options: DomainPagesOptions = {},
): Promise<DomainRow[]> {
	const pageSize = options.pageSize ?? DOMAIN_PAGE_SIZE;
	const fetchPage = async (page: number) =>
		(await api.queryDomainList({...query, PageNum: page, PageSize: pageSize}, {signal: options.signal})).Data.Domain;
	const first = await api.queryDomainList({...query, PageNum: 1, PageSize: pageSize}, {signal: options.signal});
	const pages: Array<typeof first.Data.Domain> = [first.Data.Domain];
	const total = Math.min(first.TotalPageNum, MAX_PAGES);
	let read = first.Data.Domain.length;
	options.onProgress?.(read, first.TotalItemNum);
	let next = 2;
	const worker = async () => {
		while (next <= total) {
			const page = next++;
			pages[page - 1] = await fetchPage(page);
			read += pages[page - 1]!.length;
			options.onProgress?.(read, first.TotalItemNum);
		}
	};
	await Promise.all(
		Array.from({length: Math.max(0, Math.min(options.concurrency ?? DOMAIN_PAGE_CONCURRENCY, total - 1))}, worker),
	);

	// A name can move between pages while they are read (an order finishing); the first sighting is kept.
	const seen = new Set<string>();
	const out: DomainRow[] = [];
	for (const page of pages) {
		for (const d of page ?? []) {
			const name = d.DomainName.toLowerCase();
			if (d.ExpirationDateLong === undefined || seen.has(name)) continue;
			seen.add(name);
			out.push(d);
		}
	}
	return out;
}
