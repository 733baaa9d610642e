// What the console keeps about an owned domain beyond its dates and owner: group, resource group, tags, registrar,
// auto-renewal, locks. The sandbox does not let anyone change these, so they are derived from the name: the same
// domain always shows the same values, and the seed and the state file stay as they are.

/** The registrar Alibaba Cloud's WHOIS records name for domains it registers. */
export const REGISTRAR = 'Alibaba Cloud Computing Ltd. d/b/a HiChina (www.net.cn)';
/** The account's numeric id as QueryDomainByDomainName reports it (UserId). */
export const SANDBOX_USER_ID = '1819406521830175';
const DEFAULT_RESOURCE_GROUP = 'rg-acfmvu3y5b7kdxq';
const GROUPS = [
	{id: 1_386_201, name: 'Ungrouped', zhName: '未分组'},
	{id: 1_386_202, name: 'Brand names', zhName: '品牌域名'},
	{id: 1_386_203, name: 'Campaigns', zhName: '活动域名'},
] as const;
const TAG_SETS: readonly (readonly {Key: string; Value: string}[])[] = [
	[],
	[{Key: 'env', Value: 'prod'}],
	[{Key: 'team', Value: 'marketing'}],
	[
		{Key: 'env', Value: 'prod'},
		{Key: 'team', Value: 'web'},
	],
];

export interface DomainAttributes {
	groupId: number;
	groupName: string;
	resourceGroupId: string;
	tags: readonly {Key: string; Value: string}[];
	autoRenew: boolean;
	registrar: string;
}

// FNV-1a: a small, stable spread over names.
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

export function attributesOf(name: string, lang: 'en' | 'zh' | undefined): DomainAttributes {
	const h = hash(name);
	const group = GROUPS[h % GROUPS.length]!;
	return {
		groupId: group.id,
		groupName: lang === 'zh' ? group.zhName : group.name,
		resourceGroupId: DEFAULT_RESOURCE_GROUP,
		tags: TAG_SETS[(h >>> 4) % TAG_SETS.length]!,
		autoRenew: (h >>> 8) % 4 === 0,
		registrar: REGISTRAR,
	};
}

/** Alibaba's three product classes of a suffix (DomainType, and QueryDomainList's ProductDomainType filter). */
export function domainTypeOf(tld: string): 'gTLD' | 'ccTLD' | 'New gTLD' {
	if (['com', 'net', 'org', 'info', 'biz'].includes(tld)) return 'gTLD';
	return tld === 'cn' || tld.endsWith('.cn') || tld.length === 2 ? 'ccTLD' : 'New gTLD';
}
