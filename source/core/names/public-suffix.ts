// Which part of a name can be registered, decided by the Public Suffix List (its ICANN section: the suffixes
// registries sell under, not the private ones like github.io). `shop.bar.net` is a subdomain of the registrable
// `bar.net`; `co.uk` is a suffix, not a name anyone can order.
//
// The list is a library of about 85 kB that takes ~12 ms to load, so it is not on the app's path to its first
// frame: it is imported once, on demand, and every caller that parses names awaits `loadPublicSuffixList()` first
// (the app does so before the first list edit, headless commands before reading the list).
type Psl = typeof import('tldts-icann');

let psl: Psl | undefined;
let loading: Promise<void> | undefined;

export function loadPublicSuffixList(): Promise<void> {
	loading ??= import('tldts-icann').then((module) => {
		// Bundled, the package's CommonJS build comes back with its exports under `default`.
		psl = typeof module.getDomain === 'function' ? module : (module as unknown as {default: Psl}).default;
	});
	return loading;
}

export function publicSuffixListLoaded(): boolean {
	return psl !== undefined;
}

// The name is already a checked lowercase ASCII host: no URL to pick apart, no IP to detect.
const OPTIONS = {
	allowPrivateDomains: false,
	extractHostname: false,
	validateHostname: false,
	detectIp: false,
	mixedInputs: false,
} as const;

export type Registrable = {kind: 'domain'} | {kind: 'subdomain'; domain: string} | {kind: 'suffix'};

/** Whether a valid lowercase ASCII name is itself registrable, a subdomain of one, or a public suffix. */
export function registrableOf(name: string): Registrable {
	if (!psl)
		throw new Error('The public suffix list is not loaded yet: await loadPublicSuffixList() before parsing names.');
	const domain = psl.getDomain(name, OPTIONS);
	if (domain === null) return {kind: 'suffix'};
	return domain === name ? {kind: 'domain'} : {kind: 'subdomain', domain};
}
