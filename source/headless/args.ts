// The command line, parsed with node's own parser. Flags fill in wizard steps; headless runs need them all.
import {parseArgs} from 'node:util';

export const COMMANDS = ['register', 'redeem', 'status', 'history', 'sandbox', 'accounts'] as const;
export type Command = (typeof COMMANDS)[number];

const options = {
	// register / redeem
	domains: {type: 'string'},
	'profile-id': {type: 'string'},
	years: {type: 'string'},
	dns: {type: 'string'},
	'no-privacy': {type: 'boolean'},
	premium: {type: 'boolean'},
	trademark: {type: 'boolean'},
	coupon: {type: 'string'},
	promotion: {type: 'string'},
	'batch-size': {type: 'string'},
	yes: {type: 'boolean', short: 'y'},
	wait: {type: 'boolean'},
	json: {type: 'boolean'},
	// sandbox
	port: {type: 'string'},
	faults: {type: 'string'},
	speed: {type: 'string'},
	state: {type: 'string'},
	// accounts
	'access-key-id': {type: 'string'},
	'secret-stdin': {type: 'boolean'},
	file: {type: 'string'},
	// global
	account: {type: 'string'},
	endpoint: {type: 'string'},
	site: {type: 'string'},
	'api-version': {type: 'string'},
	signature: {type: 'string'},
	lang: {type: 'string'},
	sandbox: {type: 'boolean'},
	'sandbox-reset': {type: 'boolean'},
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

export type Flags = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
	return parseArgs({args: argv, options, allowPositionals: true, strict: true});
}

export type ParsedCommandLine = {command?: Command; flags: Flags; positionals: string[]};

export class UsageError extends Error {
	override readonly name = 'UsageError';
}

export function parseCommandLine(argv: string[]): ParsedCommandLine {
	let parsed;
	try {
		parsed = parse(argv);
	} catch (error) {
		throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
	}
	const [first, ...rest] = parsed.positionals;
	if (first === undefined) return {flags: parsed.values, positionals: []};
	if (!(COMMANDS as readonly string[]).includes(first)) {
		throw new UsageError(`unknown command '${first}'. Commands: ${COMMANDS.join(', ')}.`);
	}
	return {command: first as Command, flags: parsed.values, positionals: rest};
}

/** `--site` and `--lang` values, checked. */
export function siteFlag(flags: Flags): 'cn' | 'intl' | undefined {
	if (flags.site === undefined) return undefined;
	if (flags.site !== 'cn' && flags.site !== 'intl') throw new UsageError(`--site must be cn or intl, not '${flags.site}'.`);
	return flags.site;
}

export function langFlag(flags: Flags, env: NodeJS.ProcessEnv): 'en' | 'zh' {
	if (flags.lang !== undefined) {
		if (flags.lang !== 'en' && flags.lang !== 'zh') throw new UsageError(`--lang must be en or zh, not '${flags.lang}'.`);
		return flags.lang;
	}
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function intFlag(flags: Flags, name: 'port' | 'years' | 'batch-size', min: number, max: number): number | undefined {
	const raw = flags[name];
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not '${raw}'.`);
	return value;
}
