// The command line, parsed with node's own parser. Flags fill in wizard steps; headless runs need them all.
import {parseArgs} from 'node:util';
import {detectLang, messages, setLang} from '../i18n/index.js';

const text = messages({
	unknownOption: {en: (option: string) => `Unknown option '${option}'.`, zh: (option: string) => `未知选项 '${option}'。`},
	missingValue: {en: (option: string) => `Option '${option} <value>' argument missing`, zh: (option: string) => `选项 '${option}' 缺少取值。`},
	noValue: {en: (option: string) => `Option '${option}' does not take an argument`, zh: (option: string) => `选项 '${option}' 不带取值。`},
	unknownCommand: {en: (command: string, all: string) => `unknown command '${command}'. Commands: ${all}.`, zh: (command: string, all: string) => `未知命令 '${command}'。可用命令：${all}。`},
	site: {en: (value: string) => `--site must be cn or intl, not '${value}'.`, zh: (value: string) => `--site 只能是 cn 或 intl，不能是 '${value}'。`},
	lang: {en: (value: string) => `--lang must be en or zh, not '${value}'.`, zh: (value: string) => `--lang 只能是 en 或 zh，不能是 '${value}'。`},
	int: {
		en: (name: string, min: number, max: number, raw: string) => `--${name} must be a whole number from ${min} to ${max}, not '${raw}'.`,
		zh: (name: string, min: number, max: number, raw: string) => `--${name} 须是 ${min} 到 ${max} 之间的整数，不能是 '${raw}'。`,
	},
});

function langInArgv(argv: string[]): string | undefined {
	const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
	if (at === -1) return undefined;
	return argv[at] === '--lang' ? argv[at + 1] : argv[at]!.slice('--lang='.length);
}

// Node's own parser speaks English; its three common complaints are said again in the interface language.
function parserMessage(error: Error & {code?: string}): string {
	const english = error.message.replace(/\. To specify a positional argument.*$/s, '.');
	const option = /'(-[^' ]+)/.exec(error.message)?.[1];
	if (!option) return english;
	if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return text.unknownOption(option);
	if (/argument missing$/.test(error.message)) return text.missingValue(option);
	if (/does not take an argument$/.test(error.message)) return text.noValue(option);
	return english;
}

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
	'dry-run': {type: 'boolean'},
	'max-spend': {type: 'string'},
	'no-estimate': {type: 'boolean'},
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
	'billing-endpoint': {type: 'string'},
	'billing-api-version': {type: 'string'},
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
		// The language is normally set from the flags once they are parsed; a complaint about the command line
		// itself comes before that, so it sets the language first (finding --lang by hand when parsing failed).
		setLang(detectLang(langInArgv(argv), process.env));
		throw new UsageError(parserMessage(error as Error));
	}
	const [first, ...rest] = parsed.positionals;
	if (first === undefined) return {flags: parsed.values, positionals: []};
	if (!(COMMANDS as readonly string[]).includes(first)) {
		setLang(detectLang(parsed.values.lang, process.env));
		throw new UsageError(text.unknownCommand(first, COMMANDS.join(', ')));
	}
	return {command: first as Command, flags: parsed.values, positionals: rest};
}

/** `--site` and `--lang` values, checked. */
export function siteFlag(flags: Flags): 'cn' | 'intl' | undefined {
	if (flags.site === undefined) return undefined;
	if (flags.site !== 'cn' && flags.site !== 'intl') throw new UsageError(text.site(flags.site));
	return flags.site;
}

export function langFlag(flags: Flags, env: NodeJS.ProcessEnv): 'en' | 'zh' {
	if (flags.lang !== undefined) {
		if (flags.lang !== 'en' && flags.lang !== 'zh') throw new UsageError(text.lang(flags.lang));
	}
	return detectLang(flags.lang, env);
}

export function intFlag(flags: Flags, name: 'port' | 'years' | 'batch-size', min: number, max: number): number | undefined {
	const raw = flags[name];
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || value < min || value > max) throw new UsageError(text.int(name, min, max, raw));
	return value;
}
